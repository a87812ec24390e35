"""CSV export of the visible register and CSV import of incoming carriers.

Export: what the user sees (filtered, within clearance and need-to-know) as CSV the way
Excel in Kazakhstan and Russia opens it (UTF-8 with BOM, ";"), encrypted under a passphrase
(security/export_crypto.py), audited and registered as a carrier of the highest level in it.
Import: every row is checked like a registration typed in the dialog; the preview lists
every bad row, and the commit registers all rows in one transaction or none."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    Registration,
    RegistrationDraft,
)
from desktop.domain.errors import (
    CONTEXT,
    AlreadyExists,
    ClearanceInsufficient,
    GrifError,
    IllegalState,
    InvalidInput,
    Label,
)
from desktop.domain.levels import MARKINGS, Level, kazakh_equivalent_of_kyrgyz
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security.export_crypto import ExportWriter, check_passphrase
from desktop.services import outputs, register, settings
from desktop.services.session import Session, action
from desktop.store import register_export
from desktop.store.register_query import RegisterFilter

MAX_EXPORT_ROWS = 1_000_000
MAX_IMPORT_ROWS = 100_000
MAX_IMPORT_BYTES = 64 * 1024 * 1024
BOM = "\ufeff"

EXPORT_COLUMNS = (
    "reg_no", "reg_date", "kind", "title", "level", "foreign_marking", "copy_no", "copies",
    "sheets", "state", "custodian", "holder", "location", "originator_type", "originator",
    "foreign_reference", "foreign_reference_date", "incoming_no", "incoming_date",
    "dispatch_reference", "dispatch_date", "dispatch_to")
IMPORT_COLUMNS = (
    "kind", "title", "level", "reg_date", "originator_type", "originator", "foreign_marking",
    "foreign_reference", "foreign_reference_date", "incoming_no", "incoming_date", "sheets",
    "copies", "purpose", "contract", "notes")
REQUIRED_COLUMNS = ("kind", "title")

FILE = QT_TRANSLATE_NOOP("Errors", "file")
FOLDER = QT_TRANSLATE_NOOP("Errors", "folder")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "the folder does not exist")
NOT_A_NAME = QT_TRANSLATE_NOOP(
    "Errors", "the system does not accept this file name: choose another")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors", "the file is not UTF-8 text: save it from Excel as «CSV UTF-8»")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "the file is too big for one import (64 MB at most)")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "the file has too many rows for one import (100 000 at most)")
NOT_CSV = QT_TRANSLATE_NOOP("Errors", "the file cannot be read as CSV")
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Errors", "not a column of the import file")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Errors", "this column is missing from the file")
REPEATED_COLUMN = QT_TRANSLATE_NOOP("Errors", "this column appears twice")
CELL_COUNT = QT_TRANSLATE_NOOP("Errors", "the row does not have as many cells as the header")
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "not a date (YYYY-MM-DD or DD.MM.YYYY)")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "not a whole number")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "not one of the codes the import accepts")
NO_ROWS = QT_TRANSLATE_NOOP("Errors", "the file has no rows to import")
ROW_ERROR = QT_TRANSLATE_NOOP("Errors", "Row %1 of the file, column %2: %3")
ROW_REFUSED = QT_TRANSLATE_NOOP("Errors", "Row %1 of the file, column %2: %3. Nothing was imported.")  # noqa: E501


# --- export -------------------------------------------------------------------------------

def export_title(lang: str, rows: int) -> str:
    """The export's own title in the register, in the print language."""
    tail, last = rows % 100, rows % 10
    word = ("строка" if last == 1 and tail != 11 else
            "строки" if 2 <= last <= 4 and not 12 <= tail <= 14 else "строк")
    return {"ru": f"Экспорт реестра в CSV ({rows} {word})",
            "kk": f"Тізілімнің CSV экспорты ({rows} жол)",
            "ky": f"Реестрдин CSV экспорту ({rows} сап)"}[lang]


def _text(value: object) -> str:
    """A text cell that a spreadsheet will not run as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_rows(rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for r in rows:
        writer.writerow([
            _text(r["reg_no"]), r["reg_date"], r["kind"], _text(r["title"]), r["level"],
            _text(r["foreign_marking"]), r["copy_no"], r.get("copies", ""),
            "" if r["sheets"] is None else r["sheets"], r["state"], _text(r["custodian"]),
            _text(r["holder"]), _text(r["location"]), r["originator_type"],
            _text(r["originator"]), _text(r["foreign_reference"]),
            r.get("foreign_reference_date") or "", _text(r["incoming_no"]),
            r["incoming_date"] or "", _text(r.get("dispatch_reference")),
            (r.get("dispatch_at") or "")[:10], _text(r.get("dispatch_to"))])
    return out.getvalue().encode("utf-8")


def export_csv(session: Session, flt: RegisterFilter | None, dest: Path, passphrase: str, *,
               sort: str = "number", descending: bool = False, lang: str | None = None,
               progress: Callable[[int, int], bool] | None = None) -> Registration:
    """Write the visible register (filtered, sorted) to `dest`, encrypted under
    `passphrase` (12 characters at least), and register the file as a carrier; returns
    its registration. The file appears only once it is complete."""
    check_passphrase(passphrase)
    dest = Path(dest)
    try:
        if dest.exists():
            raise AlreadyExists(str(dest))
        if not dest.parent.is_dir():
            raise InvalidInput(FOLDER, NO_FOLDER)
    except (OSError, ValueError):       # a NUL in the name, a name longer than allowed
        raise InvalidInput(FILE, NOT_A_NAME) from None
    lang = outputs.print_language(session, lang)
    flt = outputs.clean_filter(flt)
    tick = outputs.ticker(progress)
    scope = register.scope_for(session.user)
    partial = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    try:
        handle = os.fdopen(os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), "w+b")
    except (OSError, ValueError) as exc:    # nothing is registered yet: say why and stop
        raise InvalidInput(FILE, getattr(exc, "strerror", None) or NOT_A_NAME) from None
    try:
        with handle:
            writer = ExportWriter(handle, passphrase)
            writer.write((BOM + ";".join(EXPORT_COLUMNS) + "\r\n").encode("utf-8"))
            count, top, parents = 0, Level.S, set()
            with session.store.read() as conn:
                total = outputs.selection_size(conn, scope, flt, sort, limit=MAX_EXPORT_ROWS)
                for batch in register_export.batches(conn, scope, flt, sort=sort,
                                                     descending=descending):
                    writer.write(_csv_rows(batch))
                    count += len(batch)
                    top = max([top, *(Level(r["level"]) for r in batch)], key=lambda v: v.rank)
                    parents.update(r["registration_id"] for r in batch)
                    tick(count, total)
            writer.end()
            with action(session, "register.export") as tx:
                if register.scope_for(tx.user) != scope:
                    raise ClearanceInsufficient()
                registered = outputs.register_output(
                    tx, session, title=export_title(lang, count), level=top,
                    derivation=Derivation.EXPORT,
                    parent_id=next(iter(parents)) if len(parents) == 1 else None, sheets=None)
                tx.object = registered.reg_no
                tx.details = {"rows": count, "level": top.value, "file": dest.name,
                              "sort": sort, "filter": outputs.filter_details(flt)}
            meta = {"reg_no": registered.reg_no, "marking": top.value, "rows": count,
                    "organisation": settings.current(session)["org.name"],
                    "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "format": "csv;utf-8-bom"}

            def finish() -> None:
                writer.seal(meta)
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
                os.replace(partial, dest)
            outputs.produce(session, "register.export", registered.reg_no, finish)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return registered


# --- import -------------------------------------------------------------------------------

@dataclass(frozen=True)
class RowError:
    """A problem in one row: the row's number in the file (the header is row 1), the
    column, and the typed error (shown with ui.errors.error_text)."""

    row: int
    column: str
    error: GrifError

    def as_error(self, message: str = ROW_ERROR) -> InvalidInput:
        return InvalidInput(self.row, self.column, _reason(self.error), message=message)


@dataclass(frozen=True)
class ImportRow:
    row: int                 # number in the file (the header is row 1)
    draft: RegistrationDraft


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _reason(err: GrifError) -> str:
    """The part of an error that says what is wrong, still translatable."""
    if type(err) is InvalidInput and len(err.args_values) == 2:
        return Label(err.arg_contexts[1], err.args_values[1])
    if not err.args_values:
        return Label(CONTEXT, err.message)
    return err.text()


# Field labels of the registration checks -> the column they come from.
_COLUMN_OF = {
    register.TITLE: "title", register.COPIES: "copies", register.SHEETS: "sheets",
    register.FOREIGN_MARKING: "foreign_marking", fields.KYRGYZ_MARKING: "foreign_marking",
    register.PURPOSE: "purpose", fields.ORGANISATION: "originator", fields.LEVEL: "level",
    "notes": "notes", "contract": "contract", "incoming number": "incoming_no",
}


def _date(column: str, text: str) -> dt.date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(text, fmt).date()
    raise InvalidInput(column, NOT_A_DATE)


def _int(column: str, text: str, default: int | None) -> int | None:
    try:
        return int(text) if text else default
    except ValueError:
        raise InvalidInput(column, NOT_A_NUMBER) from None


def _code(column: str, text: str, enum_type: Any, default: Any = None) -> Any:
    if not text and default is not None:
        return default
    try:
        return enum_type(text.lower())
    except ValueError:
        raise InvalidInput(column, UNKNOWN_CODE) from None


def _level(text: str, foreign_marking: str) -> Level:
    if not text:
        if foreign_marking:
            return kazakh_equivalent_of_kyrgyz(foreign_marking)
        raise InvalidInput("level", fields.EMPTY)
    wanted = " ".join(text.split()).casefold()
    for table in MARKINGS.values():
        for level, words in table.items():
            if words.casefold() == wanted:
                return level
    try:
        return Level(text.upper())
    except ValueError:
        raise InvalidInput("level", UNKNOWN_CODE) from None


def _draft(cells: dict[str, str], today: dt.date) -> RegistrationDraft:
    get = cells.get
    return RegistrationDraft(
        kind=_code("kind", get("kind", ""), CarrierKind), title=get("title", ""),
        level=_level(get("level", ""), get("foreign_marking", "")),
        reg_date=_date("reg_date", get("reg_date", "")) or today,
        originator=Originator(
            _code("originator_type", get("originator_type", ""), OriginatorType,
                  OriginatorType.OWN),
            get("originator", ""), get("foreign_marking", ""), get("foreign_reference", ""),
            _date("foreign_reference_date", get("foreign_reference_date", ""))),
        incoming_no=get("incoming_no", ""),
        incoming_date=_date("incoming_date", get("incoming_date", "")),
        sheets=_int("sheets", get("sheets", ""), None),
        copies=_int("copies", get("copies", ""), 1) or 0,
        purpose=get("purpose", ""), contract=get("contract", ""), notes=get("notes", ""))


def _column(err: GrifError, cells: dict[str, str], today: dt.date) -> str:
    label = err.args_values[0] if err.args_values else ""
    if label in IMPORT_COLUMNS:
        return label
    if label == register.DATES:  # the first date of the row that lies in the future/past
        for column in ("reg_date", "incoming_date", "foreign_reference_date"):
            with contextlib.suppress(InvalidInput):
                day = _date(column, cells.get(column, "")) or today
                if day > today or day < fields.EARLIEST_DAY:
                    return column
        return "reg_date"
    if isinstance(err, ClearanceInsufficient):
        return "level"
    return _COLUMN_OF.get(label, label)


def check_row(session: Session, cells: dict[str, str], today: dt.date) -> RegistrationDraft:
    """One row as a checked draft, with the checks of `register.register_carrier`."""
    draft = register.check_draft(_draft(cells, today), today)
    require_clearance(session.user, draft.level, today)
    return draft


def _read_text(path: Path) -> tuple[str, str]:
    with open(path, "rb") as src:
        data = src.read(MAX_IMPORT_BYTES + 1)  # never more than the limit in memory
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(FILE, TOO_BIG)
    try:
        return data.decode("utf-8-sig"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError:
        raise InvalidInput(FILE, NOT_UTF8) from None


def import_csv(session: Session, path: Path) -> ImportPreview:
    """Read and check a CSV of incoming carriers (columns: IMPORT_COLUMNS, header row with
    those names, ";" or "," between cells). Writes nothing; every bad row is reported."""
    require_role(session.user, *register.CLERKS)
    text, digest = _read_text(path)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line else "\t" if "\t" in first_line else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                                  strict=True))
    except csv.Error:
        raise InvalidInput(FILE, NOT_CSV) from None
    if not records:
        raise InvalidInput(FILE, NO_ROWS)
    header = [name.strip().lower() for name in records[0]]
    while header and not header[-1]:  # Excel's trailing separators
        header.pop()
    for name in header:
        if name not in IMPORT_COLUMNS:
            raise InvalidInput(name, UNKNOWN_COLUMN)
        if header.count(name) > 1:
            raise InvalidInput(name, REPEATED_COLUMN)
    for name in REQUIRED_COLUMNS:
        if name not in header:
            raise InvalidInput(name, MISSING_COLUMN)
    body = [(number, cells) for number, cells in enumerate(records[1:], start=2)
            if any(cell.strip() for cell in cells)]
    if len(body) > MAX_IMPORT_ROWS:
        raise InvalidInput(FILE, TOO_MANY_ROWS)
    today = dt.date.today()
    rows: list[ImportRow] = []
    errors: list[RowError] = []
    for number, values in body:
        if len(values) > len(header) and not any(v.strip() for v in values[len(header):]):
            values = values[:len(header)]
        if len(values) != len(header):
            errors.append(RowError(number, "", InvalidInput(FILE, CELL_COUNT)))
            continue
        cells = {name: value.strip() for name, value in zip(header, values, strict=True)}
        try:
            rows.append(ImportRow(number, check_row(session, cells, today)))
        except GrifError as exc:
            errors.append(RowError(number, _column(exc, cells, today), exc))
    if not rows and not errors:
        raise InvalidInput(FILE, NO_ROWS)
    return ImportPreview(Path(path).name, digest, tuple(rows), tuple(errors))


def commit_import(session: Session, preview: ImportPreview, *,
                  progress: Callable[[int, int], bool] | None = None) -> list[Registration]:
    """Register every row of a clean preview in one action, with gap-free numbers; refuse
    the whole file (naming its first bad row) if any row is bad. Cancel: nothing written."""
    if preview.errors:
        raise preview.errors[0].as_error(ROW_REFUSED)
    if not preview.rows:
        raise IllegalState(NO_ROWS)
    tick, today, total = outputs.ticker(progress), dt.date.today(), len(preview.rows)
    with action(session, "register.import") as tx:
        require_role(tx.user, *register.CLERKS)
        done: list[Registration] = []
        for item in preview.rows:
            require_clearance(tx.user, item.draft.level, today)
            try:
                draft = register.check_draft(item.draft, today)
            except InvalidInput as exc:
                raise RowError(item.row, _column(exc, {}, today), exc).as_error(
                    ROW_REFUSED) from exc
            done.append(register.add_registration(tx, session, draft, custodian_id=tx.user.id))
            if len(done) % 100 == 0:
                tick(len(done), total)
        tx.object = f"{done[0].reg_no} – {done[-1].reg_no}"
        tx.details = {"rows": total, "file": preview.file_name, "sha256": preview.sha256}
    if progress is not None:
        progress(total, total)
    return done

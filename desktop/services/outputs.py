"""Grif's own outputs are carriers (SPEC §2, S001 a.6 p.1): every printout or export that
contains classified data is registered, inside the action that makes it, as a registration
derived from what it contains, with the highest level inside it; its registration number
and marking are then put on the document or file.

A big document is produced after its action commits (the write lock is not held while
pages are laid out), so the footer can name the action's own journal record. If the
document then cannot be produced, the journal says so next to the registration."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from desktop.domain import fields
from desktop.domain.access import require_clearance
from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    Registration,
    RegistrationDraft,
)
from desktop.domain.errors import GrifError, IllegalState, InvalidInput
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.reports import register_extract
from desktop.reports.frame import FrameInfo
from desktop.services import register, settings
from desktop.services.session import Session, Tx, record_outcome
from desktop.store import audit, register_query
from desktop.store.engine import Connection
from desktop.store.register_query import SORT_KEYS, RegisterFilter, Scope

T = TypeVar("T")

NOTHING = QT_TRANSLATE_NOOP("Errors", "there is nothing to print or export in this selection")
SELECTION = QT_TRANSLATE_NOOP("Errors", "selection of the register")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "too many rows for one document: narrow the filter")


class OutputCancelled(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Cancelled: nothing was printed, exported or registered.")


class OutputNotProduced(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The document %1 was registered but not produced. The journal records it; note its disposal in the register.")  # noqa: E501


def print_language(session: Session, lang: str | None) -> str:
    """The language asked for, or the store's default print language."""
    chosen = lang or settings.current(session)["print.language"]
    if chosen not in ("kk", "ru", "ky"):
        raise InvalidInput(fields.LANGUAGE, str(chosen))
    return chosen


def clean_filter(flt: RegisterFilter | None) -> RegisterFilter:
    """The filter as `register.open_register` accepts it (words cleaned, codes known)."""
    return register.check_filter(flt)


def filter_details(flt: RegisterFilter) -> dict[str, str]:
    return {k: str(v) for k, v in flt.__dict__.items() if v is not None}


def selection_size(conn: Connection, scope: Scope, flt: RegisterFilter, sort: str, *,
                   limit: int) -> int:
    """How many rows a print or export of this selection holds; refuses an empty one and
    one over `limit` before anything is registered."""
    if sort not in SORT_KEYS:
        raise InvalidInput("sort", sort)
    total = register_query.count(conn, scope, flt)
    if total == 0:
        raise IllegalState(NOTHING)
    if total > limit:
        raise InvalidInput(SELECTION, TOO_MANY)
    return total


def register_output(tx: Tx, session: Session, *, title: str, level: Level,
                    derivation: Derivation, parent_id: int | None,
                    sheets: int | None) -> Registration:
    """Register a printout (a paper document) or an export (an electronic file) made by
    the user of `tx`, who becomes its custodian; one copy, journal "main"."""
    if derivation not in (Derivation.PRINTOUT, Derivation.EXPORT):
        raise ValueError("an output is a printout or an export")
    today = dt.date.today()
    require_clearance(tx.user, level, today)
    kind = CarrierKind.PAPER if derivation is Derivation.PRINTOUT else CarrierKind.ELECTRONIC
    draft = RegistrationDraft(kind=kind, title=" ".join(title.split())[:500], level=level,
                              reg_date=today, originator=Originator(OriginatorType.OWN),
                              sheets=sheets, copies=1, parent_id=parent_id,
                              derivation=derivation, journal="main")
    draft = register.check_draft(draft, today)
    return register.add_registration(tx, session, draft, custodian_id=tx.user.id)


@dataclass
class JournalRecord:
    """The action's own journal record, known once it is appended (just before commit)."""

    seq: int | None = None
    mac: str = ""


def own_record(tx: Tx) -> JournalRecord:
    record = JournalRecord()

    def capture() -> None:
        head = audit.head(tx.conn)
        if head is not None:
            record.seq, record.mac = head[0], head[1].hex()
    tx.before_commit.append(capture)
    return record


def produce(session: Session, action_name: str, reg_no: str, make: Callable[[], T]) -> T:
    """Make the registered document; if that fails or is cancelled, journal it next to
    the registration and say so."""
    try:
        return make()
    except BaseException as exc:
        outcome = "cancelled" if isinstance(exc, OutputCancelled) else "failed"
        with contextlib.suppress(GrifError):  # the first error is the one to report
            record_outcome(session, action_name, reg_no, outcome,
                           {"error": type(exc).__name__})
        if isinstance(exc, GrifError):
            raise OutputNotProduced(reg_no) from exc
        raise


def ticker(progress: Callable[[int, int], bool] | None) -> Callable[[int, int], None]:
    """progress(done, total) -> False means cancel: turn that into OutputCancelled."""
    def tick(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise OutputCancelled()
    return tick


def frame_info(session: Session, lang: str, level: Level, reg_no: str,
               record: JournalRecord, title: str) -> FrameInfo:
    return FrameInfo(organisation=settings.current(session)["org.name"], marking=level,
                     lang=lang, printed_by=session.user.short_name,
                     printed_at=dt.datetime.now(), audit_seq=record.seq,
                     chain_head=record.mac, registration_no=reg_no, title=title)


def register_form(tx: Tx, session: Session, lang: str, registration: Registration,
                  title: str, render: Callable[[FrameInfo], bytes]) -> Registration:
    """Register a small form derived from `registration` as a printout, in the caller's
    action. Its sheets are counted by laying it out once with placeholders for the numbers
    known only after registration (they do not change the layout)."""
    probe = replace(frame_info(session, lang, registration.level, "", JournalRecord(), title),
                    registration_no="0000000/0000", audit_seq=999_999_999)
    sheets = register_extract.page_count(render(probe))
    printout = register_output(
        tx, session, title=title, level=registration.level, derivation=Derivation.PRINTOUT,
        parent_id=registration.id, sheets=sheets)
    tx.object = printout.reg_no
    return printout

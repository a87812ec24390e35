"""The register as a table: the rows fetched so far from a RegisterCursor, a page at a time.

Nothing is loaded beyond what the view asked for: the view calls canFetchMore/fetchMore when
it scrolls near the end, and each call reads the next keyset page after the last row's key.
The number of matching copies is counted once per query on the thread pool, so the first
page shows before the count is known. The cursor is the service's, so the clearance and
need-to-know filter has already been applied to every row that reaches this model. Texts are
translated when shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from shiboken6 import isValid

from desktop.domain.carriers import CarrierKind, CopyState, OriginatorType
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.register import RegisterCursor
from desktop.ui.marking import texts as marking_texts
from desktop.ui.ops import BackgroundRead
from desktop.ui.register.level_badge import LevelRole, NoteRole

PAGE = 200
DATE_FORMAT = "%d.%m.%Y"

CopyIdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str              # source text, context "RegisterModel"
    sort: str | None        # a key of register_query.SORT_KEYS, or None: not sortable


COLUMNS: tuple[Column, ...] = (
    Column("reg_no", QT_TRANSLATE_NOOP("RegisterModel", "Reg. No."), "number"),
    Column("reg_date", QT_TRANSLATE_NOOP("RegisterModel", "Date"), "date"),
    Column("kind", QT_TRANSLATE_NOOP("RegisterModel", "Kind"), None),
    Column("title", QT_TRANSLATE_NOOP("RegisterModel", "Title"), "title"),
    Column("level", QT_TRANSLATE_NOOP("RegisterModel", "Level"), "level"),
    Column("copy_no", QT_TRANSLATE_NOOP("RegisterModel", "Copy"), None),
    Column("sheets", QT_TRANSLATE_NOOP("RegisterModel", "Sheets"), None),
    Column("state", QT_TRANSLATE_NOOP("RegisterModel", "State"), "state"),
    Column("custodian", QT_TRANSLATE_NOOP("RegisterModel", "Who has it"), "custodian"),
    Column("location", QT_TRANSLATE_NOOP("RegisterModel", "Location"), None),
    Column("originator", QT_TRANSLATE_NOOP("RegisterModel", "Originator"), "originator"),
    Column("incoming", QT_TRANSLATE_NOOP("RegisterModel", "Incoming No. and date"), None),
)
KEYS = tuple(c.key for c in COLUMNS)
RIGHT = frozenset({"copy_no", "sheets"})


def column_title(column: Column) -> str:
    return QCoreApplication.translate("RegisterModel", column.title)


def as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def date_text(value: object) -> str:
    day = as_date(value)
    return day.strftime(DATE_FORMAT) if day else ""


def _enum_label(enum_type: Any, value: object, context: str) -> str:
    try:
        member = enum_type(value)
    except ValueError:
        return str(value or "")
    return QCoreApplication.translate(context, member.label)


def originator_text(row: dict[str, Any]) -> str:
    """Own organisation, another body by name, or the Kyrgyz party with its own marking
    beside the comparable Kazakh level ("Жашыруун (Secret)", SPEC §1: both are shown), first
    so a long name does not hide it."""
    kind = row.get("originator_type")
    name = row.get("originator") or ""
    if kind == OriginatorType.OWN.value:
        return QCoreApplication.translate("OriginatorType", OriginatorType.OWN.label)
    if kind == OriginatorType.KYRGYZ.value:
        who = name or QCoreApplication.translate("OriginatorType", OriginatorType.KYRGYZ.label)
        return f"{marking_pair(row)} — {who}"
    return name


def marking_pair(row: dict[str, Any]) -> str:
    """The Kyrgyz marking with the comparable level in the UI language, or the level alone."""
    level = _enum_label(Level, row.get("level"), "Level")
    marking = row.get("foreign_marking") or ""
    return f"{marking} ({level})" if marking else level


def holder_text(row: dict[str, Any]) -> str:
    """Who has the copy now: the person it is issued to, else its custodian."""
    return row.get("holder") or row.get("custodian") or ""


def incoming_text(row: dict[str, Any]) -> str:
    number, day = row.get("incoming_no") or "", date_text(row.get("incoming_date"))
    if number and day:
        return QCoreApplication.translate("RegisterModel", "%1 of %2") \
            .replace("%1", number).replace("%2", day)
    return number or day


def cell_text(row: dict[str, Any], key: str) -> str:
    if key == "reg_date":
        return date_text(row.get("reg_date"))
    if key == "kind":
        return _enum_label(CarrierKind, row.get("kind"), "CarrierKind")
    if key == "level":
        return _enum_label(Level, row.get("level"), "Level")
    if key == "state":
        return _enum_label(CopyState, row.get("state"), "CopyState")
    if key == "custodian":
        return holder_text(row)
    if key == "originator":
        return originator_text(row)
    if key == "incoming":
        return incoming_text(row)
    value = row.get(key)
    return "" if value is None else str(value)


def marking_flag(row: dict[str, Any], today: dt.date) -> str:
    """"Marking change 3/2026: 12 days left" for a copy under an open case (the row carries
    the case's number and deadline: no query per row), else ""."""
    due = as_date(row.get("marking_due"))
    if not row.get("marking_case") or due is None:
        return ""
    return marking_texts.flag_text(row["marking_case"], due, today)


def declassified_note(row: dict[str, Any]) -> str:
    if not row.get("declassified_on"):
        return ""
    return QCoreApplication.translate("RegisterModel", "Declassified")


def shown_text(row: dict[str, Any], key: str, today: dt.date) -> str:
    """The cell as the table shows it: the state with the marking-change flag, the level
    with "Declassified" beside it."""
    text = cell_text(row, key)
    extra = marking_flag(row, today) if key == "state" else \
        declassified_note(row) if key == "level" else ""
    return f"{text} · {extra}" if extra else text


def _tooltip(row: dict[str, Any], key: str) -> str | None:
    if key == "custodian":
        text = QCoreApplication.translate("RegisterModel", "Custodian: %1") \
            .replace("%1", row.get("custodian") or "—")
        if row.get("holder"):
            text += "\n" + QCoreApplication.translate("RegisterModel", "Issued to: %1") \
                .replace("%1", row["holder"])
        return text
    if key == "level":
        note = declassified_note(row)
        return f"{marking_pair(row)}\n{note}" if note else marking_pair(row)
    if key == "originator" and row.get("foreign_reference"):
        return originator_text(row) + "\n" + QCoreApplication.translate(
            "RegisterModel", "Their reference: %1").replace("%1", row["foreign_reference"])
    text = cell_text(row, key)
    return text or None




class RegisterModel(QAbstractTableModel):
    """`count_changed` fires when the count of the current query arrives (or is reset);
    `count_failed(exception)` when counting raised."""

    count_changed = Signal()
    count_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cursor: RegisterCursor | None = None
        self._rows: list[dict[str, Any]] = []
        self._more = False
        self.total: int | None = None
        self._generation = 0
        self._counting: BackgroundRead | None = None
        self.today = dt.date.today()       # days left of marking-change flags

    # --- the query -------------------------------------------------------------------------

    def set_cursor(self, cursor: RegisterCursor | None) -> None:
        """Show a newly opened query: its first page at once, its count when it arrives."""
        self.beginResetModel()
        self._cursor = cursor
        self.today = dt.date.today()
        self._rows = []
        self._more = cursor is not None
        self.total = None
        self._generation += 1
        self.endResetModel()
        self.count_changed.emit()
        if cursor is None:
            return
        self.fetchMore(QModelIndex())
        if not self._more:          # everything fits in the first page: no count needed
            self.total = len(self._rows)
            self.count_changed.emit()
        else:
            self._count(cursor, self._generation)

    def cursor(self) -> RegisterCursor | None:
        return self._cursor

    def _count(self, cursor: RegisterCursor, generation: int) -> None:
        job = BackgroundRead(cursor.count)

        def finished(result: Any, exc: BaseException | None) -> None:
            # The connection holds this function and it holds the job: let go of both, or
            # every count ever made (its cursor, filter, session) stays in memory.
            job.signals.done.disconnect(finished)
            if not isValid(self):
                return  # the model went away while counting
            if self._counting is job:
                self._counting = None
            if generation != self._generation:
                return  # an older query
            if exc is not None:
                self.count_failed.emit(exc)
                return
            self.total = int(result)
            self.count_changed.emit()
        job.signals.done.connect(finished, Qt.ConnectionType.QueuedConnection)
        self._counting = job
        QThreadPool.globalInstance().start(job)

    def background_idle(self) -> bool:
        """True when no count is running (tests wait for this before closing the store)."""
        return self._counting is None

    # --- rows ------------------------------------------------------------------------------

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def copy_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data["copy_id"] if data else None

    def row_of(self, copy_id: int) -> int | None:
        for i, data in enumerate(self._rows):
            if data["copy_id"] == copy_id:
                return i
        return None

    def replace_row(self, row: int, data: dict[str, Any] | None) -> None:
        """After a move: the copy's new values in place (its paging key kept), or gone."""
        if not 0 <= row < len(self._rows):
            return
        if data is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            return
        self._rows[row] = {**data, "_key": self._rows[row]["_key"]}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._cursor is None:
            return
        after = self._rows[-1]["_key"] if self._rows else None
        page = self._cursor.fetch(after=after, limit=PAGE)
        self._more = len(page) == PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- the table -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort is None:
                return QCoreApplication.translate(
                    "RegisterModel", "%1 (this column cannot be sorted)") \
                    .replace("%1", column_title(column))
            return QCoreApplication.translate("RegisterModel", "%1 (click to sort)") \
                .replace("%1", column_title(column))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(row, key, self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "state" and row.get("marking_case"):
                return shown_text(row, key, self.today)
            return _tooltip(row, key)
        if key == "state" and role in (Qt.ItemDataRole.BackgroundRole,
                                       Qt.ItemDataRole.ForegroundRole):
            return self._flag_brush(row, role)
        if role == NoteRole:
            return declassified_note(row) if key == "level" else None
        if role == CopyIdRole:
            return row["copy_id"]
        if role == LevelRole:
            return row.get("level") if key == "level" else None
        if role == StateRole:
            return row.get("state")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _flag_brush(self, row: dict[str, Any], role: int) -> Any:
        """Amber within the last days of an open case, red once overdue (the words are in the
        cell too)."""
        due = as_date(row.get("marking_due"))
        found = marking_texts.brushes(due, self.today) if row.get("marking_case") and due \
            else None
        if found is None:
            return None
        return found[0] if role == Qt.ItemDataRole.BackgroundRole else found[1]

    # --- columns ---------------------------------------------------------------------------

    @staticmethod
    def column_of(key: str) -> int:
        return KEYS.index(key)

    @staticmethod
    def sort_key(column: int) -> str | None:
        return COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None

    def retranslate(self) -> None:
        """Headers and enum labels follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

"""The audit journal as a table: record numbers plus a small cache, pages fetched on demand.

The model keeps the seq of every row fetched so far and the full records of at most
CACHE_ROWS of them. Rows arrive a page at a time through the view's canFetchMore/fetchMore
(keyset pages from services.journal_view); a row that fell out of the cache is re-read with
its neighbours by primary key. Texts are translated when shown, so a language switch only
needs `retranslate()`.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain import actions
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.journal_view import PAGE, JournalCursor, JournalRecord

CACHE_ROWS = 2000
REFILL = 100  # rows re-read around a cache miss

COLUMNS = (
    QT_TRANSLATE_NOOP("JournalModel", "No."),
    QT_TRANSLATE_NOOP("JournalModel", "Time"),
    QT_TRANSLATE_NOOP("JournalModel", "User"),
    QT_TRANSLATE_NOOP("JournalModel", "Workstation"),
    QT_TRANSLATE_NOOP("JournalModel", "Action"),
    QT_TRANSLATE_NOOP("JournalModel", "Object"),
    QT_TRANSLATE_NOOP("JournalModel", "Outcome"),
    QT_TRANSLATE_NOOP("JournalModel", "Details"),
)
SEQ, TIME, USER, WORKSTATION, ACTION, OBJECT, OUTCOME, DETAILS = range(len(COLUMNS))

SeqRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def details_text(details: dict[str, Any]) -> str:
    """One line: key=value, nested values as compact JSON."""
    parts = []
    for key, value in details.items():
        if isinstance(value, str):
            shown = value
        else:
            shown = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)


def _with_seconds(fmt: str) -> str:
    """A locale's short time format with seconds (the journal needs them)."""
    if "s" in fmt or "mm" not in fmt:
        return fmt
    return fmt.replace("mm", "mm:ss", 1)


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cursor: JournalCursor | None = None
        self._seqs: list[int] = []
        self._cache: OrderedDict[int, JournalRecord] = OrderedDict()
        self._more = False
        self._time_format = ""
        self._update_formats()

    # --- contents --------------------------------------------------------------------------

    def set_cursor(self, cursor: JournalCursor | None) -> None:
        """Show a new search (None: nothing); its first page is read at once."""
        self.beginResetModel()
        self._cursor = cursor
        self._seqs = []
        self._cache.clear()
        self._more = cursor is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def cursor(self) -> JournalCursor | None:
        return self._cursor

    def record(self, row: int) -> JournalRecord | None:
        if not 0 <= row < len(self._seqs):
            return None
        seq = self._seqs[row]
        found = self._cache.get(seq)
        if found is not None:
            self._cache.move_to_end(seq)
            return found
        if self._cursor is None:
            return None
        lo = max(0, row - REFILL // 2)
        block = self._seqs[lo:lo + REFILL]
        fetched = self._cursor.records(block)
        for s in block:
            if s in fetched:
                self._remember(fetched[s])
        return fetched.get(seq)

    def _remember(self, record: JournalRecord) -> None:
        self._cache[record.seq] = record
        self._cache.move_to_end(record.seq)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def cached_rows(self) -> int:
        return len(self._cache)

    # --- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._cursor is None:
            return
        after = self._seqs[-1] if self._seqs else None
        page = self._cursor.fetch(after, PAGE)
        self._more = len(page) == PAGE
        if not page:
            return
        first = len(self._seqs)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._seqs.extend(r.seq for r in page)
        for record in page:
            self._remember(record)
        self.endInsertRows()

    # --- the table -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("JournalModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == SeqRole:
            return self._seqs[index.row()] if index.row() < len(self._seqs) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                return record.ts.isoformat(timespec="microseconds")  # exact, UTC
            if column == ACTION:
                return record.action
            if column in (OBJECT, DETAILS):
                return self._display(record, column)
            return None
        return self._display(record, column)

    def _display(self, record: JournalRecord, column: int) -> str:
        if column == SEQ:
            return str(record.seq)
        if column == TIME:
            when = QDateTime.fromMSecsSinceEpoch(int(record.ts.timestamp() * 1000))
            return QLocale().toString(when.toLocalTime(), self._time_format)
        if column == USER:
            return record.actor
        if column == WORKSTATION:
            return record.workstation
        if column == ACTION:
            return QCoreApplication.translate("Actions", actions.label(record.action))
        if column == OBJECT:
            return record.object
        if column == OUTCOME:
            return QCoreApplication.translate("Outcomes", actions.outcome_label(record.outcome))
        return details_text(record.details)

    # --- language --------------------------------------------------------------------------

    def _update_formats(self) -> None:
        locale = QLocale()
        self._time_format = (locale.dateFormat(QLocale.FormatType.ShortFormat) + " "
                             + _with_seconds(locale.timeFormat(QLocale.FormatType.ShortFormat)))

    def retranslate(self) -> None:
        """Headers, action and outcome labels and the time format follow the language."""
        self._update_formats()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._seqs:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._seqs) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

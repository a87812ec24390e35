"""The copies a check expects, a page at a time: an annual check may hold a million copies,
so the view asks for more as it scrolls (canFetchMore/fetchMore) and each page is read after
the last row's key. Nothing beyond what the view needs is loaded."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from desktop.domain.errors import GrifError
from desktop.domain.inventory import ItemResult
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import inventory
from desktop.services.inventory import CheckItem
from desktop.services.session import Session
from desktop.ui.inventory import texts
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.register.level_badge import LevelRole, level_name

PAGE = 200

# the filter's codes -> the service's `result`
ALL, UNCHECKED, FOUND, MISSING = "all", "unchecked", "found", "missing"
RESULTS: dict[str, ItemResult | str | None] = {
    ALL: "all", UNCHECKED: None, FOUND: ItemResult.FOUND, MISSING: ItemResult.MISSING}

COLUMNS = (
    ("reg_no", QT_TRANSLATE_NOOP("CheckItemsModel", "Reg. No.")),
    ("copy_no", QT_TRANSLATE_NOOP("CheckItemsModel", "Copy")),
    ("title", QT_TRANSLATE_NOOP("CheckItemsModel", "Title")),
    ("level", QT_TRANSLATE_NOOP("CheckItemsModel", "Level")),
    ("sheets", QT_TRANSLATE_NOOP("CheckItemsModel", "Sheets")),
    ("custodian", QT_TRANSLATE_NOOP("CheckItemsModel", "Custodian")),
    ("location", QT_TRANSLATE_NOOP("CheckItemsModel", "Location")),
    ("result", QT_TRANSLATE_NOOP("CheckItemsModel", "Result")),
)
RIGHT = frozenset({"copy_no", "sheets"})


class CheckItemsModel(RowsModel):
    """`failed(exception)`: a page could not be read (the message is the caller's to show).
    The rows are the pages read so far, in register order."""

    CONTEXT = "CheckItemsModel"
    COLUMNS = COLUMNS
    failed = Signal(object)

    def __init__(self, session: Session, check_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check_id = check_id
        self.result = ALL
        self._more = True

    # --- what is shown ---------------------------------------------------------------------

    def set_result(self, code: str) -> None:
        """Show the copies with this result (a code of RESULTS) from the first page."""
        self.result = code
        self.reload(keep=0)

    def reload(self, keep: int | None = None) -> None:
        """Read again from the first page, as far as `keep` rows (default: as far as the
        view had scrolled), so the rows just ticked show their new result."""
        wanted = len(self._rows) if keep is None else keep
        self._more = True
        self.set_rows([])
        self.fetchMore(QModelIndex())
        while self._more and len(self._rows) < wanted:
            self.fetchMore(QModelIndex())

    def apply(self, copy_ids: list[int], result: ItemResult) -> bool:
        """Show copies just marked without reading again: their rows take the new result,
        or leave a list they no longer belong to. False when a marked copy should now
        appear in this list (the caller reads it again)."""
        wanted = RESULTS[self.result]
        if wanted == result:
            return False
        marked = set(copy_ids)
        for row in range(len(self._rows) - 1, -1, -1):
            item = self._rows[row]
            if item.copy_id not in marked:
                continue
            if wanted == "all":
                self._rows[row] = replace(item, result=result)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        return True

    def row_of(self, copy_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.copy_id == copy_id), None)

    # --- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        after = self._rows[-1].key if self._rows else None
        try:
            page = inventory.items(self.session, self.check_id, result=RESULTS[self.result],
                                   after=after, limit=PAGE)
        except GrifError as exc:
            self._more = False
            self.failed.emit(exc)
            return
        self._more = len(page) == PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- the table -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        key = self.key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, key)
        if role == LevelRole:
            return item.level.value if key == "level" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(item: CheckItem, key: str) -> str:
        if key == "level":
            return level_name(item.level)
        if key == "result":
            return texts.result_text(item.result)
        if key in ("copy_no", "sheets"):
            value = getattr(item, key)
            return "" if value is None else str(value)
        return str(getattr(item, key) or "")

"""The base of the section's two lists (acts, return lists): the service's rows held whole,
the texts made when shown, the level as a badge, typed text as plain tooltips."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from desktop.domain.levels import Level
from desktop.ui.copying.form import safe_tooltip
from desktop.ui.destruction.tables import RIGHT
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.register.level_badge import LevelRole


class SectionListModel(RowsModel):
    """Subclasses answer `text(row, key)` and `level(row)`; TYPED columns hold text people
    typed (shown as plain tooltips), NUMBERS are aligned right."""

    TYPED: ClassVar[frozenset[str]] = frozenset()
    NUMBERS: ClassVar[frozenset[str]] = frozenset({"copies"})

    def text(self, row: Any, key: str) -> str:
        raise NotImplementedError

    def level(self, row: Any) -> Level:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in self.TYPED:
            return safe_tooltip(self.text(row, key))
        if role == LevelRole and key == "level":
            return self.level(row).value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.NUMBERS:
            return RIGHT
        return None

"""The read-only tables of the section's dialogs (an act's copies and commission, a return
list's copies): built one way, typed text shown as plain text, levels as badges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.domain.levels import Level
from desktop.ui.copying.form import safe_tooltip
from desktop.ui.register.level_badge import LevelBadgeDelegate, LevelRole, level_name

Cell = str | int | Level | None
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def read_only_table(name: str, columns: int, *, level_column: int | None = None,
                    multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)        # Tab leaves the table, arrows move in it
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if level_column is not None:
        table.setItemDelegateForColumn(level_column, LevelBadgeDelegate(table))
    return table


def _item(value: Cell) -> QTableWidgetItem:
    if isinstance(value, Level):
        item = QTableWidgetItem(level_name(value))
        item.setData(LevelRole, value.value)
        return item
    if isinstance(value, int):
        item = QTableWidgetItem(str(value))
        item.setData(Qt.ItemDataRole.TextAlignmentRole, RIGHT)
        return item
    text = value or ""
    item = QTableWidgetItem(text)           # an item's text is never read as markup
    item.setToolTip(safe_tooltip(text))
    return item


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[Cell]]) -> None:
    """Replace the table's rows (each a sequence of cells, one per column)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.setItem(r, c, _item(value))


def selected_rows(table: QTableWidget) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})

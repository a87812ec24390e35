"""The list of classified information of a contract's separate section (S001 a.7): each item
a description with its secrecy degree, or a registration picked by its number (then its
title and level are used, and the row shows its number). The service checks every item
again when the contract is saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import contracts, register
from desktop.services.contracts import ContractItem, ItemInput
from desktop.services.session import Session
from desktop.ui.destruction.tables import Cell, fill_rows, read_only_table, selected_rows
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.fields import line_edit, part_button
from desktop.ui.widgets.retranslate import Retranslating

LEVELS = (Level.OV, Level.SS, Level.S)
# the columns of the list, here and in the contract's view (context "ItemsEditor")
HEADERS = (QT_TRANSLATE_NOOP("ItemsEditor", "No."),
           QT_TRANSLATE_NOOP("ItemsEditor", "Description"),
           QT_TRANSLATE_NOOP("ItemsEditor", "Level"),
           QT_TRANSLATE_NOOP("ItemsEditor", "Registration No."))


def set_headers(table: QTableWidget, context: str, sources: Sequence[str]) -> None:
    """A table's column headers in the UI language (sources marked with QT_TRANSLATE_NOOP)."""
    table.setHorizontalHeaderLabels([QCoreApplication.translate(context, s) for s in sources])


def item_cells(items: Sequence[ItemRow | ContractItem]) -> list[tuple[Cell, ...]]:
    """The list as the tables show it: number, description, level, registration number."""
    return [(n, item.description, item.level, item.reg_no)
            for n, item in enumerate(items, start=1)]


@dataclass(frozen=True)
class ItemRow:
    description: str
    level: Level
    registration_id: int | None = None
    reg_no: str = ""

    @classmethod
    def of(cls, item: ContractItem) -> ItemRow:
        return cls(item.description, item.level, item.registration_id, item.reg_no)

    def as_input(self) -> ItemInput:
        if self.registration_id is not None:
            return ItemInput(self.description, registration_id=self.registration_id)
        return ItemInput(self.description, self.level)


class ItemsEditor(Retranslating, QWidget):
    """`items` is the list shown; `changed` is emitted whenever it changes. `add()` raises the
    typed error the dialog shows beside the list."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[ItemRow] = []
        self.description = line_edit("itemDescription", 500)
        self.level = QComboBox()
        self.level.setObjectName("itemLevel")
        for level in LEVELS:
            self.level.addItem("", level)
        self.level.setCurrentIndex(-1)
        self.reg_no = line_edit("itemRegNo", 64)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.add_button = part_button("addItem")       # the dialog adds, showing its error
        self.remove_button = part_button("removeItems", self.remove_selected)
        self.table = read_only_table("contractItems", 4, level_column=2, multi=True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        entry = QGridLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        for column, (label, edit) in enumerate(zip(
                self.labels, (self.description, self.level, self.reg_no), strict=True)):
            label.setBuddy(edit)
            entry.addWidget(label, 0, column)
            entry.addWidget(edit, 1, column)
        entry.addWidget(self.add_button, 1, 3)
        for column, stretch in enumerate((4, 1, 2)):
            entry.setColumnStretch(column, stretch)
        foot = QHBoxLayout()
        foot.addWidget(self.remove_button)
        foot.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        self.setFocusProxy(self.description)
        self.retranslate_ui()
        self._update_buttons()

    # --- the list --------------------------------------------------------------------------

    def top_level(self) -> Level | None:
        return max((i.level for i in self.items), key=lambda lv: lv.rank, default=None)

    def inputs(self) -> list[ItemInput]:
        return [item.as_input() for item in self.items]

    def set_items(self, items: list[ItemRow]) -> None:
        self.items = list(items)
        self._show()

    def add(self) -> ItemRow:
        """The item typed, added; a registration number is looked up in the register (only
        what the user may see). Raises the typed error when something is missing."""
        reg_no = self.reg_no.text().strip()
        description = self.description.text().strip()
        if reg_no:
            found = register.find(self.session, reg_no)
            item = ItemRow(description or found.title, found.level, found.id, found.reg_no)
        elif not description:
            raise InvalidInput(contracts.ITEM, fields.EMPTY)
        elif self.level.currentIndex() < 0:
            raise InvalidInput(fields.LEVEL, fields.EMPTY)
        else:
            item = ItemRow(description, self.level.currentData())
        self.items.append(item)
        for edit in (self.description, self.reg_no):
            edit.clear()
        self.level.setCurrentIndex(-1)
        self.description.setFocus()
        self._show()
        return item

    def remove_selected(self) -> int:
        rows = set(selected_rows(self.table))
        self.items = [item for r, item in enumerate(self.items) if r not in rows]
        self._show()
        return len(rows)

    def _show(self) -> None:
        self._fill()
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.changed.emit()

    def _fill(self) -> None:
        fill_rows(self.table, item_cells(self.items))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(selected_rows(self.table)))

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for label, text in zip(self.labels, (
                QCoreApplication.translate("ItemsEditor", "&Description:"),
                QCoreApplication.translate("ItemsEditor", "Le&vel:"),
                QCoreApplication.translate("ItemsEditor", "or Re&gistration No.:")),
                strict=True):
            label.setText(text)
        for i, level in enumerate(LEVELS):
            self.level.setItemText(i, level_name(level))
        self.level.setPlaceholderText(QCoreApplication.translate("ItemsEditor", "Choose"))
        self.reg_no.setToolTip(QCoreApplication.translate(
            "ItemsEditor", "A registration in the register: its title and level are used"))
        self.add_button.setText(QCoreApplication.translate("ItemsEditor", "&Add"))
        self.remove_button.setText(QCoreApplication.translate("ItemsEditor", "Re&move"))
        set_headers(self.table, "ItemsEditor", HEADERS)
        self.table.setAccessibleName(QCoreApplication.translate(
            "ItemsEditor", "List of classified information"))
        self._fill()            # the level names in the new language

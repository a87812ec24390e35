"""The people the visitors are to meet (S001 a.10 p.2, last indent): position, surname and name
typed straight into a small table; a row left wholly empty is ignored, anything else goes to
the service, which says what is missing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.visits import Contact
from desktop.services.visit_input import ContactInput
from desktop.ui.destruction.tables import selected_rows
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.visits import texts
from desktop.ui.visits.widgets import button_row, stack_part
from desktop.ui.widgets.fields import part_button
from desktop.ui.widgets.retranslate import Retranslating

COLUMNS = 3


class ContactsTable(Retranslating, QWidget):
    def __init__(self, contacts: tuple[Contact, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("contactsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.title.setBuddy(self.table)
        self.error = ErrorLabel()
        self.error.setObjectName("contactsError")
        self.table.itemChanged.connect(lambda _item: self.error.show_text(""))
        self.add_button = part_button("addContactButton", self.add_contact)
        self.remove_button = part_button("removeContactButton", self.remove_contact)
        stack_part(self, self.table, self.title, self.table, self.error,
                   button_row(self.add_button, self.remove_button))
        for contact in contacts:
            self.add_contact(contact.position, contact.surname, contact.name, edit=False)
        self.retranslate_ui()

    def add_contact(self, position: str = "", surname: str = "", name: str = "", *,
                    edit: bool = True) -> int:
        """A new row (typed into at once when `edit`); returns its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, text in enumerate((position, surname, name)):
            self.table.setItem(row, c, QTableWidgetItem(text))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_contact(self) -> bool:
        rows = selected_rows(self.table) or (
            [self.table.currentRow()] if self.table.currentRow() >= 0 else [])
        if not rows:
            return False
        self.table.removeRow(rows[0])
        return True

    def contacts(self) -> list[ContactInput]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "")
                     for c in range(COLUMNS)]
            if any(cell.strip() for cell in cells):
                out.append(ContactInput(*cells))
        return out

    def retranslate_ui(self) -> None:
        self.title.setText(QCoreApplication.translate("ContactsTable", "People to &meet:"))
        self.table.setHorizontalHeaderLabels(texts.contact_headers())
        self.add_button.setText(QCoreApplication.translate("ContactsTable", "Add &person"))
        self.remove_button.setText(QCoreApplication.translate("ContactsTable",
                                                              "Remove p&erson"))

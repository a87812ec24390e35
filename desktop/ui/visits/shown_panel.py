"""What was actually shown during a visit, for its closing record: an item of the register
found by its registration number (its title and level are used), or a description typed with
its level. The service refuses anything above the degree agreed for the visit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.levels import Level
from desktop.services import register
from desktop.services.session import Session
from desktop.services.visits import ShownInput
from desktop.ui.destruction.tables import fill_rows, read_only_table, selected_rows
from desktop.ui.errors import error_text
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.visits.widgets import button_row, chosen_level, level_combo, name_levels, stack_part
from desktop.ui.widgets.fields import line_edit, part_button
from desktop.ui.widgets.retranslate import Retranslating


@dataclass(frozen=True)
class ShownLine:
    """One line of the table: what goes to the service and what the table shows."""

    item: ShownInput
    description: str
    level: Level
    reg_no: str = ""


class ShownPanel(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lines: list[ShownLine] = []
        self.title = QLabel()
        self.table = read_only_table("shownTable", 3, level_column=1)
        self.title.setBuddy(self.table)
        self.error = ErrorLabel()
        self.error.setObjectName("shownError")
        self.reg_no = line_edit("shownRegNo", 64)
        self.reg_no.returnPressed.connect(lambda: self.add_registration())
        self.description = line_edit("shownDescription", 500)
        self.level = level_combo("shownLevel")
        self.reg_label, self.description_label = QLabel(), QLabel()
        self.reg_label.setBuddy(self.reg_no)
        self.description_label.setBuddy(self.description)
        self.buttons = {
            "registration": part_button("registrationShownButton", self.add_registration),
            "text": part_button("textShownButton", self.add_text),
            "remove": part_button("removeShownButton", self.remove_line)}
        for edit in (self.reg_no, self.description):
            edit.textEdited.connect(lambda _t: self.error.show_text(""))
        adding = QGridLayout()
        adding.addWidget(self.reg_label, 0, 0)
        adding.addWidget(self.reg_no, 0, 1, 1, 2)
        adding.addWidget(self.buttons["registration"], 0, 3)
        adding.addWidget(self.description_label, 1, 0)
        adding.addWidget(self.description, 1, 1)
        adding.addWidget(self.level, 1, 2)
        adding.addWidget(self.buttons["text"], 1, 3)
        adding.setColumnStretch(1, 1)
        stack_part(self, self.table, self.title, self.table, button_row(self.buttons["remove"]),
                   adding, self.error)
        self.retranslate_ui()

    def items(self) -> list[ShownInput]:
        return [shown.item for shown in self.lines]

    def add_registration(self) -> bool:
        """The registration of the number typed (the register's own search: journalled,
        within the user's clearance)."""
        if not self.reg_no.text().strip():
            return False
        try:
            found = register.find(self.session, self.reg_no.text())
        except GrifError as exc:
            self.error.show_text(error_text(exc))
            return False
        self.lines.append(ShownLine(ShownInput(registration_id=found.id), found.title,
                                    found.level, found.reg_no))
        self.reg_no.clear()
        self._fill()
        return True

    def add_text(self) -> bool:
        if not self.description.text().strip():
            return False
        level = chosen_level(self.level)
        if not isinstance(level, Level):
            self.error.show_text(error_text(InvalidInput(fields.LEVEL, fields.EMPTY)))
            return False
        self.lines.append(ShownLine(ShownInput(self.description.text(), level),
                                    self.description.text(), level))
        self.description.clear()
        self._fill()
        return True

    def remove_line(self) -> bool:
        rows = selected_rows(self.table)
        if not rows:
            return False
        del self.lines[rows[0]]
        self._fill()
        return True

    def _fill(self) -> None:
        self.error.show_text("")
        fill_rows(self.table, [(s.description, s.level, s.reg_no) for s in self.lines])
        self.table.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        self.title.setText(QCoreApplication.translate("ShownPanel", "Information &shown:"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ShownPanel", "Description"),
            QCoreApplication.translate("ShownPanel", "Level"),
            QCoreApplication.translate("ShownPanel", "Registration No.")])
        self.reg_label.setText(QCoreApplication.translate("ShownPanel", "Re&gistration No.:"))
        self.description_label.setText(QCoreApplication.translate("ShownPanel",
                                                                  "Or &describe it:"))
        self.buttons["registration"].setText(
            QCoreApplication.translate("ShownPanel", "Add from the &register"))
        self.buttons["text"].setText(QCoreApplication.translate("ShownPanel", "Add &text"))
        self.buttons["remove"].setText(QCoreApplication.translate("ShownPanel", "Remo&ve"))
        name_levels(self.level)
        self._fill()

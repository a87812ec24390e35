"""The visitors of a request being prepared: the table of a.10 p.2's fields, one visitor added,
changed or removed at a time in its own dialog, and the message line where the service's
errors about a visitor appear (the visitor concerned is selected)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level
from desktop.services.session import Session
from desktop.services.visit_input import VisitorInput, passport_key
from desktop.ui.destruction.tables import fill_rows, read_only_table, selected_rows
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.visits import texts
from desktop.ui.visits.visitor_dialog import VisitorDialog, check_visitor
from desktop.ui.visits.widgets import button_row, stack_part
from desktop.ui.widgets.fields import part_button, run_modal
from desktop.ui.widgets.retranslate import Retranslating

# () -> (the visit's first day, the level of the information to be seen)
VisitSoFar = Callable[[], tuple[dt.date | None, Level | str | None]]


class VisitorsPanel(Retranslating, QWidget):
    def __init__(self, session: Session, visit_so_far: VisitSoFar,
                 visitors: list[VisitorInput] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.visit_so_far = visit_so_far
        self.visitors: list[VisitorInput] = list(visitors or [])
        self.title = QLabel()
        self.table = read_only_table("visitorsTable", len(texts.visitor_headers()),
                                     level_column=8)
        self.title.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_visitor())
        self.error = ErrorLabel()
        self.error.setObjectName("visitorsError")
        self.buttons = {
            "add": part_button("addVisitorButton", self.add_visitor),
            "edit": part_button("editVisitorButton", self.edit_visitor),
            "remove": part_button("removeVisitorButton", self.remove_visitor)}
        stack_part(self, self.table, self.title, self.table, self.error,
                   button_row(*self.buttons.values()))
        self.retranslate_ui()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return run_modal(dialog)

    def selected(self) -> int | None:
        rows = selected_rows(self.table)
        return rows[0] if rows and rows[0] < len(self.visitors) else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def update_actions(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["remove"].setEnabled(chosen)

    def _ask(self, visitor: VisitorInput | None) -> VisitorInput | None:
        start, level = self.visit_so_far()
        dialog = VisitorDialog(self.session, start, level, visitor, self)
        if not self.run_dialog(dialog) or dialog.visitor is None:
            return None
        self.error.show_text("")
        return dialog.visitor

    def add_visitor(self) -> bool:
        visitor = self._ask(None)
        if visitor is None:
            return False
        self.visitors.append(visitor)
        self._fill()
        self.select(len(self.visitors) - 1)
        return True

    def edit_visitor(self) -> bool:
        row = self.selected()
        visitor = self._ask(self.visitors[row]) if row is not None else None
        if row is None or visitor is None:
            return False
        self.visitors[row] = visitor
        self._fill()
        self.select(row)
        return True

    def remove_visitor(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        del self.visitors[row]
        self._fill()
        return True

    def point_at_fault(self) -> int | None:
        """Select the first visitor the service's rules refuse for the visit as it stands
        (or whose passport number was given before); None when every one is right."""
        start, level = self.visit_so_far()
        for row, visitor in enumerate(self.visitors):
            try:
                check_visitor(visitor, start, level, self.session.today)
            except InvalidInput:
                self.select(row)
                return row
        seen: set[str] = set()
        for row, visitor in enumerate(self.visitors):     # the same passport given twice
            if visitor.personal_data_hidden:    # not shown here: only the service compares it
                continue
            passport = passport_key(visitor.passport_no)
            if passport in seen:
                self.select(row)
                return row
            seen.add(passport)
        return None

    def _fill(self) -> None:
        fill_rows(self.table, [texts.visitor_cells(v) for v in self.visitors])
        self.table.resizeColumnsToContents()
        self.update_actions()

    def retranslate_ui(self) -> None:
        self.title.setText(QCoreApplication.translate("VisitorsPanel", "&Visitors:"))
        self.table.setHorizontalHeaderLabels(texts.visitor_headers())
        self.buttons["add"].setText(QCoreApplication.translate("VisitorsPanel", "&Add…"))
        self.buttons["edit"].setText(QCoreApplication.translate("VisitorsPanel", "&Edit…"))
        self.buttons["remove"].setText(QCoreApplication.translate("VisitorsPanel", "Re&move"))
        self._fill()

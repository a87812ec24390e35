"""The marking-change cases (SPEC §3): filters by state, originator and deadline, the list
with days left highlighted (due within 5 days amber, overdue red, both in words too), a new
case from a notice, a case's copies, and the act of a closed case.

Only the people who keep the register open cases; everyone the service lets read them sees
the list. Every filter asks the service again (it journals the listing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.domain.carriers import OriginatorType
from desktop.domain.marking import DUE_SOON_DAYS, CaseState
from desktop.services import marking
from desktop.services.marking import CaseRow
from desktop.services.session import Session
from desktop.ui.marking.case_dialog import NewCaseDialog
from desktop.ui.marking.case_view_dialog import CaseViewDialog, act_print_dialog
from desktop.ui.marking.cases_model import MarkingCasesModel
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.list_section import ListSection, filter_combo

ALL, OPEN, CLOSED = "all", CaseState.OPEN.value, CaseState.CLOSED.value
DUE_ALL, DUE_SOON = "all", "soon"


class MarkingCasesPage(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, MarkingCasesModel(), "casesTable", parent)
        self.table.setAlternatingRowColors(False)   # the rows due soon and overdue are coloured
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state = filter_combo("stateFilter", (ALL, OPEN, CLOSED))
        self.originator = filter_combo("originatorFilter",
                                       (ALL, *(kind.value for kind in OriginatorType)))
        self.due = filter_combo("dueFilter", (DUE_ALL, DUE_SOON))
        filters = QHBoxLayout()
        self.filter_labels = [self.add_filter(filters, combo)
                              for combo in (self.state, self.originator, self.due)]
        filters.addStretch(1)
        self.new_button = self.add_button("new", self.new_case, "newCaseButton")
        self.new_button.setVisible(self.is_clerk)
        self.open_button = self.add_button("open", self.open_selected, "openCaseButton")
        self.print_button = self.add_button("print", self.print_act, "printActButton")
        self.bar.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.stack(self.heading, filters, self.bar, self.table, self.message, self.status)
        self.retranslate_ui()
        self.update_actions()

    # --- the list --------------------------------------------------------------------------

    def load(self) -> list[CaseRow]:
        """The cases for the filters shown now."""
        state = self.state.currentData()
        origin = self.originator.currentData()
        return marking.cases(
            self.session,
            state=CaseState(state) if state != ALL else None,
            originator_type=OriginatorType(origin) if origin != ALL else None,
            due_within=DUE_SOON_DAYS if self.due.currentData() == DUE_SOON else None)

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows, self.session.today)   # the days left count from today

    def current_case(self) -> CaseRow | None:
        return self.current()

    def update_actions(self) -> None:
        row = self.current_case()
        self.new_button.setEnabled(self.is_clerk)
        self.open_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None and row.state is CaseState.CLOSED)

    # --- actions ---------------------------------------------------------------------------

    def new_case(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = NewCaseDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.case_id is None:
            return None
        self.refresh()
        self.select(dialog.case_id)
        return dialog.case_id

    def open_selected(self) -> None:
        row = self.current_case()
        if row is not None:     # copies ticked off or the case closed in the dialog
            self.open_dialog(lambda: CaseViewDialog(self.session, row.id, self), error_box=True)

    def print_act(self) -> bool:
        row = self.current_case()
        if row is None or row.state is not CaseState.CLOSED:
            return False
        dialog = act_print_dialog(self.session, row.id, row.number, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("MarkingCasesPage", "Marking changes"))
        for label, text in zip(self.filter_labels, (
                QCoreApplication.translate("MarkingCasesPage", "&State:"),
                QCoreApplication.translate("MarkingCasesPage", "O&riginator:"),
                QCoreApplication.translate("MarkingCasesPage", "&Deadline:")), strict=True):
            label.setText(text)
        self.state.setItemText(0, QCoreApplication.translate("MarkingCasesPage", "All"))
        self.state.setItemText(1, QCoreApplication.translate("Marking", CaseState.OPEN.label))
        self.state.setItemText(2, QCoreApplication.translate("Marking", CaseState.CLOSED.label))
        self.originator.setItemText(0, QCoreApplication.translate("MarkingCasesPage", "All"))
        for i, kind in enumerate(OriginatorType, start=1):
            self.originator.setItemText(i, QCoreApplication.translate("OriginatorType",
                                                                      kind.label))
        self.due.setItemText(0, QCoreApplication.translate("MarkingCasesPage", "All"))
        self.due.setItemText(1, fill(QCoreApplication.translate(
            "MarkingCasesPage", "Due within %1 days and overdue"), DUE_SOON_DAYS))
        self.new_button.setText(QCoreApplication.translate("MarkingCasesPage", "&New case…"))
        self.open_button.setText(QCoreApplication.translate("MarkingCasesPage", "&Open…"))
        self.print_button.setText(QCoreApplication.translate("MarkingCasesPage", "&Print act…"))
        self.model.retranslate()
        self.table.setAccessibleName(
            QCoreApplication.translate("MarkingCasesPage", "Marking-change cases"))

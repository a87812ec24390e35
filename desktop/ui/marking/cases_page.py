"""The marking-change cases (SPEC §3): filters by state, originator and deadline, the list
with days left highlighted (due within 5 days amber, overdue red, both in words too), a new
case from a notice, a case's copies, and the act of a closed case.

Only the people who keep the register open cases; everyone the service lets read them sees
the list. Every filter asks the service again (it journals the listing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import OriginatorType
from desktop.domain.errors import GrifError
from desktop.domain.marking import DUE_SOON_DAYS, CaseState
from desktop.services import marking
from desktop.services.marking import CaseRow
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.errors import error_text, show_error
from desktop.ui.marking.case_dialog import NewCaseDialog
from desktop.ui.marking.case_view_dialog import CaseViewDialog, act_print_dialog
from desktop.ui.marking.cases_model import MarkingCasesModel
from desktop.ui.page import Page
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.widgets.display import fill

ALL, OPEN, CLOSED = "all", CaseState.OPEN.value, CaseState.CLOSED.value
DUE_ALL, DUE_SOON = "all", "soon"


class MarkingCasesPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.can_open = session.user.has_role(*CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        for code in (ALL, OPEN, CLOSED):
            self.state.addItem("", code)
        self.originator = QComboBox()
        self.originator.setObjectName("originatorFilter")
        self.originator.addItem("", ALL)
        for kind in OriginatorType:
            self.originator.addItem("", kind.value)
        self.due = QComboBox()
        self.due.setObjectName("dueFilter")
        for code in (DUE_ALL, DUE_SOON):
            self.due.addItem("", code)
        self.filter_labels = [QLabel(), QLabel(), QLabel()]
        filters = QHBoxLayout()
        for label, combo in zip(self.filter_labels, (self.state, self.originator, self.due),
                                strict=True):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters.addStretch(1)

        self.model = MarkingCasesModel(self)
        self.table = QTableView()
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # activated: Enter, and a double click in every style Grif runs with
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(lambda: self.new_case())
        self.new_button.setVisible(self.can_open)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printActButton")
        self.print_button.clicked.connect(lambda: self.print_act())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = ErrorLabel()
        self.message.setObjectName("pageMessage")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        self._sized = False
        self.retranslate_ui()
        self.update_actions()

    # --- the list --------------------------------------------------------------------------

    def refresh(self) -> bool:
        """The cases for the filters shown now; keeps the selected case selected."""
        keep = self.current_case()
        state = self.state.currentData()
        origin = self.originator.currentData()
        try:
            rows = marking.cases(
                self.session,
                state=CaseState(state) if state != ALL else None,
                originator_type=OriginatorType(origin) if origin != ALL else None,
                due_within=DUE_SOON_DAYS if self.due.currentData() == DUE_SOON else None)
        except GrifError as exc:
            self.model.set_rows([], self.session.today)
            self.message.show_text(error_text(exc))
            return False
        self.message.show_text("")
        self.model.set_rows(rows, self.session.today)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.select_case(keep.id if keep else None)
        return True

    def current_case(self) -> CaseRow | None:
        index = self.table.currentIndex()
        return self.model.case_row(index.row()) if index.isValid() else None

    def select_case(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.update_actions()

    def update_actions(self) -> None:
        row = self.current_case()
        self.new_button.setEnabled(self.can_open)
        self.open_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None and row.state is CaseState.CLOSED)

    # --- actions ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_case(self) -> int | None:
        if not self.can_open:
            return None
        dialog = NewCaseDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.case_id is None:
            return None
        self.refresh()
        self.select_case(dialog.case_id)
        return dialog.case_id

    def open_selected(self) -> None:
        row = self.current_case()
        if row is None:
            return
        try:
            dialog = CaseViewDialog(self.session, row.id, self)
        except GrifError as exc:
            show_error(self, exc)
            return
        self.run_dialog(dialog)
        self.refresh()          # copies ticked off or the case closed in the dialog

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

"""A marking-change case: its notice, the change, the window and every copy to re-mark
(SPEC §3). Copies are ticked off as they are physically re-marked (a copy sent away on the
recipient's confirmation, whose reference is asked); the case closes when all are done and
the act is printed for a closed case. The service checks every step again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.marking import CaseState
from desktop.services import marking, printing
from desktop.services.marking import Case
from desktop.services.marking_plan import TASK_HOLDER, TASK_RECIPIENT, AffectedCopy
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.marking import texts
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets import display
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import run_modal
from desktop.ui.widgets.retranslate import Retranslating

FIELDS = ("notice", "received", "partner", "originator", "change", "rule", "deadline", "left",
          "opened", "confirmed", "closed")
COLUMNS = 7


def act_print_dialog(session: Session, case_id: int, number: str,
                     parent: QWidget | None) -> PrintDialog:
    """The print dialog of a closed case's act (the language is chosen there)."""
    return PrintDialog(
        session, lambda lang, _progress: printing.marking_act_pdf(
            session, case_id, lang),
        file_stem=f"marking-act-{number}", parent=parent,
        what=lambda: QCoreApplication.translate(
            "CaseViewDialog", "Print the act of the marking change"))


class CaseViewDialog(Retranslating, QDialog):
    """Raises the service's error when the case may not be shown to this user."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.case: Case = marking.case(session, case_id)
        self.can_act = session.user.has_role(*CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in FIELDS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key], self.values[key] = label, value
            form.addRow(label, value)
        self.values["left"].setWordWrap(False)
        self.copies = QTableWidget(0, COLUMNS)
        self.copies.setObjectName("caseCopies")
        self.copies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.copies.setTabKeyNavigation(False)
        self.copies.verticalHeader().hide()
        self.copies.horizontalHeader().setStretchLastSection(True)
        self.copies.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.copies.itemSelectionChanged.connect(self.update_actions)
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.remark_button = QPushButton()
        self.remark_button.setObjectName("remarkButton")
        self.remark_button.clicked.connect(lambda: self.remark_selected())
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(lambda: self.close_case())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printActButton")
        self.print_button.clicked.connect(lambda: self.print_act())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.remark_button, self.close_button, self.print_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.setVisible(self.can_act)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.copies, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(960, 640)
        self.retranslate_ui()
        self.copies.resizeColumnsToContents()
        self.copies.setFocus()

    # --- hooks (tests replace them) --------------------------------------------------------

    def ask_reference(self, copy: AffectedCopy) -> str | None:
        """The reference of the recipient's confirmation of a copy sent away."""
        text, ok = QInputDialog.getText(
            self, QCoreApplication.translate("CaseViewDialog", "Recipient's confirmation"),
            fill(QCoreApplication.translate(
                "CaseViewDialog", "%1, copy No. %2 was sent to %3. Reference of their "
                "confirmation that it is re-marked:"), copy.reg_no, copy.copy_no,
                copy.task_for))
        return text if ok else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CaseViewDialog", "Close the case"), question)
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    # --- actions ---------------------------------------------------------------------------

    def selected_copies(self) -> list[AffectedCopy]:
        rows = sorted({index.row() for index in self.copies.selectionModel().selectedRows()})
        return [self.case.copies[r] for r in rows if r < len(self.case.copies)]

    def select_copies(self, copy_ids: list[int]) -> None:
        self.copies.clearSelection()
        mode = self.copies.selectionMode()
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r, copy in enumerate(self.case.copies):
            if copy.copy_id in copy_ids:
                self.copies.selectRow(r)
        self.copies.setSelectionMode(mode)

    def _may_remark(self, copy: AffectedCopy) -> bool:
        own = copy.task == TASK_HOLDER and copy.task_for == self.session.user.full_name
        return copy.remarked_at is None and (self.can_act or own)

    def remark_selected(self) -> int:
        """Tick off the selected copies; returns how many were ticked."""
        self.message.show_text("")
        done = 0
        for copy in [c for c in self.selected_copies() if self._may_remark(c)]:
            note = ""
            if copy.task == TASK_RECIPIENT:
                answer = self.ask_reference(copy)
                if answer is None:
                    break
                note = answer
            try:
                marking.remark(self.session, self.case_id, copy.copy_id, note)
            except GrifError as exc:
                self.message.show_text(error_text(exc))
                break
            done += 1
        self.reload()
        return done

    def close_case(self) -> bool:
        question = fill(QCoreApplication.translate(
            "CaseViewDialog", "Close case %1? The registrations take the new level (%2); the "
            "old level stays in their history."), self.case.number,
            texts.level_text(self.case.new_level))
        if not self.confirm(question):
            return False
        self.message.show_text("")
        try:
            marking.close_case(self.session, self.case_id)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return False
        self.reload()
        return True

    def print_act(self) -> bool:
        if self.case.state is not CaseState.CLOSED:
            return False
        dialog = act_print_dialog(self.session, self.case_id, self.case.number, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

    def reload(self) -> None:
        keep = [c.copy_id for c in self.selected_copies()]
        try:
            self.case = marking.case(self.session, self.case_id)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return
        self.retranslate_ui()
        self.select_copies(keep)

    def update_actions(self) -> None:
        open_case = self.case.state is CaseState.OPEN
        self.remark_button.setEnabled(open_case and any(
            self._may_remark(c) for c in self.selected_copies()))
        self.close_button.setEnabled(open_case and self.can_act
                                     and self.case.done == len(self.case.copies))
        self.print_button.setEnabled(not open_case)

    # --- texts -----------------------------------------------------------------------------

    def _fill_values(self) -> None:
        case, today = self.case, self.session.today
        notice = case.notice
        partner = "—"
        if notice.partner_agreement:
            partner = fill(QCoreApplication.translate("CaseViewDialog", "%1 of %2"),
                           notice.partner_agreement,
                           display.day_text(notice.partner_agreement_date))
        opened = fill(QCoreApplication.translate("CaseViewDialog", "%1, %2"), case.opened_by,
                      display.moment_text(case.opened_at))
        closed = "—"
        if case.closed_at:
            closed = fill(QCoreApplication.translate("CaseViewDialog", "%1, %2"),
                          case.closed_by, display.moment_text(case.closed_at))
        if case.state is CaseState.OPEN:
            left = texts.days_text(case.deadline, today)
        else:
            left = QCoreApplication.translate("Marking", case.state.label)
        kind = QCoreApplication.translate("Marking", case.kind.label)
        rule = QCoreApplication.translate("Marking", case.rule.label)
        values = {
            "notice": fill(QCoreApplication.translate("CaseViewDialog", "%1, No. %2 of %3"),
                           notice.issuer, notice.reference, display.day_text(notice.date)),
            "received": display.day_text(notice.received),
            "partner": partner,
            "originator": display.originator_text(case.originator_type, case.originator),
            "change": fill(QCoreApplication.translate("CaseViewDialog", "%1: %2"), kind,
                           texts.change_text(case.old_level, case.new_level)),
            "rule": fill(QCoreApplication.translate("CaseViewDialog", "%1 (%2)"), rule,
                         texts.window_text(case.window_days)),
            "deadline": display.day_text(case.deadline),
            "left": left,
            "opened": opened,
            "confirmed": case.confirmed_by or "—",
            "closed": closed,
        }
        for key, value in values.items():
            self.values[key].setText(value)
        self.values["left"].setStyleSheet(texts.style_sheet(
            case.deadline if case.state is CaseState.OPEN else None, today))
        self.copies.setRowCount(len(case.copies))
        for r, copy in enumerate(case.copies):
            cells = (copy.reg_no, str(copy.copy_no), texts.reason_text(copy.reason, copy.via),
                     texts.where_text(copy.state, copy.task_for), texts.task_text(copy.task),
                     copy.remarked_by, display.moment_text(copy.remarked_at))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.copies.setItem(r, c, item)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "CaseViewDialog", "Marking-change case %1"), self.case.number))
        self.heading.setText(fill(
            QCoreApplication.translate("CaseViewDialog", "Case %1: %2"), self.case.number,
            QCoreApplication.translate("Marking", self.case.state.label)))
        labels = {
            "notice": QCoreApplication.translate("CaseViewDialog", "Notice:"),
            "received": QCoreApplication.translate("CaseViewDialog", "Received on:"),
            "partner": QCoreApplication.translate("CaseViewDialog", "Other Party's agreement:"),
            "originator": QCoreApplication.translate("CaseViewDialog", "Originator:"),
            "change": QCoreApplication.translate("CaseViewDialog", "Change:"),
            "rule": QCoreApplication.translate("CaseViewDialog", "Rule:"),
            "deadline": QCoreApplication.translate("CaseViewDialog", "Deadline:"),
            "left": QCoreApplication.translate("CaseViewDialog", "Time to the deadline:"),
            "opened": QCoreApplication.translate("CaseViewDialog", "Opened by:"),
            "confirmed": QCoreApplication.translate("CaseViewDialog", "Confirmed by:"),
            "closed": QCoreApplication.translate("CaseViewDialog", "Closed by:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self._fill_values()
        self.copies.setHorizontalHeaderLabels([
            QCoreApplication.translate("CaseViewDialog", "Registration"),
            QCoreApplication.translate("CaseViewDialog", "Copy"),
            QCoreApplication.translate("CaseViewDialog", "Why"),
            QCoreApplication.translate("CaseViewDialog", "Where it is"),
            QCoreApplication.translate("CaseViewDialog", "Task"),
            QCoreApplication.translate("CaseViewDialog", "Re-marked by"),
            QCoreApplication.translate("CaseViewDialog", "When")])
        self.remark_button.setText(
            QCoreApplication.translate("CaseViewDialog", "&Mark as re-marked"))
        self.close_button.setText(QCoreApplication.translate("CaseViewDialog", "Close the &case…"))
        self.print_button.setText(QCoreApplication.translate("CaseViewDialog", "&Print act…"))
        self.update_actions()

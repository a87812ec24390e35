"""A destruction act: where it stands in its life (draft → signed by the commission →
approved by the head → executed), its basis, method and commission with each signature (in
Grif or on paper, and when), and its copies. What can be done follows the state and the
user's roles: a clerk changes a draft, records the paper signatures and executes an approved
act; a member signs with their own password; the head of the organisation approves; anyone
who sees the act prints it (a draft prints with its "draft" line). An executed act offers
nothing but printing: it can never be changed or undone."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.destruction import ActState
from desktop.domain.roles import Role
from desktop.services import act_forms, destruction
from desktop.services.destruction import Act
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.destruction.act_dialog import ActDialog
from desktop.ui.destruction.acts_model import basis_text, state_text
from desktop.ui.destruction.execute_dialog import ExecuteDialog
from desktop.ui.destruction.paper_dialog import PaperSignaturesDialog
from desktop.ui.destruction.record_dialog import RecordDialog
from desktop.ui.destruction.sign_dialog import SignDialog
from desktop.ui.destruction.tables import fill_rows, read_only_table
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import day_text, fill, moment_text

FIELDS = ("state", "basis", "originator", "place", "method", "method_note", "drawn_up",
          "approved", "executed")
ACTIONS = ("edit", "sign", "paper", "approve", "withdraw", "execute", "print")


def act_print_dialog(session: Session, act_id: int, number: str,
                     parent: QWidget | None) -> PrintDialog:
    """The print dialog of an act in any state (the language is chosen there)."""
    return PrintDialog(
        session, lambda lang, _progress: act_forms.destruction_act_pdf(session, act_id, lang),
        file_stem=f"destruction-act-{number}", parent=parent,
        what=lambda: QCoreApplication.translate("ActViewDialog", "Print the destruction act"))


def steps_html(state: ActState) -> str:
    """The four states in a row: those passed ticked, the current one in bold."""
    order = list(ActState)
    parts = []
    for i, step in enumerate(order):
        name = html.escape(state_text(step))
        if i < order.index(state):
            parts.append(f"✓ {name}")
        elif step is state:
            parts.append(f"<b>▶ {name}</b>")
        else:
            parts.append(f"<span style='color: #6b6b6b'>{name}</span>")
    return " &nbsp;→&nbsp; ".join(parts)


class ActViewDialog(RecordDialog):
    """Raises the service's error when the act may not be shown to this user."""

    def __init__(self, session: Session, act_id: int, parent: QWidget | None = None) -> None:
        super().__init__(FIELDS, parent)
        self.session = session
        self.act: Act = destruction.act(session, act_id)
        self.is_clerk = session.user.has_role(*CLERKS)
        self.is_head = session.user.has_role(Role.ORG_HEAD)
        self.steps = QLabel()
        self.steps.setObjectName("actSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.main_layout.insertWidget(1, self.steps)
        self.values["method_note"].setMinimumWidth(420)
        self.commission_label = QLabel()
        self.commission = read_only_table("actCommission", 5)
        self.copies_label = QLabel()
        self.copies = read_only_table("actCopies", 8, level_column=3)
        self.totals = QLabel()
        self.totals.setObjectName("actTotals")
        self.commission_label.setBuddy(self.commission)
        self.copies_label.setBuddy(self.copies)
        for widget, stretch in ((self.commission_label, 0), (self.commission, 1),
                                (self.copies_label, 0), (self.copies, 2), (self.totals, 0)):
            self.main_layout.addWidget(widget, stretch)
        for name, slot in (("edit", self.edit), ("sign", self.sign),
                           ("paper", self.record_paper), ("approve", self.approve),
                           ("withdraw", self.withdraw), ("execute", self.execute),
                           ("print", self.print_act)):
            self.add_action(name, slot)
        self.finish_layout()
        self.resize(1040, 760)
        self.retranslate_ui()
        self.copies.resizeColumnsToContents()
        self.commission.resizeColumnsToContents()

    # --- what may be done now --------------------------------------------------------------

    def allowed(self) -> dict[str, bool]:
        state = self.act.state
        draft = state is ActState.DRAFT
        return {
            "edit": draft and self.is_clerk,
            "sign": draft and bool(self.act.unsigned),
            "paper": draft and self.is_clerk and bool(self.act.unsigned),
            "approve": state is ActState.SIGNED and self.is_head,
            "withdraw": state in (ActState.SIGNED, ActState.APPROVED) and (
                self.is_clerk or self.is_head),
            "execute": state is ActState.APPROVED and self.is_clerk,
            "print": True,
        }

    # --- actions ---------------------------------------------------------------------------

    def edit(self) -> bool:
        if not self.allowed()["edit"]:
            return False
        done = self.run_dialog(ActDialog(self.session, self, act=self.act))
        self.reload()
        return done

    def sign(self) -> bool:
        if not self.allowed()["sign"]:
            return False
        done = self.run_dialog(SignDialog(self.session, self.act, self))
        self.reload()
        return done

    def record_paper(self) -> bool:
        if not self.allowed()["paper"]:
            return False
        done = self.run_dialog(PaperSignaturesDialog(self.session, self.act, self))
        self.reload()
        return done

    def approve(self) -> bool:
        if not self.allowed()["approve"]:
            return False
        if not self.confirm(
                QCoreApplication.translate("ActViewDialog", "Approve the act"),
                fill(QCoreApplication.translate(
                    "ActViewDialog", "Approve destruction act %1 (%2 copies) as the head of "
                    "the organisation?"), self.act.number, len(self.act.copies))):
            return False
        done = self.call(lambda: destruction.approve(self.session, self.act.id))
        self.reload()
        return done

    def withdraw(self) -> bool:
        """Back to a draft when the act can no longer be executed as it stands."""
        if not self.allowed()["withdraw"]:
            return False
        if not self.confirm(
                QCoreApplication.translate("ActViewDialog", "Return the act to draft"),
                fill(QCoreApplication.translate(
                    "ActViewDialog", "Return destruction act %1 to draft? The signatures and the approval given are withdrawn; the act can then be corrected and signed again."),  # noqa: E501
                    self.act.number)):
            return False
        done = self.call(lambda: destruction.withdraw(self.session, self.act.id))
        self.reload()
        return done

    def execute(self) -> bool:
        if not self.allowed()["execute"]:
            return False
        if not self.confirm(
                QCoreApplication.translate("ActViewDialog", "Execute the act"),
                fill(QCoreApplication.translate(
                    "ActViewDialog", "Execute destruction act %1? Its %2 copies will be "
                    "marked destroyed in the register. This cannot be undone."),
                    self.act.number, len(self.act.copies))):
            return False
        done = self.run_dialog(ExecuteDialog(self.session, self.act, self))
        self.reload()
        return done

    def print_act(self) -> bool:
        return self.print_with(act_print_dialog(self.session, self.act.id, self.act.number,
                                                self))

    def reload(self) -> None:
        self.call(lambda: setattr(self, "act", destruction.act(self.session, self.act.id)))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        act = self.act
        approved = executed = ""
        if act.approved_at:
            approved = fill(QCoreApplication.translate("ActViewDialog", "%1, %2"),
                            act.approved_by, moment_text(act.approved_at))
        if act.executed_at:
            names = {m.username: m.full_name for m in act.commission}
            executed = fill(QCoreApplication.translate(
                "ActViewDialog", "%1; confirmed by the chair %2 and the member %3"),
                moment_text(act.executed_at),
                names.get(act.execution_chair, act.execution_chair),
                names.get(act.execution_member, act.execution_member))
        return {
            "state": state_text(act.state),
            "basis": basis_text(act.basis_kind, act.basis_reference, act.basis_date),
            "originator": act.originator,
            "place": act.place,
            "method": act.method,
            "method_note": act.method_note,
            "drawn_up": act.created_by,
            "approved": approved,
            "executed": executed,
        }

    def _fill_tables(self) -> None:
        not_signed = QCoreApplication.translate("ActViewDialog", "not signed yet")
        fill_rows(self.commission, [
            (QCoreApplication.translate("Destruction", m.role.label), m.full_name, m.position,
             QCoreApplication.translate("Destruction", m.signed.label) if m.signed
             else not_signed, moment_text(m.signed_at)) for m in self.act.commission])
        fill_rows(self.copies, [
            (c.reg_no, day_text(c.reg_date), c.title, c.level, c.copy_no, c.sheets,
             QCoreApplication.translate("CopyState", c.state.label), c.note)
            for c in self.act.copies])
        self.totals.setText(fill(QCoreApplication.translate(
            "ActViewDialog", "Total: %1 copies, %2 sheets"), len(self.act.copies),
            self.act.sheets))

    def retranslate_ui(self) -> None:
        act = self.act
        self.setWindowTitle(fill(QCoreApplication.translate(
            "ActViewDialog", "Destruction act %1"), act.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "ActViewDialog", "Destruction act No. %1 of %2"), act.number,
            day_text(act.act_date)))
        self.steps.setText(steps_html(act.state))
        labels = {
            "state": QCoreApplication.translate("ActViewDialog", "State:"),
            "basis": QCoreApplication.translate("ActViewDialog", "Basis:"),
            "originator": QCoreApplication.translate("ActViewDialog", "Originator:"),
            "place": QCoreApplication.translate("ActViewDialog", "Place:"),
            "method": QCoreApplication.translate("ActViewDialog", "Method:"),
            "method_note": QCoreApplication.translate(
                "ActViewDialog", "How it rules out recovery:"),
            "drawn_up": QCoreApplication.translate("ActViewDialog", "Drawn up by:"),
            "approved": QCoreApplication.translate("ActViewDialog", "Approved by:"),
            "executed": QCoreApplication.translate("ActViewDialog", "Executed:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.set_values(self._values(), act.top)
        self.commission_label.setText(
            QCoreApplication.translate("ActViewDialog", "Co&mmission:"))
        self.copies_label.setText(QCoreApplication.translate("ActViewDialog", "C&opies:"))
        self.commission.setHorizontalHeaderLabels([
            QCoreApplication.translate("ActViewDialog", "Role"),
            QCoreApplication.translate("ActViewDialog", "Name"),
            QCoreApplication.translate("ActViewDialog", "Position"),
            QCoreApplication.translate("ActViewDialog", "Signature"),
            QCoreApplication.translate("ActViewDialog", "When")])
        self.copies.setHorizontalHeaderLabels([
            QCoreApplication.translate("ActViewDialog", "Registration No."),
            QCoreApplication.translate("ActViewDialog", "Date"),
            QCoreApplication.translate("ActViewDialog", "Title"),
            QCoreApplication.translate("ActViewDialog", "Level"),
            QCoreApplication.translate("ActViewDialog", "Copy No."),
            QCoreApplication.translate("ActViewDialog", "Sheets"),
            QCoreApplication.translate("ActViewDialog", "State"),
            QCoreApplication.translate("ActViewDialog", "Note")])
        self._fill_tables()
        texts = {
            "edit": QCoreApplication.translate("ActViewDialog", "&Edit…"),
            "sign": QCoreApplication.translate("ActViewDialog", "&Sign…"),
            "paper": QCoreApplication.translate("ActViewDialog", "Record &paper signatures…"),
            "approve": QCoreApplication.translate("ActViewDialog", "&Approve"),
            "withdraw": QCoreApplication.translate("ActViewDialog", "Back to &draft…"),
            "execute": QCoreApplication.translate("ActViewDialog", "E&xecute…"),
            "print": QCoreApplication.translate("ActViewDialog", "P&rint…"),
        }
        for name, text in texts.items():
            self.action_buttons[name].setText(text)
        self.show_actions(self.allowed())

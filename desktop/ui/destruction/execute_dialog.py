"""Executing an approved act: the chair and one member of the commission confirm, each with
their own password, in this one dialog (the page has asked first whether to go on: it cannot
be undone). Every listed copy is then marked destroyed in one transaction, with the act's
number and date in the register; the password fields are emptied after every attempt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.destruction import CommissionRole
from desktop.domain.errors import GrifError
from desktop.services import destruction
from desktop.services.destruction import Act
from desktop.services.session import Session
from desktop.ui.destruction.sign_dialog import PasswordsForm
from desktop.ui.widgets.display import fill


class ExecuteDialog(PasswordsForm):
    def __init__(self, session: Session, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(session, act, parent)
        chair = next((m for m in act.commission if m.role is CommissionRole.CHAIR), None)
        self.chair_user = QLineEdit(chair.username if chair else "")
        self.chair_user.setObjectName("chairUser")
        self.chair_user.setMaxLength(32)
        self.chair_password = self.secret("chairPassword")
        self.member = QComboBox()
        self.member.setObjectName("executionMember")
        for m in act.commission:
            if m.role is CommissionRole.MEMBER:
                self.member.addItem(fill("%1 (%2)", m.full_name, m.username), m.username)
        self.member.setCurrentIndex(-1)
        self.member_password = self.secret("memberPassword")
        self.add_field("chair", self.chair_user, destruction.CHAIR)
        self.add_field("chair_password", self.chair_password)
        self.add_field("member", self.member, destruction.SIGNER)
        self.add_field("member_password", self.member_password)
        self.retranslate_ui()
        self.chair_password.setFocus()

    def choose_member(self, username: str) -> None:
        self.member.setCurrentIndex(self.member.findData(username))

    def submit(self) -> None:
        destruction.execute(self.session, self.act.id,
                            chair=(self.chair_user.text(), self.chair_password.text()),
                            member=(self.member.currentData() or "",
                                    self.member_password.text()))

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message == destruction.NOT_THE_CHAIR:
            return destruction.CHAIR
        if exc.message == destruction.NOT_ON_COMMISSION:
            return destruction.SIGNER
        return None

    def retranslate_ui(self) -> None:
        act = self.act
        self.setWindowTitle(fill(QCoreApplication.translate(
            "ExecuteDialog", "Execute destruction act %1"), act.number))
        self.about.setText(fill(QCoreApplication.translate(
            "ExecuteDialog", "%1 copies (%2 sheets) will be marked destroyed in the register "
            "under act %3. The chair and one member of the commission confirm with their own "
            "passwords."), len(act.copies), act.sheets, act.number))
        labels = {
            "chair": QCoreApplication.translate("ExecuteDialog", "&Chair's user name:"),
            "chair_password": QCoreApplication.translate("ExecuteDialog", "Chair's &password:"),
            "member": QCoreApplication.translate("ExecuteDialog", "&Member:"),
            "member_password": QCoreApplication.translate(
                "ExecuteDialog", "Member's pass&word:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.member.setPlaceholderText(QCoreApplication.translate(
            "ExecuteDialog", "Choose the member who confirms"))
        self.ok_button.setText(QCoreApplication.translate("ExecuteDialog", "&Destroy the copies"))

"""A member of the commission signs a draft act in Grif with their own user name and password
(checked like a login: the same throttle and lockout). The clerk's session stays open; the
member types at the clerk's workstation. The password field is emptied after every attempt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.errors import AccountLocked, AuthenticationFailed, GrifError, LoginThrottled
from desktop.services import destruction
from desktop.services.destruction import Act
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import secret_edit

# Refusals about the person who signs (their name comes first, not a field's).
ABOUT_SIGNER = (destruction.NOT_ON_COMMISSION, destruction.ALREADY_SIGNED)
WRONG_PASSWORD = (AuthenticationFailed, LoginThrottled, AccountLocked)


class PasswordsForm(FormDialog):
    """A form people confirm with their own passwords: every password field is emptied after
    each attempt, whatever its outcome."""

    def __init__(self, session: Session, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=act.top, min_width=560)
        self.act = act
        self.secrets: list[QLineEdit] = []

    def secret(self, name: str) -> QLineEdit:
        edit = secret_edit()
        edit.setObjectName(name)
        self.secrets.append(edit)
        return edit

    def accept(self) -> None:
        try:
            super().accept()
        finally:
            for edit in self.secrets:
                edit.clear()


class SignDialog(PasswordsForm):
    def __init__(self, session: Session, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(session, act, parent)
        self.username = QLineEdit()
        self.username.setObjectName("signUser")
        self.username.setMaxLength(32)
        self.password = self.secret("signPassword")
        self.add_field("username", self.username, destruction.SIGNER)
        self.add_field("password", self.password, "password")
        self.retranslate_ui()
        self.username.setFocus()

    def submit(self) -> None:
        destruction.sign(self.session, self.act.id, self.username.text(),
                         self.password.text())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message in ABOUT_SIGNER:
            return destruction.SIGNER
        if isinstance(exc, WRONG_PASSWORD):
            return "password"
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "SignDialog", "Sign destruction act %1"), self.act.number))
        waiting = ", ".join(m.full_name for m in self.act.unsigned) or "—"
        self.about.setText(fill(QCoreApplication.translate(
            "SignDialog", "A member of the commission signs act %1 with their own user name "
            "and password.\nNot signed yet: %2"), self.act.number, waiting))
        self.labels["username"].setText(QCoreApplication.translate("SignDialog", "&User name:"))
        self.labels["password"].setText(QCoreApplication.translate("SignDialog", "&Password:"))
        self.ok_button.setText(QCoreApplication.translate("SignDialog", "&Sign"))

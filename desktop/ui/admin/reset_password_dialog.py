"""An administrator sets someone's new password: a reset, or enabling a disabled account
(a disabled account lost its key slot, so it comes back only with a new password)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services import users
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.widgets.fields import message_label, ok_cancel, secret_edit
from desktop.ui.widgets.retranslate import Retranslating


class ResetPasswordDialog(Retranslating, QDialog):
    """`ResetPasswordDialog(session, username)` resets the password of an active account;
    with `enable=True` it enables a disabled account with the new password."""

    def __init__(self, session: Session, username: str, *, enable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.username = username
        self.enable = enable
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password, self.repeat = secret_edit(), secret_edit()
        self.password_label, self.repeat_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
        self.message = message_label()
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.password, self.repeat)
        self.setMinimumWidth(420)
        self.password.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.enable:
            title = QCoreApplication.translate("ResetPasswordDialog", "Enable the account %1")
            intro = QCoreApplication.translate(
                "ResetPasswordDialog",
                "The account %1 comes back with a new password. Give it to the person in "
                "private; they should change it at once.")
            ok = QCoreApplication.translate("ResetPasswordDialog", "&Enable")
        else:
            title = QCoreApplication.translate("ResetPasswordDialog", "Reset the password of %1")
            intro = QCoreApplication.translate(
                "ResetPasswordDialog",
                "The old password of %1 stops working. Give the new one to the person in "
                "private; they should change it at once.")
            ok = QCoreApplication.translate("ResetPasswordDialog", "&Set password")
        self.setWindowTitle(title.replace("%1", self.username))
        self.intro.setText(intro.replace("%1", self.username))
        self.password_label.setText(
            QCoreApplication.translate("ResetPasswordDialog", "&New password"))
        self.repeat_label.setText(
            QCoreApplication.translate("ResetPasswordDialog", "&Repeat the new password"))
        self.password.setPlaceholderText(
            QCoreApplication.translate("ResetPasswordDialog", "at least 12 characters"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ResetPasswordDialog", "Cancel"))


    def accept(self) -> None:
        self.message.clear()
        if self.password.text() != self.repeat.text():
            self.message.setText(QCoreApplication.translate(
                "ResetPasswordDialog", "The two passwords are not the same. Type them again."))
            self.repeat.setFocus()
            return
        try:
            if self.enable:
                users.enable_user(self.session, self.username, self.password.text())
            else:
                users.reset_password(self.session, self.username, self.password.text())
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        super().accept()

"""Every user changes their own password: the current one, then the new one twice."""

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

from desktop.domain.errors import AuthenticationFailed, GrifError
from desktop.services import users
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.widgets.fields import message_label, ok_cancel, secret_edit
from desktop.ui.widgets.retranslate import Retranslating


class ChangeOwnPasswordDialog(Retranslating, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current, self.password, self.repeat = secret_edit(), secret_edit(), secret_edit()
        self.current_label, self.password_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.current_label.setBuddy(self.current)
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
        self.message = message_label()
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(self.current_label, self.current)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.current, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        self.setMinimumWidth(420)
        self.current.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(
            "ChangeOwnPasswordDialog", "Change my password"))
        self.current_label.setText(QCoreApplication.translate(
            "ChangeOwnPasswordDialog", "&Current password"))
        self.password_label.setText(QCoreApplication.translate(
            "ChangeOwnPasswordDialog", "&New password"))
        self.repeat_label.setText(QCoreApplication.translate(
            "ChangeOwnPasswordDialog", "&Repeat the new password"))
        self.password.setPlaceholderText(QCoreApplication.translate(
            "ChangeOwnPasswordDialog", "at least 12 characters"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ChangeOwnPasswordDialog", "C&hange"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ChangeOwnPasswordDialog", "Cancel"))


    def accept(self) -> None:
        self.message.clear()
        if self.password.text() != self.repeat.text():
            self.message.setText(QCoreApplication.translate(
                "ChangeOwnPasswordDialog",
                "The two new passwords are not the same. Type them again."))
            self.repeat.setFocus()
            return
        try:
            users.change_own_password(self.session, self.current.text(), self.password.text())
        except AuthenticationFailed:
            self.message.setText(QCoreApplication.translate(
                "ChangeOwnPasswordDialog",
                "The current password is wrong, or the account has been disabled."))
            self.current.clear()
            self.current.setFocus()
            return
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        for edit in (self.current, self.password, self.repeat):
            edit.clear()
        super().accept()

"""Login: user name and password; every failure shows the one translated message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.errors import GrifError
from desktop.security.workstation import os_keystore
from desktop.services import auth
from desktop.services.session import Session
from desktop.ui.errors import error_text


class LoginDialog(QDialog):
    def __init__(self, store_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.session: Session | None = None
        self.user = QLineEdit()
        self.user.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("loginMessage")
        self.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "Grif — log in"))
        self.user_label.setText(QCoreApplication.translate("LoginDialog", "User name"))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", "Password"))
        ok.setText(QCoreApplication.translate("LoginDialog", "Log in"))
        cancel.setText(QCoreApplication.translate("LoginDialog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def try_login(self) -> None:
        try:
            self.session = auth.login(self.store_path, self.user.text().strip(),
                                      self.password.text(), os_keystore())
        except GrifError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            return
        finally:
            self.password.clear()
        self.accept()

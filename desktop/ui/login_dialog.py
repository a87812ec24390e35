"""Login: user name, password and language; every failure shows one translated message
(how long to wait, when throttled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
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
from desktop.ui.widgets.fields import secret_edit
from desktop.ui.widgets.language_combo import LanguageCombo
from desktop.ui.widgets.retranslate import Retranslating


class LoginDialog(Retranslating, QDialog):
    def __init__(self, store_path: Path, parent=None, *, username: str = "") -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.session: Session | None = None
        self.store_label = QLabel(str(store_path))
        self.store_label.setWordWrap(True)
        self.user = QLineEdit(username)
        self.user.setMaxLength(32)
        self.password = secret_edit()
        self.language = LanguageCombo()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("loginMessage")
        self.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.recovery_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ResetRole)
        self.recovery_button.clicked.connect(self.reset_with_recovery)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.language_label, self.store_caption = QLabel(), QLabel()
        for label, buddy in ((self.user_label, self.user), (self.password_label, self.password),
                             (self.language_label, self.language)):
            label.setBuddy(buddy)
        self.form = QFormLayout()
        self.form.addRow(self.store_caption, self.store_label)
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.user).setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "Grif — log in"))
        self.store_caption.setText(QCoreApplication.translate("LoginDialog", "Register"))
        self.user_label.setText(QCoreApplication.translate("LoginDialog", "&User name"))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", "&Password"))
        self.language_label.setText(QCoreApplication.translate("LoginDialog", "&Language"))
        ok.setText(QCoreApplication.translate("LoginDialog", "Log in"))
        cancel.setText(QCoreApplication.translate("LoginDialog", "Cancel"))
        self.recovery_button.setText(QCoreApplication.translate(
            "LoginDialog", "&Forgot the password…"))
        self.message.clear()  # a stale message would stay in the old language


    def try_login(self) -> None:
        # The key derivation takes a moment; the first open by a new release also backs the
        # store up before upgrading it.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session = auth.login(self.store_path, self.user.text().strip(),
                                      self.password.text(), os_keystore())
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.password.clear()
        self.accept()

    def reset_with_recovery(self) -> None:
        from desktop.ui.recovery_reset_dialog import RecoveryResetDialog
        dialog = RecoveryResetDialog(self.store_path, self)
        dialog.username.setText(self.user.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.user.setText(dialog.username.text())
            self.message.setText(QCoreApplication.translate(
                "LoginDialog", "The new password is set. Log in with it."))
            self.password.setFocus()

"""When every administrator password is lost: a new password for one account, proven by the
recovery code kept in the safe (journalled as done by the recovery code)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.errors import GrifError
from desktop.security.workstation import os_keystore
from desktop.services.users import reset_password_with_recovery
from desktop.ui.errors import error_text
from desktop.ui.widgets.fields import message_label, ok_cancel, secret_edit
from desktop.ui.widgets.retranslate import Retranslating


class RecoveryResetDialog(Retranslating, QDialog):
    def __init__(self, store_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.code = secret_edit(64)
        self.password, self.repeat = secret_edit(), secret_edit()
        self.message = message_label("loginMessage")
        form = QFormLayout()
        self.labels = []
        for widget in (self.username, self.code, self.password, self.repeat):
            label = QLabel()
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.labels.append(label)
        self.buttons = ok_cancel(self, self.try_reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(
            "RecoveryResetDialog", "New password with the recovery code"))
        self.explain.setText(QCoreApplication.translate(
            "RecoveryResetDialog",
            "Use this only when no administrator can log in. The recovery code is on the sheet kept in the safe; its use is recorded in the journal."))  # noqa: E501
        for label, text in zip(self.labels, (
                QCoreApplication.translate("RecoveryResetDialog", "&User name"),
                QCoreApplication.translate("RecoveryResetDialog", "Recovery &code"),
                QCoreApplication.translate("RecoveryResetDialog", "&New password"),
                QCoreApplication.translate("RecoveryResetDialog", "&Repeat the password")),
                strict=True):
            label.setText(text)


    def try_reset(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(QCoreApplication.translate(
                "RecoveryResetDialog", "The two passwords differ. Type them again."))
        else:
            try:
                reset_password_with_recovery(self.store_path, self.code.text(),
                                             self.username.text().strip(),
                                             self.password.text(), os_keystore())
            except GrifError as exc:
                self.message.setText(error_text(exc))
            else:
                self.accept()
        for secret in (self.code, self.password, self.repeat):
            secret.clear()

"""Restoring a register from a backup folder: check it first (what it holds, when and by whom
it was made), then restore into the register's own file (from Administration) or a new file
(from the start screen, e.g. on a new machine). Unlocked with an administrator's password in
the backup or with the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.security.workstation import os_keystore
from desktop.services import backups, restore
from desktop.services.backup_manifest import Manifest
from desktop.ui.errors import error_text
from desktop.ui.ops import run_with_progress
from desktop.ui.widgets.display import fill, moment_text
from desktop.ui.widgets.fields import message_label, secret_edit
from desktop.ui.widgets.retranslate import Retranslating


class RestoreDialog(Retranslating, QDialog):
    """`target` given: restore over that register (it must be closed before `restore()` runs,
    see `before_restore`). Without it the user names a new file. After acceptance `result`
    holds the RestoreResult."""

    def __init__(
        self, target: Path | None = None, *, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.result: restore.RestoreResult | None = None
        self.manifest: Manifest | None = None
        self.before_restore = lambda: None  # the caller closes its session here
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_folder)
        self.target_edit = QLineEdit(str(target) if target else "")
        self.target_edit.setReadOnly(True)
        self.target_browse = QPushButton()
        self.target_browse.clicked.connect(self.choose_target)
        self.target_browse.setEnabled(target is None)
        self.by_password, self.by_code = QRadioButton(), QRadioButton()
        self.by_password.setChecked(True)
        self.username = QLineEdit(username)
        self.username.setMaxLength(32)
        self.password = secret_edit()
        self.code = secret_edit(64)
        self.code.setEnabled(False)
        self.by_password.toggled.connect(self._unlock_mode)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("backupSummary")
        self.message = message_label("restoreMessage")
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, row in zip(
            self.labels,
            (
                _row(self.folder, self.browse),
                _row(self.target_edit, self.target_browse),
                self.username,
                self.password,
                self.code,
            ),
            strict=True,
        ):
            form.addRow(label, row)
        buddies = (self.browse, self.target_browse, self.username, self.password, self.code)
        for label, widget in zip(self.labels, buddies, strict=True):
            label.setBuddy(widget)
        modes = QHBoxLayout()
        modes.addWidget(self.by_password)
        modes.addWidget(self.by_code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(modes)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("RestoreDialog", "Restore a register from a backup")
        )
        self.explain.setText(
            QCoreApplication.translate(
                "RestoreDialog",
                "The backup is checked completely before anything is written. The register it "
                "replaces is not deleted: it is kept beside it under a name with "
                '"before-restore" and the time. The restore is recorded in the journal of the '
                "restored register. Changes made after the backup are not in it.",
            )
            if self.target
            else QCoreApplication.translate(
                "RestoreDialog",
                "The backup is checked completely, then restored into a new register file. Use "
                "the recovery code from the safe, or the password an administrator had when the "
                "backup was made.",
            )
        )
        for label, text in zip(
            self.labels,
            (
                QCoreApplication.translate("RestoreDialog", "&Backup folder"),
                QCoreApplication.translate("RestoreDialog", "Restore &into"),
                QCoreApplication.translate("RestoreDialog", "&User name"),
                QCoreApplication.translate("RestoreDialog", "&Password"),
                QCoreApplication.translate("RestoreDialog", "Recovery &code"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(QCoreApplication.translate("RestoreDialog", "Choose…"))
        self.target_browse.setText(QCoreApplication.translate("RestoreDialog", "Choose…"))
        self.by_password.setText(
            QCoreApplication.translate("RestoreDialog", "An administrator's password")
        )
        self.by_code.setText(QCoreApplication.translate("RestoreDialog", "The recovery code"))
        self.check_button.setText(QCoreApplication.translate("RestoreDialog", "Chec&k the backup"))
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", "&Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("RestoreDialog", "Cancel")
        )
        if self.manifest is not None:
            self._show_summary(self.manifest)

    # -- choices (overridden in tests) ----------------------------------------------------
    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("RestoreDialog", "The backup folder")
        )

    def ask_target(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("RestoreDialog", "The restored register"),
            "register.grif",
            QCoreApplication.translate("RestoreDialog", "Grif registers (*.grif)"),
        )
        return name

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RestoreDialog", "Restore a register from a backup"),
            question,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_folder(self) -> None:
        name = self.ask_folder()
        if name:
            self.folder.setText(name)
            self._forget_check()

    def choose_target(self) -> None:
        name = self.ask_target()
        if name:
            self.target_edit.setText(name if name.endswith(".grif") else name + ".grif")

    def _unlock_mode(self) -> None:
        by_password = self.by_password.isChecked()
        self.username.setEnabled(by_password)
        self.password.setEnabled(by_password)
        self.code.setEnabled(not by_password)
        self._forget_check()

    def _forget_check(self) -> None:
        self.manifest = None
        self.summary.clear()
        self.restore_button.setEnabled(False)

    def _unlock(self) -> dict[str, str]:
        if self.by_code.isChecked():
            return {"recovery_code": self.code.text()}
        return {"username": self.username.text().strip(), "password": self.password.text()}

    # -- work -------------------------------------------------------------------------------
    def check(self) -> None:
        self.message.clear()
        if not self.folder.text():
            self.message.setText(
                QCoreApplication.translate("RestoreDialog", "Choose the backup folder first.")
            )
            return
        folder, unlock = Path(self.folder.text()), self._unlock()

        def job(progress):
            kek, _ = restore.unlock_backup(folder, **unlock)
            return backups.verify_backup_folder(folder, kek, progress)

        try:
            manifest = run_with_progress(
                self,
                QCoreApplication.translate("RestoreDialog", "Checking the backup…"),
                job,
                raise_errors=True,
            )
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        if manifest is None:
            return
        self.manifest = manifest
        self._show_summary(manifest)
        self.restore_button.setEnabled(True)

    def _show_summary(self, m: Manifest) -> None:
        self.summary.setText(
            fill(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "The backup is whole. Made %1 by %2 on %3; %4 copies, %5 journal records.",
                ),
                moment_text(m.made_at.astimezone()), m.created_by, m.workstation, m.copies,
                m.records,
            )
        )

    def restore(self) -> None:
        if self.manifest is None:
            return
        target_text = self.target_edit.text()
        if not target_text:
            self.message.setText(
                QCoreApplication.translate("RestoreDialog", "Choose the file to restore into.")
            )
            return
        target = Path(target_text)
        if self.target is not None and not self.confirm(
            fill(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "The register will be closed and replaced by the backup made %1. Continue?",
                ),
                moment_text(self.manifest.made_at.astimezone()),
            )
        ):
            return
        self.before_restore()
        folder, unlock = Path(self.folder.text()), self._unlock()

        def job(progress):
            return restore.restore_backup(
                folder, target, keystore=os_keystore(), progress=progress, **unlock
            )

        try:
            result = run_with_progress(
                self,
                QCoreApplication.translate("RestoreDialog", "Restoring…"),
                job,
                raise_errors=True,
            )
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            self.password.clear()
            self.code.clear()
        if result is not None:
            self.result = result
            self.accept()


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box

"""Backups: when the last verified one was made, the reminder's days, making a backup to a
folder or removable medium (progress, cancel), and restoring the register from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services import backups
from desktop.services import settings as settings_service
from desktop.services.backups import LastBackup
from desktop.services.session import Session
from desktop.settings import BY_KEY
from desktop.ui.errors import error_text
from desktop.ui.ops import run_with_progress
from desktop.ui.page import Page
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.widgets.display import fill, moment_text
from desktop.ui.widgets.fields import run_modal


class BackupTab(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.remind_days = QSpinBox()
        self.remind_days.setRange(1, 365)
        self.remind_label = QLabel()
        self.remind_label.setBuddy(self.remind_days)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_days)
        self.backup_button = QPushButton()
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        self.made: LastBackup | None = None     # the last verified backup, as last read
        self.made_read = False
        form = QFormLayout()
        days = QHBoxLayout()
        days.addWidget(self.remind_days)
        days.addWidget(self.save_button)
        days.addStretch(1)
        form.addRow(self.remind_label, days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remind_label.setText(
            QCoreApplication.translate("Settings", BY_KEY[backups.REMIND_KEY].label))
        self.save_button.setText(QCoreApplication.translate("BackupTab", "&Save"))
        self.backup_button.setText(QCoreApplication.translate("BackupTab", "&Make a backup…"))
        self.restore_button.setText(
            QCoreApplication.translate("BackupTab", "&Restore from a backup…")
        )
        self.explain.setText(
            QCoreApplication.translate(
                "BackupTab",
                "A backup is a new folder with the encrypted register, its key file and a "
                "manifest. The same passwords and the recovery code open it. It counts only after "
                "it was read back and checked. Keep the medium as a carrier of the register's "
                "highest level.",
            )
        )
        self._show_last()

    def refresh(self) -> None:
        self.remind_days.setValue(int(settings_service.current(self.session)[backups.REMIND_KEY]))
        self._read_last()

    def _read_last(self) -> None:
        try:
            self.made = backups.last_backup(self.session)
        except GrifError:
            self.made = None
        self.made_read = True
        self._show_last()

    def _show_last(self) -> None:
        """The last backup in the UI language; nothing until it was read (in refresh())."""
        if not self.made_read:
            self.last.clear()
            return
        last = self.made
        if last is None:
            self.last.setText(
                QCoreApplication.translate(
                    "BackupTab", "No verified backup of this register has been made yet."
                )
            )
            return
        self.last.setText(
            fill(
                QCoreApplication.translate(
                    "BackupTab", "Last verified backup: %1 by %2, %3 copies, in %4"
                ),
                moment_text(last.at.astimezone()), last.by, last.copies, last.folder,
            )
        )

    # -- choices (overridden in tests) ----------------------------------------------------
    def ask_destination(self) -> str:
        return QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate(
                "BackupTab", "Where to write the backup (a folder or removable medium)"
            ),
        )

    def make_restore_dialog(self) -> RestoreDialog:
        return RestoreDialog(self.session.store.path, username=self.session.actor, parent=self)

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    def show_info(self, text: str) -> None:
        QMessageBox.information(self, QCoreApplication.translate("BackupTab", "Backups"), text)

    # -- work -------------------------------------------------------------------------------
    def save_days(self) -> None:
        try:
            settings_service.change(self.session, {backups.REMIND_KEY: self.remind_days.value()})
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(QCoreApplication.translate("BackupTab", "Saved."))

    def make_backup(self) -> None:
        name = self.ask_destination()
        if not name:
            return
        self.message.clear()
        try:
            result = run_with_progress(
                self,
                QCoreApplication.translate("BackupTab", "Writing and checking the backup…"),
                lambda progress: backups.make_backup(self.session, Path(name), progress),
                raise_errors=True,
            )
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        if result is None:
            return
        m = result.manifest
        self.message.setText(
            fill(
                QCoreApplication.translate(
                    "BackupTab",
                    "Done: the backup was written and checked (%1 copies, %2 journal records, "
                    "%3 s) in %4.",
                ),
                m.copies, m.records, f"{m.seconds:.1f}", result.folder,
            )
        )
        self._read_last()

    def restore(self) -> None:
        """Restore over this register: the session is closed just before the files change,
        and whatever happens the application goes back to the login."""
        dialog = self.make_restore_dialog()
        host = self.window()
        closed = []

        def close_session() -> None:
            if hasattr(host, "end_session"):
                host.end_session()
            closed.append(True)

        dialog.before_restore = close_session
        self.run_dialog(dialog)
        if not closed:
            return
        if dialog.result is not None:
            self.show_info(
                QCoreApplication.translate(
                    "BackupTab", "The register was restored from the backup. Log in again."
                )
            )
        if hasattr(host, "switch_user"):
            host.switch_user()       # its session is already closed: this asks for a login

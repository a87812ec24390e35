"""The start page's reminder for administrators: no verified backup, or the last one older
than the setting `backup.remind_days` (default 7)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.errors import GrifError
from desktop.services import backups
from desktop.services.backups import BackupDue
from desktop.services.session import Session
from desktop.ui.widgets.display import fill, moment_text
from desktop.ui.widgets.retranslate import Retranslating

OLD_BACKUP = ("The last verified backup is %n day(s) old (made %1; the reminder is set to "
              "%2 days).")


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate(
        "BackupReminder", "The last verified backup is %n day(s) old (made %1; the reminder "
        "is set to %2 days).", "", 0)


class BackupReminder(Retranslating, QLabel):
    """Hidden unless a backup is due; says since when and where to make one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("backupReminder")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a05a00; font-weight: bold;")
        self.due: BackupDue | None = None
        self.load()

    def load(self, now: dt.datetime | None = None) -> None:
        try:
            self.due = backups.backup_due(self.session, now)
        except GrifError:
            self.due = None
        self.retranslate_ui(now)

    def retranslate_ui(self, now: dt.datetime | None = None) -> None:
        due = self.due
        self.setVisible(due is not None)
        if due is None:
            self.clear()
            return
        where = QCoreApplication.translate(
            "BackupReminder", "Make one in Administration → Backups.")
        if due.last is None:
            text = QCoreApplication.translate(
                "BackupReminder", "No verified backup of this register has been made yet.")
        else:
            days = due.days_since(now or dt.datetime.now(dt.UTC)) or 0
            text = fill(QCoreApplication.translate("BackupReminder", OLD_BACKUP, "", days),
                        moment_text(due.last.at.astimezone()), due.remind_days)
        self.setText(f"{text} {where}")

"""Clearances that end within 30 days or have already ended: renew them in time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.people import User
from desktop.services import users
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.page import Page

WINDOW_DAYS = 30
EXPIRED_BACKGROUND = QColor(255, 221, 221)


class ExpiringTab(Page):
    LOGIN, FULL_NAME, FORM, EXPIRES, DAYS_LEFT = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.found: list[User] = []
        self.day = dt.date.today()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate(
            "ExpiringTab",
            "Clearances that end within %1 days or have already ended. A negative number "
            "of days means the clearance has expired: the person has no access until it "
            "is renewed.").replace("%1", str(WINDOW_DAYS)))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ExpiringTab", "Login"),
            QCoreApplication.translate("ExpiringTab", "Full name"),
            QCoreApplication.translate("ExpiringTab", "Form"),
            QCoreApplication.translate("ExpiringTab", "Valid until"),
            QCoreApplication.translate("ExpiringTab", "Days left"),
        ])
        self.empty.setText(QCoreApplication.translate(
            "ExpiringTab", "No clearance ends within this period."))
        self._fill()

    def refresh(self, today: dt.date | None = None) -> None:
        self.day = today or dt.date.today()
        try:
            self.found = users.expiring_clearances(self.session, WINDOW_DAYS, self.day)
        except GrifError as exc:
            self.found = []
            self.message.setText(error_text(exc))
        else:
            self.message.clear()
        self._fill()

    def days_left(self, user: User) -> int:
        assert user.clearance is not None
        return (user.clearance.expires - self.day).days

    def _fill(self) -> None:
        self.table.setRowCount(len(self.found))
        bold = QFont()
        bold.setBold(True)
        for row, user in enumerate(self.found):
            assert user.clearance is not None
            left = self.days_left(user)
            values = (user.username, user.full_name,
                      QCoreApplication.translate("ExpiringTab", "form %1")
                      .replace("%1", str(user.clearance.form)),
                      user.clearance.expires.strftime("%d.%m.%Y"), str(left))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == self.DAYS_LEFT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if left < 0:
                    item.setBackground(QBrush(EXPIRED_BACKGROUND))
                    item.setForeground(QBrush(QColor(Qt.GlobalColor.black)))
                    item.setFont(bold)
                    item.setToolTip(QCoreApplication.translate(
                        "ExpiringTab", "The clearance has expired."))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.found)

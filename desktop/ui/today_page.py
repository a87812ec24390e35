"""The start page: who and where, the own clearance's expiry, what is due (later features
add their deadlines here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.services.session import Session
from desktop.ui.page import Page

WARN_DAYS = 30


class TodayPage(Page):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.date = QLabel()
        self.clearance = QLabel()
        self.clearance.setWordWrap(True)
        self.clearance.setObjectName("clearanceNote")
        self.binding = QLabel()
        self.binding.setWordWrap(True)
        self.due = QLabel()
        self.due.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.date, self.clearance, self.binding, self.due):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        today = dt.date.today()
        user = self.session.user
        self.heading.setText(QCoreApplication.translate("TodayPage", "Today"))
        self.date.setText(QLocale().toString(today, QLocale.FormatType.LongFormat))
        clearance = user.clearance
        if clearance is None:
            self.clearance.setText(QCoreApplication.translate(
                "TodayPage",
                "You hold no clearance: classified information is not shown to you."))
        else:
            left = (clearance.expires - today).days
            if left < 0:
                text = QCoreApplication.translate(
                    "TodayPage", "Your clearance expired on %1. Inform the protection unit.")
            elif left <= WARN_DAYS:
                text = QCoreApplication.translate(
                    "TodayPage", "Your clearance expires on %1. Inform the protection unit.")
            else:
                text = QCoreApplication.translate("TodayPage", "Your clearance is valid until %1.")
            self.clearance.setText(text.replace(
                "%1", QLocale().toString(clearance.expires, QLocale.FormatType.ShortFormat)))
        if self.session.store.keyfile.bound:
            self.binding.setText(QCoreApplication.translate(
                "TodayPage", "This register is bound to this workstation."))
        else:
            self.binding.setText(QCoreApplication.translate(
                "TodayPage",
                "This register is not bound to a workstation: a copied store opens anywhere with a password."))  # noqa: E501
        if self.session.store.anchor_warning:
            self.binding.setText(self.binding.text() + "\n" + QCoreApplication.translate(
                "TodayPage",
                "The keyring could not record the journal head. Unlock the keyring; until then an older copy of the store would go unnoticed."))  # noqa: E501
        self.due.setText(QCoreApplication.translate("TodayPage", "Nothing is due today."))

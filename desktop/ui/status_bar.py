"""Status bar: user, role, clearance form and expiry, store, binding, lock countdown, and
a read-only store's notice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.services.session import FILESYSTEM, Session
from desktop.ui.widgets.display import day_text, fill


class GrifStatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.user = QLabel()
        self.clearance = QLabel()
        self.store = QLabel()
        self.binding = QLabel()
        self.countdown = QLabel()
        self.read_only = QLabel()
        self.read_only.setWordWrap(True)
        self.read_only.setStyleSheet("QLabel { color: #a40000; font-weight: bold; }")
        self.read_only.setObjectName("statusReadOnly")
        self.addWidget(self.read_only, 1)     # left, before the permanent widgets
        for name, widget in (("statusUser", self.user), ("statusClearance", self.clearance),
                             ("statusStore", self.store), ("statusBinding", self.binding),
                             ("statusCountdown", self.countdown)):
            widget.setObjectName(name)
            self.addPermanentWidget(widget)
        self.seconds_left: int | None = None

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.retranslate_ui()

    def set_countdown(self, seconds: int | None) -> None:
        self.seconds_left = seconds
        if seconds is None:
            self.countdown.clear()
            return
        text = QCoreApplication.translate("StatusBar", "Lock in %1")
        self.countdown.setText(fill(text, f"{seconds // 60}:{seconds % 60:02d}"))

    def retranslate_ui(self) -> None:
        session = self.session
        visible = session is not None
        for widget in (self.user, self.clearance, self.store, self.binding):
            widget.setVisible(visible)
        self.read_only.setVisible(visible and bool(session.store.read_only))
        if session is None:
            return
        self._show_read_only(session.store.read_only)
        user = session.user
        roles = ", ".join(QCoreApplication.translate("Role", r.label)
                          for r in sorted(user.roles, key=lambda r: r.value))
        self.user.setText(f"{user.short_name} — {roles}")
        c = user.clearance
        if c is None:
            self.clearance.setText(QCoreApplication.translate("StatusBar", "No clearance"))
        else:
            state = QCoreApplication.translate("StatusBar", "Form %1 until %2")
            if not c.is_valid_on(dt.date.today()):
                state = QCoreApplication.translate("StatusBar", "Form %1 expired %2")
            self.clearance.setText(fill(state, c.form, day_text(c.expires)))
        self.store.setText(session.store.path.name)
        self.binding.setText(QCoreApplication.translate("StatusBar", "Bound")
                             if session.store.keyfile.bound
                             else QCoreApplication.translate("StatusBar", "Unbound"))
        self.set_countdown(self.seconds_left)

    def _show_read_only(self, why: str | None) -> None:
        if not why:
            self.read_only.clear()
            return
        reason = (QCoreApplication.translate(
            "StatusBar", "the disk or share holding it is mounted read-only")
            if why == FILESYSTEM else QCoreApplication.translate(
                "StatusBar", "you may not write to the store file or its folder"))
        self.read_only.setText(fill(QCoreApplication.translate(
            "StatusBar", "Read-only store (%1): you can look and search, nothing can be changed "
                         "or printed, and this session is not recorded in the journal."),
            reason))

"""Idle lock: a watcher of user input, and the lock screen that replaces the content."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services import auth
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.widgets.fields import secret_edit
from desktop.ui.widgets.retranslate import Retranslating

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits `expired` after `minutes` without keyboard or mouse input; `tick(seconds_left)`
    every second for the status bar."""

    expired = Signal()
    tick = Signal(int)

    def __init__(self, minutes: int, clock=time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_input = clock()
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)

    def start(self) -> None:
        self.last_input = self.clock()
        self.running = True
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def seconds_left(self) -> int:
        return max(0, int(self.minutes * 60 - (self.clock() - self.last_input)))

    def check(self) -> None:
        if not self.running:
            return
        left = self.seconds_left()
        self.tick.emit(left)
        if left <= 0:
            self.stop()
            self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.running and event.type() in _INPUT:
            self.last_input = self.clock()
        return False

    def dispose(self) -> None:
        self.stop()
        QApplication.instance().removeEventFilter(self)


class LockScreen(Retranslating, QWidget):
    """Shown instead of the content while locked: the same user's password, or switch user."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)   # the Kazakh line is longer than the field
        self.password = secret_edit()
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch_user.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addStretch(1)
        for widget in (self.heading, self.who, self.password, self.message):
            box.addWidget(widget)
        box.addLayout(buttons)
        box.addStretch(2)
        column = QWidget()
        column.setLayout(box)
        column.setMaximumWidth(480)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("LockScreen", "Grif is locked"))
        self.who.setText(QCoreApplication.translate(
            "LockScreen", "Enter the password of %1 to continue.").replace(
            "%1", self.session.user.full_name))
        self.password.setPlaceholderText(QCoreApplication.translate("LockScreen", "Password"))
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", "&Unlock"))
        self.switch_button.setText(QCoreApplication.translate("LockScreen", "&Switch user…"))


    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            auth.unlock(self.session, self.password.text())
        except GrifError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            return
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()

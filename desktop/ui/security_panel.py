"""The start page's panel of security events, for administrators and auditors: the last 30
days and those still waiting beside the store, the unacknowledged first (in red, and said in
words). Activating one acknowledges it (journalled). Other users never see the panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
)

from desktop.domain.errors import GrifError
from desktop.services import security_events
from desktop.services.security_events import SecurityEvent
from desktop.services.session import Session
from desktop.ui.errors import show_error
from desktop.ui.security_texts import describe, event_text, watches_events
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating

EventSeqRole = Qt.ItemDataRole.UserRole + 20
UNSEEN = ("#b71c1c", "#ffffff")


class SecurityPanel(Retranslating, QGroupBox):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("securityEventsBox")
        self.session = session
        self.events: list[SecurityEvent] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("securityEvents")
        self.list.setWordWrap(True)
        self.list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list.itemActivated.connect(self.acknowledge_item)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addWidget(self.list)
        self.load()
        self.retranslate_ui()

    def load(self) -> None:
        """A plain read; nothing for users who are not administrators or auditors."""
        self.events = []
        if not watches_events(self.session):
            return
        try:
            self.events = security_events.recent(self.session)
        except GrifError:
            self.events = []

    def refresh(self) -> None:
        self.load()
        self.retranslate_ui()

    def confirm(self, question: str) -> bool:
        """Ask yes or no (tests replace this)."""
        answer = QMessageBox.question(self, QCoreApplication.translate(
            "SecurityPanel", "Security event"), question)
        return answer == QMessageBox.StandardButton.Yes

    def acknowledge_item(self, item: QListWidgetItem) -> None:
        event = next((e for e in self.events if e.seq is not None
                      and e.seq == item.data(EventSeqRole)), None)
        if event is None or event.acknowledged_by is not None or event.seq is None:
            return
        question = fill(QCoreApplication.translate(
            "SecurityPanel", "Acknowledge that you have seen this security event?\n%1"),
            describe(event.action, event.where, event.details))
        if not self.confirm(question):
            return
        try:
            security_events.acknowledge(self.session, event.seq)
        except GrifError as exc:
            show_error(self, exc)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate(
            "SecurityPanel", "Security events (last 30 days)"))
        self.hint.setText(QCoreApplication.translate(
            "SecurityPanel",
            "Double-click an event you have seen to acknowledge it; the acknowledgement is journalled."))  # noqa: E501
        self.list.clear()
        for event in self.events:
            item = QListWidgetItem(event_text(event))
            item.setData(EventSeqRole, event.seq)
            if event.acknowledged_by is None:
                item.setBackground(QBrush(QColor(UNSEEN[0])))
                item.setForeground(QBrush(QColor(UNSEEN[1])))
            self.list.addItem(item)
        self.setHidden(not self.events)

"""The shell: who is logged in to which store. Navigation arrives with later features."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop.services import auth
from desktop.services.session import Session


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.who = QLabel()
        self.who.setObjectName("who")
        self.clearance = QLabel()
        self.clearance.setObjectName("clearance")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.who)
        layout.addWidget(self.clearance)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(900, 600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        user = self.session.user
        title = QCoreApplication.translate("MainWindow", "Grif — %1")
        self.setWindowTitle(title.replace("%1", self.session.store.path.name))
        roles = ", ".join(QCoreApplication.translate("Role", r.label)
                          for r in sorted(user.roles, key=lambda r: r.value))
        who = QCoreApplication.translate("MainWindow", "Logged in as %1 (%2)")
        self.who.setText(who.replace("%1", user.full_name).replace("%2", roles))
        top = user.top_level(dt.date.today())
        if top is None:
            self.clearance.setText(
                QCoreApplication.translate("MainWindow", "No clearance in force"))
        else:
            level = QCoreApplication.translate("Level", top.label)
            self.clearance.setText(
                QCoreApplication.translate("MainWindow", "Clearance up to: %1")
                .replace("%1", level))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        auth.logout(self.session)
        super().closeEvent(event)

"""Unexpected errors reach the user as a dialog on the GUI thread, from any thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox


class CrashBridge(QObject):
    crashed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def notify(self, path: Path | None) -> None:
        self.crashed.emit(path)  # queued: the dialog opens on the GUI thread

    def show(self, path: Path | None) -> None:
        text = QCoreApplication.translate(
            "CrashDialog",
            "An unexpected error occurred. The details were saved on this workstation only, nothing was sent anywhere: %1")  # noqa: E501
        QMessageBox.critical(QApplication.activeWindow(),
                             QCoreApplication.translate("CrashDialog", "Grif — error"),
                             text.replace("%1", str(path) if path else "—"))

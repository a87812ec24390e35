"""The warning when the check at start finds a fault: what and where, and what to do.

It closes only through its one button — not with Escape or the window's close button — so a
fault is never passed over without a deliberate click. An administrator or auditor
acknowledges the event with it (journalled); anyone else confirms they will inform the
auditor, and the warning comes back at every start until an administrator or auditor has
acknowledged it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.security_events import Recorded
from desktop.ui.security_texts import describe_finding
from desktop.ui.widgets.retranslate import Retranslating


class FaultWarning(Retranslating, QDialog):
    def __init__(self, faults: list[Recorded], can_acknowledge: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultWarning")
        self.setModal(True)
        self.faults = faults
        self.can_acknowledge = can_acknowledge
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.what = QLabel()
        self.what.setObjectName("faultList")
        self.what.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("acknowledgeFault")
        self.button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.what, self.advice, self.button):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def text(self) -> str:
        return "\n".join(f"• {describe_finding(r.finding)}" for r in self.faults)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FaultWarning", "Grif — security warning"))
        self.heading.setText(QCoreApplication.translate(
            "FaultWarning", "The check at start found a fault in this store."))
        self.what.setText(self.text())
        if self.can_acknowledge:
            self.advice.setText(QCoreApplication.translate(
                "FaultWarning",
                "The fault is recorded as a security event. Acknowledge it to confirm you have seen it; then investigate it, and restore the store from a verified backup if it is damaged."))  # noqa: E501
            self.button.setText(QCoreApplication.translate("FaultWarning", "&Acknowledge"))
        else:
            self.advice.setText(QCoreApplication.translate(
                "FaultWarning",
                "The fault is recorded as a security event. Stop work with this store and inform the auditor. This warning comes back at every start until an administrator or auditor has acknowledged it."))  # noqa: E501
            self.button.setText(QCoreApplication.translate(
                "FaultWarning", "&I will inform the auditor"))

    def reject(self) -> None:
        """Escape and the close button do nothing: the warning is answered with its button."""

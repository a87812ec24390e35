"""Closing a dispatch: the recipient's confirmation of receipt has come back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services import moves
from desktop.services.session import Session
from desktop.ui.register.move_dialog import MoveDialog


class ReceiptDialog(MoveDialog):
    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, row, parent)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(200)
        # The service checks the confirmation's reference under the name "basis".
        self.add_field("reference", self.reference, moves.BASIS)
        self.reference.setFocus()
        self.retranslate_ui()

    def submit(self) -> None:
        moves.confirm_receipt(self.session, self.copy_id, self.reference.text())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(QCoreApplication.translate("ReceiptDialog", "Confirm receipt"))
        self.labels["reference"].setText(
            QCoreApplication.translate("ReceiptDialog", "&Confirmation:"))
        self.reference.setPlaceholderText(QCoreApplication.translate(
            "ReceiptDialog", "Number and date of the recipient's confirmation"))

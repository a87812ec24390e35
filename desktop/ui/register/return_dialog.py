"""Taking a copy back from the person it was issued to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services import moves
from desktop.services.session import Session
from desktop.ui.register.move_dialog import MoveDialog
from desktop.ui.widgets.display import fill


class ReturnDialog(MoveDialog):
    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, row, parent)
        self.holder = row.get("holder") or ""
        self.basis = QLineEdit()
        self.basis.setObjectName("basis")
        self.basis.setMaxLength(300)
        self.add_field("basis", self.basis, moves.BASIS)
        self.basis.setFocus()
        self.retranslate_ui()

    def submit(self) -> None:
        moves.return_copy(self.session, self.copy_id, self.basis.text())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(QCoreApplication.translate("ReturnDialog", "Return a copy"))
        if self.holder:
            self.copy_label.setText(self.copy_label.text() + "\n" + fill(
                QCoreApplication.translate("ReturnDialog", "Returned by: %1"), self.holder))
        self.labels["basis"].setText(QCoreApplication.translate("ReturnDialog", "&Basis:"))
        self.basis.setPlaceholderText(QCoreApplication.translate("ReturnDialog", "optional"))

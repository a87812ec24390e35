"""Issuing a copy to a person: only people whose valid clearance covers its level are
offered, and the service checks it again (SPEC §2). The record of the move is the receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain import fields
from desktop.domain.errors import GrifError, IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.services import moves, register
from desktop.services.session import Session
from desktop.ui.register.move_dialog import MoveDialog
from desktop.ui.widgets.display import fill


class IssueDialog(MoveDialog):
    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, row, parent)
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.basis = QLineEdit()
        self.basis.setObjectName("basis")
        self.basis.setMaxLength(300)
        self.add_field("recipient", self.recipient, moves.RECIPIENT)
        self.add_field("basis", self.basis, moves.BASIS)
        try:
            people = register.recipients(session, Level(row["level"]))
        except GrifError as exc:
            people = []
            self.errors.show(exc)
        for username, full_name in people:
            self.recipient.addItem(fill("%1 (%2)", full_name, username), username)
        self.recipient.setCurrentIndex(-1 if len(people) != 1 else 0)
        self.recipient.setFocus()
        self.retranslate_ui()

    def select_recipient(self, username: str) -> None:
        self.recipient.setCurrentIndex(self.recipient.findData(username))

    def submit(self) -> None:
        username = self.recipient.currentData()
        if not username:
            raise InvalidInput(moves.RECIPIENT, fields.EMPTY)
        moves.issue(self.session, self.copy_id, username, self.basis.text())

    def field_for(self, exc: GrifError) -> str | None:
        # The person is not there any more, or their clearance no longer covers the level.
        return moves.RECIPIENT if isinstance(exc, NotFound | IllegalState) else None

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(QCoreApplication.translate("IssueDialog", "Issue a copy"))
        self.labels["recipient"].setText(QCoreApplication.translate("IssueDialog", "&To:"))
        self.labels["basis"].setText(QCoreApplication.translate("IssueDialog", "&Basis:"))
        self.recipient.setPlaceholderText(QCoreApplication.translate(
            "IssueDialog", "People cleared for this level"))
        self.basis.setPlaceholderText(QCoreApplication.translate(
            "IssueDialog", "Order, request or task the copy is issued for"))

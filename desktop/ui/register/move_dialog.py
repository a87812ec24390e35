"""The frame of every move dialog: which copy, the fields, the messages, OK and Cancel
(register/form_dialog.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.levels import Level
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill


class MoveDialog(FormDialog):
    """`row` is the copy's register row (as the model holds it)."""

    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        copy_label = QLabel()
        copy_label.setObjectName("moveCopy")
        super().__init__(session, parent, about=copy_label, level=_level(row.get("level")))
        self.row = row
        self.copy_id: int = row["copy_id"]
        self.copy_label = copy_label

    def retranslate_ui(self) -> None:
        """Subclasses set their own texts and call this for the copy's line."""
        self.copy_label.setText(fill(
            QCoreApplication.translate("MoveDialog", "%1, copy No. %2: %3"),
            self.row.get("reg_no", ""), self.row.get("copy_no", ""), self.row.get("title", "")))


def _level(code: object) -> Level | None:
    try:
        return Level(code)
    except ValueError:
        return None

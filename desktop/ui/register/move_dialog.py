"""The frame of every move dialog: which copy, the fields, the messages, OK and Cancel.

OK calls the subclass's `submit()` (one service call). A typed error keeps the dialog open
with everything typed and the translated message beside the field it is about; an error
about no field in particular (an illegal move, a missing right) shows under the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.services.session import Session
from desktop.ui.register.form_parts import ErrorLabel, FieldErrors, field_box, fill
from desktop.ui.register.level_badge import LevelBadge
from desktop.ui.widgets.retranslate import Retranslating


class MoveDialog(Retranslating, QDialog):
    """`row` is the copy's register row (as the model holds it)."""

    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.copy_id: int = row["copy_id"]
        self.copy_label = QLabel()
        self.copy_label.setObjectName("moveCopy")
        self.copy_label.setWordWrap(True)
        self.badge = LevelBadge(_level(row.get("level")))
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.errors = FieldErrors(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        head = QHBoxLayout()
        head.addWidget(self.badge)
        head.addWidget(self.copy_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_field(self, key: str, widget: QWidget, *fields: str) -> ErrorLabel:
        """A form row; `fields` are the service's names of what this widget holds."""
        label = QLabel()
        label.setBuddy(widget)
        error = ErrorLabel()
        error.setObjectName(f"{key}Error")
        self.labels[key] = label
        self.form.addRow(label, field_box(widget, error))
        self.errors.add(fields, widget, error)
        return error

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        row, _role = self.form.getWidgetPosition(widget.parentWidget())
        if row >= 0:
            self.form.setRowVisible(row, visible)

    def submit(self) -> None:
        """Call the service; raise its typed error."""
        raise NotImplementedError

    def field_for(self, exc: GrifError) -> str | None:
        """The field an error without a field name is about (subclasses know)."""
        del exc
        return None

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.submit()
        except GrifError as exc:
            self.errors.show(exc, self.field_for(exc))
            return
        super().accept()

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

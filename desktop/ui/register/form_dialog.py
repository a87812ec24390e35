"""The frame of a dialog that makes one service call: a level badge and a line about what
it acts on, the fields, the messages, OK and Cancel.

OK calls the subclass's `submit()` (one service call). A typed error keeps the dialog open
with everything typed and the translated message beside the field it is about (the service
names it); an error about no field in particular shows under the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from desktop.ui.register.form_parts import ErrorLabel, FieldErrors, field_box
from desktop.ui.register.level_badge import LevelBadge
from desktop.ui.widgets.retranslate import Retranslating


class FormDialog(Retranslating, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 about: QLabel | None = None, level: Level | None = None,
                 min_width: int = 520) -> None:
        super().__init__(parent)
        self.session = session
        self.badge = LevelBadge(level)
        self.about = about or QLabel()
        self.about.setWordWrap(True)
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
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.about, 1)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.form)
        layout.addStretch(1)        # spare height below the fields, not between them
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min_width)

    def add_field(self, key: str, widget: QWidget, *fields: str,
                  row: QWidget | None = None) -> ErrorLabel:
        """A form row; `fields` are the service's names of what `widget` holds; `row` is
        what the row shows when it is more than the widget (a field with a button)."""
        label = QLabel()
        label.setBuddy(widget)
        error = ErrorLabel()
        error.setObjectName(f"{key}Error")
        self.labels[key] = label
        self.form.addRow(label, field_box(row or widget, error))
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

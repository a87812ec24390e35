"""The frame of the section's view dialogs (an act, a return list): a heading with the level
badge, the record's values as plain selectable text (people typed them: never markup), its
tables, a message line, and action buttons that come and go with the record's state and the
user's roles. The service checks every action again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.ui.errors import error_text
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadge
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.fields import plain_label, run_modal
from desktop.ui.widgets.retranslate import Retranslating


class RecordDialog(Retranslating, QDialog):
    def __init__(self, fields: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.badge = LevelBadge()
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout()
        for key in fields:
            label, value = QLabel(), plain_label(f"value_{key}")
            label.setBuddy(value)
            self.labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.action_buttons: dict[str, QPushButton] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(head)
        self.main_layout.addLayout(self.form)

    def finish_layout(self) -> None:
        """After the subclass has added its tables: the messages and the buttons."""
        self.main_layout.addWidget(self.message)
        self.main_layout.addWidget(self.status)
        self.main_layout.addWidget(self.buttons)

    def add_action(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"{name}Button")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.action_buttons[name] = button
        return button

    def show_actions(self, allowed: dict[str, bool]) -> None:
        """Only what may be done now is offered (the service refuses the rest anyway)."""
        for name, on in allowed.items():
            self.action_buttons[name].setVisible(on)

    def set_values(self, values: dict[str, str], level: Level) -> None:
        for key, value in values.items():
            self.values[key].setText(value or "—")
        self.badge.set_level(level)

    # --- hooks (tests replace them) --------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # --- doing things ----------------------------------------------------------------------

    def call(self, job: Callable[[], object]) -> bool:
        """One service call; its typed error shown under the record."""
        self.message.show_text("")
        try:
            job()
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return False
        return True

    def print_with(self, dialog: PrintDialog) -> bool:
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

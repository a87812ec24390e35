"""Small pieces every form dialog needs, built one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)


def line_edit(name: str, max_len: int, text: str = "") -> QLineEdit:
    """A one-line field with its object name, bounded like the service's text."""
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    return edit


def secret_edit(max_len: int = 256) -> QLineEdit:
    """A password (or code) field: never shown, bounded like the password policy."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(max_len)
    return edit


def message_label(name: str = "dialogMessage") -> QLabel:
    """The line under a form where a translated error or result appears."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None] | None = None) -> QDialogButtonBox:
    """OK (default, Enter) runs `on_ok` (else accept); Cancel and Escape reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    return buttons


def part_button(name: str, slot: Callable[[], object] | None = None) -> QPushButton:
    """A button of a part of a dialog (a list with its buttons): Enter still means the
    dialog's own OK. Without `slot` the dialog connects it."""
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda _=False: slot())
    return button


def plain_label(name: str = "") -> QLabel:
    """A label for text people typed: never interpreted as markup, selectable."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def value_form(keys: tuple[str, ...], prefix: str
               ) -> tuple[QFormLayout, dict[str, QLabel], dict[str, QLabel]]:
    """A form of read-only values (typed text shown as plain text), one row per key; the
    values are named `<prefix>_<key>`."""
    form = QFormLayout()
    labels: dict[str, QLabel] = {}
    values: dict[str, QLabel] = {}
    for key in keys:
        labels[key], values[key] = QLabel(), plain_label(f"{prefix}_{key}")
        form.addRow(labels[key], values[key])
    return form, labels, values


def run_modal(dialog: QDialog) -> bool:
    """Show `dialog` modally; True when accepted. It is deleted afterwards: a dialog parented
    to a page would otherwise stay in memory with it for as long as the page lives."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

"""Small pieces every form dialog needs, built one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit


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

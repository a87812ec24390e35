"""The frame of the copy-request dialogs (register/form_dialog.py) and labels for typed
text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog


def plain_label(name: str = "") -> QLabel:
    """A label for text people typed: never interpreted as markup, selectable."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def safe_tooltip(text: str) -> str:
    """A tooltip of typed text: Qt guesses rich text in tooltips, so escape it explicitly."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class RequestForm(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, about=plain_label("requestAbout"), min_width=560)

"""The frame of the copy-request dialogs (register/form_dialog.py) and tooltips of typed
text."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.fields import plain_label


def safe_tooltip(text: str) -> str:
    """A tooltip of typed text: Qt guesses rich text in tooltips, so escape it explicitly."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class RequestForm(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, about=plain_label("requestAbout"), min_width=560)

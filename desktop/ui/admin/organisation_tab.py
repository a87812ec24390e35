"""The organisation's details printed on acts and conclusions (settings org.*)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import CONTEXT, GrifError
from desktop.services import settings as settings_service
from desktop.services.session import Session
from desktop.settings import BY_KEY, SETTINGS
from desktop.ui.errors import error_text
from desktop.ui.page import Page

ORG_KEYS = tuple(s.key for s in SETTINGS if s.key.startswith("org."))
_LABELS = {s.label for s in SETTINGS}


def settings_error_text(exc: GrifError) -> str:
    """error_text, except that a setting's label named in the message is translated in its
    own context ("Settings") rather than "Errors"."""
    def translate(context: str, text: str) -> str:
        if context == CONTEXT and text in _LABELS:
            return QCoreApplication.translate("Settings", text)
        return QCoreApplication.translate(context, text)
    return exc.text(translate) if exc.args_values else error_text(exc)


class OrganisationTab(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.edits = {key: QLineEdit() for key in ORG_KEYS}
        self.labels = {key: QLabel() for key in ORG_KEYS}
        form = QFormLayout()
        for key in ORG_KEYS:
            self.labels[key].setBuddy(self.edits[key])
            form.addRow(self.labels[key], self.edits[key])
            self.edits[key].returnPressed.connect(self.save)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        chain = [*self.edits.values(), self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key in ORG_KEYS:
            self.labels[key].setText(QCoreApplication.translate("Settings", BY_KEY[key].label))
        self.save_button.setText(QCoreApplication.translate("OrganisationTab", "&Save"))

    def refresh(self) -> None:
        values = settings_service.current(self.session)
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))

    def save(self) -> None:
        changes = {key: edit.text() for key, edit in self.edits.items()}
        try:
            saved = settings_service.change(self.session, changes)
        except GrifError as exc:
            self.message.setText(settings_error_text(exc))
            return
        for key, edit in self.edits.items():
            edit.setText(str(saved.get(key, "")))
        self.message.setText(QCoreApplication.translate(
            "OrganisationTab", "The organisation's details were saved."))

"""Store-wide settings: the idle lock, the default language of printed forms, the format of
registration numbers and the domestic dispatch channels."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services import settings as settings_service
from desktop.services.session import Session
from desktop.settings import BY_KEY, PRINT_LANGUAGES
from desktop.ui.admin.organisation_tab import settings_error_text
from desktop.ui.page import Page

# Each language named in itself: never translated.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "ky": "Кыргызча"}
IDLE_KEY, PRINT_KEY = "lock.idle_minutes", "print.language"
TEXT_KEYS = ("register.format", "register.prefix", "register.suffix.S", "register.suffix.SS",
             "register.suffix.OV")
CHANNELS_KEY = "dispatch.channels"


class SettingsTab(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.print_language = QComboBox()
        for code in PRINT_LANGUAGES:
            self.print_language.addItem(LANGUAGE_NAMES[code], code)
        self.texts = {key: QLineEdit() for key in TEXT_KEYS}
        self.channels = QPlainTextEdit()           # one channel a line
        self.channels.setTabChangesFocus(True)
        self.channels.setMaximumHeight(110)
        self.text_labels = {key: QLabel() for key in (*TEXT_KEYS, CHANNELS_KEY)}
        self.idle_label, self.print_label = QLabel(), QLabel()
        self.idle_label.setBuddy(self.idle_minutes)
        self.print_label.setBuddy(self.print_language)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        form = QFormLayout()
        form.addRow(self.idle_label, self.idle_minutes)
        form.addRow(self.print_label, self.print_language)
        for key, edit in (*self.texts.items(), (CHANNELS_KEY, self.channels)):
            self.text_labels[key].setBuddy(edit)
            form.addRow(self.text_labels[key], edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.idle_minutes, self.print_language)
        chain = [self.print_language, *self.texts.values(), self.channels, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.idle_label.setText(QCoreApplication.translate("Settings", BY_KEY[IDLE_KEY].label))
        self.print_label.setText(
            QCoreApplication.translate("Settings", BY_KEY[PRINT_KEY].label))
        for key, label in self.text_labels.items():
            label.setText(QCoreApplication.translate("Settings", BY_KEY[key].label))
        self.save_button.setText(QCoreApplication.translate("SettingsTab", "&Save"))

    def refresh(self) -> None:
        self.show_values(settings_service.current(self.session))

    def show_values(self, values: dict) -> None:
        self.idle_minutes.setValue(int(values[IDLE_KEY]))
        index = self.print_language.findData(values[PRINT_KEY])
        self.print_language.setCurrentIndex(max(index, 0))
        for key, edit in self.texts.items():
            edit.setText(str(values[key]))
        self.channels.setPlainText("\n".join(values[CHANNELS_KEY]))

    def save(self) -> None:
        changes = {IDLE_KEY: self.idle_minutes.value(),
                   PRINT_KEY: self.print_language.currentData(),
                   **{key: edit.text() for key, edit in self.texts.items()},
                   CHANNELS_KEY: [line.strip() for line in
                                  self.channels.toPlainText().splitlines() if line.strip()]}
        try:
            saved = settings_service.change(self.session, changes)
        except GrifError as exc:
            self.message.setText(settings_error_text(exc))
            return
        self.show_values(saved)
        self.message.setText(QCoreApplication.translate("SettingsTab", "The settings were saved."))

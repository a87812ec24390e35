"""A language chooser: each language named in itself; switching happens at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.i18n import LANGUAGES, translations


class LanguageCombo(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for code, name, _ in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(translations.language)))
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code and code != translations.language:
            translations.switch(code)

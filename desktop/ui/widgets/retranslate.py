"""Every widget with texts retranslates itself when the language changes (rule 4)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin (list it before the Qt class): calls `retranslate_ui()` on LanguageChange."""

    def retranslate_ui(self) -> None:
        """Set every visible text."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

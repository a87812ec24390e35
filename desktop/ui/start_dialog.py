"""When no register is known yet: create one (first run), open an existing file or restore
one from a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui.widgets.language_combo import LanguageCombo
from desktop.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.ui.restore_dialog import RestoreDialog


class StartDialog(Retranslating, QDialog):
    """Result: `choice` is "create" or "open" (then `path` is the chosen or restored store)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.path: Path | None = None
        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.choose_create)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_open)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.choose_restore)
        self.language = LanguageCombo()
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.language)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("StartDialog", "Grif"))
        self.heading.setText(QCoreApplication.translate("StartDialog", "Welcome to Grif"))
        self.text.setText(QCoreApplication.translate(
            "StartDialog",
            "Create a new register for your organisation, or open an existing register file."))
        self.create_button.setText(QCoreApplication.translate(
            "StartDialog", "&Create a new register…"))
        self.open_button.setText(QCoreApplication.translate(
            "StartDialog", "&Open an existing register…"))
        self.restore_button.setText(QCoreApplication.translate(
            "StartDialog", "&Restore a register from a backup…"))


    def ask_store_file(self) -> str:
        """The file dialog (overridden in tests)."""
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("StartDialog", "Open a register"), "",
            QCoreApplication.translate("StartDialog", "Grif registers (*.grif);;All files (*)"))
        return name

    def make_restore_dialog(self) -> RestoreDialog:
        # imported here: restoring (services.restore, backups) is rare, every start is not
        from desktop.ui.restore_dialog import RestoreDialog
        return RestoreDialog(parent=self)

    def choose_restore(self) -> None:
        """A new file from a backup (e.g. on a new machine), then its login."""
        dialog = self.make_restore_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            self.choice, self.path = "open", dialog.result.path
            self.accept()

    def choose_create(self) -> None:
        self.choice = "create"
        self.accept()

    def choose_open(self) -> None:
        name = self.ask_store_file()
        if name:
            self.choice, self.path = "open", Path(name)
            self.accept()

"""The recovery code, shown once, and the check that it was written down."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from desktop.security import recovery
from desktop.ui.wizard.pages import TranslatedPage

CHECKED = 4


class RecoveryCodePage(TranslatedPage):
    """Shown after the register exists: no way back. The code is not selectable (it must not
    travel through the clipboard)."""

    def __init__(self, save_sheet: Callable[[], None]) -> None:
        super().__init__()
        self.setCommitPage(True)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = QFont("DejaVu Sans Mono", 20)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.save = QPushButton()
        self.save.clicked.connect(save_sheet)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.code, self.save, self.saved):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_code(self, code: str) -> None:
        self.code.setText(recovery.grouped(code))

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "The recovery code"))
        self.explain.setText(QCoreApplication.translate(
            "FirstRunWizard",
            "Write this code down or print its sheet, seal it and keep it in the safe. It is shown only now. Whoever holds it can open the register without a password."))  # noqa: E501
        self.save.setText(QCoreApplication.translate(
            "FirstRunWizard", "&Save the sheet as PDF for printing…"))
        self.setButtonText(QWizard.WizardButton.CommitButton, QCoreApplication.translate(
            "FirstRunWizard", "I have written it down"))


class ConfirmCodePage(TranslatedPage):
    """Type back four characters of the code, at positions drawn at random."""

    def __init__(self) -> None:
        super().__init__()
        self.code = ""
        self.positions = sorted(secrets.SystemRandom().sample(range(recovery.LENGTH), CHECKED))
        self.boxes: list[QLineEdit] = []
        self.labels: list[QLabel] = []
        row = QHBoxLayout()
        for _ in range(CHECKED):
            label, box = QLabel(), QLineEdit()
            box.setMaxLength(1)
            box.setFixedWidth(48)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.textChanged.connect(self.completeChanged)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            self.boxes.append(box)
            self.labels.append(label)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("wizardMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Check the written code"))
        self.setSubTitle(QCoreApplication.translate(
            "FirstRunWizard", "Type the characters of the code at these places, from your note."))
        for label, position in zip(self.labels, self.positions, strict=True):
            label.setText(QCoreApplication.translate("FirstRunWizard", "No. %1:")
                          .replace("%1", str(position + 1)))

    def isComplete(self) -> bool:  # Qt's name
        return all(box.text().strip() for box in self.boxes)

    def typed_matches(self) -> bool:
        table = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
        return all(box.text().strip().upper().translate(table) == self.code[pos]
                   for box, pos in zip(self.boxes, self.positions, strict=True))

    def validatePage(self) -> bool:  # Qt's name
        if self.typed_matches():
            return True
        self.message.setText(QCoreApplication.translate(
            "FirstRunWizard", "These characters do not match the code. Check your note."))
        for box in self.boxes:
            box.clear()
        return False

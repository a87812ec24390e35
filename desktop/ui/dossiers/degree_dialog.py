"""Step one (seed 000 p.9): the secrecy degree of the lost or disclosed information and its
content — or the finding that the information and its carriers hold no state secrets, which
ends the assessment with no amount (p.11)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from desktop.domain.levels import Level
from desktop.services import dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import fill

LEVELS = sorted(Level, key=lambda lv: lv.rank)
NONE = ""           # the combo's data for "no state secrets"


def text_box(name: str, lines: int) -> QPlainTextEdit:
    """A text of several lines; Tab moves on (it is a form, not an editor)."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class DegreeDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top, min_width=600)
        self.dossier = dossier
        self.level = QComboBox()
        self.level.setObjectName("degreeLevel")
        for level in LEVELS:
            self.level.addItem("", level.value)
        self.level.addItem("", NONE)
        self.level.setCurrentIndex(self.level.findData(dossier.top.value))
        self.content = text_box("degreeContent", 5)
        self.add_field("level", self.level)
        self.add_field("content", self.content, dossiers.CONTENT)
        self.retranslate_ui()
        self.level.setFocus()

    def set_level(self, level: Level | None) -> None:
        self.level.setCurrentIndex(self.level.findData(level.value if level else NONE))

    def submit(self) -> None:
        code = self.level.currentData()
        dossiers.establish_degree(self.session, self.dossier.id, Level(code) if code else None,
                                  self.content.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "DegreeDialog", "Secrecy degree: dossier %1"), self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "DegreeDialog", "The secrecy degree of the information is established before the "
            "damage is assessed (p.9). If the information and its carriers hold no state "
            "secrets, the conclusion states no amount (p.11)."))
        for i, level in enumerate(LEVELS):
            self.level.setItemText(i, level_name(level))
        self.level.setItemText(len(LEVELS), QCoreApplication.translate(
            "DegreeDialog", "No state secrets"))
        self.labels["level"].setText(QCoreApplication.translate("DegreeDialog",
                                                                "Secrecy &degree:"))
        self.labels["content"].setText(QCoreApplication.translate(
            "DegreeDialog", "&Content of the information:"))
        self.ok_button.setText(QCoreApplication.translate("DegreeDialog", "&Establish"))

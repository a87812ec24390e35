"""A loss or disclosure case opened by hand (S000 p.7): what happened, when it was found, the
circumstances, and what it concerns — registered copies by their labels ("12с/2026 / 3"),
or information described in words with its level. A lost copy leaves the safe's count as
"lost" when the case is recorded. The service checks every value; its errors appear beside
the field they are about and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.errors import GrifError, InvalidInput, NotFound
from desktop.domain.incidents import IncidentKind
from desktop.domain.levels import Level
from desktop.services import incidents, register
from desktop.services.register import RegisterFilter
from desktop.services.session import Session
from desktop.ui.inventory import texts
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.register.level_badge import level_name

SEARCH_LIMIT = 1000


def copy_ids(session: Session, labels: list[tuple[str, int]]) -> list[int]:
    """The copies named by their labels, read from the register as this user may see it;
    NotFound names the first label that matches no copy."""
    found = []
    for reg_no, copy_no in labels:
        cursor = register.open_register(session, RegisterFilter(search=reg_no))
        match = next((row["copy_id"] for row in cursor.fetch(limit=SEARCH_LIMIT)
                      if row["reg_no"] == reg_no and row["copy_no"] == copy_no), None)
        if match is None:
            raise NotFound(texts.label_text(reg_no, copy_no))
        found.append(match)
    return found


def _lines(edit: QPlainTextEdit, count: int) -> None:
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * count + 12)


class NewIncidentDialog(FormDialog):
    """`incident_id` is set once the case is recorded."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, min_width=600)
        self.incident_id: int | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("incidentKind")
        for kind in IncidentKind:
            self.kind.addItem("", kind.value)
        self.date_found = date_edit("dateFound", future=True)  # the service refuses it
        self.circumstances = QPlainTextEdit()
        self.circumstances.setObjectName("circumstances")
        _lines(self.circumstances, 4)
        self.by_copies = QRadioButton()
        self.by_copies.setObjectName("concernsCopies")
        self.in_words = QRadioButton()
        self.in_words.setObjectName("concernsInformation")
        self.concerns = QButtonGroup(self)
        self.concerns.addButton(self.by_copies)
        self.concerns.addButton(self.in_words)
        self.by_copies.setChecked(True)
        choice = QWidget()
        line = QHBoxLayout(choice)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.by_copies)
        line.addWidget(self.in_words)
        line.addStretch(1)
        self.copies = QPlainTextEdit()
        self.copies.setObjectName("incidentCopies")
        _lines(self.copies, 3)
        self.description = QPlainTextEdit()
        self.description.setObjectName("incidentDescription")
        _lines(self.description, 4)
        self.level = QComboBox()
        self.level.setObjectName("incidentLevel")
        for level in sorted(Level, key=lambda lv: lv.rank):
            self.level.addItem("", level.value)
        self.level.setCurrentIndex(-1)
        # S001 a.12: a copy from the Kyrgyz party says so itself; words need the clerk's tick.
        self.party = QCheckBox()
        self.party.setObjectName("partyInvolved")
        self.add_field("kind", self.kind)
        self.add_field("date_found", self.date_found, incidents.DATE_FOUND)
        self.add_field("circumstances", self.circumstances, incidents.CIRCUMSTANCES)
        self.add_field("concerns", self.by_copies, row=choice)
        self.add_field("copies", self.copies, fields.REG_NO)
        self.add_field("description", self.description, incidents.DESCRIPTION)
        self.add_field("level", self.level, fields.LEVEL)
        self.add_field("party", self.party)
        self.by_copies.toggled.connect(lambda _on: self._show_concerns())
        self._show_concerns()
        self.retranslate_ui()
        self.kind.setFocus()

    def set_kind(self, kind: IncidentKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _show_concerns(self) -> None:
        copies = self.by_copies.isChecked()
        self.set_row_visible(self.copies, copies)
        self.set_row_visible(self.description, not copies)
        self.set_row_visible(self.level, not copies)
        self.set_row_visible(self.party, not copies)

    def submit(self) -> None:
        kind = IncidentKind(self.kind.currentData())
        day = self.date_found.date().toPython()
        if self.by_copies.isChecked():
            labels = texts.parse_labels(self.copies.toPlainText())
            if not labels:
                raise InvalidInput(fields.REG_NO, fields.EMPTY)
            self.incident_id = incidents.open_incident(
                self.session, kind, date_found=day,
                circumstances=self.circumstances.toPlainText(),
                copy_ids=copy_ids(self.session, labels))
            return
        code = self.level.currentData()
        self.incident_id = incidents.open_incident(
            self.session, kind, date_found=day, circumstances=self.circumstances.toPlainText(),
            description=self.description.toPlainText(), level=Level(code) if code else None,
            party_involved=self.party.isChecked())

    def field_for(self, exc: GrifError) -> str | None:
        """A copy not found, or nothing named, is about the field in use: the copies, else
        the level when none is chosen, else the description."""
        about_what = isinstance(exc, NotFound) or (
            isinstance(exc, InvalidInput) and exc.args_values[:1] == (incidents.DESCRIPTION,))
        if not about_what:
            return None
        if self.by_copies.isChecked():
            return fields.REG_NO
        if self.level.currentIndex() < 0 and self.description.toPlainText().strip():
            return fields.LEVEL
        return incidents.DESCRIPTION

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("NewIncidentDialog",
                                                       "New loss or disclosure case"))
        self.about.setText(QCoreApplication.translate(
            "NewIncidentDialog", "Record the fact as soon as it is found. A lost copy is "
            "marked lost in the register at once; the internal investigation is ordered and "
            "its findings recorded on the case."))
        for i, kind in enumerate(IncidentKind):
            self.kind.setItemText(i, texts.incident_kind_text(kind))
        for i, level in enumerate(sorted(Level, key=lambda lv: lv.rank)):
            self.level.setItemText(i, level_name(level))
        self.by_copies.setText(QCoreApplication.translate("NewIncidentDialog",
                                                          "Registered &copies"))
        self.in_words.setText(QCoreApplication.translate(
            "NewIncidentDialog", "Information &described in words"))
        labels = {
            "kind": QCoreApplication.translate("NewIncidentDialog", "&Kind:"),
            "date_found": QCoreApplication.translate("NewIncidentDialog", "Date &found:"),
            "circumstances": QCoreApplication.translate("NewIncidentDialog",
                                                        "C&ircumstances:"),
            "concerns": QCoreApplication.translate("NewIncidentDialog", "It concerns:"),
            "copies": QCoreApplication.translate("NewIncidentDialog", "Co&pies:"),
            "description": QCoreApplication.translate("NewIncidentDialog",
                                                      "In&formation concerned:"),
            "level": QCoreApplication.translate("NewIncidentDialog", "&Level:"),
            "party": "",
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.party.setText(QCoreApplication.translate(
            "NewIncidentDialog", "Information of the &Kyrgyz party is involved"))
        self.copies.setPlaceholderText(QCoreApplication.translate(
            "NewIncidentDialog", "Registration / copy No., one a line, e.g. 12с/2026 / 3"))

"""One representative of a visit request (S001 a.10 p.2, first three indents): surname and
name, date and place of birth, citizenship, passport number, profession, position,
organisation and clearance. OK checks the visitor with the service's own rules for the visit
as it stands (the age on its first day, a clearance covering the information to be seen,
a.10 p.1, a.4 p.2), so a mistake shows beside its field at once; nothing is stored until the
request is saved, and the service checks everything again then."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import fields
from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.levels import Level
from desktop.domain.visits import Direction
from desktop.services import visit_input
from desktop.services.session import Session
from desktop.services.visit_input import HIDDEN, ContactInput, VisitDraft, VisitorInput
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.visits.widgets import chosen_level, day_edit, level_combo, name_levels
from desktop.ui.widgets.fields import line_edit

# The service's names of a visitor's fields.
VISITOR_FIELDS = (visit_input.SURNAME, visit_input.NAME, visit_input.BIRTH_DATE,
                  visit_input.BIRTH_PLACE, visit_input.CITIZENSHIP, visit_input.PASSPORT,
                  visit_input.PROFESSION, fields.POSITION, fields.ORGANISATION,
                  fields.CLEARANCE)
# The service's messages about a visitor that name the visitor, not a field.
ABOUT_VISITOR = (visit_input.UNCLEARED,)
PLACEHOLDER = "-"


def check_visitor(visitor: VisitorInput, start: dt.date | None, level: Level | str | None,
                  today: dt.date) -> None:
    """The service's checks of one visitor for a visit beginning on `start` (at the earliest
    tomorrow) that shows information of `level`. Raises only errors about the visitor."""
    first = max(start or today, today + dt.timedelta(days=1))
    if visitor.personal_data_hidden:    # kept as stored: stand-ins that pass the checks
        visitor = replace(visitor, birth_date=first.replace(year=first.year - 40, day=1),
                          birth_place=PLACEHOLDER, passport_no="KEPT0")
    probe = VisitDraft(direction=Direction.INCOMING, start_date=first, days=1,
                       organisations=PLACEHOLDER, purpose=PLACEHOLDER,
                       level=level if isinstance(level, Level) else Level.S,
                       visitors=[visitor],
                       contacts=[ContactInput(PLACEHOLDER, PLACEHOLDER, PLACEHOLDER)])
    try:
        visit_input.check(probe, today)
    except InvalidInput as exc:
        if about_a_visitor(exc):
            raise


def about_a_visitor(exc: GrifError) -> bool:
    """Whether the service's error is about one of the visitors."""
    named = exc.args_values[0] if exc.args_values else ""
    return isinstance(exc, InvalidInput) and (
        exc.message in ABOUT_VISITOR or named in VISITOR_FIELDS)


class VisitorDialog(FormDialog):
    """`visitor` holds what was entered once OK is accepted."""

    def __init__(self, session: Session, start: dt.date | None, level: Level | str | None,
                 visitor: VisitorInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, min_width=560)
        self.start = start
        self.level = level
        self.visitor = visitor
        v = visitor
        self.hidden = v is not None and v.personal_data_hidden
        self.surname = line_edit("visitorSurname", 100, v.surname if v else "")
        self.name = line_edit("visitorName", 100, v.name if v else "")
        today = session.today
        born = v.birth_date if v and v.birth_date else today.replace(year=today.year - 40,
                                                                     day=1)
        self.birth_date = day_edit("visitorBirthDate", born, dt.date(1900, 1, 1), today)
        self.birth_place = line_edit("visitorBirthPlace", 200, v.birth_place if v else "")
        self.citizenship = line_edit("visitorCitizenship", 100, v.citizenship if v else "")
        self.passport = line_edit("visitorPassport", 30, v.passport_no if v else "")
        self.profession = line_edit("visitorProfession", 200, v.profession if v else "")
        self.position = line_edit("visitorPosition", 200, v.position if v else "")
        self.organisation = line_edit("visitorOrganisation", 300, v.organisation if v else "")
        clearance = Level(v.clearance) if v else (level if isinstance(level, Level) else None)
        self.clearance = level_combo("visitorClearance", clearance)
        for key, widget, name in (
                ("surname", self.surname, visit_input.SURNAME),
                ("name", self.name, visit_input.NAME),
                ("birth_date", self.birth_date, visit_input.BIRTH_DATE),
                ("birth_place", self.birth_place, visit_input.BIRTH_PLACE),
                ("citizenship", self.citizenship, visit_input.CITIZENSHIP),
                ("passport", self.passport, visit_input.PASSPORT),
                ("profession", self.profession, visit_input.PROFESSION),
                ("position", self.position, fields.POSITION),
                ("organisation", self.organisation, fields.ORGANISATION),
                ("clearance", self.clearance, fields.CLEARANCE)):
            self.add_field(key, widget, name)
        if self.hidden:       # the editor may not see them: shown hidden, kept as stored
            for widget in (self.birth_date, self.birth_place, self.passport):
                widget.setEnabled(False)
        self.retranslate_ui()
        self.surname.setFocus()

    def entered(self) -> VisitorInput:
        clearance = chosen_level(self.clearance)
        hidden = self.hidden
        return VisitorInput(
            surname=self.surname.text(), name=self.name.text(),
            birth_date=None if hidden else self.birth_date.date().toPython(),
            birth_place=HIDDEN if hidden else self.birth_place.text(),
            citizenship=self.citizenship.text(),
            passport_no=HIDDEN if hidden else self.passport.text(),
            profession=self.profession.text(), position=self.position.text(),
            organisation=self.organisation.text(), clearance=clearance or "",
            id=self.visitor.id if self.visitor else None)

    def submit(self) -> None:
        visitor = self.entered()
        check_visitor(visitor, self.start, self.level, self.session.today)
        self.visitor = visitor

    def field_for(self, exc: GrifError) -> str | None:
        return fields.CLEARANCE if exc.message in ABOUT_VISITOR else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("VisitorDialog", "Visitor"))
        self.about.setText(QCoreApplication.translate(
            "VisitorDialog", "Every field is required (S001 a.10 p.2). The date and place of "
            "birth and the passport number are personal data: only people with the "
            "personal-data permission see them once the request is saved."))
        labels = {
            "surname": QCoreApplication.translate("VisitorDialog", "&Surname:"),
            "name": QCoreApplication.translate("VisitorDialog", "&Name:"),
            "birth_date": QCoreApplication.translate("VisitorDialog", "Date of &birth:"),
            "birth_place": QCoreApplication.translate("VisitorDialog", "&Place of birth:"),
            "citizenship": QCoreApplication.translate("VisitorDialog", "C&itizenship:"),
            "passport": QCoreApplication.translate("VisitorDialog", "Pass&port No.:"),
            "profession": QCoreApplication.translate("VisitorDialog", "P&rofession:"),
            "position": QCoreApplication.translate("VisitorDialog", "P&osition:"),
            "organisation": QCoreApplication.translate("VisitorDialog", "Or&ganisation:"),
            "clearance": QCoreApplication.translate("VisitorDialog", "&Clearance:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        name_levels(self.clearance)

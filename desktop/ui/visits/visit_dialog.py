"""Preparing a visit request, or changing its draft (S001 a.10 p.2; SPEC §7): the direction,
the proposed first day and duration, the organisations to visit, the purpose and the
questions, the level of the information to be seen and the request's own marking (never
below it), an optional contract it comes under, the visitors and the people to meet.

A draft may change as a whole until it is sent. The service decides everything; its errors
appear beside the field they are about (an error about a visitor under the visitors, with
that visitor selected) and nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from desktop.domain import fields
from desktop.domain import visits as rules
from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.services import contracts, visit_input, visit_view, visits
from desktop.services.session import Session
from desktop.services.visit_input import VisitDraft, VisitorInput
from desktop.services.visit_view import Visit
from desktop.ui.destruction.copy_picker import place_below
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.errors import error_text
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.visits import texts
from desktop.ui.visits.contacts_table import ContactsTable
from desktop.ui.visits.visitor_dialog import about_a_visitor
from desktop.ui.visits.visitors_panel import VisitorsPanel
from desktop.ui.visits.widgets import (
    chosen_level,
    day_edit,
    level_combo,
    name_levels,
    stack_part,
)
from desktop.ui.widgets.display import day_text, fill

MARKING = "request marking"      # the form's own name of the marking row (not a service's)
CONTACT_FIELDS = (visit_input.SURNAME, visit_input.NAME, fields.POSITION)
AHEAD = rules.LEAD + dt.timedelta(days=14)     # a new request's first day: well in time


def visitor_inputs(visit: Visit) -> list[VisitorInput]:
    """The visitors of a draft as they were read: with their personal data, or with them
    hidden (then the service keeps the stored ones)."""
    return [VisitorInput(v.surname, v.name, v.birth_date, v.birth_place, v.citizenship,
                         v.passport_no, v.profession, v.position, v.organisation, v.clearance,
                         id=v.id)
            for v in visit.visitors]


class VisitDialog(FormDialog):
    """A new request (`visit` None) or the draft `visit` (read with its visitors' personal
    data where the user may see them); `visit_id` is set once it is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 visit: Visit | None = None) -> None:
        super().__init__(session, parent, min_width=860)
        self.visit = visit
        self.visit_id: int | None = visit.id if visit else None
        today = session.today
        self.direction = QComboBox()
        self.direction.setObjectName("visitDirection")
        for direction in rules.Direction:
            self.direction.addItem("", direction.value)
        self.direction.setCurrentIndex(
            self.direction.findData(visit.direction.value) if visit else -1)
        self.start = day_edit("visitStart", visit.start_date if visit else today + AHEAD,
                              today + dt.timedelta(days=1))
        self.days = QSpinBox()
        self.days.setObjectName("visitDays")
        self.days.setRange(1, rules.MAX_DAYS)
        self.days.setValue(visit.days if visit else 1)
        self.organisations = text_box("visitOrganisations", 3)
        self.purpose = text_box("visitPurpose", 4)
        self.level = level_combo("visitLevel", visit.level if visit else None)
        self.marking = level_combo("visitMarking", None, extra=1)
        self.marking.setCurrentIndex(
            self.marking.findData(visit.marking.value)
            if visit and visit.marking is not visit.level else 0)
        self.contract = QComboBox()
        self.contract.setObjectName("visitContract")
        self._fill_contracts()
        self.warn_days = self._warn_days()
        self.last_day = QLabel()
        self.last_day.setObjectName("lastDayToSend")
        self.last_day.setWordWrap(True)
        self.fault: int | None = None     # the visitor the last refusal was about
        self.visitors = VisitorsPanel(session, self.visit_so_far,
                                      visitor_inputs(visit) if visit else None)
        self.contacts = ContactsTable(visit.contacts if visit else ())
        if visit:
            self.organisations.setPlainText(visit.organisations)
            self.purpose.setPlainText(visit.purpose)

        self.add_field("direction", self.direction, visit_input.DIRECTION)
        self.add_field("start", self.start, visit_input.START)
        self.add_field("days", self.days, visit_input.DAYS)
        self.add_field("organisations", self.organisations, visit_input.ORGANISATIONS)
        self.add_field("purpose", self.purpose, visit_input.PURPOSE)
        self.add_field("level", self.level, fields.LEVEL)
        self.add_field("marking", self.marking, MARKING)
        self.add_field("contract", self.contract, fields.CONTRACT)
        self.errors.add([visit_input.VISITORS], self.visitors.table, self.visitors.error)
        self.errors.add([visit_input.CONTACTS], self.contacts.table, self.contacts.error)
        people = QWidget()
        stack_part(people, self.visitors, self.last_day, self.visitors, self.contacts)
        place_below(self.main_layout, self.form, people)

        self.start.dateChanged.connect(lambda _d: self._show_last_day())
        self.level.currentIndexChanged.connect(lambda _i: self._level_changed())
        self.marking.currentIndexChanged.connect(lambda _i: self._level_changed())
        self.resize(960, 860)
        self.retranslate_ui()
        self.direction.setFocus()

    def _fill_contracts(self) -> None:
        """None, then the contracts in force (and the draft's own, even if it has ended)."""
        self.contract.addItem("", None)
        try:
            found = contracts.choices(self.session)
        except GrifError as exc:
            found = []
            self.message.show_text(error_text(exc))
        for contract_id, label in found:
            self.contract.addItem(label, contract_id)
        chosen = self.visit.contract_id if self.visit else None
        if chosen is not None and self.contract.findData(chosen) < 0:
            self.contract.addItem(self.visit.contract, chosen)
        self.contract.setCurrentIndex(max(self.contract.findData(chosen), 0)
                                      if chosen is not None else 0)

    def _warn_days(self) -> int:
        try:
            return visit_view.warn_days(self.session)
        except GrifError:
            return 0

    # --- the draft -------------------------------------------------------------------------

    def visit_so_far(self) -> tuple[dt.date | None, Level | str | None]:
        return self.start.date().toPython(), chosen_level(self.level)

    def draft(self) -> VisitDraft:
        return VisitDraft(
            direction=self.direction.currentData() or "",
            start_date=self.start.date().toPython(), days=self.days.value(),
            organisations=self.organisations.toPlainText(),
            purpose=self.purpose.toPlainText(), level=chosen_level(self.level) or "",
            marking=chosen_level(self.marking), visitors=list(self.visitors.visitors),
            contacts=self.contacts.contacts(), contract_id=self.contract.currentData())

    def submit(self) -> None:
        try:
            if self.visit_id is None:
                self.visit_id = visits.create(self.session, self.draft())
            else:
                visits.update(self.session, self.visit_id, self.draft())
        except GrifError as exc:
            self.fault = self.visitors.point_at_fault() if about_a_visitor(exc) else None
            raise

    def field_for(self, exc: GrifError) -> str | None:
        if exc.args_values[1:2] == (visit_input.MARKING_BELOW,):
            return MARKING
        if not about_a_visitor(exc):
            return None
        named = exc.args_values[0] if exc.args_values else ""
        if self.fault is None and named in CONTACT_FIELDS:
            return visit_input.CONTACTS      # every visitor is right: a person to meet is not
        return visit_input.VISITORS

    # --- what the form shows as it is filled in ----------------------------------------------

    def _level_changed(self) -> None:
        marking = chosen_level(self.marking)
        self.badge.set_level(marking if isinstance(marking, Level)
                             else chosen_level(self.level) or None)

    def _show_last_day(self) -> None:
        start = self.start.date().toPython()
        last = rules.last_day_to_send(start)
        self.last_day.setText(fill(QCoreApplication.translate(
            "VisitDialog", "The request must be sent by %1, 4 weeks before the visit "
            "(S001 a.10 p.2): %2."), day_text(last),
            texts.left_text(start, self.session.today, self.warn_days)))
        self.last_day.setStyleSheet(texts.style_sheet(start, self.session.today,
                                                      self.warn_days))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "VisitDialog", "Visit request %1: draft"), self.visit.number) if self.visit
            else QCoreApplication.translate("VisitDialog", "New visit request"))
        self.about.setText(QCoreApplication.translate(
            "VisitDialog", "A request for a visit with access to the other Party's classified "
            "information names everything of S001 a.10 p.2. Only people cleared for the "
            "information to be seen may visit (a.10 p.1)."))
        for i, direction in enumerate(rules.Direction):
            self.direction.setItemText(i, texts.direction_text(direction))
        labels = {
            "direction": QCoreApplication.translate("VisitDialog", "&Direction:"),
            "start": QCoreApplication.translate("VisitDialog", "Proposed &first day:"),
            "days": QCoreApplication.translate("VisitDialog", "D&uration, days:"),
            "organisations": QCoreApplication.translate("VisitDialog",
                                                        "&Organisations to visit:"),
            "purpose": QCoreApplication.translate("VisitDialog", "&Purpose and questions:"),
            "level": QCoreApplication.translate("VisitDialog", "&Level of information seen:"),
            "marking": QCoreApplication.translate("VisitDialog", "&Marking of the request:"),
            "contract": QCoreApplication.translate("VisitDialog", "&Under contract:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        name_levels(self.level)
        name_levels(self.marking)
        self.marking.setItemText(0, QCoreApplication.translate(
            "VisitDialog", "Same as the level of information seen"))
        self.contract.setItemText(0, QCoreApplication.translate("VisitDialog", "None"))
        self.ok_button.setText(QCoreApplication.translate("VisitDialog", "&Save draft"))
        self._show_last_day()
        self._level_changed()

"""The request sent to the coordinating body (our representatives going) or received from it
(theirs coming): the reference of the letter and its date. A request dated later than 4
weeks before the visit needs the reason it is late (S001 a.10 p.2): the field appears, with
the rule, as soon as the date chosen is past the last day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import visits as rules
from desktop.domain.errors import GrifError
from desktop.services import visits
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.visits import texts
from desktop.ui.visits.widgets import day_edit
from desktop.ui.widgets.display import day_text, fill
from desktop.ui.widgets.fields import line_edit, plain_label


class SendDialog(FormDialog):
    def __init__(self, session: Session, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=visit.marking, min_width=600)
        self.visit = visit
        self.outgoing = visit.direction is rules.Direction.OUTGOING
        self.reference = line_edit("requestReference", 100)
        last_possible = min(session.today, visit.start_date - dt.timedelta(days=1))
        self.request_date = day_edit("requestDate", last_possible, None, last_possible)
        self.late_note = plain_label("lateNote")
        self.late_reason = text_box("lateReason", 3)
        self.add_field("reference", self.reference, visits.REQUEST_REF)
        self.add_field("date", self.request_date, visits.REQUEST_DATE)
        self.add_field("late_reason", self.late_reason, visits.LATE_REASON)
        self.form.insertRow(self.form.rowCount() - 1, self.late_note)
        self.request_date.dateChanged.connect(lambda _d: self._show_late())
        self.retranslate_ui()
        self.reference.setFocus()

    def is_late(self) -> bool:
        return rules.is_late(self.request_date.date().toPython(), self.visit.start_date)

    def _show_late(self) -> None:
        late = self.is_late()
        self.form.setRowVisible(self.late_note, late)
        self.set_row_visible(self.late_reason, late)
        if late:
            self.late_note.setText(texts.late_explanation(
                self.visit.start_date, self.request_date.date().toPython()))

    def submit(self) -> None:
        visits.send(self.session, self.visit.id, request_ref=self.reference.text(),
                    request_date=self.request_date.date().toPython(),
                    late_reason=self.late_reason.toPlainText() if self.is_late() else "")

    def field_for(self, exc: GrifError) -> str | None:
        return visits.LATE_REASON if exc.message == visits.LATE else None

    def _texts(self) -> tuple[str, str, str]:
        """(title, about, date label): the request went out, or came in."""
        if self.outgoing:
            return (QCoreApplication.translate("SendDialog", "Visit request %1 sent"),
                    QCoreApplication.translate(
                        "SendDialog", "The request went to the coordinating body of the "
                        "Kyrgyz Republic. The last day to send it in time: %1."),
                    QCoreApplication.translate("SendDialog", "&Sent on:"))
        return (QCoreApplication.translate("SendDialog", "Visit request %1 received"),
                QCoreApplication.translate(
                    "SendDialog", "The request came from the coordinating body of the Kyrgyz "
                    "party. The last day it was due: %1."),
                QCoreApplication.translate("SendDialog", "&Received on:"))

    def retranslate_ui(self) -> None:
        title, about, date_label = self._texts()
        self.setWindowTitle(fill(title, self.visit.number))
        self.about.setText(fill(about, day_text(self.visit.last_day_to_send)))
        self.labels["reference"].setText(QCoreApplication.translate(
            "SendDialog", "Letter &reference:"))
        self.labels["date"].setText(date_label)
        self.labels["late_reason"].setText(QCoreApplication.translate(
            "SendDialog", "Why it is &late:"))
        self.ok_button.setText(QCoreApplication.translate("SendDialog", "&Record"))
        self._show_late()

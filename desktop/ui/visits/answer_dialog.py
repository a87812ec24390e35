"""The receiving Party's answer to a visit request: the visit is agreed or refused, with the
reference and date of the answer (not before the request, not in the future)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from desktop.services import visits
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.visits.widgets import day_edit
from desktop.ui.widgets.display import day_text, fill
from desktop.ui.widgets.fields import line_edit

OUTCOME = "answer"      # the form's own name of the agreed / refused row


class AnswerDialog(FormDialog):
    def __init__(self, session: Session, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=visit.marking)
        self.visit = visit
        self.agreed = QRadioButton()
        self.agreed.setObjectName("visitAgreed")
        self.refused = QRadioButton()
        self.refused.setObjectName("visitRefused")
        self.outcome = QButtonGroup(self)
        self.outcome.addButton(self.agreed)
        self.outcome.addButton(self.refused)
        self.agreed.setChecked(True)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.agreed)
        row.addWidget(self.refused)
        row.addStretch(1)
        self.reference = line_edit("answerReference", 100)
        self.answer_date = day_edit("answerDate", session.today, visit.request_date,
                                    session.today)
        self.add_field("outcome", self.agreed, OUTCOME, row=choice)
        self.add_field("reference", self.reference, visits.ANSWER_REF)
        self.add_field("date", self.answer_date, visits.ANSWER_DATE)
        self.retranslate_ui()
        self.reference.setFocus()

    def choose(self, agreed: bool) -> None:
        (self.agreed if agreed else self.refused).setChecked(True)

    def submit(self) -> None:
        visits.answer(self.session, self.visit.id, agreed=self.agreed.isChecked(),
                      reference=self.reference.text(),
                      answer_date=self.answer_date.date().toPython())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "AnswerDialog", "Answer to visit request %1"), self.visit.number))
        self.about.setText(fill(QCoreApplication.translate(
            "AnswerDialog", "Request %1 of %2. A refused visit is final; an agreed one is "
            "closed once it has taken place."), self.visit.request_ref,
            day_text(self.visit.request_date)))
        self.labels["outcome"].setText(QCoreApplication.translate("AnswerDialog", "Answer:"))
        self.agreed.setText(QCoreApplication.translate("AnswerDialog", "&Agreed"))
        self.refused.setText(QCoreApplication.translate("AnswerDialog", "Re&fused"))
        self.labels["reference"].setText(QCoreApplication.translate(
            "AnswerDialog", "&Reference of the answer:"))
        self.labels["date"].setText(QCoreApplication.translate("AnswerDialog",
                                                               "Date of the &answer:"))
        self.ok_button.setText(QCoreApplication.translate("AnswerDialog", "&Record"))

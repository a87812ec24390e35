"""The notice to the Kyrgyz party of a breach involving its information (Agreement, article 12
item 1: "at once"): the date it was sent and what it said — the circumstances, the
consequences and the measures taken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import incidents
from desktop.services.incidents import Incident
from desktop.services.session import Session
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill


class PartyNoticeDialog(FormDialog):
    def __init__(self, session: Session, case: Incident, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=case.level, min_width=600)
        self.case = case
        self.sent_on = date_edit("noticeSentOn", future=True)
        self.text = text_box("noticeText", 6)
        self.add_field("sent_on", self.sent_on, incidents.NOTICE_DATE)
        self.add_field("text", self.text, incidents.NOTICE_TEXT)
        self.retranslate_ui()
        self.text.setFocus()

    def submit(self) -> None:
        incidents.record_party_notice(self.session, self.case.id,
                                      self.sent_on.date().toPython(), self.text.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "PartyNoticeDialog", "Notice to the Kyrgyz party: case %1"), self.case.number))
        self.about.setText(QCoreApplication.translate(
            "PartyNoticeDialog", "The Kyrgyz party is told at once of a breach involving its "
            "information: the circumstances, the consequences and the measures taken "
            "(Agreement, article 12 item 1)."))
        self.labels["sent_on"].setText(QCoreApplication.translate("PartyNoticeDialog",
                                                                  "&Sent on:"))
        self.labels["text"].setText(QCoreApplication.translate(
            "PartyNoticeDialog", "&What it said:"))
        self.text.setPlaceholderText(QCoreApplication.translate(
            "PartyNoticeDialog", "Circumstances, consequences, measures taken"))
        self.ok_button.setText(QCoreApplication.translate("PartyNoticeDialog", "&Record"))

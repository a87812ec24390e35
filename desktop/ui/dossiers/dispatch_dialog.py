"""Seed 000 p.12: the approved conclusion goes with copies of the investigation materials to
the national security bodies (outgoing number and date; one copy stays with the protection
unit) and, when the materials came from a pre-trial investigation, the result goes to the
body that appointed it. Recording the dispatch closes the dossier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.errors import GrifError
from desktop.services import dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill

SENT_ON, PRETRIAL = "sent_on", "pretrial_body"


class DispatchDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.number = QLineEdit()
        self.number.setObjectName("dispatchNumber")
        self.number.setMaxLength(100)
        self.sent_on = date_edit("dispatchDate", future=True)
        self.pretrial = QLineEdit()
        self.pretrial.setObjectName("pretrialBody")
        self.pretrial.setMaxLength(300)
        self.add_field("number", self.number, dossiers.DISPATCH)
        self.add_field("sent_on", self.sent_on, SENT_ON)
        self.add_field("pretrial", self.pretrial, PRETRIAL)
        self.retranslate_ui()
        self.number.setFocus()

    def submit(self) -> None:
        dossiers.dispatch(self.session, self.dossier.id, self.number.text(),
                          self.sent_on.date().toPython(), self.pretrial.text())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.args_values[:1] != (dossiers.DISPATCH,) or not self.number.text().strip():
            return None
        if self.sent_on.date().toPython() > self.session.today:
            return SENT_ON
        return PRETRIAL

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "DispatchDialog", "Dispatch of the conclusion: dossier %1"), self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "DispatchDialog", "The conclusion with copies of the investigation materials goes "
            "to the national security bodies; one copy stays with the protection unit (p.12). "
            "The dossier then closes."))
        self.labels["number"].setText(QCoreApplication.translate("DispatchDialog",
                                                                 "Outgoing &No.:"))
        self.labels["sent_on"].setText(QCoreApplication.translate("DispatchDialog",
                                                                  "&Sent on:"))
        self.labels["pretrial"].setText(QCoreApplication.translate(
            "DispatchDialog", "Result also sent to the &pre-trial body:"))
        self.ok_button.setText(QCoreApplication.translate("DispatchDialog", "&Record"))

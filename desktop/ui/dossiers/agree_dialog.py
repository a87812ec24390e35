"""Seed 000 p.11, last paragraph: where the head who created the commission has no authority
over state secrets, the conclusion is agreed with the body that has it — before the
commission signs. The body, the reference of its agreement and its date."""

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

REFERENCE, DATE = "agreement_reference", "agreement_date"


class AgreeDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.body = QLineEdit()
        self.body.setObjectName("agreementBody")
        self.body.setMaxLength(300)
        self.reference = QLineEdit()
        self.reference.setObjectName("agreementReference")
        self.reference.setMaxLength(100)
        self.agreed_on = date_edit("agreementDate", future=True)
        self.add_field("body", self.body, dossiers.AGREEMENT)
        self.add_field("reference", self.reference, REFERENCE)
        self.add_field("agreed_on", self.agreed_on, DATE)
        self.retranslate_ui()
        self.body.setFocus()

    def submit(self) -> None:
        dossiers.agree(self.session, self.dossier.id, self.body.text(), self.reference.text(),
                       self.agreed_on.date().toPython())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.args_values[:1] != (dossiers.AGREEMENT,) or not self.body.text().strip():
            return None
        if self.agreed_on.date().toPython() > self.session.today:
            return DATE
        return REFERENCE

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "AgreeDialog", "Agreement of the conclusion: dossier %1"), self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "AgreeDialog", "The head has no authority over state secrets: the conclusion is "
            "agreed with the body that has it before the commission signs (p.11)."))
        self.labels["body"].setText(QCoreApplication.translate("AgreeDialog",
                                                               "Agreed &with:"))
        self.labels["reference"].setText(QCoreApplication.translate("AgreeDialog",
                                                                    "&Reference:"))
        self.labels["agreed_on"].setText(QCoreApplication.translate("AgreeDialog", "&Dated:"))
        self.ok_button.setText(QCoreApplication.translate("AgreeDialog", "&Record"))

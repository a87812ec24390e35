"""An invited person without an account joins the commission (seed 000 p.4–5): name,
position, organisation and the clearance they show on paper (form, number, valid until),
checked like everyone's. They sign the conclusion on paper, and the clerk records it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.dossier import Role
from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.text import clean_text
from desktop.services import dossier_commission as commission
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.dossiers.member_dialog import role_combo
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill

FORM, POSITION, ORGANISATION = "clearance_form", "position", "organisation"
FORMS = (1, 2, 3)


def _line(name: str, max_len: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    return edit


class AddOutsiderDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.role = role_combo("outsiderRole")
        self.role.setCurrentIndex(self.role.findData(Role.SPECIALIST))
        self.name = _line("outsiderName", 200)
        self.position = _line("outsiderPosition", 200)
        self.organisation = _line("outsiderOrganisation", 300)
        self.form_no = QComboBox()
        self.form_no.setObjectName("outsiderForm")
        for form in FORMS:
            self.form_no.addItem("", form)
        self.form_no.setCurrentIndex(-1)
        self.number = _line("outsiderClearanceNumber", 40)
        self.expires = date_edit("outsiderClearanceExpires", future=True)
        self.add_field("role", self.role, commission.ONE_CHAIR)
        self.add_field("name", self.name, commission.PARTICIPANT)
        self.add_field("position", self.position, POSITION)
        self.add_field("organisation", self.organisation, ORGANISATION)
        self.add_field("form", self.form_no, FORM)
        self.add_field("number", self.number, commission.CLEARANCE)
        self.add_field("expires", self.expires)
        self.retranslate_ui()
        self.name.setFocus()

    def submit(self) -> None:
        commission.add_outsider(
            self.session, self.dossier.id, self.role.currentData(), name=self.name.text(),
            position=self.position.text(), organisation=self.organisation.text(),
            clearance_form=self.form_no.currentData(), clearance_number=self.number.text(),
            clearance_expires=self.expires.date().toPython())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message == commission.ONE_CHAIR:
            return commission.ONE_CHAIR
        if exc.message == commission.NOT_CLEARED:
            return FORM
        if exc.args_values[:1] == (commission.PARTICIPANT,):
            # Name, position and organisation share the service's name: find the one at fault.
            for key, edit, required in ((commission.PARTICIPANT, self.name, True),
                                        (POSITION, self.position, False),
                                        (ORGANISATION, self.organisation, True)):
                try:
                    clean_text(key, edit.text(), max_len=edit.maxLength(), required=required)
                except InvalidInput:
                    return key
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "AddOutsiderDialog", "Invite a person to the commission of dossier %1"),
            self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "AddOutsiderDialog", "A person without an account in Grif: their clearance as "
            "shown on paper is checked too (p.5). They sign the conclusion on paper."))
        for i, role in enumerate(Role):
            self.role.setItemText(i, texts.label(role))
        for i, form in enumerate(FORMS):
            self.form_no.setItemText(i, fill(QCoreApplication.translate(
                "AddOutsiderDialog", "Form %1"), form))
        labels = {
            "role": QCoreApplication.translate("AddOutsiderDialog", "&Role:"),
            "name": QCoreApplication.translate("AddOutsiderDialog", "&Full name:"),
            "position": QCoreApplication.translate("AddOutsiderDialog", "&Position:"),
            "organisation": QCoreApplication.translate("AddOutsiderDialog",
                                                       "&Organisation:"),
            "form": QCoreApplication.translate("AddOutsiderDialog", "Clearance &form:"),
            "number": QCoreApplication.translate("AddOutsiderDialog", "Clearance &No.:"),
            "expires": QCoreApplication.translate("AddOutsiderDialog", "&Valid until:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.ok_button.setText(QCoreApplication.translate("AddOutsiderDialog", "&Add"))

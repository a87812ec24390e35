"""A contract between the authorised bodies, new or changed (S001 a.7; a.14 for amendments):
its number, date of signing and validity, subject and the two authorised bodies, then its
separate section — the list of classified information with the secrecy degrees, the
specifics of its protection, and the order of resolving disputes and compensating damage.

The fields left empty are all named at once; the service then checks everything, its errors
appear beside the field they are about and nothing typed is lost. A change replaces the
separate section as a whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import fields
from desktop.domain.errors import (
    AlreadyExists,
    ClearanceInsufficient,
    GrifError,
    InvalidInput,
)
from desktop.services import contracts, register, settings
from desktop.services.contracts import Contract, ContractDraft
from desktop.services.session import Session
from desktop.ui.contracts.items_editor import ItemRow, ItemsEditor
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import OptionalDate, date_edit, qdate
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import line_edit

ITEM_FIELDS = (contracts.ITEMS, contracts.ITEM, register.REGISTRATION, fields.LEVEL)


def organisation_name(session: Session) -> str:
    try:
        return str(settings.current(session)["org.name"])
    except GrifError:
        return ""


class ContractDialog(FormDialog):
    """A new contract (`contract` None) or a change of `contract`; `contract_id` is set once
    it is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 contract: Contract | None = None) -> None:
        super().__init__(session, parent, level=contract.top if contract else None,
                         min_width=760)
        self.contract = contract
        self.contract_id: int | None = contract.id if contract else None
        self.number = line_edit("number", 100)
        self.signed_on = date_edit("signedOn")
        self.valid_until = OptionalDate("validUntil", future=True)
        self.subject = line_edit("subject", 500)
        self.our_body = line_edit("ourBody", 300)
        self.other_body = line_edit("otherBody", 300)
        self.section = QLabel()
        self.section.setObjectName("sectionHeading")
        bold = QFont(self.section.font())
        bold.setBold(True)
        self.section.setFont(bold)
        self.items = ItemsEditor(session)
        self.protection = text_box("protection", 4)
        self.disputes = text_box("disputes", 4)

        self.add_field("number", self.number, contracts.NUMBER)
        self.add_field("signed_on", self.signed_on, contracts.SIGNED_ON)
        self.add_field("valid_until", self.valid_until, contracts.VALID_UNTIL)
        self.add_field("subject", self.subject, contracts.SUBJECT)
        self.add_field("our_body", self.our_body, contracts.OUR_BODY)
        self.add_field("other_body", self.other_body, contracts.OTHER_BODY)
        self.form.addRow(self.section)
        self.add_field("items", self.items.description, *ITEM_FIELDS, row=self.items)
        self.add_field("protection", self.protection, contracts.PROTECTION)
        self.add_field("disputes", self.disputes, contracts.DISPUTES)
        self.labels["disputes"].setWordWrap(True)       # a long label in every language

        self.items.add_button.clicked.connect(lambda _=False: self.add_item())
        self.items.changed.connect(lambda: self.badge.set_level(self.items.top_level()))
        if contract is None:
            self.our_body.setText(organisation_name(session))
        else:
            self._load(contract)
        self.resize(900, 860)
        self.retranslate_ui()
        self.number.setFocus()

    def _load(self, contract: Contract) -> None:
        self.number.setText(contract.number)
        self.signed_on.setDate(qdate(contract.signed_on))
        self.valid_until.set_value(contract.valid_until)
        self.subject.setText(contract.subject)
        self.our_body.setText(contract.our_body)
        self.other_body.setText(contract.other_body)
        self.items.set_items([ItemRow.of(item) for item in contract.items])
        self.protection.setPlainText(contract.protection)
        self.disputes.setPlainText(contract.disputes)

    def add_item(self) -> bool:
        """The item typed into the list; what is missing is said beside the list."""
        self.errors.labels[contracts.ITEMS].show_text("")
        try:
            self.items.add()
        except GrifError as exc:
            self.errors.show(exc, contracts.ITEMS)
            return False
        return True

    def _missing(self) -> list[InvalidInput]:
        """Required fields left empty, all at once (the service would stop at the first)."""
        texts = ((contracts.NUMBER, self.number.text()),
                 (contracts.SUBJECT, self.subject.text()),
                 (contracts.OUR_BODY, self.our_body.text()),
                 (contracts.OTHER_BODY, self.other_body.text()),
                 (contracts.PROTECTION, self.protection.toPlainText()),
                 (contracts.DISPUTES, self.disputes.toPlainText()))
        found = [InvalidInput(name, fields.EMPTY) for name, text in texts if not text.strip()]
        if not self.items.items:
            found.append(InvalidInput(contracts.ITEMS, contracts.NONE_GIVEN))
        return found

    def accept(self) -> None:
        missing = self._missing()
        if not missing:
            super().accept()
            return
        self.errors.clear()
        for exc in reversed(missing):   # the focus ends on the first gap
            self.errors.show(exc)

    def draft(self) -> ContractDraft:
        return ContractDraft(
            number=self.number.text(), signed_on=self.signed_on.date().toPython(),
            subject=self.subject.text(), our_body=self.our_body.text(),
            other_body=self.other_body.text(), protection=self.protection.toPlainText(),
            disputes=self.disputes.toPlainText(), items=self.items.inputs(),
            valid_until=self.valid_until.value())

    def submit(self) -> None:
        if self.contract_id is None:
            self.contract_id = contracts.create(self.session, self.draft())
        else:
            contracts.update(self.session, self.contract_id, self.draft())

    def field_for(self, exc: GrifError) -> str | None:
        if isinstance(exc, AlreadyExists):
            return contracts.NUMBER
        if isinstance(exc, ClearanceInsufficient):     # an item above the user's clearance
            return contracts.ITEMS
        return None

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.contract is None:
            self.setWindowTitle(QCoreApplication.translate("ContractDialog", "New contract"))
        else:
            self.setWindowTitle(fill(QCoreApplication.translate(
                "ContractDialog", "Contract %1: changes"), self.contract.number))
        self.about.setText(QCoreApplication.translate(
            "ContractDialog", "A contract between the authorised bodies that involves "
            "classified information has a separate section (S001 a.7). A change replaces the "
            "section as a whole."))
        labels = {
            "number": QCoreApplication.translate("ContractDialog", "Contract &No.:"),
            "signed_on": QCoreApplication.translate("ContractDialog", "Da&te signed:"),
            "valid_until": QCoreApplication.translate("ContractDialog", "Valid &until:"),
            "subject": QCoreApplication.translate("ContractDialog", "Su&bject:"),
            "our_body": QCoreApplication.translate("ContractDialog", "&Our authorised body:"),
            "other_body": QCoreApplication.translate(
                "ContractDialog", "&Kyrgyz party's authorised body:"),
            "items": QCoreApplication.translate(
                "ContractDialog", "List of classified information:"),
            "protection": QCoreApplication.translate(
                "ContractDialog", "Specifics of &protection:"),
            "disputes": QCoreApplication.translate(
                "ContractDialog", "Order of resolving d&isputes and compensating damage:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.section.setText(QCoreApplication.translate(
            "ContractDialog", "Separate section (S001 a.7)"))
        self.protection.setPlaceholderText(QCoreApplication.translate(
            "ContractDialog", "How the information is protected under this contract"))
        self.ok_button.setText(QCoreApplication.translate("ContractDialog", "&Save"))

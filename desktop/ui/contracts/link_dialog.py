"""Recording that a registration already in the register was received under the contract
(S001 a.7): found by its registration number among what the user may see; only a carrier from
the Kyrgyz party or made jointly with it comes under a contract (the service says so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import fields
from desktop.domain.errors import ClearanceInsufficient, GrifError, NotFound
from desktop.services import contracts, register
from desktop.services.contracts import Contract
from desktop.services.register import NOT_FROM_PARTY
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import line_edit


class LinkRegistrationDialog(FormDialog):
    """After OK, `linked` is the number of the registration linked."""

    def __init__(self, session: Session, contract: Contract,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=contract.top)
        self.contract = contract
        self.linked = ""
        self.reg_no = line_edit("linkRegNo", 64)
        self.add_field("reg_no", self.reg_no, fields.REG_NO)
        self.retranslate_ui()
        self.reg_no.setFocus()

    def submit(self) -> None:
        found = register.find(self.session, self.reg_no.text())
        contracts.link(self.session, self.contract.id, found.id)
        self.linked = found.reg_no

    def field_for(self, exc: GrifError) -> str | None:
        about_it = isinstance(exc, ClearanceInsufficient | NotFound) or \
            NOT_FROM_PARTY in exc.args_values
        return fields.REG_NO if about_it else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "LinkRegistrationDialog", "Received under contract %1"), self.contract.number))
        self.about.setText(fill(QCoreApplication.translate(
            "LinkRegistrationDialog", "Contract %1: %2. Give the registration number of a "
            "carrier received from the Kyrgyz party or made jointly with it under this "
            "contract."), self.contract.label, self.contract.subject))
        self.labels["reg_no"].setText(QCoreApplication.translate(
            "LinkRegistrationDialog", "&Registration No.:"))
        self.ok_button.setText(QCoreApplication.translate("LinkRegistrationDialog", "&Link"))

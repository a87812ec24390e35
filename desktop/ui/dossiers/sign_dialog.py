"""A signer of the conclusion (seed 000 p.11: the chair — or the deputy chair when the chair is
recorded absent — the members and the secretary) confirms with their own user name and
password at this workstation; the password field is emptied after every attempt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.errors import GrifError
from desktop.services import dossier_commission as commission
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.destruction.sign_dialog import WRONG_PASSWORD, PasswordsForm
from desktop.ui.dossiers import texts
from desktop.ui.widgets.display import fill

SIGNER = "signer"
ABOUT_SIGNER = (commission.NOT_A_SIGNER, commission.SIGNED)


class DossierSignDialog(PasswordsForm):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, dossier, parent)     # the form needs only its `top` level
        self.dossier = dossier
        self.username = QLineEdit()
        self.username.setObjectName("signUser")
        self.username.setMaxLength(32)
        self.password = self.secret("signPassword")
        self.add_field("username", self.username, SIGNER)
        self.add_field("password", self.password, "password")
        self.retranslate_ui()
        self.username.setFocus()

    def submit(self) -> None:
        commission.sign(self.session, self.dossier.id, self.username.text(),
                        self.password.text())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message in ABOUT_SIGNER:
            return SIGNER
        if isinstance(exc, WRONG_PASSWORD):
            return "password"
        return None

    def retranslate_ui(self) -> None:
        d = self.dossier
        self.setWindowTitle(fill(QCoreApplication.translate(
            "DossierSignDialog", "Sign the conclusion of dossier %1"), d.number))
        waiting = ", ".join(p.name for p in texts.unsigned(d)) or "—"
        self.about.setText(fill(QCoreApplication.translate(
            "DossierSignDialog", "A signer of the conclusion confirms with their own user name "
            "and password.\nNot signed yet: %1"), waiting))
        self.labels["username"].setText(QCoreApplication.translate("DossierSignDialog",
                                                                   "&User name:"))
        self.labels["password"].setText(QCoreApplication.translate("DossierSignDialog",
                                                                   "&Password:"))
        self.ok_button.setText(QCoreApplication.translate("DossierSignDialog", "&Sign"))

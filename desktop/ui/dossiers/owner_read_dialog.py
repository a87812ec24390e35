"""The owner's claim (seed 000 p.14): the owner of the information source has read the
materials and the conclusion and signed that they did (and whether they attended the
commission's work). This closes the dossier: p.12's dispatch does not apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.services import dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill


class OwnerReadDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.read_on = date_edit("ownerReadOn", future=True)
        self.attended = QCheckBox()
        self.attended.setObjectName("ownerAttended")
        self.add_field("read_on", self.read_on, dossiers.DATES)
        self.add_field("attended", self.attended)
        self.retranslate_ui()
        self.read_on.setFocus()

    def submit(self) -> None:
        dossiers.owner_read(self.session, self.dossier.id, self.read_on.date().toPython(),
                            self.attended.isChecked())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "OwnerReadDialog", "The owner read the conclusion: dossier %1"),
            self.dossier.number))
        self.about.setText(fill(QCoreApplication.translate(
            "OwnerReadDialog", "%1 read the materials and the conclusion and signed that they "
            "did (p.14)."), self.dossier.owner))
        self.labels["read_on"].setText(QCoreApplication.translate("OwnerReadDialog",
                                                                  "&Read on:"))
        self.labels["attended"].setText("")
        self.attended.setText(QCoreApplication.translate(
            "OwnerReadDialog", "The owner &attended the commission's work"))
        self.ok_button.setText(QCoreApplication.translate("OwnerReadDialog", "&Record"))

"""A signature given by hand on the printed conclusion (the only way for an invited person
without an account), recorded by the clerk one signer at a time; the journal keeps who
recorded it and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services import dossier_commission as commission
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill


class PaperSignatureDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.waiting = texts.unsigned(dossier)
        self.signer = QComboBox()
        self.signer.setObjectName("paperSigner")
        for p in self.waiting:
            self.signer.addItem("", p.id)
        self.add_field("signer", self.signer, commission.NOT_A_SIGNER)
        self.retranslate_ui()
        self.signer.setFocus()

    def choose(self, name: str) -> None:
        self.signer.setCurrentIndex(next(
            (i for i, p in enumerate(self.waiting) if p.name == name), -1))

    def submit(self) -> None:
        commission.record_paper(self.session, self.dossier.id, self.signer.currentData())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "PaperSignatureDialog", "Signature on the printed conclusion %1"),
            self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "PaperSignatureDialog", "Choose who signed the printed conclusion by hand."))
        for i, p in enumerate(self.waiting):
            self.signer.setItemText(i, fill(QCoreApplication.translate(
                "PaperSignatureDialog", "%1 — %2"), p.name, texts.label(p.role)))
        self.labels["signer"].setText(QCoreApplication.translate(
            "PaperSignatureDialog", "&Signed on paper:"))
        self.ok_button.setText(QCoreApplication.translate("PaperSignatureDialog",
                                                          "&Record the signature"))

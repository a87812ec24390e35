"""Ending a contract (it expired early or was terminated): the day and why. Nothing new comes
under it afterwards; what was received under it stays protected (S001 a.15 p.3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import contracts
from desktop.services.contracts import Contract
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import line_edit


class EndContractDialog(FormDialog):
    def __init__(self, session: Session, contract: Contract,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=contract.top)
        self.contract = contract
        self.ended_on = date_edit("endedOn")
        self.note = line_edit("endedNote", 300)
        self.add_field("ended_on", self.ended_on, contracts.ENDED_ON)
        self.add_field("note", self.note, contracts.ENDED_NOTE)
        self.retranslate_ui()
        self.note.setFocus()

    def submit(self) -> None:
        contracts.end(self.session, self.contract.id, self.ended_on.date().toPython(),
                      self.note.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "EndContractDialog", "End contract %1"), self.contract.number))
        self.about.setText(fill(QCoreApplication.translate(
            "EndContractDialog", "Contract %1: %2. Nothing new comes under it once it has "
            "ended; what was received under it stays protected."), self.contract.label,
            self.contract.subject))
        self.labels["ended_on"].setText(QCoreApplication.translate(
            "EndContractDialog", "&Ended on:"))
        self.labels["note"].setText(QCoreApplication.translate("EndContractDialog", "&Why:"))
        self.note.setPlaceholderText(QCoreApplication.translate(
            "EndContractDialog", "e.g. terminated by the parties' agreement of 01.03.2026"))
        self.ok_button.setText(QCoreApplication.translate(
            "EndContractDialog", "E&nd the contract"))

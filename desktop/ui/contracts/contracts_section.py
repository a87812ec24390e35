"""The contracts between the authorised bodies (S001 a.7), a tab of the visits and contracts
page: the list (in force first), a new contract, and a contract's view with what was received
and sent under it. Only the people who keep the register draw contracts up; everyone the
service lets read them sees the list (the service journals the listing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services import contracts
from desktop.services.contracts import Contract
from desktop.services.session import Session
from desktop.ui.contracts.contract_dialog import ContractDialog
from desktop.ui.contracts.contract_view_dialog import ContractViewDialog
from desktop.ui.contracts.contracts_model import ContractsModel
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.list_section import ListSection


class ContractsSection(ListSection):
    """Call `refresh()` when it is shown (the page does, like the destruction tabs)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ContractsModel(), "contractsTable", parent,
                         message="tabMessage", notice="tabNotice")
        self.about = QLabel()
        self.about.setObjectName("contractsAbout")
        self.about.setWordWrap(True)
        self.add_button("new", self.new_contract).setVisible(self.is_clerk)
        self.add_button("open", self.open_selected)
        self.bar.addStretch(1)
        self.stack(self.about, self.bar, self.table, self.message, self.notice)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Contract]:
        return contracts.contracts(self.session)

    def set_rows(self, rows: list[Contract]) -> None:
        self.model.set_rows(rows, self.session.today)   # in force or expired as of today

    def update_actions(self) -> None:
        self.buttons["new"].setEnabled(self.is_clerk)
        self.buttons["open"].setEnabled(self.current() is not None)

    def new_contract(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = ContractDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.contract_id is None:
            return None
        self.done(dialog.contract_id, "")
        row = self.current()
        self.notice.setText(fill(QCoreApplication.translate(
            "ContractsSection", "Contract %1 is recorded."), row.label if row else ""))
        return dialog.contract_id

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:     # it may be changed, ended or linked to in the view
            self.open_dialog(lambda: ContractViewDialog(self.session, row.id, self))

    def retranslate_ui(self) -> None:
        self.about.setText(QCoreApplication.translate(
            "ContractsSection", "Contracts between the authorised bodies that involve "
            "classified information. Each has its separate section: the list of the "
            "information with its secrecy degrees, the specifics of its protection and the "
            "order of resolving disputes and compensating damage (S001 a.7)."))
        self.buttons["new"].setText(
            QCoreApplication.translate("ContractsSection", "&New contract…"))
        self.buttons["open"].setText(QCoreApplication.translate("ContractsSection", "&Open…"))
        self.table.setAccessibleName(QCoreApplication.translate("ContractsSection", "Contracts"))
        self.model.retranslate()

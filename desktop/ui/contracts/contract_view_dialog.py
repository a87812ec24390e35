"""A contract with its separate section (S001 a.7) and what came and went under it: the
registrations received under it and the copies sent to the Kyrgyz party under it (a.5), each
with the recipient's confirmation, the transport of a large carrier and the receipt. A clerk
changes a contract that has not ended, ends it, and records that a registration already in
the register came under it. The service checks every action again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QWidget

from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import contracts
from desktop.services.contracts import ContractPage
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.services.transfers import Transfer, transfer_of
from desktop.ui.contracts.contract_dialog import ContractDialog
from desktop.ui.contracts.contracts_model import state_text
from desktop.ui.contracts.end_dialog import EndContractDialog
from desktop.ui.contracts.items_editor import HEADERS, item_cells, set_headers
from desktop.ui.contracts.link_dialog import LinkRegistrationDialog
from desktop.ui.destruction.record_dialog import RecordDialog
from desktop.ui.destruction.tables import Cell, fill_rows, read_only_table
from desktop.ui.register.register_model import as_date
from desktop.ui.widgets.display import day_text, fill

FIELDS = ("state", "subject", "our_body", "other_body", "valid_until", "protection",
          "disputes", "created_by")
ACTIONS = ("edit", "end", "link")
RECEIVED = (QT_TRANSLATE_NOOP("ContractViewDialog", "Registration No."),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Date"),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Title"),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Level"),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Copies"),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Originator's No."),
            QT_TRANSLATE_NOOP("ContractViewDialog", "Incoming No."))
SENT = (QT_TRANSLATE_NOOP("ContractViewDialog", "Registration / copy"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "Sent on"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "To"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "Channel"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "Recipient's confirmation"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "Large carrier"),
        QT_TRANSLATE_NOOP("ContractViewDialog", "Receipt"))
HIDDEN = "%n more registration(s) above your clearance"


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate("ContractViewDialog", "%n more registration(s) above your "
                               "clearance", "", 0)


def _of(reference: str, day: object) -> str:
    """"No. 12 of 01.02.2026" (the reference alone when there is no date)."""
    if not reference:
        return ""
    on = as_date(day)
    if on is None:
        return reference
    return fill(QCoreApplication.translate("ContractViewDialog", "%1 of %2"), reference,
                day_text(on))


def received_cells(row: dict) -> tuple[Cell, ...]:
    return (row["reg_no"], day_text(as_date(row["reg_date"])), row["title"],
            Level(row["level"]), row["copies"],
            _of(row.get("foreign_reference") or "", row.get("foreign_reference_date")),
            _of(row.get("incoming_no") or "", row.get("incoming_date")))


def sent_cells(sent: Transfer) -> tuple[Cell, ...]:
    large = "—"
    if sent.large:
        large = fill(QCoreApplication.translate(
            "ContractViewDialog", "transport: %1; route: %2; escort: %3"), sent.transport,
            sent.route, sent.escort)
    receipt = QCoreApplication.translate("ContractViewDialog", "awaiting receipt")
    if sent.received_on is not None:
        receipt = fill(QCoreApplication.translate("ContractViewDialog", "%1, %2"),
                       day_text(sent.received_on), sent.receipt_ref)
    return (fill(QCoreApplication.translate("ContractViewDialog", "%1 / copy %2"),
                 sent.reg_no, sent.copy_no),
            day_text(sent.sent_on), sent.to_org,
            QCoreApplication.translate("Channel", sent.channel.label),
            _of(sent.confirmation_ref, sent.confirmation_date), large, receipt)


class ContractViewDialog(RecordDialog):
    """Raises the service's error when the contract may not be shown to this user."""

    def __init__(self, session: Session, contract_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(FIELDS, parent)
        self.session = session
        self.page: ContractPage = contracts.contract(session, contract_id)
        self.is_clerk = session.user.has_role(*CLERKS)
        for key in ("subject", "protection", "disputes"):
            self.values[key].setMinimumWidth(480)
        self.items = read_only_table("itemsTable", 4, level_column=2)
        self.received = read_only_table("receivedTable", 7, level_column=3)
        self.sent = read_only_table("sentTable", 7)
        self.hidden = QLabel()
        self.hidden.setObjectName("hiddenLine")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contractTabs")
        for table in (self.items, self.received, self.sent):
            self.tabs.addTab(table, "")
        self.main_layout.addWidget(self.tabs, 1)
        self.main_layout.addWidget(self.hidden)
        for name in ACTIONS:
            self.add_action(name, getattr(self, name))
        self.finish_layout()
        self.resize(1060, 780)
        self.retranslate_ui()
        for table in (self.items, self.received, self.sent):
            table.resizeColumnsToContents()

    # --- what may be done now --------------------------------------------------------------

    def allowed(self) -> dict[str, bool]:
        contract = self.page.contract
        return {"edit": self.is_clerk and contract.ended_on is None,
                "end": self.is_clerk and contract.ended_on is None,
                "link": self.is_clerk and contract.in_force(self.session.today)}

    # --- actions ---------------------------------------------------------------------------

    def _step(self, name: str, make: Callable[[], QDialog]) -> bool:
        """Open an action's dialog when the action is open now, then show the contract
        again."""
        if not self.allowed()[name]:
            return False
        done = self.run_dialog(make())
        self.reload()
        return done

    def edit(self) -> bool:
        return self._step("edit", lambda: ContractDialog(self.session, self,
                                                         contract=self.page.contract))

    def end(self) -> bool:
        return self._step("end", lambda: EndContractDialog(self.session, self.page.contract,
                                                           self))

    def link(self) -> bool:
        return self._step("link", lambda: LinkRegistrationDialog(self.session,
                                                                 self.page.contract, self))

    def reload(self) -> None:
        contract_id = self.page.contract.id
        self.call(lambda: setattr(self, "page", contracts.contract(self.session, contract_id)))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        contract = self.page.contract
        state = state_text(contract, self.session.today)
        if contract.ended_note:
            state = fill(QCoreApplication.translate("ContractViewDialog", "%1: %2"), state,
                         contract.ended_note)
        return {
            "state": state,
            "subject": contract.subject,
            "our_body": contract.our_body,
            "other_body": contract.other_body,
            "valid_until": day_text(contract.valid_until) or QCoreApplication.translate(
                "ContractViewDialog", "not limited"),
            "protection": contract.protection,
            "disputes": contract.disputes,
            "created_by": contract.created_by,
        }

    def _fill_tables(self) -> None:
        page = self.page
        fill_rows(self.items, item_cells(page.contract.items))
        fill_rows(self.received, [received_cells(row) for row in page.received])
        fill_rows(self.sent, [sent_cells(transfer_of(row)) for row in page.sent])
        self.hidden.setText(QCoreApplication.translate("ContractViewDialog", HIDDEN, "",
                                                       page.hidden))
        self.hidden.setVisible(page.hidden > 0)

    def retranslate_ui(self) -> None:
        contract, page = self.page.contract, self.page
        self.setWindowTitle(fill(QCoreApplication.translate(
            "ContractViewDialog", "Contract %1"), contract.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "ContractViewDialog", "Contract No. %1 of %2"), contract.number,
            day_text(contract.signed_on)))
        labels = {
            "state": QCoreApplication.translate("ContractViewDialog", "State:"),
            "subject": QCoreApplication.translate("ContractViewDialog", "Subject:"),
            "our_body": QCoreApplication.translate("ContractViewDialog", "Our authorised body:"),
            "other_body": QCoreApplication.translate(
                "ContractViewDialog", "Kyrgyz party's authorised body:"),
            "valid_until": QCoreApplication.translate("ContractViewDialog", "Valid until:"),
            "protection": QCoreApplication.translate(
                "ContractViewDialog", "Specifics of protection:"),
            "disputes": QCoreApplication.translate(
                "ContractViewDialog", "Order of resolving disputes and compensating damage:"),
            "created_by": QCoreApplication.translate("ContractViewDialog", "Recorded by:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.set_values(self._values(), contract.top)
        tabs = (
            (QCoreApplication.translate(
                "ContractViewDialog", "List of classified information (%1)"), contract.items),
            (QCoreApplication.translate(
                "ContractViewDialog", "Received under the contract (%1)"), page.received),
            (QCoreApplication.translate(
                "ContractViewDialog", "Sent under the contract (%1)"), page.sent))
        for i, (text, rows) in enumerate(tabs):
            self.tabs.setTabText(i, fill(text, len(rows)))
        set_headers(self.items, "ItemsEditor", HEADERS)
        set_headers(self.received, "ContractViewDialog", RECEIVED)
        set_headers(self.sent, "ContractViewDialog", SENT)
        self._fill_tables()
        texts = {
            "edit": QCoreApplication.translate("ContractViewDialog", "&Edit…"),
            "end": QCoreApplication.translate("ContractViewDialog", "E&nd the contract…"),
            "link": QCoreApplication.translate("ContractViewDialog", "&Link a registration…"),
        }
        for name, text in texts.items():
            self.action_buttons[name].setText(text)
        self.show_actions(self.allowed())

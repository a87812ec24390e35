"""The section "Visits and contracts": two tabs, the visit requests (S001 a.10) and the
contracts between the Parties' authorised bodies (S001 a.7). The tab shown is read again
when the page is shown or the tab changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.session import Session
from desktop.ui.contracts import ContractsSection
from desktop.ui.page import TabbedPage
from desktop.ui.visits.visits_section import VisitsSection


class VisitsAndContractsPage(TabbedPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.visits = VisitsSection(session)
        self.contracts = ContractsSection(session)
        super().__init__(session, [self.visits, self.contracts], "visitsTabs", parent)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("VisitsAndContractsPage", "Visits and contracts"))
        self.tabs.setTabText(0, QCoreApplication.translate("VisitsAndContractsPage", "Visits"))
        self.tabs.setTabText(1, QCoreApplication.translate("VisitsAndContractsPage",
                                                           "Contracts"))

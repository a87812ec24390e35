"""The section "Visits and contracts": two tabs, the visit requests (S001 a.10) and the
contracts between the Parties' authorised bodies (S001 a.7). The tab shown is read again
when the page is shown or the tab changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.session import Session
from desktop.ui.contracts import ContractsSection
from desktop.ui.page import Page
from desktop.ui.visits.visits_section import VisitsSection


class VisitsAndContractsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.visits = VisitsSection(session)
        self.contracts = ContractsSection(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitsTabs")
        self.tabs.addTab(self.visits, "")
        self.tabs.addTab(self.contracts, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def refresh(self) -> None:
        """The tab shown, read again."""
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("VisitsAndContractsPage", "Visits and contracts"))
        self.tabs.setTabText(0, QCoreApplication.translate("VisitsAndContractsPage", "Visits"))
        self.tabs.setTabText(1, QCoreApplication.translate("VisitsAndContractsPage",
                                                           "Contracts"))

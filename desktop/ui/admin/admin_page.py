"""The Administration section: accounts, expiring clearances, organisation, settings, the
monthly calculation index, backups.
Shown to administrators only; the services refuse everyone else anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.roles import Role
from desktop.services.session import Session
from desktop.ui.admin.backup_tab import BackupTab
from desktop.ui.admin.expiring_tab import ExpiringTab
from desktop.ui.admin.mci_tab import MciTab
from desktop.ui.admin.organisation_tab import OrganisationTab
from desktop.ui.admin.settings_tab import SettingsTab
from desktop.ui.admin.users_tab import UsersTab
from desktop.ui.page import Page


class AdministrationPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        self.tabs: QTabWidget | None = None
        self.denied: QLabel | None = None
        if not session.user.has_role(Role.ADMIN):
            self.denied = QLabel()
            self.denied.setObjectName("notForYou")
            self.denied.setWordWrap(True)
            self.denied.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.denied)
            self.retranslate_ui()
            return
        self.users_tab = UsersTab(session)
        self.expiring_tab = ExpiringTab(session)
        self.organisation_tab = OrganisationTab(session)
        self.settings_tab = SettingsTab(session)
        self.mci_tab = MciTab(session)
        self.backup_tab = BackupTab(session)
        self.tabs = QTabWidget()
        for tab in (self.users_tab, self.expiring_tab, self.organisation_tab,
                    self.settings_tab, self.mci_tab, self.backup_tab):
            self.tabs.addTab(tab, "")
        # Lists follow changes made on the other tabs; forms keep what is being typed.
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.denied is not None:
            self.denied.setText(QCoreApplication.translate(
                "AdministrationPage", "This section is for administrators."))
        if self.tabs is None:
            return
        titles = (
            QCoreApplication.translate("AdministrationPage", "&Users"),
            QCoreApplication.translate("AdministrationPage", "E&xpiring clearances"),
            QCoreApplication.translate("AdministrationPage", "&Organisation"),
            QCoreApplication.translate("AdministrationPage", "&Settings"),
            QCoreApplication.translate("AdministrationPage", "&MCI"),
            QCoreApplication.translate("AdministrationPage", "&Backups"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def refresh(self) -> None:
        if self.tabs is None:
            return
        for tab in (self.users_tab, self.expiring_tab, self.organisation_tab,
                    self.settings_tab, self.mci_tab, self.backup_tab):
            tab.refresh()

    def _tab_shown(self, index: int) -> None:
        if self.tabs is None:
            return
        tab = self.tabs.widget(index)
        if tab in (self.users_tab, self.expiring_tab, self.backup_tab):
            tab.refresh()  # type: ignore[attr-defined]

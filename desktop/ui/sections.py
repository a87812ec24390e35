"""The main window's sections, in navigation order. Later features replace the placeholder
page of their section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.session import Session
from desktop.ui.page import NotYetPage, Page


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text, context "Sections"
    make: Callable[[Session], Page] | None = None  # None: not available yet


def _today(session: Session) -> Page:
    from desktop.ui.today_page import TodayPage
    return TodayPage(session)


def _register(session: Session) -> Page:
    from desktop.ui.register import RegisterPage
    return RegisterPage(session)


def _markings(session: Session) -> Page:
    from desktop.ui.marking.cases_page import MarkingCasesPage
    return MarkingCasesPage(session)


def _copies(session: Session) -> Page:
    from desktop.ui.copying.requests_page import CopyRequestsPage
    return CopyRequestsPage(session)


def _destruction(session: Session) -> Page:
    from desktop.ui.destruction import DestructionPage
    return DestructionPage(session)


def _inventory(session: Session) -> Page:
    from desktop.ui.inventory import InventoryPage
    return InventoryPage(session)


def _incidents(session: Session) -> Page:
    from desktop.ui.inventory import IncidentsPage
    return IncidentsPage(session)


def _dossiers(session: Session) -> Page:
    from desktop.ui.dossiers import DossiersPage
    return DossiersPage(session)


def _visits(session: Session) -> Page:
    from desktop.ui.visits import VisitsAndContractsPage
    return VisitsAndContractsPage(session)


def _audit(session: Session) -> Page:
    from desktop.ui.audit.journal_page import AuditJournalPage
    return AuditJournalPage(session)


def _admin(session: Session) -> Page:
    from desktop.ui.admin import AdministrationPage
    return AdministrationPage(session)


SECTIONS: tuple[Section, ...] = (
    Section("today", QT_TRANSLATE_NOOP("Sections", "Today"), _today),
    Section("register", QT_TRANSLATE_NOOP("Sections", "Register"), _register),
    Section("markings", QT_TRANSLATE_NOOP("Sections", "Marking changes"), _markings),
    Section("copies", QT_TRANSLATE_NOOP("Sections", "Copy permissions"), _copies),
    Section("destruction", QT_TRANSLATE_NOOP("Sections", "Destruction and returns"),
            _destruction),
    Section("inventory", QT_TRANSLATE_NOOP("Sections", "Inventory checks"), _inventory),
    Section("incidents", QT_TRANSLATE_NOOP("Sections", "Loss and disclosure cases"),
            _incidents),
    Section("dossiers", QT_TRANSLATE_NOOP("Sections", "Dossiers"), _dossiers),
    Section("visits", QT_TRANSLATE_NOOP("Sections", "Visits and contracts"), _visits),
    Section("audit", QT_TRANSLATE_NOOP("Sections", "Audit journal"), _audit),
    Section("admin", QT_TRANSLATE_NOOP("Sections", "Administration"), _admin),
)


def make_page(section: Section, session: Session) -> Page:
    if section.make is None:
        return NotYetPage(session, section.title)
    return section.make(session)

"""The audit journal section: search, verify and export for auditors."""

from desktop.ui.audit.journal_page import AuditJournalPage

__all__ = ["AuditJournalPage"]

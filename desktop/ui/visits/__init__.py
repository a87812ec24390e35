"""Visits with access to the other Party's classified information (SPEC §7; S001 a.10) and,
beside them, the contracts (S001 a.7): the section page with its two tabs, the visit request
and its dialogs.

The page is imported lazily, like the other sections' pages."""

from __future__ import annotations

from typing import Any

__all__ = ["VisitsAndContractsPage"]


def __getattr__(name: str) -> Any:
    if name == "VisitsAndContractsPage":
        from desktop.ui.visits.page import VisitsAndContractsPage
        return VisitsAndContractsPage
    raise AttributeError(name)

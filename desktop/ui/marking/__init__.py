"""Marking-change cases (SPEC §3): the list, the new-case and case dialogs.

The page is imported lazily: the register's model imports `texts` from this package, and
the page imports the register's dialogs."""

from __future__ import annotations

from typing import Any

__all__ = ["MarkingCasesPage"]


def __getattr__(name: str) -> Any:
    if name == "MarkingCasesPage":
        from desktop.ui.marking.cases_page import MarkingCasesPage
        return MarkingCasesPage
    raise AttributeError(name)

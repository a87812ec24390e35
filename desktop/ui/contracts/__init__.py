"""Contracts between the authorised bodies (S001 a.7): the list, shown as a tab of the
visits and contracts page, the contract's dialog with its separate section, and its view
with what was received and sent under it.

The list is imported lazily, like the sections' pages."""

from __future__ import annotations

from typing import Any

__all__ = ["ContractsSection"]


def __getattr__(name: str) -> Any:
    if name == "ContractsSection":
        from desktop.ui.contracts.contracts_section import ContractsSection
        return ContractsSection
    raise AttributeError(name)

"""Inventory checks and loss/disclosure cases: the lists, the check being done, the cases
and their investigation.

The pages are imported lazily, like the other features' pages (the section factory asks for
them only when the section is first shown)."""

from __future__ import annotations

from typing import Any

__all__ = ["IncidentsPage", "InventoryPage"]


def __getattr__(name: str) -> Any:
    if name == "InventoryPage":
        from desktop.ui.inventory.checks_page import InventoryPage
        return InventoryPage
    if name == "IncidentsPage":
        from desktop.ui.inventory.incidents_page import IncidentsPage
        return IncidentsPage
    raise AttributeError(name)

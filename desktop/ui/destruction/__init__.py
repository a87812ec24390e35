"""Destruction acts and returns to the originator (SPEC §5; S001 a.6 p.4): the section page,
the act and return dialogs.

The page is imported lazily, like the other sections' pages."""

from __future__ import annotations

from typing import Any

__all__ = ["DestructionPage"]


def __getattr__(name: str) -> Any:
    if name == "DestructionPage":
        from desktop.ui.destruction.destruction_page import DestructionPage
        return DestructionPage
    raise AttributeError(name)

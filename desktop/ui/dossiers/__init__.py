"""Damage-assessment dossiers (SPEC §6; seed 000 p.3–14): the section page, the head's
assignment, the dossier with its commission, steps, indicators, files and conclusion.

The page is imported lazily, like the other sections' pages."""

from __future__ import annotations

from typing import Any

__all__ = ["DossiersPage"]


def __getattr__(name: str) -> Any:
    if name == "DossiersPage":
        from desktop.ui.dossiers.dossiers_page import DossiersPage
        return DossiersPage
    raise AttributeError(name)

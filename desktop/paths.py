"""Where things live: resources shipped with the program, and the user's data folder.

GRIF_HOME overrides the data folder (tests and portable installs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources",
                      Path(getattr(sys, "_MEIPASS", _PACKAGE)) / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Grif's resources folder is missing: reinstall the program")


def translations_dir() -> Path:
    for candidate in (_PACKAGE / "_i18n", _PACKAGE.parent / "i18n",
                      Path(getattr(sys, "_MEIPASS", _PACKAGE)) / "i18n"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Grif's translations folder is missing: reinstall the program")


def guide_dir() -> Path | None:
    """The user guide (docs/guide/<lang>.md beside docs/screenshots), where shipped."""
    for candidate in (_PACKAGE / "_docs" / "guide", _PACKAGE.parent / "docs" / "guide",
                      Path(getattr(sys, "_MEIPASS", _PACKAGE)) / "docs" / "guide"):
        if candidate.is_dir():
            return candidate
    return None


def data_dir() -> Path:
    override = os.environ.get("GRIF_HOME")
    if override:
        return Path(override)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "Grif"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "grif"

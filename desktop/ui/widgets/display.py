"""How placeholders, dates, moments and originators read on screen, the same everywhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain import tr
from desktop.domain.carriers import OriginatorType


def fill(template: str, *values: object) -> str:
    """%1, %2… replaced at once (a value that contains "%2" is left as it is)."""
    return tr.fill(template, *values)


def day_text(day: dt.date | None) -> str:
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day else ""


def moment_text(moment: dt.datetime | None) -> str:
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment else ""


def originator_text(kind: OriginatorType, name: str) -> str:
    """The originator's name, or the kind of originator when there is no name (own)."""
    if kind is OriginatorType.OWN or not name:
        return QCoreApplication.translate("OriginatorType", kind.label)
    return name

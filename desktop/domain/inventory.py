"""The inventory check of carriers: every year as of 1 January, or unscheduled when a
custodian changes. The commission ticks off each copy it finds; what is not found is
missing and opens a loss case; what is found but not expected is surplus."""

from __future__ import annotations

import datetime as dt
import enum

from desktop.domain.tr import QT_TRANSLATE_NOOP

MIN_COMMISSION = 3


class CheckKind(enum.Enum):
    ANNUAL = "annual"              # as of 1 January
    UNSCHEDULED = "unscheduled"    # a change of custodian, or another reason

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    CheckKind.ANNUAL: QT_TRANSLATE_NOOP("Inventory", "Annual check as of 1 January"),
    CheckKind.UNSCHEDULED: QT_TRANSLATE_NOOP("Inventory", "Unscheduled check"),
}


class CheckState(enum.Enum):
    OPEN = "open"
    FINISHED = "finished"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    CheckState.OPEN: QT_TRANSLATE_NOOP("Inventory", "In progress"),
    CheckState.FINISHED: QT_TRANSLATE_NOOP("Inventory", "Finished"),
}


class ItemResult(enum.Enum):
    FOUND = "found"
    MISSING = "missing"


def annual_date(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def totals(expected: int, found: int, missing: int, surplus: int) -> dict[str, int]:
    """The check's arithmetic: every expected copy is found, missing or not yet checked."""
    if found + missing > expected or min(expected, found, missing, surplus) < 0:
        raise ValueError("inconsistent counts")
    return {"expected": expected, "found": found, "missing": missing,
            "unchecked": expected - found - missing, "surplus": surplus}

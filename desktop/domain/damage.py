"""The amount of damage from a loss or disclosure of state secrets (seed 000 p.8–11; S001
a.12 p.2): the monthly calculation index in force on a day, the default ranges of p.10, the
single-copy rule, and the check of a final amount. Pure rules, no storage.

p.10: where there is no methodology or the exact amount cannot be found, the damage is set
from the level of the information: "Аса маңызды" — above 20 000 MCI (read as from 20 000,
since the single-copy amount for it is exactly 20 000); "Өте құпия" — from 1 000 to
20 000 MCI; "Құпия" — from 100 to 1 000 MCI. For a lost document that existed in a single
copy the minimum of its range is the amount (a loss only, not a disclosure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP

# The MCI values the administrator starts with (effective date -> tenge).
DEFAULT_MCI = ((dt.date(2024, 1, 1), 3692), (dt.date(2025, 1, 1), 3932),
               (dt.date(2026, 1, 1), 4325))

# p.10: level -> (lowest, highest) in MCI; None: no upper bound.
RANGES: dict[Level, tuple[int, int | None]] = {
    Level.S: (100, 1_000),
    Level.SS: (1_000, 20_000),
    Level.OV: (20_000, None),
}

# p.8: the indicators a commission considers, each an amount in tenge with its justification.
INDICATORS = (
    QT_TRANSLATE_NOOP("Damage", "Output not produced"),
    QT_TRANSLATE_NOOP("Damage", "Direct material damage"),
    QT_TRANSLATE_NOOP("Damage", "Cost of eliminating the consequences"),
    QT_TRANSLATE_NOOP("Damage", "Cost of research and development"),
    QT_TRANSLATE_NOOP("Damage", "Negative effect of research results not introduced"),
    QT_TRANSLATE_NOOP("Damage", "Cost of production technologies and their economic effect"),
    QT_TRANSLATE_NOOP("Damage", "Probable price and volume of export sales"),
    QT_TRANSLATE_NOOP("Damage", "Extra costs of price rises or larger purchases for state duties"),
    QT_TRANSLATE_NOOP("Damage", "Costs of organising production where import became impossible"),
    QT_TRANSLATE_NOOP("Damage", "Research costs when cooperation with foreign states stops"),
    QT_TRANSLATE_NOOP("Damage", "Other indicators of probable damage"),
    QT_TRANSLATE_NOOP("Damage", "Cost of attracting specialists for the assessment"),
)

AMOUNT = QT_TRANSLATE_NOOP("Errors", "amount of damage")
MCI = QT_TRANSLATE_NOOP("Errors", "monthly calculation index")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "The amount %1 MCI is outside the range of point 10 for this level: %2.")
NO_MCI = QT_TRANSLATE_NOOP("Errors", "no monthly calculation index is in force on %1")


@dataclass(frozen=True)
class Range:
    """A range of p.10 in MCI (and tenge at the MCI given); `single` when the single-copy
    rule fixes the amount at the minimum."""

    level: Level
    low: int
    high: int | None
    single: bool
    mci: int

    @property
    def low_tenge(self) -> int:
        return self.low * self.mci

    @property
    def high_tenge(self) -> int | None:
        return None if self.high is None else self.high * self.mci

    def admits(self, amount_mci: Decimal) -> bool:
        if self.single:
            return amount_mci == self.low
        if amount_mci < self.low:
            return False
        return self.high is None or amount_mci <= self.high

    def text(self) -> str:
        if self.single:
            return f"{self.low}"
        return f"{self.low}–{self.high}" if self.high is not None else f"≥ {self.low}"


def mci_on(table: Iterable[tuple[dt.date, int]], day: dt.date) -> tuple[dt.date, int]:
    """The MCI in force on `day` (p.9): the value with the latest effective date not after
    it, and that date."""
    found = max(((since, value) for since, value in table if since <= day), default=None,
                key=lambda item: item[0])
    if found is None:
        raise NoMci(day.isoformat())
    return found


class NoMci(InvalidInput):
    message = NO_MCI


def default_range(level: Level, mci: int, *, loss: bool, single_copy: bool) -> Range:
    """The range of p.10 for information of `level`; for a lost single-copy document, its
    minimum."""
    low, high = RANGES[level]
    return Range(level, low, high, single=loss and single_copy, mci=mci)


def check_amount(rng: Range, amount_mci: Decimal) -> Decimal:
    """The final amount set from the ranges: refused outside its range (p.10)."""
    if not rng.admits(amount_mci):
        raise OutOfRange(str(amount_mci), rng.text())
    return amount_mci


class OutOfRange(InvalidInput):
    message = OUT_OF_RANGE


def to_mci(amount_tenge: Decimal, mci: int) -> Decimal:
    """Tenge in MCI, to two decimals (the conclusion states both)."""
    return (amount_tenge / Decimal(mci)).quantize(Decimal("0.01"))

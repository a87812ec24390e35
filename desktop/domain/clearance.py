"""Personal clearance (рұқсат нысаны / форма допуска): form 1 → OV/SS/S, form 2 → SS/S,
form 3 → S. An expired clearance gives access to nothing (SPEC §1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level

HIGHEST_BY_FORM = {1: Level.OV, 2: Level.SS, 3: Level.S}


@dataclass(frozen=True)
class Clearance:
    form: int
    number: str
    issued: dt.date
    expires: dt.date

    def __post_init__(self) -> None:
        validate_clearance(self.form, self.number, self.issued, self.expires)

    def is_valid_on(self, day: dt.date) -> bool:
        return self.issued <= day <= self.expires

    def highest_level(self, day: dt.date) -> Level | None:
        """The highest level this clearance opens on `day`, or None when not in force."""
        return HIGHEST_BY_FORM[self.form] if self.is_valid_on(day) else None

    def covers(self, level: Level, day: dt.date) -> bool:
        top = self.highest_level(day)
        return top is not None and level.rank <= top.rank


def validate_clearance(form: int, number: str, issued: dt.date, expires: dt.date) -> None:
    if form not in HIGHEST_BY_FORM:
        raise InvalidInput(fields.CLEARANCE_FORM, form)
    if not number or not number.strip() or len(number) > 40 or not number.isprintable():
        raise InvalidInput(fields.CLEARANCE_NUMBER, number)
    if expires < issued:
        raise InvalidInput(fields.CLEARANCE_EXPIRY, expires.isoformat())


def levels_for(clearance: Clearance | None, day: dt.date) -> tuple[Level, ...]:
    """All levels accessible on `day` (empty for no or expired clearance)."""
    if clearance is None:
        return ()
    top = clearance.highest_level(day)
    if top is None:
        return ()
    return tuple(lv for lv in Level if lv.rank <= top.rank)

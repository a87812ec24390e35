"""Clearance forms: 1 → OV/SS/S, 2 → SS/S, 3 → S; expired → none (SPEC §1, S000 p.5)."""

import datetime as dt

import pytest

from desktop.domain.clearance import Clearance, levels_for
from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level

DAY = dt.date(2026, 11, 21)


def make(form, issued=dt.date(2025, 1, 1), expires=dt.date(2027, 1, 1)):
    return Clearance(form, "Д-17", issued, expires)


@pytest.mark.parametrize(("form", "opens"), [
    (1, {Level.OV, Level.SS, Level.S}),
    (2, {Level.SS, Level.S}),
    (3, {Level.S}),
])
def test_forms_open_levels(form, opens):
    c = make(form)
    assert set(levels_for(c, DAY)) == opens
    for level in Level:
        assert c.covers(level, DAY) == (level in opens)


@pytest.mark.parametrize("day", [dt.date(2024, 12, 31), dt.date(2027, 1, 2)])
def test_outside_validity_opens_nothing(day):
    c = make(1)
    assert levels_for(c, day) == ()
    assert not c.covers(Level.S, day)


def test_last_day_still_valid():
    assert make(3).covers(Level.S, dt.date(2027, 1, 1))


def test_no_clearance_opens_nothing():
    assert levels_for(None, DAY) == ()


@pytest.mark.parametrize(("form", "number", "issued", "expires"), [
    (0, "N", DAY, DAY), (4, "N", DAY, DAY), (1, "", DAY, DAY), (1, "  ", DAY, DAY),
    (1, "x" * 41, DAY, DAY), (1, "N\x07", DAY, DAY),
    (1, "N", DAY, DAY - dt.timedelta(days=1)),
])
def test_invalid_clearances_refused(form, number, issued, expires):
    with pytest.raises(InvalidInput):
        Clearance(form, number, issued, expires)

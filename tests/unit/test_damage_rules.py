"""The amount of damage (seed 000 p.9–10): MCI by date, the default ranges, the single-copy
rule for a loss."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.damage import (
    DEFAULT_MCI,
    NoMci,
    OutOfRange,
    check_amount,
    default_range,
    mci_on,
    to_mci,
)
from desktop.domain.levels import Level

D = dt.date


# p.9: prices and the MCI are those in force on the day the materials reached the commission.
@pytest.mark.parametrize(("day", "since", "value"), [
    (D(2024, 1, 1), D(2024, 1, 1), 3692),
    (D(2024, 12, 31), D(2024, 1, 1), 3692),
    (D(2025, 1, 1), D(2025, 1, 1), 3932),
    (D(2025, 12, 28), D(2025, 1, 1), 3932),     # the loss is found in one year…
    (D(2026, 1, 5), D(2026, 1, 1), 4325),       # …the materials arrive in the next
])
def test_the_mci_in_force_on_a_day(day, since, value):
    assert mci_on(DEFAULT_MCI, day) == (since, value)


def test_a_change_in_the_middle_of_a_year():
    table = [*DEFAULT_MCI, (D(2026, 7, 1), 4500)]
    assert mci_on(table, D(2026, 6, 30))[1] == 4325
    assert mci_on(table, D(2026, 7, 1))[1] == 4500


def test_no_mci_before_the_table():
    with pytest.raises(NoMci):
        mci_on(DEFAULT_MCI, D(2023, 12, 31))


# p.10: S 100–1 000, SS 1 000–20 000, OV above 20 000 (from 20 000) MCI.
@pytest.mark.parametrize(("level", "amount", "ok"), [
    (Level.S, 99, False), (Level.S, 100, True), (Level.S, 1_000, True),
    (Level.S, 1_001, False),
    (Level.SS, 999, False), (Level.SS, 1_000, True), (Level.SS, 20_000, True),
    (Level.SS, 20_001, False),
    (Level.OV, 19_999, False), (Level.OV, 20_000, True), (Level.OV, 10**9, True),
])
def test_the_ranges_at_and_around_their_limits(level, amount, ok):
    rng = default_range(level, 4325, loss=False, single_copy=False)
    if ok:
        assert check_amount(rng, Decimal(amount)) == amount
    else:
        with pytest.raises(OutOfRange):
            check_amount(rng, Decimal(amount))


# p.10, second paragraph: a lost single-copy document takes the minimum of its range.
@pytest.mark.parametrize(("level", "minimum"), [(Level.S, 100), (Level.SS, 1_000),
                                                (Level.OV, 20_000)])
def test_a_lost_single_copy_is_the_minimum(level, minimum):
    rng = default_range(level, 4325, loss=True, single_copy=True)
    assert rng.single and rng.low == minimum and rng.low_tenge == minimum * 4325
    assert check_amount(rng, Decimal(minimum)) == minimum
    with pytest.raises(OutOfRange):
        check_amount(rng, Decimal(minimum + 1))


def test_the_single_copy_rule_is_for_a_loss_only():
    rng = default_range(Level.SS, 4325, loss=False, single_copy=True)
    assert not rng.single and check_amount(rng, Decimal(5_000)) == 5_000


def test_the_walk_through_range():
    """A single-copy Top secret document lost on 2025-12-28, materials received on
    2026-01-05: the MCI of 2026 (4 325 ₸) and exactly 1 000 MCI = 4 325 000 ₸."""
    since, mci = mci_on(DEFAULT_MCI, D(2026, 1, 5))
    rng = default_range(Level.SS, mci, loss=True, single_copy=True)
    assert (since, rng.low, rng.low_tenge, rng.text()) == (D(2026, 1, 1), 1_000, 4_325_000,
                                                            "1000")


def test_tenge_in_mci():
    assert to_mci(Decimal(4_325_000), 4325) == Decimal("1000.00")
    assert to_mci(Decimal(1), 3932) == Decimal("0.00")

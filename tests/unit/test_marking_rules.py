"""The 30-day window and the never-below-source plan (S001 a.6 p.1 and p.3)."""

import datetime as dt

import pytest

from desktop.domain.carriers import OriginatorType
from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level
from desktop.domain.marking import (
    BelowSource,
    ChangeKind,
    Node,
    Reason,
    Urgency,
    WindowRule,
    change_kind,
    days_left,
    deadline,
    plan,
    urgency,
    window_rule,
)

D = dt.date

# S001 a.6 p.3: "осындай хабарламаны алғаннан кейін 30 күн ішінде" — the window is 30
# calendar days counted from the day the notice was received.
DEADLINES = [
    (D(2026, 1, 1), 30, D(2026, 1, 31)),
    (D(2026, 1, 31), 30, D(2026, 3, 2)),     # across a short February (2026: 28 days)
    (D(2028, 1, 31), 30, D(2028, 3, 1)),     # leap year: 29 February counts
    (D(2028, 2, 29), 30, D(2028, 3, 30)),    # received on the leap day itself
    (D(2026, 2, 28), 30, D(2026, 3, 30)),
    (D(2026, 12, 15), 30, D(2027, 1, 14)),   # across the year end
    (D(2026, 12, 31), 30, D(2027, 1, 30)),
    (D(2026, 4, 30), 30, D(2026, 5, 30)),    # a 30-day month
    (D(2026, 5, 31), 30, D(2026, 6, 30)),
    (D(2026, 11, 21), 10, D(2026, 12, 1)),   # a house rule of 10 days
    (D(2100, 2, 1), 30, D(2100, 3, 3)),      # 2100 is not a leap year
]


@pytest.mark.parametrize(("received", "days", "due"), DEADLINES)
def test_deadline_is_received_plus_calendar_days(received, days, due):
    assert deadline(received, days) == due


@pytest.mark.parametrize(("today", "left", "state"), [
    (D(2026, 3, 1), 1, Urgency.DUE_SOON),
    (D(2026, 3, 2), 0, Urgency.DUE_SOON),      # the last day is still on time
    (D(2026, 3, 3), -1, Urgency.OVERDUE),
    (D(2026, 2, 25), 5, Urgency.DUE_SOON),
    (D(2026, 2, 24), 6, Urgency.ON_TIME),
])
def test_days_left_and_urgency(today, left, state):
    due = deadline(D(2026, 1, 31), 30)
    assert days_left(due, today) == left
    assert urgency(due, today) is state


def test_the_agreement_rule_is_for_the_other_party_only():
    assert window_rule(OriginatorType.KYRGYZ) is WindowRule.AGREEMENT
    for other in (OriginatorType.OWN, OriginatorType.DOMESTIC, OriginatorType.JOINT):
        assert window_rule(other) is WindowRule.HOUSE


def test_change_kind():
    assert change_kind(Level.S, Level.SS) is ChangeKind.RAISE
    assert change_kind(Level.SS, Level.S) is ChangeKind.LOWER
    assert change_kind(Level.SS, None) is ChangeKind.DECLASSIFY
    with pytest.raises(InvalidInput):
        change_kind(Level.SS, Level.SS)


def tree():
    """1 (SS) ─┬─ 2 extract (SS) ── 4 translation (OV)
               └─ 3 copy (SS)
       5 (S), unrelated."""
    return {1: Node(1, "1сс/2026", Level.SS, None), 2: Node(2, "2сс/2026", Level.SS, 1),
            3: Node(3, "3сс/2026", Level.SS, 1), 4: Node(4, "4ов/2026", Level.OV, 2),
            5: Node(5, "5с/2026", Level.S, None)}


def by_id(changes):
    return {c.registration_id: c for c in changes}


def test_raising_a_source_raises_its_derivatives_below_the_new_level():
    out = by_id(plan(tree(), [1], Level.OV))
    assert out[1].reason is Reason.NAMED and out[1].new is Level.OV
    assert out[2].reason is Reason.DERIVED and out[2].new is Level.OV and out[2].via == "1сс/2026"
    assert out[3].new is Level.OV
    assert out[4].reason is Reason.UNCHANGED and out[4].new is Level.OV  # already OV
    assert 5 not in out


def test_lowering_a_source_leaves_derivatives_not_named():
    out = by_id(plan(tree(), [1], Level.S))
    assert out[1].new is Level.S
    assert out[2].reason is Reason.UNCHANGED and out[2].new is Level.SS
    assert out[3].reason is Reason.UNCHANGED


def test_lowering_a_derivative_named_with_its_source():
    out = by_id(plan(tree(), [1, 3], Level.S))
    assert out[3].reason is Reason.NAMED and out[3].new is Level.S


def test_a_derivative_never_ends_below_its_source():
    with pytest.raises(BelowSource) as caught:
        plan(tree(), [3], Level.S)                 # its source 1 stays SS
    assert caught.value.args_values == ("3сс/2026", "1сс/2026")
    with pytest.raises(BelowSource):
        plan(tree(), [1, 4], Level.S)              # 4 under 2, which stays SS
    with pytest.raises(BelowSource):
        plan(tree(), [2], None)                    # declassifying under a classified source


def test_declassifying_the_whole_chain():
    out = by_id(plan(tree(), [1, 2, 3, 4], None))
    assert all(out[i].new is None for i in (1, 2, 3, 4))


def test_one_case_does_not_raise_and_lower_at_once():
    with pytest.raises(InvalidInput):
        plan(tree(), [1, 5], Level.SS)             # 1 is SS already (same level)
    with pytest.raises(InvalidInput):
        plan(tree(), [4, 5], Level.SS)             # lowers 4, raises 5

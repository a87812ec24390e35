"""The dossier's order of work, its signers and its term (seed 000 p.4–12)."""

import datetime as dt
import itertools

import pytest

from desktop.domain.dossier import (
    FORM_FOR,
    DossierState,
    Role,
    check_move,
    deadline,
    required_signers,
)
from desktop.domain.errors import IllegalMove
from desktop.domain.levels import Level

S = DossierState
ALLOWED = {(S.ASSIGNED, S.DEGREE_SET), (S.DEGREE_SET, S.ASSESSED), (S.ASSESSED, S.AGREED),
           (S.ASSESSED, S.SIGNED), (S.AGREED, S.SIGNED), (S.SIGNED, S.APPROVED),
           (S.APPROVED, S.CLOSED)}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_the_order_of_work(current, target):
    """p.9: the degree before the damage; p.11: the agreement before the signatures."""
    if (current, target) in ALLOWED:
        check_move(current, target)
    else:
        with pytest.raises(IllegalMove):
            check_move(current, target)


def test_signing_waits_for_a_required_agreement():
    with pytest.raises(IllegalMove):
        check_move(S.ASSESSED, S.SIGNED, agreement_needed=True)
    check_move(S.AGREED, S.SIGNED, agreement_needed=True)


def test_the_chair_signs_unless_recorded_absent():
    present = [(Role.CHAIR, False), (Role.DEPUTY_CHAIR, False), (Role.MEMBER, False),
               (Role.SECRETARY, False), (Role.SPECIALIST, False)]
    assert required_signers(present) == {Role.CHAIR, Role.MEMBER, Role.SECRETARY}
    absent = [(Role.CHAIR, True), *present[1:]]
    assert required_signers(absent) == {Role.DEPUTY_CHAIR, Role.MEMBER, Role.SECRETARY}


@pytest.mark.parametrize(("from_materials", "due"), [(False, dt.date(2026, 1, 27)),
                                                     (True, dt.date(2026, 2, 4))])
def test_the_term_of_thirty_days(from_materials, due):
    assert deadline(dt.date(2025, 12, 28), dt.date(2026, 1, 5),
                    from_materials=from_materials) == due


def test_the_form_each_level_needs():
    assert FORM_FOR == {Level.OV: 1, Level.SS: 2, Level.S: 3}

"""Authorization matrix: roles × clearances × need-to-know (SPEC §1, S001 a.4 p.2)."""

import datetime as dt
import itertools

import pytest

from desktop.domain.access import (
    can_view,
    register_scope,
    require_permission,
    require_role,
    require_view,
)
from desktop.domain.clearance import Clearance
from desktop.domain.errors import ClearanceInsufficient, PermissionDenied
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Permission, Role

DAY = dt.date(2026, 11, 21)
ME, OTHER = 7, 8


def person(role, form, *, expired=False, active=True):
    clearance = None
    if form is not None:
        expires = DAY - dt.timedelta(days=1) if expired else DAY + dt.timedelta(days=100)
        clearance = Clearance(form, "N", dt.date(2020, 1, 1), expires)
    return User(id=ME, username="u", full_name="U", roles=frozenset({role}),
                clearance=clearance, active=active)


TOP = {1: Level.OV, 2: Level.SS, 3: Level.S, None: None}
WHOLE = {Role.CLERK, Role.PROTECTION_HEAD}


@pytest.mark.parametrize(("role", "form", "level", "held"), list(itertools.product(
    list(Role), [1, 2, 3, None], list(Level), [False, True])))
def test_matrix(role, form, level, held):
    user = person(role, form)
    top = TOP[form]
    cleared = top is not None and level.rank <= top.rank
    expected = cleared and (role in WHOLE or held)
    holders = [ME] if held else [OTHER]
    assert can_view(user, level, DAY, holder_ids=holders) == expected


@pytest.mark.parametrize("role", list(Role))
def test_expired_clearance_sees_nothing(role):
    user = person(role, 1, expired=True)
    for level in Level:
        assert not can_view(user, level, DAY, holder_ids=[ME])


def test_disabled_user_sees_nothing_and_has_no_role():
    user = person(Role.CLERK, 1, active=False)
    assert register_scope(user, DAY).levels == ()
    with pytest.raises(PermissionDenied):
        require_role(user, Role.CLERK)


def test_administrator_gets_no_content_by_that_role():
    admin = User(id=ME, username="a", full_name="A", roles=frozenset({Role.ADMIN}),
                 clearance=Clearance(1, "N", dt.date(2020, 1, 1), dt.date(2030, 1, 1)))
    assert not can_view(admin, Level.S, DAY, holder_ids=[OTHER])
    require_role(admin, Role.ADMIN)


def test_participant_of_a_case_sees_it():
    member = person(Role.COMMISSION, 2)
    assert can_view(member, Level.SS, DAY, participant_ids=[ME])
    assert not can_view(member, Level.SS, DAY, participant_ids=[OTHER])
    assert not can_view(member, Level.OV, DAY, participant_ids=[ME])


def test_refusal_does_not_say_whether_level_or_need_to_know():
    executor = person(Role.EXECUTOR, 3)
    for level, holders in ((Level.OV, [ME]), (Level.S, [OTHER])):
        with pytest.raises(ClearanceInsufficient) as err:
            require_view(executor, level, DAY, holder_ids=holders)
        assert err.value.text() == ClearanceInsufficient().text()


def test_personal_data_is_a_separate_permission():
    head = person(Role.PROTECTION_HEAD, 1)
    with pytest.raises(PermissionDenied):
        require_permission(head, Permission.PERSONAL_DATA)
    allowed = User(id=ME, username="h", full_name="H", roles=head.roles,
                   permissions=frozenset({Permission.PERSONAL_DATA}))
    require_permission(allowed, Permission.PERSONAL_DATA)

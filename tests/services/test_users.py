"""Administration of people: only administrators, clear errors, nothing half-done."""

import datetime as dt

import pytest

from desktop.domain.clearance import Clearance
from desktop.domain.errors import (
    AlreadyExists,
    AuthenticationFailed,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
    WeakPassword,
)
from desktop.domain.roles import Role
from desktop.services import auth, users
from tests.conftest import PASSWORD


def test_admin_adds_user_with_clearance(admin, store_path):
    c = Clearance(2, "Д-99", dt.date(2026, 1, 1), dt.date(2031, 1, 1))
    added = users.add_user(admin, username="petrov", full_name="Петров Пётр Петрович",
                           password=PASSWORD, roles=["executor", "commission"], clearance=c,
                           position="Инженер", department="ОТК")
    assert added.roles == {Role.EXECUTOR, Role.COMMISSION}
    assert added.clearance == c
    assert added.short_name == "П.П. Петров"
    auth.login(store_path, "petrov", PASSWORD).store.engine.dispose()


@pytest.mark.parametrize("who", ["clerk", "head", "executor", "auditor"])
def test_only_administrators_manage_accounts(login, who):
    session = login(who)
    with pytest.raises(PermissionDenied):
        users.add_user(session, username="x1", full_name="X", password=PASSWORD,
                       roles=["clerk"])
    with pytest.raises(PermissionDenied):
        users.disable_user(session, "clerk" if who != "clerk" else "head")
    with pytest.raises(PermissionDenied):
        users.reset_password(session, "admin", "taken-over-password")


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"username": "Bad Name"}, InvalidInput),
    ({"username": "clerk"}, AlreadyExists),
    ({"full_name": ""}, InvalidInput),
    ({"full_name": "A\x00B"}, InvalidInput),
    ({"full_name": "x" * 201}, InvalidInput),
    ({"roles": []}, InvalidInput),
    ({"roles": ["emperor"]}, InvalidInput),
    ({"password": "short"}, WeakPassword),
    ({"password": "newuser-password"}, WeakPassword),
])
def test_bad_input_is_refused_and_nothing_is_written(admin, kwargs, error):
    args = {"username": "newuser", "full_name": "New User", "password": PASSWORD,
            "roles": ["clerk"], **kwargs}
    before = len(users.list_users(admin))
    with pytest.raises(error):
        users.add_user(admin, **args)
    assert len(users.list_users(admin)) == before


def test_unknown_user_is_not_found(admin):
    with pytest.raises(NotFound):
        users.disable_user(admin, "ghost")


def test_last_administrator_stays(admin):
    with pytest.raises(IllegalState):
        users.disable_user(admin, "admin")
    with pytest.raises(IllegalState):
        users.update_user(admin, "admin", roles=["clerk"])


def test_disabled_user_is_stopped_at_the_next_action(admin, login, store_path):
    clerk = login("clerk")
    users.disable_user(admin, "clerk")
    with pytest.raises(AuthenticationFailed):
        users.change_own_password(clerk, PASSWORD, "another-fine-password")
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", PASSWORD)


def test_update_changes_roles_and_clearance(admin):
    updated = users.update_user(admin, "executor", roles=["executor", "commission"],
                                clearance=None, position="Ведущий инженер")
    assert updated.clearance is None and Role.COMMISSION in updated.roles
    assert users.get_user(admin, "executor").position == "Ведущий инженер"


def test_reset_password_by_admin(admin, store_path):
    users.reset_password(admin, "clerk", "reset-by-admin-2026")
    auth.login(store_path, "clerk", "reset-by-admin-2026").store.engine.dispose()
    with pytest.raises(IllegalState):
        users.disable_user(admin, "clerk") or users.reset_password(admin, "clerk",
                                                                   "reset-again-2026!")


def test_list_users_needs_a_viewer_role(login):
    assert {u.username for u in users.list_users(login("auditor"))} >= {"admin", "clerk"}
    with pytest.raises(PermissionDenied):
        users.list_users(login("executor"))

"""Administration extras: expiring clearances and the password reset with the recovery code."""

import datetime as dt

import pytest

from desktop.domain.clearance import Clearance
from desktop.domain.errors import (
    AuthenticationFailed,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
    WeakPassword,
    WorkstationMismatch,
)
from desktop.security import keyfile
from desktop.services import auth, users
from desktop.store import audit
from tests.conftest import PASSWORD, TODAY, MemoryKeystore
from tests.services.test_keys import new_store

NEW_PASSWORD = "recovered-password-2026"


def clearance_ending(days: int) -> Clearance:
    return Clearance(3, "E-1", TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=days))


def journal_rows(session):
    with session.store.read() as conn:
        return audit.rows(conn, 0, 100_000)


def test_expiring_lists_soon_and_expired_active_users_sorted(admin):
    users.add_user(admin, username="soon", full_name="Soon Ending", password=PASSWORD,
                   roles=["executor"], clearance=clearance_ending(10))
    users.add_user(admin, username="gone", full_name="Already Ended", password=PASSWORD,
                   roles=["executor"], clearance=clearance_ending(-3))
    users.add_user(admin, username="later", full_name="Far Away", password=PASSWORD,
                   roles=["executor"], clearance=clearance_ending(31))
    users.add_user(admin, username="off", full_name="Disabled One", password=PASSWORD,
                   roles=["executor"], clearance=clearance_ending(5))
    users.disable_user(admin, "off")

    found = users.expiring_clearances(admin)
    assert [u.username for u in found] == ["gone", "soon"]   # by expiry; no clearance skipped
    assert [u.username for u in users.expiring_clearances(admin, within_days=31)] == \
        ["gone", "soon", "later"]
    later_day = TODAY + dt.timedelta(days=20)
    assert [u.username for u in users.expiring_clearances(admin, 0, today=later_day)] == \
        ["gone", "soon"]
    last = journal_rows(admin)[-1]
    assert last["action"] == "user.expiring" and last["actor"] == "admin"


def test_expiring_is_for_admin_and_protection_head(login):
    assert users.expiring_clearances(login("head")) == []
    for who in ("clerk", "executor", "auditor"):
        with pytest.raises(PermissionDenied):
            users.expiring_clearances(login(who))


@pytest.mark.parametrize("days", [-1, 10**6, "30", 2.5, True])
def test_expiring_refuses_a_bad_window(admin, days):
    with pytest.raises(InvalidInput):
        users.expiring_clearances(admin, within_days=days)


def test_recovery_code_resets_a_lost_admin_password(tmp_path):
    path, created = new_store(tmp_path)
    before = keyfile.load(keyfile.key_file_path(path))
    users.add_user(created.session, username="clerk", full_name="C C", password=PASSWORD,
                   roles=["clerk"])
    created.session.store.close()

    users.reset_password_with_recovery(path, created.recovery_code.lower(), "admin",
                                       NEW_PASSWORD)
    after = keyfile.load(keyfile.key_file_path(path))
    assert after.users["admin"].blob != before.users["admin"].blob
    with pytest.raises(AuthenticationFailed):
        auth.login(path, "admin", PASSWORD)
    session = auth.login(path, "admin", NEW_PASSWORD)
    try:
        rows = journal_rows(session)
        reset = [r for r in rows if r["action"] == "user.reset_password"]
        assert [(r["actor"], r["object"], r["outcome"]) for r in reset] == \
            [("recovery-code", "admin", "ok")]
        assert NEW_PASSWORD not in str(rows) and created.recovery_code not in str(rows)
    finally:
        session.store.close()
    auth.login(path, "clerk", PASSWORD).store.close()   # the other slots are untouched


def test_recovery_reset_refuses_wrong_code_weak_password_and_unknown_user(tmp_path):
    path, created = new_store(tmp_path)
    created.session.store.close()
    code = created.recovery_code
    wrong = ("A" if code[0] != "A" else "B") + code[1:]
    with pytest.raises(AuthenticationFailed) as err:
        users.reset_password_with_recovery(path, wrong, "admin", NEW_PASSWORD)
    assert "recovery code" in err.value.text()
    with pytest.raises(WeakPassword):
        users.reset_password_with_recovery(path, code, "admin", "short")
    with pytest.raises(NotFound):
        users.reset_password_with_recovery(path, code, "ghost", NEW_PASSWORD)
    auth.login(path, "admin", PASSWORD).store.close()   # nothing changed


def test_recovery_reset_leaves_a_disabled_account_disabled(tmp_path):
    path, created = new_store(tmp_path)
    users.add_user(created.session, username="clerk", full_name="C C", password=PASSWORD,
                   roles=["clerk"])
    users.disable_user(created.session, "clerk")
    created.session.store.close()
    with pytest.raises(IllegalState):
        users.reset_password_with_recovery(path, created.recovery_code, "clerk", NEW_PASSWORD)
    assert "clerk" not in keyfile.load(keyfile.key_file_path(path)).users
    with pytest.raises(AuthenticationFailed):
        auth.login(path, "clerk", NEW_PASSWORD)
    session = auth.login(path, "admin", PASSWORD)
    try:
        assert not users.get_user(session, "clerk").active
        refused = [r for r in journal_rows(session) if r["action"] == "user.reset_password"]
        assert [(r["actor"], r["outcome"]) for r in refused] == [("recovery-code", "refused")]
    finally:
        session.store.close()


def test_recovery_reset_on_a_bound_store_needs_this_workstation(tmp_path):
    here = MemoryKeystore()
    path, created = new_store(tmp_path, keystore=here)
    created.session.store.close()
    with pytest.raises(WorkstationMismatch):
        users.reset_password_with_recovery(path, created.recovery_code, "admin", NEW_PASSWORD)
    auth.login(path, "admin", PASSWORD, here).store.close()
    users.reset_password_with_recovery(path, created.recovery_code, "admin", NEW_PASSWORD,
                                       keystore=here)
    auth.login(path, "admin", NEW_PASSWORD, here).store.close()

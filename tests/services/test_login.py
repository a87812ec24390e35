"""Login: one generic error, growing delays, a lock; failures reach the journal."""

import json

import pytest

from desktop.domain.errors import AccountLocked, AuthenticationFailed, LoginThrottled
from desktop.security.login_guard import guard_path
from desktop.services import auth, users
from desktop.store import audit
from tests.conftest import PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def messages(store_path, attempts):
    out = []
    for name, password in attempts:
        with pytest.raises(AuthenticationFailed) as err:
            auth.login(store_path, name, password)
        out.append(err.value.text())
    return out


def test_same_message_for_unknown_user_wrong_password_and_disabled(store_path, admin):
    users.disable_user(admin, "executor")
    texts = messages(store_path, [("nobody", PASSWORD), ("clerk", "wrong-password-123"),
                                  ("executor", PASSWORD)])
    assert len(set(texts)) == 1


def test_delays_then_lock(store_path):
    clock = Clock()
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            auth.login(store_path, "clerk", "wrong-password-123", clock=clock)
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", "wrong-password-123", clock=clock)
    # The 4th failure asks for 2 s; even the right password waits.
    with pytest.raises(LoginThrottled) as err:
        auth.login(store_path, "clerk", PASSWORD, clock=clock)
    assert err.value.wait_seconds == 2 and "2" in err.value.text()
    for _ in range(6):
        clock.now += 61
        try:
            auth.login(store_path, "clerk", "wrong-password-123", clock=clock)
        except AccountLocked as locked:
            assert locked.wait_seconds == 15 * 60
            assert "15" in locked.text()
            break
        except AuthenticationFailed:
            continue
    else:
        pytest.fail("no lock after 10 failures")
    clock.now += 15 * 60 + 1
    session = auth.login(store_path, "clerk", PASSWORD, clock=clock)
    session.store.engine.dispose()


def test_throttle_is_per_name(store_path):
    clock = Clock()
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(store_path, "clerk", "wrong-password-123", clock=clock)
    with pytest.raises(LoginThrottled):
        auth.login(store_path, "clerk", PASSWORD, clock=clock)
    session = auth.login(store_path, "head", PASSWORD, clock=clock)
    session.store.engine.dispose()


def test_failures_are_journalled_at_next_login_without_names_in_clear(store_path):
    for name in ("clerk", "not-a-user-but-a-password"):
        with pytest.raises(AuthenticationFailed):
            auth.login(store_path, name, "wrong-password-123")
    guard_text = guard_path(store_path).read_text()
    assert "not-a-user-but-a-password" not in guard_text and "clerk" not in guard_text
    session = auth.login(store_path, "admin", PASSWORD)
    with session.store.read() as conn:
        rows = audit.rows(conn, 0, 10_000)
    failed = [r for r in rows if r["action"] == "auth.login_failed"]
    assert [r["actor"] for r in failed] == ["clerk", "?"]
    assert all(r["outcome"] == "failure" for r in failed)
    assert json.loads(failed[1]["details"])["known_user"] is False
    assert rows[-1]["action"] == "auth.login"
    session.store.engine.dispose()


def test_lock_and_unlock_same_user(admin):
    auth.lock(admin)
    with pytest.raises(AuthenticationFailed):
        auth.unlock(admin, "wrong-password-123")
    auth.unlock(admin, PASSWORD)
    with admin.store.read() as conn:
        actions = [r["action"] for r in audit.rows(conn, 0, 10_000)][-3:]
    assert actions == ["auth.lock", "auth.login_failed", "auth.unlock"]


def test_logout_is_journalled(login, store_path):
    session = login("clerk")
    auth.logout(session)
    again = auth.login(store_path, "auditor", PASSWORD)
    with again.store.read() as conn:
        actions = [r["action"] for r in audit.rows(conn, 0, 10_000)]
    assert "auth.logout" in actions
    again.store.engine.dispose()


def test_switching_user_on_the_open_store_journals_failures_at_once(admin, store_path):
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", "wrong-password-123", store=admin.store)
    with admin.store.read() as conn:
        last = audit.rows(conn, 0, 10_000)[-1]
    assert (last["action"], last["actor"]) == ("auth.login_failed", "clerk")
    clerk = auth.login(store_path, "clerk", PASSWORD, store=admin.store)
    assert clerk.user.username == "clerk" and clerk.store is admin.store

"""What the failed-login file keeps of a name: a 24-bit bucket, so that a password typed into
the name field cannot be recovered from it offline."""

import hashlib

from desktop.security.login_guard import LoginGuard

PASSWORD_AS_NAME = "correct-horse-battery-1"


def test_a_password_typed_as_a_name_leaves_only_a_small_bucket(tmp_path):
    guard = LoginGuard(tmp_path / "store.login", "store-id", lambda: 1000.0)
    guard.record_failure(PASSWORD_AS_NAME, "password")
    text = (tmp_path / "store.login").read_text(encoding="utf-8")
    full = hashlib.sha256(f"store-id\0{PASSWORD_AS_NAME}".encode()).hexdigest()
    assert PASSWORD_AS_NAME not in text and full[:7] not in text
    assert guard.name_hash(PASSWORD_AS_NAME) == full[:6] and full[:6] in text
    # The bucket still throttles that name.
    assert guard.state(PASSWORD_AS_NAME).failures == 1
    assert guard.state("someone-else").failures == 0


def test_pending_failures_stay_until_they_are_journalled(tmp_path):
    guard = LoginGuard(tmp_path / "store.login", "store-id", lambda: 1000.0)
    guard.record_failure("clerk", "password")
    handed = guard.record_success("clerk")
    assert len(handed) == 1
    # A crash before the journal commit: the failure is still there for the next login.
    again = LoginGuard(tmp_path / "store.login", "store-id", lambda: 1001.0)
    assert again.take_pending() == handed
    again.record_failure("head", "password")     # counted meanwhile
    again.drop_pending(handed)
    left = again.take_pending()
    assert len(left) == 1 and left[0]["name"] == again.name_hash("head")

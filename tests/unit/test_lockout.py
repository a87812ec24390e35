"""Login throttling: growing delays, a temporary lock, never 100 tries an hour."""

import pytest

from desktop.domain import lockout
from desktop.domain.lockout import Attempts, after_failure, after_success, wait_seconds


@pytest.mark.parametrize(("failures", "wait"), [
    (1, 0), (2, 0), (3, 0), (4, 2), (5, 4), (6, 8), (7, 16), (8, 32), (9, 60),
])
def test_delays_grow(failures, wait):
    state = Attempts()
    for _ in range(failures):
        state = after_failure(state, 1000.0)
    assert wait_seconds(state, 1000.0) == wait
    assert not state.locked


def test_tenth_failure_locks_for_fifteen_minutes():
    state = Attempts()
    for _ in range(lockout.LOCK_AFTER):
        state = after_failure(state, 0.0)
    assert state.locked
    assert wait_seconds(state, 0.0) == 15 * 60
    assert wait_seconds(state, 15 * 60) == 0


def test_success_resets():
    assert after_success() == Attempts()


def test_an_attacker_at_full_speed_gets_far_fewer_than_100_tries_an_hour():
    now, tries, state = 0.0, 0, Attempts()
    while now < 3600:
        now = max(now, state.not_before)
        if now >= 3600:
            break
        state = after_failure(state, now)
        tries += 1
        now += 0.5  # one Argon2id derivation per try
    assert tries < 100
    assert tries > 10  # the rule is a throttle, not a ban

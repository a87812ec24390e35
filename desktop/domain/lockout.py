"""Login throttling: growing delays, then a temporary lock (issue: people).

Rules (per user name, counting consecutive failures):
- failures 1–3: no wait;
- from the 4th: wait 2^(n-3) seconds before the next try, at most 60 s;
- at 10 failures: locked for 15 minutes, then the count starts again at 5 (so the next
  failure waits again).
A success resets the count. With these numbers an attacker who always tries at the first
allowed moment gets well under 100 tries an hour (a unit test simulates it).
"""

from __future__ import annotations

from dataclasses import dataclass

FREE_TRIES = 3
MAX_DELAY_S = 60
LOCK_AFTER = 10
LOCK_S = 15 * 60
AFTER_LOCK_COUNT = 5


@dataclass(frozen=True)
class Attempts:
    failures: int = 0
    not_before: float = 0.0  # epoch seconds before which no try is accepted
    locked: bool = False


def after_failure(state: Attempts, now: float) -> Attempts:
    n = state.failures + 1
    if n >= LOCK_AFTER:
        return Attempts(failures=AFTER_LOCK_COUNT, not_before=now + LOCK_S, locked=True)
    if n <= FREE_TRIES:
        return Attempts(failures=n, not_before=now)
    delay = min(2 ** (n - FREE_TRIES), MAX_DELAY_S)
    return Attempts(failures=n, not_before=now + delay)


def after_success() -> Attempts:
    return Attempts()


def wait_seconds(state: Attempts, now: float) -> int:
    """Whole seconds to wait before a try is accepted (0 = may try now)."""
    remaining = state.not_before - now
    return 0 if remaining <= 0 else int(remaining + 0.999)

"""Named crash points for the kill drills: a test sets GRIF_CRASH_AT=<name> and the process
dies there as if the power went off. Unset (always, in use) it does nothing."""

from __future__ import annotations

import os


def crash_point(name: str) -> None:
    if os.environ.get("GRIF_CRASH_AT") == name:
        os._exit(137)

"""Failed-login counting before the store is open.

The store cannot be written before a password opens it, so the throttle state lives in a
small sidecar file (STORE.login). User names are kept only as salted hashes (a password
typed into the name field must not be written down), and the failures are moved into the
audit journal at the next successful login. Deleting the file resets the throttle but gives
nothing the offline attack of the threat model does not already give.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from desktop.domain import lockout
from desktop.security.keyfile import write_atomic

log = logging.getLogger(__name__)

MAX_PENDING = 1000


def guard_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".login")


class LoginGuard:
    def __init__(self, path: Path, store_id: str, clock=time.time) -> None:
        self.path = path
        self.store_id = store_id
        self.clock = clock

    def name_hash(self, username: str) -> str:
        # A bucket of 24 bits, not a full hash: what was typed as a name is sometimes a
        # password, and the store id salting it is public. 2^24 buckets keep users apart
        # while a dictionary tried against one bucket leaves millions of candidates.
        name = f"{self.store_id}\0{username}".encode("utf-8", "surrogatepass")  # any typing
        return hashlib.sha256(name).hexdigest()[:6]

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                data.setdefault("names", {})
                data.setdefault("pending", [])
                return data
        except (OSError, ValueError):
            pass
        return {"names": {}, "pending": []}

    def _save(self, data: dict[str, Any]) -> None:
        # Where the file cannot be written (a read-only folder, a full disk) the failures go
        # uncounted and are logged, rather than the login breaking (docs/threat-model.md,
        # read-only mode).
        try:
            write_atomic(self.path, json.dumps(data).encode("utf-8"))
        except OSError as exc:
            log.warning("login throttle not saved: %s", exc.strerror)

    def state(self, username: str) -> lockout.Attempts:
        entry = self._load()["names"].get(self.name_hash(username))
        if not entry:
            return lockout.Attempts()
        return lockout.Attempts(int(entry["failures"]), float(entry["not_before"]),
                                bool(entry.get("locked", False)))

    def check(self, username: str) -> tuple[lockout.Attempts, int]:
        state = self.state(username)
        return state, lockout.wait_seconds(state, self.clock())

    def record_failure(self, username: str, reason: str) -> lockout.Attempts:
        data = self._load()
        key = self.name_hash(username)
        now = self.clock()
        new = lockout.after_failure(self.state(username), now)
        data["names"][key] = {"failures": new.failures, "not_before": new.not_before,
                              "locked": new.locked}
        data["pending"] = (data["pending"] + [{"name": key, "at": now, "reason": reason,
                                               "locked": new.locked}])[-MAX_PENDING:]
        self._save(data)
        return new

    def record_success(self, username: str) -> list[dict[str, Any]]:
        """Reset this name; the pending failures are handed back and stay in the file until
        `drop_pending` is called after they were journalled (a crash in between journals
        them twice rather than never)."""
        data = self._load()
        data["names"].pop(self.name_hash(username), None)
        self._save(data)
        return list(data["pending"])

    def take_pending(self) -> list[dict[str, Any]]:
        """The pending failures, for the journal; they stay until `drop_pending`."""
        return list(self._load()["pending"])

    def drop_pending(self, journalled: list[dict[str, Any]]) -> None:
        """Forget the failures that are now in the journal, keeping any counted meanwhile."""
        if not journalled:
            return
        data = self._load()
        data["pending"] = [item for item in data["pending"] if item not in journalled]
        self._save(data)

"""Store-wide settings: anyone logged in reads them, administrators change them (audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.access import require_role
from desktop.domain.roles import Role
from desktop.services.session import Session, action
from desktop.settings import defaults, validate
from desktop.store import settings as settings_repo


def current(session: Session) -> dict[str, Any]:
    values = defaults("store")
    with session.store.read() as conn:
        stored = settings_repo.all_values(conn)
    values.update({k: v for k, v in stored.items() if k in values})
    return values


def change(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate all, then write all in one audited transaction; returns the new values."""
    checked = {key: validate(key, value) for key, value in changes.items()}
    with action(session, "settings.change") as tx:
        require_role(tx.user, Role.ADMIN)
        when = dt.datetime.now(dt.UTC).isoformat()
        old = current(session)
        for key, value in checked.items():
            settings_repo.put(tx.conn, key, value, when, session.actor)
        tx.details = {k: {"old": old.get(k), "new": v} for k, v in checked.items()
                      if old.get(k) != v}
    return current(session)

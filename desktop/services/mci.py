"""The monthly calculation index (МРП / АЕК) by effective date (seed 000 p.9): read by
anyone assessing damage, kept by the administrator; every change is journalled."""

from __future__ import annotations

import datetime as dt

from desktop.domain.access import require_role
from desktop.domain.damage import MCI, mci_on
from desktop.domain.errors import InvalidInput, NotFound
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.session import Session, action
from desktop.store import mci as repo
from desktop.store import register as register_repo
from desktop.store.engine import Connection

MAX_VALUE = 1_000_000          # tenge per MCI: far above any value ever set
EFFECTIVE = QT_TRANSLATE_NOOP("Errors", "effective date")


def values(session: Session) -> list[tuple[dt.date, int]]:
    """The table, oldest first (a plain read: public figures, no carrier data)."""
    with session.store.read() as conn:
        return repo.values(conn)


def on(conn: Connection, day: dt.date) -> tuple[dt.date, int]:
    """(effective date, tenge) of the MCI in force on `day`, in the caller's transaction."""
    return mci_on(repo.values(conn), day)


def set_value(session: Session, effective: dt.date, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_VALUE:
        raise InvalidInput(MCI, str(value))
    if not dt.date(2000, 1, 1) <= effective <= dt.date(session.today.year + 1, 12, 31):
        raise InvalidInput(EFFECTIVE, effective.isoformat())
    with action(session, "mci.set") as tx:
        require_role(tx.user, Role.ADMIN)
        old = repo.put(tx.conn, effective, value, register_repo.today_iso(), session.actor)
        tx.object = effective.isoformat()
        tx.details = {"value": value, "old": old["value"] if old else None}


def remove_value(session: Session, effective: dt.date) -> None:
    with action(session, "mci.remove") as tx:
        require_role(tx.user, Role.ADMIN)
        if not repo.remove(tx.conn, effective):
            raise NotFound(effective.isoformat())
        tx.object = effective.isoformat()

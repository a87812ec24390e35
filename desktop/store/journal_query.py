"""Searching the audit journal: filters, keyset pages on seq, counts, distinct values.

Every filter runs in SQL. Pages are keyset pages (`seq < last` / `seq > last`, never OFFSET),
so a page costs the same at the start and at the end of a journal of millions of records.
Timestamps are ISO-8601 UTC text of one fixed width, so comparing them as text is exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Select, and_, func, select, true

from desktop.store.schema import audit_event

MAX_PAGE = 5000


@dataclass(frozen=True)
class Criteria:
    """What to select. `ts_from` is inclusive, `ts_before` exclusive (ISO-8601 UTC text)."""

    actor: str | None = None
    action: str | None = None
    object_contains: str | None = None
    ts_from: str | None = None
    ts_before: str | None = None


def _where(crit: Criteria) -> ColumnElement[bool]:
    c = audit_event.c
    parts: list[ColumnElement[bool]] = []
    if crit.actor:
        parts.append(c.actor == crit.actor)
    if crit.action:
        parts.append(c.action == crit.action)
    if crit.object_contains:
        # LIKE with % and _ escaped: a substring match, case-insensitive for Latin letters
        # (SQLite's LIKE folds ASCII only).
        parts.append(c.object.contains(crit.object_contains, autoescape=True))
    if crit.ts_from:
        parts.append(c.ts >= crit.ts_from)
    if crit.ts_before:
        parts.append(c.ts < crit.ts_before)
    return and_(true(), *parts)


def _columns(with_mac: bool) -> Select:
    c = audit_event.c
    cols = [c.seq, c.ts, c.actor, c.workstation, c.action, c.object, c.outcome, c.details]
    if with_mac:
        cols.append(c.mac)
    return select(*cols)


def page(conn: Connection, crit: Criteria, *, after_seq: int | None = None,
         limit: int = 200, newest_first: bool = True, with_mac: bool = False) -> list[dict]:
    """Up to `limit` records after `after_seq` in the chosen order (None: from the start)."""
    limit = max(1, min(int(limit), MAX_PAGE))
    seq = audit_event.c.seq
    query = _columns(with_mac).where(_where(crit))
    if after_seq is not None:
        query = query.where(seq < after_seq if newest_first else seq > after_seq)
    query = query.order_by(seq.desc() if newest_first else seq.asc()).limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def by_seqs(conn: Connection, seqs: Iterable[int]) -> list[dict]:
    """The records with these numbers (primary-key lookups), in no particular order."""
    wanted = sorted(set(seqs))
    if not wanted:
        return []
    query = _columns(False).where(audit_event.c.seq.in_(wanted))
    return [dict(r._mapping) for r in conn.execute(query)]


def count(conn: Connection, crit: Criteria) -> int:
    query = select(func.count()).select_from(audit_event).where(_where(crit))
    return conn.execute(query).scalar_one()


def distinct_actors(conn: Connection) -> list[str]:
    query = select(audit_event.c.actor).distinct().order_by(audit_event.c.actor)
    return [v for (v,) in conn.execute(query)]


def distinct_actions(conn: Connection) -> list[str]:
    # ix_audit_event_action makes this an index scan.
    query = select(audit_event.c.action).distinct().order_by(audit_event.c.action)
    return [v for (v,) in conn.execute(query)]

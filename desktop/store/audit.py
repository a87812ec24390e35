"""The audit journal table. The chain arithmetic is in security/audit_chain.py."""

from __future__ import annotations

from collections.abc import Iterator

import sqlcipher3
from sqlalchemy import Connection, func, insert, select

from desktop.store.schema import audit_event

# The record body exactly as security.audit_chain.body() builds it, computed by SQLite so
# that verification reads one blob per record.
BODY_SQL = ("CAST(CAST(seq AS TEXT) || char(31) || ts || char(31) || actor || char(31) || "
            "workstation || char(31) || action || char(31) || object || char(31) || "
            "outcome || char(31) || details AS BLOB)")


def head(conn: Connection) -> tuple[int, bytes] | None:
    row = conn.execute(select(audit_event.c.seq, audit_event.c.mac)
                       .order_by(audit_event.c.seq.desc()).limit(1)).first()
    return (row.seq, row.mac) if row else None


def mac_at(conn: Connection, seq: int) -> bytes | None:
    return conn.execute(select(audit_event.c.mac).where(audit_event.c.seq == seq)).scalar()


def append(conn: Connection, record: dict) -> None:
    conn.execute(insert(audit_event).values(**record))


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(audit_event)).scalar_one()


def rows(conn: Connection, after_seq: int = 0, limit: int = 1000) -> list[dict]:
    result = conn.execute(select(audit_event).where(audit_event.c.seq > after_seq)
                          .order_by(audit_event.c.seq).limit(limit))
    return [dict(r._mapping) for r in result]


def seq_bounds(conn: Connection) -> tuple[int, int]:
    lo, hi = conn.execute(select(func.min(audit_event.c.seq), func.max(audit_event.c.seq))).one()
    return (lo or 0, hi or 0)


def chain_rows(raw: sqlcipher3.Connection, first: int, last: int,
               batch: int = 50_000) -> Iterator[tuple[int, bytes, bytes]]:
    """(seq, mac, body) from first to last inclusive, on a raw connection (fast path for
    verification, also used by worker processes)."""
    cur = raw.cursor()
    cur.arraysize = batch
    cur.execute(f"SELECT seq, mac, {BODY_SQL} FROM audit_event WHERE seq BETWEEN ? AND ? "
                "ORDER BY seq", (first, last))
    while True:
        chunk = cur.fetchmany()
        if not chunk:
            return
        yield from chunk


def mac_before(raw: sqlcipher3.Connection, seq: int) -> tuple[int, bytes] | None:
    return raw.execute("SELECT seq, mac FROM audit_event WHERE seq < ? ORDER BY seq DESC "
                       "LIMIT 1", (seq,)).fetchone()

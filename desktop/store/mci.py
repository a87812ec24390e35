"""The monthly calculation index by effective date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from desktop.store import rows


def values(conn: Connection) -> list[tuple[dt.date, int]]:
    return [(dt.date.fromisoformat(str(r["effective_date"])[:10]), r["value"]) for r in
            rows.many(conn, "SELECT effective_date, value FROM mci_values "
                            "ORDER BY effective_date")]


def put(conn: Connection, day: dt.date, value: int, at: str, by: str) -> dict[str, Any] | None:
    """Set the value from `day`; returns the row it replaced, if any."""
    old = rows.one(conn, "SELECT value FROM mci_values WHERE effective_date = :d",
                   d=day.isoformat())
    rows.execute(conn, "INSERT INTO mci_values(effective_date, value, updated_at, updated_by) "
                       "VALUES (:d, :v, :at, :by) ON CONFLICT(effective_date) DO UPDATE SET "
                       "value = :v, updated_at = :at, updated_by = :by",
                 d=day.isoformat(), v=value, at=at, by=by)
    return old


def remove(conn: Connection, day: dt.date) -> int:
    return rows.execute(conn, "DELETE FROM mci_values WHERE effective_date = :d",
                        d=day.isoformat())

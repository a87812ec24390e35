"""Reading the register for a print or an export: the rows of `register_query.page` (the one
clearance and need-to-know filter), read in keyset batches, with what a journal extract also
prints — the registration's number of copies, the originator's reference date and the last
dispatch of each copy (its cover letter number, date and recipient)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, bindparam, text

from desktop.store import register_query as query

BATCH = 1000

_REGISTRATIONS = text(
    "SELECT id, copies, foreign_reference_date FROM registrations WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))

# The newest disposal of each copy — a dispatch or a destruction act — (moves are indexed
# by (copy_id, id)); the extract's "disposal" column names its number and date.
_LAST_DISPATCH = text(
    "SELECT m.copy_id, m.reference, m.at, m.to_org FROM moves m WHERE m.id IN ("
    "SELECT max(id) FROM moves WHERE kind IN ('dispatch', 'destroy') AND copy_id IN :ids "
    "GROUP BY copy_id)"
).bindparams(bindparam("ids", expanding=True))


def _enrich(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    regs = {r.id: r for r in conn.execute(
        _REGISTRATIONS, {"ids": sorted({row["registration_id"] for row in rows})})}
    sent = {r.copy_id: r for r in conn.execute(
        _LAST_DISPATCH, {"ids": [row["copy_id"] for row in rows]})}
    for row in rows:
        reg = regs[row["registration_id"]]
        row["copies"] = reg.copies
        row["foreign_reference_date"] = reg.foreign_reference_date
        move = sent.get(row["copy_id"])
        row["dispatch_reference"] = move.reference if move else ""
        row["dispatch_at"] = move.at if move else ""
        row["dispatch_to"] = move.to_org if move else ""


def batches(conn: Connection, scope: query.Scope, flt: query.RegisterFilter, *,
            sort: str = "number", descending: bool = False,
            batch: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    """The visible rows in sort order, `batch` at a time, each with the extra columns."""
    after = None
    while True:
        rows = query.page(conn, scope, flt, sort=sort, descending=descending, after=after,
                          limit=batch)
        if not rows:
            return
        _enrich(conn, rows)
        yield rows
        if len(rows) < batch:
            return
        after = rows[-1]["_key"]


def rows(conn: Connection, scope: query.Scope, flt: query.RegisterFilter, *,
         sort: str = "number", descending: bool = False,
         on_batch: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """All visible rows (callers check the count first). `on_batch(rows so far)` after each
    batch; it may raise to stop."""
    out: list[dict[str, Any]] = []
    for chunk in batches(conn, scope, flt, sort=sort, descending=descending):
        out.extend(chunk)
        if on_batch is not None:
            on_batch(len(out))
    return out

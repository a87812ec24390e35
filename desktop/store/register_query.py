"""Reading the register: one query shape for the view, search, export and print, so the
clearance and need-to-know filter is applied the same way on every path.

Paging is keyset (no OFFSET): each sort column has a key ending in a unique tie-break, and
the next page starts after the last key seen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("r.year", "r.number", "r.id", "c.copy_no"),
    "date": ("r.reg_date", "r.id", "c.copy_no"),
    "level": ("r.level_rank", "r.id", "c.copy_no"),
    "title": ("r.title", "r.id", "c.copy_no"),
    "originator": ("r.originator", "r.id", "c.copy_no"),
    "state": ("c.state", "c.id"),
    "custodian": ("c.custodian_id", "c.id"),
}

COLUMNS = """c.id AS copy_id, r.id AS registration_id, r.reg_no, r.reg_date, r.kind, r.title,
    r.level, r.level_rank, c.copy_no, coalesce(c.sheets, r.sheets) AS sheets, c.state,
    c.custodian_id, cu.full_name AS custodian, c.holder_id, ho.full_name AS holder,
    c.location, r.originator_type, r.originator, r.foreign_marking, r.foreign_reference,
    r.incoming_no, r.incoming_date, r.year, r.number"""

FROM = """copies c JOIN registrations r ON r.id = c.registration_id
    LEFT JOIN users cu ON cu.id = c.custodian_id
    LEFT JOIN users ho ON ho.id = c.holder_id"""


@dataclass(frozen=True)
class Scope:
    """Who asks: the highest level rank they may see (0: nothing) and, unless they see the
    whole register, the user whose copies they hold."""

    max_rank: int
    holder_id: int | None  # None: the whole register within the clearance


@dataclass(frozen=True)
class RegisterFilter:
    level: str | None = None
    state: str | None = None
    custodian_id: int | None = None
    originator_type: str | None = None
    originator: str | None = None          # substring
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str | None = None              # full text over titles, numbers and notes


def fts_query(words: str) -> str | None:
    """User words as an FTS5 query: every word must appear, as a prefix. Quotes make any
    FTS syntax in the text plain words."""
    tokens = [t for t in words.replace('"', " ").split() if t]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens[:12])


def _where(scope: Scope, flt: RegisterFilter) -> tuple[str, dict[str, Any]]:
    parts = ["r.level_rank <= :max_rank"]
    args: dict[str, Any] = {"max_rank": scope.max_rank}
    if scope.max_rank <= 0:
        parts.append("0")
    if scope.holder_id is not None:
        parts.append("c.holder_id = :me")
        args["me"] = scope.holder_id
    if flt.level:
        parts.append("r.level = :level")
        args["level"] = flt.level
    if flt.state:
        parts.append("c.state = :state")
        args["state"] = flt.state
    if flt.custodian_id is not None:
        parts.append("c.custodian_id = :custodian")
        args["custodian"] = flt.custodian_id
    if flt.originator_type:
        parts.append("r.originator_type = :otype")
        args["otype"] = flt.originator_type
    if flt.originator:
        parts.append("r.originator LIKE :orig ESCAPE '\\'")
        escaped = flt.originator.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args["orig"] = f"%{escaped}%"
    if flt.date_from:
        parts.append("r.reg_date >= :dfrom")
        args["dfrom"] = flt.date_from.isoformat()
    if flt.date_to:
        parts.append("r.reg_date <= :dto")
        args["dto"] = flt.date_to.isoformat()
    if flt.search:
        query = fts_query(flt.search)
        if query:
            parts.append("r.id IN (SELECT rowid FROM registrations_fts "
                         "WHERE registrations_fts MATCH :fts)")
            args["fts"] = query
    return " AND ".join(parts), args


def page(conn: Connection, scope: Scope, flt: RegisterFilter, *, sort: str = "number",
         descending: bool = False, after: tuple | None = None,
         limit: int = 200) -> list[dict[str, Any]]:
    """Rows after the key `after` (a row's `_key`), in sort order."""
    keys = SORT_KEYS[sort]
    where, args = _where(scope, flt)
    if after is not None:
        op = "<" if descending else ">"
        marks = ", ".join(f":k{i}" for i in range(len(keys)))
        where += f" AND ({', '.join(keys)}) {op} ({marks})"
        args.update({f"k{i}": v for i, v in enumerate(after)})
    direction = " DESC" if descending else ""
    order = ", ".join(k + direction for k in keys)
    key_cols = ", ".join(f"{k} AS _k{i}" for i, k in enumerate(keys))
    args["limit"] = limit
    rows = conn.execute(text(f"SELECT {COLUMNS}, {key_cols} FROM {FROM} WHERE {where} "
                             f"ORDER BY {order} LIMIT :limit"), args).mappings().all()
    out = []
    for row in rows:
        item = dict(row)
        item["_key"] = tuple(item.pop(f"_k{i}") for i in range(len(keys)))
        out.append(item)
    return out


def count(conn: Connection, scope: Scope, flt: RegisterFilter) -> int:
    where, args = _where(scope, flt)
    return conn.execute(text(f"SELECT count(*) FROM copies c JOIN registrations r "
                             f"ON r.id = c.registration_id WHERE {where}"), args).scalar_one()


def row(conn: Connection, scope: Scope, copy_id: int) -> dict[str, Any] | None:
    """One copy's row if the scope admits it, else None (never says which rule refused)."""
    where, args = _where(scope, RegisterFilter())
    args["copy_id"] = copy_id
    found = conn.execute(text(f"SELECT {COLUMNS} FROM {FROM} WHERE {where} AND c.id = :copy_id"),
                         args).mappings().first()
    return dict(found) if found else None

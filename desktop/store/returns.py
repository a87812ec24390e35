"""Return lists: copies sent back to their originator on its notice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows

COPY_ROWS = """SELECT c.id AS copy_id, c.copy_no, c.state, c.marking_case_id,
    coalesce(c.sheets, r.sheets) AS sheets, r.reg_no, r.title, r.level, r.level_rank,
    r.originator_type, r.originator, r.foreign_marking,
    (SELECT x.act_id FROM destruction_act_copies x WHERE x.copy_id = c.id) AS on_act
    FROM copies c JOIN registrations r ON r.id = c.registration_id"""


def copy_rows(conn: Connection, copy_ids: list[int]) -> list[dict[str, Any]]:
    """The copies (each id once), with what may keep them from being returned: a marking
    case, a destruction act."""
    if not copy_ids:
        return []
    ids = ",".join(str(int(i)) for i in set(copy_ids))
    return rows.many(conn, f"{COPY_ROWS} WHERE c.id IN ({ids})")


def insert_list(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "return_lists", values)


def add_copy(conn: Connection, list_id: int, copy_id: int) -> None:
    rows.insert(conn, "return_list_copies", {"list_id": list_id, "copy_id": copy_id})


def update_list(conn: Connection, list_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "return_lists", list_id, values)


def list_row(conn: Connection, list_id: int) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT * FROM return_lists WHERE id = :id", id=list_id)


def list_copies(conn: Connection, list_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, f"{COPY_ROWS} JOIN return_list_copies x ON x.copy_id = c.id "
                           f"WHERE x.list_id = :id ORDER BY r.year, r.number, c.copy_no",
                     id=list_id)


def list_ids(conn: Connection, *, max_rank: int, limit: int = 10_000) -> list[int]:
    """Unconfirmed lists first, then newest first; `max_rank` hides what the reader may not
    see."""
    return [r["id"] for r in rows.many(
        conn, "SELECT id FROM return_lists WHERE top_rank <= :rank "
              "ORDER BY state = 'confirmed', id DESC LIMIT :limit", rank=max_rank, limit=limit)]

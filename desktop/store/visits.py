"""Visit requests (S001 a.10): the request, its visitors, the people to meet and, once the
visit is closed, what was shown."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows


def insert_visit(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "visits", values)


def update_visit(conn: Connection, visit_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "visits", visit_id, values)


VISIT_ROWS = """SELECT v.*, c.number AS contract_number, c.signed_on AS contract_signed_on
    FROM visits v LEFT JOIN contracts c ON c.id = v.contract_id"""


def visit_row(conn: Connection, visit_id: int) -> dict[str, Any] | None:
    return rows.one(conn, f"{VISIT_ROWS} WHERE v.id = :id", id=visit_id)


def replace_people(conn: Connection, visit_id: int, visitors: list[dict[str, Any]],
                   contacts: list[dict[str, Any]]) -> None:
    for table in ("visit_visitors", "visit_contacts"):
        rows.execute(conn, f"DELETE FROM {table} WHERE visit_id = :id", id=visit_id)
    for seq, values in enumerate(visitors, start=1):
        rows.insert(conn, "visit_visitors", {"visit_id": visit_id, "seq": seq, **values})
    for seq, values in enumerate(contacts, start=1):
        rows.insert(conn, "visit_contacts", {"visit_id": visit_id, "seq": seq, **values})


def _grouped(conn: Connection, sql: str, visit_ids: list[int]) -> dict[int, list[dict]]:
    """Rows of `sql` (which ends in "WHERE <alias>.visit_id IN") for many visits at once,
    by visit, in their order."""
    out: dict[int, list[dict]] = {int(i): [] for i in visit_ids}
    if visit_ids:
        ids = ",".join(str(int(i)) for i in out)
        for row in rows.many(conn, f"{sql} ({ids}) ORDER BY seq"):
            out[row["visit_id"]].append(row)
    return out


def visitors_of(conn: Connection, visit_ids: list[int]) -> dict[int, list[dict]]:
    return _grouped(conn, "SELECT * FROM visit_visitors v WHERE v.visit_id IN", visit_ids)


def contacts_of(conn: Connection, visit_ids: list[int]) -> dict[int, list[dict]]:
    return _grouped(conn, "SELECT * FROM visit_contacts c WHERE c.visit_id IN", visit_ids)


def shown_of(conn: Connection, visit_ids: list[int]) -> dict[int, list[dict]]:
    return _grouped(conn, "SELECT s.*, r.reg_no FROM visit_shown s LEFT JOIN registrations r "
                          "ON r.id = s.registration_id WHERE s.visit_id IN", visit_ids)


def visitors(conn: Connection, visit_id: int) -> list[dict[str, Any]]:
    return visitors_of(conn, [visit_id])[visit_id]


def update_visitor(conn: Connection, visitor_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "visit_visitors", visitor_id, values)


def add_shown(conn: Connection, visit_id: int, items: list[dict[str, Any]]) -> None:
    for seq, values in enumerate(items, start=1):
        rows.insert(conn, "visit_shown", {"visit_id": visit_id, "seq": seq, **values})


def visit_rows(conn: Connection, *, max_rank: int, limit: int = 10_000) -> list[dict]:
    """Open visits first, soonest first; then the final ones, newest first. `max_rank` hides
    requests marked above the reader's clearance."""
    return rows.many(
        conn, f"{VISIT_ROWS} WHERE v.top_rank <= :rank "
              "ORDER BY v.state IN ('refused', 'closed', 'cancelled'), "
              "CASE WHEN v.state IN ('refused', 'closed', 'cancelled') "
              "THEN -julianday(v.start_date) ELSE julianday(v.start_date) END, v.id DESC "
              "LIMIT :limit", rank=max_rank, limit=limit)


def visits_of_registration(conn: Connection, registration_id: int) -> list[dict[str, Any]]:
    """Closed visits during which the registration was shown."""
    return rows.many(conn, "SELECT DISTINCT v.id, v.number, v.start_date FROM visit_shown s "
                           "JOIN visits v ON v.id = s.visit_id WHERE s.registration_id = :id "
                           "ORDER BY v.start_date", id=registration_id)


def drafts_to_send(conn: Connection, *, max_rank: int) -> list[dict[str, Any]]:
    """Requests not yet sent (or recorded as received), for the 4-week warning."""
    return rows.many(conn, "SELECT id, number, start_date, direction FROM visits "
                           "WHERE state = 'draft' AND top_rank <= :rank "
                           "ORDER BY start_date, id", rank=max_rank)

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


def visit_row(conn: Connection, visit_id: int) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT v.*, c.number AS contract_number, "
                          "c.signed_on AS contract_signed_on FROM visits v "
                          "LEFT JOIN contracts c ON c.id = v.contract_id WHERE v.id = :id",
                    id=visit_id)


def replace_people(conn: Connection, visit_id: int, visitors: list[dict[str, Any]],
                   contacts: list[dict[str, Any]]) -> None:
    for table in ("visit_visitors", "visit_contacts"):
        rows.execute(conn, f"DELETE FROM {table} WHERE visit_id = :id", id=visit_id)
    for seq, values in enumerate(visitors, start=1):
        rows.insert(conn, "visit_visitors", {"visit_id": visit_id, "seq": seq, **values})
    for seq, values in enumerate(contacts, start=1):
        rows.insert(conn, "visit_contacts", {"visit_id": visit_id, "seq": seq, **values})


def visitors(conn: Connection, visit_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT * FROM visit_visitors WHERE visit_id = :id ORDER BY seq",
                     id=visit_id)


def contacts(conn: Connection, visit_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT * FROM visit_contacts WHERE visit_id = :id ORDER BY seq",
                     id=visit_id)


def update_visitor(conn: Connection, visitor_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "visit_visitors", visitor_id, values)


def add_shown(conn: Connection, visit_id: int, items: list[dict[str, Any]]) -> None:
    for seq, values in enumerate(items, start=1):
        rows.insert(conn, "visit_shown", {"visit_id": visit_id, "seq": seq, **values})


def shown(conn: Connection, visit_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT s.*, r.reg_no FROM visit_shown s LEFT JOIN registrations r "
                           "ON r.id = s.registration_id WHERE s.visit_id = :id ORDER BY s.seq",
                     id=visit_id)


def visit_ids(conn: Connection, *, max_rank: int, limit: int = 10_000) -> list[int]:
    """Open visits first, soonest first; then the final ones, newest first. `max_rank` hides
    requests marked above the reader's clearance."""
    return [r["id"] for r in rows.many(
        conn, "SELECT id FROM visits WHERE top_rank <= :rank "
              "ORDER BY state IN ('refused', 'closed', 'cancelled'), "
              "CASE WHEN state IN ('refused', 'closed', 'cancelled') THEN -julianday(start_date) "
              "ELSE julianday(start_date) END, id DESC LIMIT :limit", rank=max_rank, limit=limit)]


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

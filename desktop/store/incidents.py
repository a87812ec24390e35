"""Loss and disclosure cases: the case and the registered copies it concerns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows

CASE_ROWS = """SELECT i.*, k.number AS check_number FROM incidents i
    LEFT JOIN inventory_checks k ON k.id = i.check_id"""


def insert_incident(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "incidents", values)


def add_copy(conn: Connection, incident_id: int, copy_id: int) -> None:
    rows.insert(conn, "incident_copies", {"incident_id": incident_id, "copy_id": copy_id})


def update_incident(conn: Connection, incident_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "incidents", incident_id, values)


def copy_rows(conn: Connection, copy_ids: list[int]) -> list[dict[str, Any]]:
    """The copies a case may name (each id once), with their level for the clearance check."""
    if not copy_ids:
        return []
    ids = ",".join(str(int(i)) for i in set(copy_ids))
    return rows.many(conn, f"""SELECT c.id AS copy_id, c.copy_no, c.state, r.reg_no,
        r.title, r.level, r.level_rank, r.originator_type FROM copies c
        JOIN registrations r ON r.id = c.registration_id WHERE c.id IN ({ids})""")


def incident_row(conn: Connection, incident_id: int) -> dict[str, Any] | None:
    """The case with the number of the inventory check that opened it (if any)."""
    return rows.one(conn, f"{CASE_ROWS} WHERE i.id = :id", id=incident_id)


def incident_rows(conn: Connection, *, state: str | None, max_rank: int,
                  limit: int = 10_000) -> list[dict[str, Any]]:
    """Open cases first, newest first; `max_rank` hides cases the reader may not see."""
    where = "i.top_rank <= :rank" + (" AND i.state = :state" if state else "")
    return rows.many(conn, f"""{CASE_ROWS} WHERE {where}
        ORDER BY i.state = 'closed', i.id DESC LIMIT :limit""",
                     rank=max_rank, state=state, limit=limit)


def incident_copies(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, """SELECT c.id AS copy_id, c.copy_no, c.state, r.reg_no, r.title,
        r.level FROM incident_copies x JOIN copies c ON c.id = x.copy_id
        JOIN registrations r ON r.id = c.registration_id WHERE x.incident_id = :id
        ORDER BY r.year, r.number, c.copy_no""", id=incident_id)


def of_check(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    """The loss cases an inventory check opened: case number and the copy, in order."""
    return rows.many(conn, """SELECT i.number, r.reg_no, c.copy_no FROM incidents i
        JOIN incident_copies x ON x.incident_id = i.id JOIN copies c ON c.id = x.copy_id
        JOIN registrations r ON r.id = c.registration_id WHERE i.check_id = :id
        ORDER BY i.id""", id=check_id)


def party_notices_due(conn: Connection, max_rank: int) -> list[dict[str, Any]]:
    """Cases involving information of the other Party whose notice to it is not recorded."""
    return rows.many(conn, f"""{CASE_ROWS} WHERE i.party_involved AND
        i.party_notice_sent IS NULL AND i.top_rank <= :rank ORDER BY i.date_found, i.id""",
                     rank=max_rank)

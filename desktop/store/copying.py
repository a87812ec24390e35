"""Copy requests: the request, its permission or refusal, and the copies made under it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, text, update

from desktop.store.schema import copy_request_copies, copy_requests


def insert_request(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(copy_requests).values(**values)).inserted_primary_key[0])


def update_request(conn: Connection, request_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(copy_requests).where(copy_requests.c.id == request_id).values(**values))


def request(conn: Connection, request_id: int) -> dict[str, Any] | None:
    found = conn.execute(text(
        "SELECT q.*, r.reg_no, r.title, r.level, r.level_rank, r.originator_type, "
        "r.originator, u.full_name AS requester, u.position AS requester_position "
        "FROM copy_requests q JOIN registrations r ON r.id = q.registration_id "
        "JOIN users u ON u.id = q.requester_id WHERE q.id = :id"), {"id": request_id})
    row = found.mappings().first()
    return dict(row) if row else None


def requests(conn: Connection, *, state: str | None, originator_type: str | None,
             max_rank: int, requester_id: int | None, limit: int = 10_000) -> list[dict[str, Any]]:
    """Newest first; `max_rank` hides requests about levels the reader may not see and
    `requester_id` keeps only that person's own requests."""
    where = ["r.level_rank <= :rank"]
    args: dict[str, Any] = {"rank": max_rank, "limit": limit}
    if state:
        where.append("q.state = :state")
        args["state"] = state
    if originator_type:
        where.append("r.originator_type = :otype")
        args["otype"] = originator_type
    if requester_id is not None:
        where.append("q.requester_id = :me")
        args["me"] = requester_id
    rows = conn.execute(text(
        "SELECT q.*, r.reg_no, r.title, r.level, r.originator_type, r.originator, "
        "u.full_name AS requester, (SELECT group_concat(c.copy_no) FROM (SELECT c.copy_no "
        "FROM copy_request_copies x JOIN copies c ON c.id = x.copy_id WHERE x.request_id = "
        "q.id ORDER BY c.copy_no) c) AS copy_numbers FROM copy_requests q "
        "JOIN registrations r ON r.id = q.registration_id "
        f"JOIN users u ON u.id = q.requester_id WHERE {' AND '.join(where)} "
        "ORDER BY q.state != 'pending', q.id DESC LIMIT :limit"), args)
    return [dict(r) for r in rows.mappings()]


def add_copies(conn: Connection, request_id: int, copy_ids: list[int]) -> None:
    for copy_id in copy_ids:
        conn.execute(insert(copy_request_copies).values(request_id=request_id, copy_id=copy_id))


def copy_numbers(conn: Connection, request_id: int) -> list[int]:
    rows = conn.execute(text(
        "SELECT c.copy_no FROM copy_request_copies x JOIN copies c ON c.id = x.copy_id "
        "WHERE x.request_id = :id ORDER BY c.copy_no"), {"id": request_id})
    return [r[0] for r in rows]


def set_copies_count(conn: Connection, registration_id: int) -> None:
    conn.execute(text("UPDATE registrations SET copies = (SELECT count(*) FROM copies "
                      "WHERE registration_id = :r) WHERE id = :r"), {"r": registration_id})



"""Marking-change cases: the case, what it changes on each registration, each copy's
re-marking, and the level history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, and_, insert, select, text, update

from desktop.store.schema import (
    copies,
    level_history,
    marking_case_copies,
    marking_case_registrations,
    marking_cases,
    registrations,
    users,
)


def insert_case(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(marking_cases).values(**values)).inserted_primary_key[0])


def insert_change(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(marking_case_registrations).values(**values))


def insert_case_copy(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(marking_case_copies).values(**values))
    conn.execute(update(copies).where(copies.c.id == values["copy_id"])
                 .values(marking_case_id=values["case_id"]))


def case(conn: Connection, case_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(marking_cases).where(marking_cases.c.id == case_id)).mappings()
    found = row.first()
    return dict(found) if found else None


def cases(conn: Connection, *, state: str | None, originator_type: str | None,
          due_before: dt.date | None, max_rank: int, limit: int = 10_000) -> list[dict[str, Any]]:
    """Open cases by deadline, then closed ones newest first, with their copy counts;
    `max_rank` hides cases about levels the reader may not see."""
    done = ("(SELECT count(*) FROM marking_case_copies x WHERE x.case_id = mc.id "
            "AND x.remarked_at IS NOT NULL)")
    total = "(SELECT count(*) FROM marking_case_copies x WHERE x.case_id = mc.id)"
    regs = ("(SELECT group_concat(r.reg_no, ', ') FROM marking_case_registrations m "
            "JOIN registrations r ON r.id = m.registration_id "
            "WHERE m.case_id = mc.id AND m.reason = 'named')")
    where = ["mc.top_rank <= :rank"]
    args: dict[str, Any] = {"rank": max_rank, "limit": limit}
    if state:
        where.append("mc.state = :state")
        args["state"] = state
    if originator_type:
        where.append("mc.originator_type = :otype")
        args["otype"] = originator_type
    if due_before:
        where.append("mc.state = 'open' AND mc.deadline <= :due")
        args["due"] = due_before.isoformat()
    sql = (f"SELECT mc.*, {done} AS done, {total} AS total, {regs} AS named "
           f"FROM marking_cases mc WHERE {' AND '.join(where)} "
           f"ORDER BY mc.state = 'closed', CASE WHEN mc.state = 'open' THEN mc.deadline END, "
           f"mc.closed_at DESC, mc.id DESC LIMIT :limit")
    return [dict(r) for r in conn.execute(text(sql), args).mappings()]


def changes(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(marking_case_registrations, registrations.c.reg_no, registrations.c.title)
        .join(registrations, registrations.c.id == marking_case_registrations.c.registration_id)
        .where(marking_case_registrations.c.case_id == case_id)
        .order_by(registrations.c.year, registrations.c.number)).mappings()
    return [dict(r) for r in rows]


def case_copies(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    by = users.alias("by")
    holder = users.alias("holder")
    rows = conn.execute(
        select(marking_case_copies, copies.c.copy_no, copies.c.state, copies.c.location,
               copies.c.holder_id, holder.c.full_name.label("holder"),
               registrations.c.reg_no, registrations.c.title,
               by.c.full_name.label("remarked_by_name"))
        .join(copies, copies.c.id == marking_case_copies.c.copy_id)
        .join(registrations, registrations.c.id == marking_case_copies.c.registration_id)
        .outerjoin(holder, holder.c.id == copies.c.holder_id)
        .outerjoin(by, by.c.username == marking_case_copies.c.remarked_by)
        .where(marking_case_copies.c.case_id == case_id)
        .order_by(registrations.c.year, registrations.c.number, copies.c.copy_no)).mappings()
    return [dict(r) for r in rows]


def mark_remarked(conn: Connection, case_id: int, copy_id: int, by_user: str, at: str) -> bool:
    """Tick one copy; False if it is not in the case or was already ticked."""
    result = conn.execute(update(marking_case_copies).where(and_(
        marking_case_copies.c.case_id == case_id, marking_case_copies.c.copy_id == copy_id,
        marking_case_copies.c.remarked_at.is_(None))).values(remarked_by=by_user, remarked_at=at))
    return result.rowcount == 1


def open_case_of(conn: Connection, registration_ids: list[int]) -> dict[str, Any] | None:
    """An open case that changes one of these registrations (one it leaves as it is, a
    derivative that keeps its level, does not count)."""
    if not registration_ids:
        return None
    row = conn.execute(
        select(marking_cases.c.id, marking_cases.c.number, marking_case_registrations.c.new_level,
               marking_case_registrations.c.registration_id)
        .join(marking_case_registrations,
              marking_case_registrations.c.case_id == marking_cases.c.id)
        .where(marking_cases.c.state == "open",
               marking_case_registrations.c.reason != "unchanged",
               marking_case_registrations.c.registration_id.in_(registration_ids))
        .limit(1)).mappings().first()
    return dict(row) if row else None


def close(conn: Connection, case_id: int, by_user: str, at: str) -> None:
    conn.execute(update(marking_cases).where(marking_cases.c.id == case_id)
                 .values(state="closed", closed_by=by_user, closed_at=at))
    conn.execute(update(copies).where(copies.c.marking_case_id == case_id)
                 .values(marking_case_id=None))


def set_level(conn: Connection, registration_id: int, old: str, new: str | None, *,
              case_id: int, by_user: str, at: str, today: dt.date,
              foreign_marking: str | None = None) -> None:
    """The registration's new level (or its declassification), with the old one kept; for
    information of the other Party also the new marking of that Party."""
    values: dict[str, Any] = {"declassified_on": today} if new is None else {
        "level": new, "level_rank": {"S": 1, "SS": 2, "OV": 3}[new]}
    if foreign_marking is not None:
        values["foreign_marking"] = foreign_marking
    conn.execute(update(registrations).where(registrations.c.id == registration_id)
                 .values(**values))
    if new is not None:
        # Who may see a check or a loss case that lists these copies follows the raise.
        rank = {"S": 1, "SS": 2, "OV": 3}[new]
        for table, link, column in (("inventory_checks", "inventory_items", "check_id"),
                                    ("incidents", "incident_copies", "incident_id")):
            conn.execute(text(
                f"UPDATE {table} SET top_rank = max(top_rank, :rank) WHERE id IN (SELECT "
                f"x.{column} FROM {link} x JOIN copies c ON c.id = x.copy_id "
                f"WHERE c.registration_id = :reg)"), {"rank": rank, "reg": registration_id})
    conn.execute(insert(level_history).values(registration_id=registration_id, old_level=old,
                                              new_level=new, case_id=case_id, at=at,
                                              by_user=by_user))


def history(conn: Connection, registration_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(level_history, marking_cases.c.number)
        .join(marking_cases, marking_cases.c.id == level_history.c.case_id)
        .where(level_history.c.registration_id == registration_id)
        .order_by(level_history.c.id)).mappings()
    return [dict(r) for r in rows]


def tree(conn: Connection, registration_ids: list[int]) -> list[dict[str, Any]]:
    """The registrations, everything derived from them, and their direct sources."""
    ids = ",".join(str(int(i)) for i in registration_ids) or "NULL"
    sql = (f"WITH RECURSIVE d(id) AS (SELECT id FROM registrations WHERE id IN ({ids}) "
           f"UNION SELECT r.id FROM registrations r JOIN d ON r.parent_id = d.id) "
           f"SELECT id, reg_no, level, parent_id, declassified_on, originator_type, originator "
           f"FROM registrations WHERE id IN (SELECT id FROM d) OR id IN "
           f"(SELECT parent_id FROM registrations WHERE id IN ({ids}))")
    return [dict(r) for r in conn.execute(text(sql)).mappings()]


def live_copies(conn: Connection, registration_ids: list[int]) -> list[dict[str, Any]]:
    """The copies of these registrations that still exist somewhere (not destroyed, lost or
    returned to the originator), with who holds them and where the last dispatch went."""
    if not registration_ids:
        return []
    ids = ",".join(str(int(i)) for i in registration_ids)
    sql = (f"SELECT c.id, c.registration_id, c.copy_no, c.state, c.holder_id, c.location, "
           f"u.full_name AS holder, "
           f"(SELECT m.to_org FROM moves m WHERE m.copy_id = c.id AND m.kind = 'dispatch' "
           f"ORDER BY m.id DESC LIMIT 1) AS sent_to "
           f"FROM copies c LEFT JOIN users u ON u.id = c.holder_id "
           f"WHERE c.registration_id IN ({ids}) "
           f"AND c.state NOT IN ('destroyed', 'lost', 'returned_to_originator') "
           f"ORDER BY c.registration_id, c.copy_no")
    return [dict(r) for r in conn.execute(text(sql)).mappings()]


def holder_tasks(conn: Connection, user_id: int) -> list[dict[str, Any]]:
    """Copies this user holds that an open case still waits to see re-marked."""
    sql = ("SELECT mc.id AS case_id, mc.number, mc.deadline, mc.new_level, r.reg_no, "
           "c.copy_no, c.id AS copy_id FROM marking_case_copies x "
           "JOIN marking_cases mc ON mc.id = x.case_id AND mc.state = 'open' "
           "JOIN copies c ON c.id = x.copy_id JOIN registrations r ON r.id = x.registration_id "
           "WHERE c.holder_id = :me AND x.remarked_at IS NULL ORDER BY mc.deadline, r.reg_no")
    return [dict(r) for r in conn.execute(text(sql), {"me": user_id}).mappings()]

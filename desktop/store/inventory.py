"""Inventory checks: the check, its commission, the copies it expects and what was found,
and the surplus found but not expected."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows

EXPECTED = ("registered", "returned", "issued")        # where a copy should be found
ANY_RESULT = "all"                                     # items_page: no filter on the result


def _scope(custodian_id: int | None, location: str | None) -> tuple[str, dict[str, Any]]:
    """The copies a check expects: all in custody, or those of one custodian and/or in one
    safe (location)."""
    states = ", ".join(f"'{s}'" for s in EXPECTED)
    where = f"c.state IN ({states})"
    args: dict[str, Any] = {}
    if custodian_id is not None:
        where += " AND c.custodian_id = :custodian"
        args["custodian"] = custodian_id
    if location:
        where += " AND c.location = :location"
        args["location"] = location
    return where, args


def open_check(conn: Connection) -> dict[str, Any] | None:
    """The check in progress (only one at a time), if any."""
    return rows.one(conn, "SELECT number FROM inventory_checks WHERE state = 'open'")


def expected_top_rank(conn: Connection, custodian_id: int | None,
                      location: str | None) -> int | None:
    """The highest level among the copies a check would expect; None when there are none."""
    where, args = _scope(custodian_id, location)
    return rows.one(conn, f"""SELECT max(r.level_rank) AS top FROM copies c
        JOIN registrations r ON r.id = c.registration_id WHERE {where}""", **args)["top"]


def insert_check(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "inventory_checks", values)


def update_check(conn: Connection, check_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "inventory_checks", check_id, values)


def add_member(conn: Connection, check_id: int, user_id: int, role: str) -> None:
    rows.insert(conn, "inventory_commission",
                {"check_id": check_id, "user_id": user_id, "role": role})


def add_expected_copies(conn: Connection, check_id: int, custodian_id: int | None,
                        location: str | None) -> int:
    """List every copy the check expects; how many there are."""
    where, args = _scope(custodian_id, location)
    count = rows.execute(conn, f"""INSERT INTO inventory_items(check_id, copy_id, seq)
        SELECT :check, c.id, row_number() OVER (ORDER BY r.year, r.number, c.copy_no)
        FROM copies c JOIN registrations r ON r.id = c.registration_id WHERE {where}""",
                         check=check_id, **args)
    rows.update(conn, "inventory_checks", check_id, {"expected": count})
    return count


def check_row(conn: Connection, check_id: int) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT * FROM inventory_checks WHERE id = :id", id=check_id)


def check_ids(conn: Connection, *, max_rank: int, member_id: int | None,
              limit: int = 1000) -> list[int]:
    """Checks in progress first, then newest first; `max_rank` hides what the reader may
    not see; with `member_id`, only the checks whose commission they sit on."""
    member = (" AND id IN (SELECT check_id FROM inventory_commission WHERE user_id = :member)"
              if member_id is not None else "")
    return [r["id"] for r in rows.many(
        conn, f"SELECT id FROM inventory_checks WHERE top_rank <= :rank{member} "
              f"ORDER BY state = 'finished', id DESC LIMIT :limit", rank=max_rank,
        member=member_id, limit=limit)]


def is_member(conn: Connection, check_id: int, user_id: int) -> bool:
    return rows.one(conn, "SELECT 1 AS x FROM inventory_commission WHERE check_id = :c AND "
                          "user_id = :u", c=check_id, u=user_id) is not None


def mark(conn: Connection, check_id: int, copy_id: int, result: str, at: str, by: str) -> int:
    """Record what the commission found for one expected copy (the check's counters follow);
    0 if it is not expected."""
    old = rows.one(conn, "SELECT result FROM inventory_items WHERE check_id = :check AND "
                         "copy_id = :copy", check=check_id, copy=copy_id)
    if old is None:
        return 0
    rows.execute(conn, "UPDATE inventory_items SET result = :result, checked_at = :at, "
                       "checked_by = :by WHERE check_id = :check AND copy_id = :copy",
                 result=result, at=at, by=by, check=check_id, copy=copy_id)
    rows.execute(conn, """UPDATE inventory_checks SET
        found = found + (:new = 'found') - (coalesce(:old, '') = 'found'),
        missing = missing + (:new = 'missing') - (coalesce(:old, '') = 'missing')
        WHERE id = :check""", new=result, old=old["result"], check=check_id)
    return 1


def expected_copy(conn: Connection, check_id: int, reg_no: str, copy_no: int) -> int | None:
    """The copy id of an expected copy by registration and copy number, or None."""
    row = rows.one(conn, """SELECT i.copy_id FROM inventory_items i
        JOIN copies c ON c.id = i.copy_id JOIN registrations r ON r.id = c.registration_id
        WHERE i.check_id = :check AND r.reg_no = :reg AND c.copy_no = :no""",
                   check=check_id, reg=reg_no, no=copy_no)
    return row["copy_id"] if row else None


def insert_surplus(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "inventory_surplus", values)


def counts(conn: Connection, check_id: int) -> dict[str, int]:
    """Raw counts: expected, found, missing (kept by `mark`) and surplus."""
    got = rows.one(conn, "SELECT expected, found, missing FROM inventory_checks "
                         "WHERE id = :id", id=check_id)
    surplus = rows.one(conn, "SELECT count(*) AS n FROM inventory_surplus WHERE check_id = :id",
                       id=check_id)["n"]
    return {"expected": got["expected"], "found": got["found"], "missing": got["missing"],
            "surplus": surplus}


def missing(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    """The copies marked missing: copy id, registration and copy number, state now."""
    return rows.many(conn, """SELECT i.copy_id, r.reg_no, c.copy_no, c.state
        FROM inventory_items i JOIN copies c ON c.id = i.copy_id
        JOIN registrations r ON r.id = c.registration_id
        WHERE i.check_id = :id AND i.result = 'missing'""", id=check_id)


def commission(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    """The members, the chair first."""
    return rows.many(conn, """SELECT m.role, u.username, u.full_name,
        u.position FROM inventory_commission m JOIN users u ON u.id = m.user_id
        WHERE m.check_id = :id ORDER BY m.role = 'member', u.full_name""", id=check_id)


def items_page(conn: Connection, check_id: int, result: str | None,
               after: int | None, limit: int) -> list[dict[str, Any]]:
    """A page of the check's copies in register order (keyset on `seq`: one range of the
    (check, seq) or (check, result, seq) index); `result` None = not yet checked,
    ANY_RESULT = every copy."""
    where = ["i.check_id = :id", "i.seq > :after"]
    if result is None:
        where.append("i.result IS NULL")
    elif result != ANY_RESULT:
        where.append("i.result = :result")
    return rows.many(conn, f"""SELECT i.copy_id, i.result, i.seq, r.reg_no, r.title, r.level,
        c.copy_no, coalesce(c.sheets, r.sheets) AS sheets, c.location,
        u.full_name AS custodian FROM inventory_items i JOIN copies c ON c.id = i.copy_id
        JOIN registrations r ON r.id = c.registration_id
        LEFT JOIN users u ON u.id = c.custodian_id WHERE {' AND '.join(where)}
        ORDER BY i.seq LIMIT :limit""", id=check_id, result=result, after=after or 0,
                     limit=limit)


def first_registration(conn: Connection, check_id: int) -> int | None:
    """A registration the check lists (its printed act derives from it)."""
    row = rows.one(conn, """SELECT c.registration_id FROM inventory_items i
        JOIN copies c ON c.id = i.copy_id WHERE i.check_id = :id LIMIT 1""", id=check_id)
    return row["registration_id"] if row else None


def found_groups(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    """What was found, by custodian and safe: copies and sheets (a summary, as an annual
    check can find 10^6 copies)."""
    return rows.many(conn, """SELECT coalesce(u.full_name, '') AS custodian, c.location,
        count(*) AS copies, coalesce(sum(coalesce(c.sheets, r.sheets)), 0) AS sheets
        FROM inventory_items i JOIN copies c ON c.id = i.copy_id
        JOIN registrations r ON r.id = c.registration_id
        LEFT JOIN users u ON u.id = c.custodian_id
        WHERE i.check_id = :id AND i.result = 'found'
        GROUP BY u.full_name, c.location ORDER BY u.full_name, c.location""", id=check_id)


def missing_items(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, """SELECT r.reg_no, c.copy_no, r.title, r.level,
        coalesce(c.sheets, r.sheets) AS sheets, coalesce(u.full_name, '') AS custodian,
        c.location FROM inventory_items i JOIN copies c ON c.id = i.copy_id
        JOIN registrations r ON r.id = c.registration_id
        LEFT JOIN users u ON u.id = c.custodian_id
        WHERE i.check_id = :id AND i.result = 'missing'
        ORDER BY r.year, r.number, c.copy_no""", id=check_id)


def surplus_items(conn: Connection, check_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, """SELECT reg_no, copy_no, description FROM inventory_surplus
        WHERE check_id = :id ORDER BY id""", id=check_id)

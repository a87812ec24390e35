"""Destruction acts: the act, its copies, its commission and their signatures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from desktop.store.rows import insert, many, one, update

__all__ = ["insert", "update"]

COPY_ROWS = """SELECT x.copy_id, x.note, c.copy_no, c.state, c.custodian_id, c.holder_id,
    c.marking_case_id, coalesce(c.sheets, r.sheets) AS sheets, r.id AS registration_id,
    r.reg_no, r.reg_date, r.title, r.level, r.level_rank, r.originator_type, r.originator
    FROM destruction_act_copies x JOIN copies c ON c.id = x.copy_id
    JOIN registrations r ON r.id = c.registration_id WHERE x.act_id = :act
    ORDER BY r.year, r.number, c.copy_no"""


def act(conn: Connection, act_id: int) -> dict[str, Any] | None:
    return one(conn, "SELECT * FROM destruction_acts WHERE id = :id", id=act_id)


def acts(conn: Connection, *, state: str | None, max_rank: int, member_id: int | None,
         limit: int = 10_000) -> list[dict[str, Any]]:
    """Acts within `max_rank`; with `member_id`, only those whose commission they sit on."""
    where = "a.top_rank <= :rank" + (" AND a.state = :state" if state else "")
    if member_id is not None:
        where += (" AND a.id IN (SELECT act_id FROM destruction_commission "
                  "WHERE user_id = :member)")
    return many(conn, f"""SELECT a.*, (SELECT count(*) FROM destruction_act_copies x
        WHERE x.act_id = a.id) AS copies FROM destruction_acts a WHERE {where}
        ORDER BY a.state = 'executed', a.id DESC LIMIT :limit""",
                rank=max_rank, state=state, member=member_id, limit=limit)


def is_member(conn: Connection, act_id: int, user_id: int) -> bool:
    return one(conn, "SELECT 1 AS x FROM destruction_commission WHERE act_id = :a AND "
                     "user_id = :u", a=act_id, u=user_id) is not None


def live_rank(conn: Connection, act_id: int) -> int:
    """The highest level among the act's copies now (a marking change may have raised one)."""
    row = one(conn, """SELECT max(r.level_rank) AS top FROM destruction_act_copies x
        JOIN copies c ON c.id = x.copy_id JOIN registrations r ON r.id = c.registration_id
        WHERE x.act_id = :a""", a=act_id)
    return int(row["top"] or 0) if row else 0


def act_copies(conn: Connection, act_id: int) -> list[dict[str, Any]]:
    return many(conn, COPY_ROWS, act=act_id)


def copy_rows(conn: Connection, copy_ids: list[int]) -> list[dict[str, Any]]:
    """The copies as an act lists them, with the act they are already on (if any)."""
    if not copy_ids:
        return []
    ids = ",".join(str(int(i)) for i in copy_ids)
    return many(conn, f"""SELECT c.id AS copy_id, c.copy_no, c.state, c.custodian_id,
        c.holder_id, c.marking_case_id, coalesce(c.sheets, r.sheets) AS sheets,
        r.id AS registration_id, r.reg_no, r.reg_date, r.title, r.level, r.level_rank,
        r.originator_type, r.originator, x.act_id AS on_act
        FROM copies c JOIN registrations r ON r.id = c.registration_id
        LEFT JOIN destruction_act_copies x ON x.copy_id = c.id WHERE c.id IN ({ids})""")


def set_copies(conn: Connection, act_id: int, items: list[tuple[int, str]]) -> None:
    conn.execute(text("DELETE FROM destruction_act_copies WHERE act_id = :a"), {"a": act_id})
    for copy_id, note in items:
        conn.execute(text("INSERT INTO destruction_act_copies(act_id, copy_id, note) "
                          "VALUES (:a, :c, :n)"), {"a": act_id, "c": copy_id, "n": note})


def commission(conn: Connection, act_id: int) -> list[dict[str, Any]]:
    return many(conn, """SELECT m.*, u.username, u.full_name, u.position
        FROM destruction_commission m JOIN users u ON u.id = m.user_id
        WHERE m.act_id = :act ORDER BY m.role = 'member', u.full_name""", act=act_id)


def set_commission(conn: Connection, act_id: int, members: list[tuple[int, str]]) -> None:
    conn.execute(text("DELETE FROM destruction_commission WHERE act_id = :a"), {"a": act_id})
    for user_id, role in members:
        conn.execute(text("INSERT INTO destruction_commission(act_id, user_id, role) "
                          "VALUES (:a, :u, :r)"), {"a": act_id, "u": user_id, "r": role})


def clear_signatures(conn: Connection, act_id: int) -> None:
    conn.execute(text("UPDATE destruction_commission SET signed = NULL, signed_at = NULL, "
                      "recorded_by = NULL WHERE act_id = :a"), {"a": act_id})


def sign(conn: Connection, act_id: int, user_id: int, how: str, at: str, by: str) -> bool:
    result = conn.execute(text(
        "UPDATE destruction_commission SET signed = :how, signed_at = :at, recorded_by = :by "
        "WHERE act_id = :a AND user_id = :u AND signed IS NULL"),
        {"how": how, "at": at, "by": by, "a": act_id, "u": user_id})
    return result.rowcount == 1


def act_of_copy(conn: Connection, copy_id: int) -> dict[str, Any] | None:
    """The act a copy is listed on, if any."""
    return one(conn, """SELECT a.id, a.number, a.state FROM destruction_act_copies x
        JOIN destruction_acts a ON a.id = x.act_id WHERE x.copy_id = :c""", c=copy_id)

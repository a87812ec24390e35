"""Contracts between authorised bodies (S001 a.7) with their separate section, and what was
received and sent under each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows


def insert_contract(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "contracts", values)


def update_contract(conn: Connection, contract_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "contracts", contract_id, values)


def contract_row(conn: Connection, contract_id: int) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT * FROM contracts WHERE id = :id", id=contract_id)


def same_number(conn: Connection, number: str, signed_on: Any, *, other_than: int = 0) -> bool:
    return rows.one(conn, "SELECT id FROM contracts WHERE number = :n AND signed_on = :d "
                          "AND id != :id", n=number, d=signed_on, id=other_than) is not None


def replace_items(conn: Connection, contract_id: int, items: list[dict[str, Any]]) -> None:
    rows.execute(conn, "DELETE FROM contract_items WHERE contract_id = :id", id=contract_id)
    for seq, item in enumerate(items, start=1):
        rows.insert(conn, "contract_items", {"contract_id": contract_id, "seq": seq, **item})


def items(conn: Connection, contract_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT i.*, r.reg_no, r.level_rank AS reg_rank "
                           "FROM contract_items i LEFT JOIN registrations r "
                           "ON r.id = i.registration_id WHERE i.contract_id = :id "
                           "ORDER BY i.seq", id=contract_id)


def contract_ids(conn: Connection, *, max_rank: int, limit: int = 10_000) -> list[int]:
    """Contracts in force first, then newest first; `max_rank` hides what the reader may not
    see."""
    return [r["id"] for r in rows.many(
        conn, "SELECT id FROM contracts WHERE top_rank <= :rank "
              "ORDER BY ended_on IS NOT NULL, signed_on DESC, id DESC LIMIT :limit",
        rank=max_rank, limit=limit)]


def received(conn: Connection, contract_id: int, *, max_rank: int,
             limit: int = 1000) -> list[dict[str, Any]]:
    """Registrations received under the contract (newest first), within the reader's reach."""
    return rows.many(
        conn, "SELECT id, reg_no, reg_date, title, level, level_rank, copies, originator, "
              "foreign_marking, foreign_reference, foreign_reference_date, incoming_no, "
              "incoming_date FROM registrations "
              "WHERE contract_id = :id AND level_rank <= :rank "
              "ORDER BY reg_date DESC, id DESC LIMIT :limit",
        id=contract_id, rank=max_rank, limit=limit)


def hidden_received(conn: Connection, contract_id: int, *, max_rank: int) -> int:
    """How many registrations under the contract lie above the reader's clearance."""
    row = rows.one(conn, "SELECT count(*) AS n FROM registrations WHERE contract_id = :id "
                         "AND level_rank > :rank", id=contract_id, rank=max_rank)
    return int(row["n"]) if row else 0


def link_registration(conn: Connection, registration_id: int, contract_id: int | None) -> None:
    rows.execute(conn, "UPDATE registrations SET contract_id = :c WHERE id = :id",
                 c=contract_id, id=registration_id)

"""Transfers of carriers to the Kyrgyz party (S001 a.5): one row per dispatched copy, with
the recipient's written confirmation, the contract and the transport of large carriers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows

TRANSFER_ROWS = """SELECT t.*, c.copy_no, c.state, r.id AS registration_id, r.reg_no,
    r.title, r.level, r.level_rank, coalesce(c.sheets, r.sheets) AS sheets
    FROM transfers t JOIN copies c ON c.id = t.copy_id
    JOIN registrations r ON r.id = c.registration_id"""


def insert_transfer(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "transfers", values)


def last_move_id(conn: Connection, copy_id: int) -> int:
    row = rows.one(conn, "SELECT max(id) AS id FROM moves WHERE copy_id = :id", id=copy_id)
    assert row is not None and row["id"] is not None
    return int(row["id"])


def open_transfer_of(conn: Connection, copy_id: int) -> dict[str, Any] | None:
    """The copy's transfer still waiting for the receipt confirmation."""
    return rows.one(conn, "SELECT * FROM transfers WHERE copy_id = :id AND received_on IS NULL "
                          "ORDER BY id DESC LIMIT 1", id=copy_id)


def close_transfer(conn: Connection, transfer_id: int, reference: str, day: Any) -> None:
    rows.update(conn, "transfers", transfer_id, {"receipt_ref": reference, "received_on": day})


def of_copy(conn: Connection, copy_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, f"{TRANSFER_ROWS} WHERE t.copy_id = :id ORDER BY t.id", id=copy_id)


def under_contract(conn: Connection, contract_id: int, *, max_rank: int,
                   limit: int = 1000) -> list[dict[str, Any]]:
    return rows.many(conn, f"{TRANSFER_ROWS} WHERE t.contract_id = :id AND r.level_rank <= :rank "
                           f"ORDER BY t.sent_on DESC, t.id DESC LIMIT :limit",
                     id=contract_id, rank=max_rank, limit=limit)

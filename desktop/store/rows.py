"""Plain inserts and updates of one row by name, for the tables of migration 0007 onwards
(table and column names come from the code, never from input)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text


def insert(conn: Connection, table: str, values: dict[str, Any]) -> int:
    cols = ", ".join(values)
    params = ", ".join(f":{c}" for c in values)
    return int(conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({params})"),
                            values).lastrowid)


def update(conn: Connection, table: str, row_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{c} = :{c}" for c in values)
    conn.execute(text(f"UPDATE {table} SET {sets} WHERE id = :_id"), {**values, "_id": row_id})


def one(conn: Connection, sql: str, **args: Any) -> dict[str, Any] | None:
    row = conn.execute(text(sql), args).mappings().first()
    return dict(row) if row else None


def many(conn: Connection, sql: str, **args: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(sql), args).mappings()]


def execute(conn: Connection, sql: str, **args: Any) -> int:
    """Run a statement; the number of rows it changed."""
    return conn.execute(text(sql), args).rowcount

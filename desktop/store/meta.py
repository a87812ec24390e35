"""Store-wide facts: store id, organisation, creation time."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.store.schema import store_meta


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(store_meta.c.value).where(store_meta.c.key == key)).scalar()


def put(conn: Connection, key: str, value: str) -> None:
    stmt = insert(store_meta).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def all_items(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(store_meta.c.key, store_meta.c.value)).all())

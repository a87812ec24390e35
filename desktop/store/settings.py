"""Store-wide settings rows (values are JSON text)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.store.schema import settings


def all_values(conn: Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute(select(settings.c.key, settings.c.value))}


def put(conn: Connection, key: str, value: Any, when: str, who: str) -> None:
    text = json.dumps(value, ensure_ascii=False)
    stmt = insert(settings).values(key=key, value=text, updated_at=when, updated_by=who)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["key"], set_={"value": text, "updated_at": when, "updated_by": who}))

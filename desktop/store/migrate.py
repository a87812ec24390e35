"""Alembic migrations, run on every open (one transaction; a failure leaves the store as it
was)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def revisions() -> list[str]:
    """All revisions, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head",
            after: Callable[[Connection], None] | None = None) -> None:
    """Every pending migration and then `after` (the journal's record of the upgrade) in
    one transaction (SQLite's DDL is transactional): all of it commits or none does."""
    cfg = _config()
    with engine.connect().execution_options(grif_write=True) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        if after is not None:
            after(conn)
        conn.commit()

"""SQLCipher 4 engine: every connection is keyed with the raw 256-bit store key.

Pragmas: foreign keys on, WAL with synchronous=FULL, temp_store in memory, the cipher log
silenced, and a page cache sized for a register of 10^6 copies (CACHE_KIB per connection,
POOL_SIZE connections: within the 128 MB budget).
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from desktop.domain.errors import (
    DiskFull,
    ReadOnlyStore,
    StoreBusy,
    StoreError,
    StoreTampered,
    WrongKey,
)

__all__ = ["Connection", "Engine", "connect_raw", "db_errors", "make_engine"]

CACHE_KIB = 60 * 1024
POOL_SIZE = 2
BUSY_TIMEOUT_MS = 5000


def key_pragma(raw_key: bytes) -> str:
    if len(raw_key) != 32:
        raise ValueError("the store key is 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def connect_raw(path: Path, raw_key: bytes, *, read_only: bool = False,
                cache_kib: int = CACHE_KIB) -> sqlcipher3.Connection:
    """A keyed DB-API connection with the house pragmas; WrongKey if the key does not fit."""
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    try:
        conn = sqlcipher3.connect(target, uri=True, check_same_thread=False,
                                  isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.OperationalError as exc:
        raise StoreError(str(exc)) from None
    try:
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongKey() from None
    for pragma in ("foreign_keys = ON", "temp_store = MEMORY", f"cache_size = -{cache_kib}",
                   f"busy_timeout = {BUSY_TIMEOUT_MS}", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def make_engine(path: Path, raw_key: bytes, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        "sqlite://",  # pysqlite dialect; the creator supplies keyed sqlcipher3 connections
        creator=lambda: connect_raw(path, raw_key, read_only=read_only),
        poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=0, pool_timeout=30,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock at BEGIN so two writers never deadlock on upgrade.
        mode = "IMMEDIATE" if conn.get_execution_options().get("grif_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def translate_db_error(exc: BaseException) -> StoreError:
    """A typed, translated error for a driver failure."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if "database or disk is full" in text or code == sqlite3.SQLITE_FULL:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStore()
    if "locked" in text or "busy" in text:
        return StoreBusy()
    if "not a database" in text or "malformed" in text:
        return StoreTampered(str(orig))
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return DiskFull()
    return StoreError(str(orig))


@contextlib.contextmanager
def db_errors() -> Iterator[None]:
    try:
        yield
    except (DBAPIError, OperationalError, sqlcipher3.Error) as exc:
        raise translate_db_error(exc) from exc

"""SQLCipher 4 engine: every connection is keyed with the raw 256-bit store key.

Pragmas: foreign keys on, WAL with synchronous=FULL, temp_store in memory, the cipher log
silenced, and a page cache sized for a register of 10^6 copies (CACHE_KIB per connection,
POOL_SIZE connections: within the 128 MB budget).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from desktop.domain.errors import (
    AuditWriteFailed,
    DiskFull,
    ReadOnlyStore,
    StoreBusy,
    StoreError,
    StoreTampered,
    WrongKey,
)
from desktop.domain.tr import QT_TRANSLATE_NOOP

__all__ = ["Connection", "Engine", "connect_raw", "db_errors", "make_engine", "write_refusal"]

CACHE_KIB = 60 * 1024
POOL_SIZE = 2
BUSY_TIMEOUT_MS = 5000

# Why a store is read-only (shown by the status bar, which translates them).
FILESYSTEM = "filesystem"
PERMISSION = "permission"

CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "The store file %1 cannot be opened. Check that the disk or share holding it is "
              "connected and that you may read it.")
UNCLEAN_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The store %1 was not closed properly and is read-only here, so its last changes "
              "cannot be read. Open it once where it can be written, then try again.")


def key_pragma(raw_key: bytes) -> str:
    if len(raw_key) != 32:
        raise ValueError("the store key is 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def write_refusal(path: Path) -> str | None:
    """Why this store cannot be written here, as the OS answers (not the mode bits, which
    root ignores): FILESYSTEM (mounted read-only), PERMISSION (no write access to the file
    or its folder, where SQLite keeps -wal/-shm and the key file is replaced), or None."""
    try:
        os.close(os.open(path, os.O_RDWR))
        folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return FILESYSTEM
        if exc.errno in (errno.EACCES, errno.EPERM):
            return PERMISSION
        return None             # (not a file, gone…): SQLite will say what is wrong
    if folder_ok:
        return None
    if hasattr(os, "statvfs") and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
        return FILESYSTEM
    return PERMISSION


def uri(path: Path, read_only: bool, immutable: bool = False) -> str:
    """The SQLite URI of a file: the path percent-quoted, so a # or % in it is a name."""
    target = "file:" + quote(str(path), safe="/:\\")
    if immutable:
        return target + "?mode=ro&immutable=1"
    return target + "?mode=ro" if read_only else target


def has_wal(path: Path) -> bool:
    """A -wal beside the store that holds pages."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def connect_raw(path: Path, raw_key: bytes, *, read_only: bool = False,
                cache_kib: int = CACHE_KIB) -> sqlcipher3.Connection:
    """A keyed DB-API connection with the house pragmas; WrongKey if the key does not fit.

    Read-only, SQLite still wants to create -shm beside a WAL store; in a folder where it
    cannot, the store is opened immutable (no locks, no WAL), which is right only when no
    -wal holds committed pages: otherwise they would be silently ignored, so we refuse."""
    try:
        return _keyed(path, raw_key, uri(path, read_only), read_only, cache_kib)
    except _CannotOpen:
        if not read_only or has_wal(path):
            raise StoreError(str(path), message=UNCLEAN_READ_ONLY if read_only
                             else CANNOT_OPEN) from None
    try:
        return _keyed(path, raw_key, uri(path, True, immutable=True), True, cache_kib)
    except _CannotOpen:
        raise StoreError(str(path), message=CANNOT_OPEN) from None


class _CannotOpen(Exception):
    """SQLite could not open the file or its -shm (as opposed to a wrong key)."""


def _keyed(path: Path, raw_key: bytes, target: str, read_only: bool,
           cache_kib: int) -> sqlcipher3.Connection:
    try:
        conn = sqlcipher3.connect(target, uri=True, check_same_thread=False,
                                  isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.OperationalError as exc:
        if "unable to open" in str(exc):
            raise _CannotOpen() from None
        raise StoreError(str(exc)) from None
    try:
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # No -shm can be made: "unable to open" on a read-only file system, "readonly" in a
        # folder we may not write to.
        if "unable to open" in str(exc) or \
                getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY:
            raise _CannotOpen() from None
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


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def translate_os_error(exc: OSError) -> StoreError | None:
    """A full disk or a read-only file system met while writing (the key file, a slot)."""
    if exc.errno in _FULL_ERRNOS:
        return DiskFull()
    if exc.errno == errno.EROFS:
        return ReadOnlyStore()
    return None


@contextlib.contextmanager
def db_errors() -> Iterator[None]:
    try:
        yield
    except (DBAPIError, OperationalError, sqlcipher3.Error) as exc:
        raise translate_db_error(exc) from exc
    except AuditWriteFailed as exc:
        # The journal wraps what stopped it; a full or read-only disk is still that.
        cause = exc.__cause__
        if isinstance(cause, (DBAPIError, sqlcipher3.Error)):
            found = translate_db_error(cause)
            if isinstance(found, (DiskFull, ReadOnlyStore)):
                raise found from exc
        raise
    except OSError as exc:
        found = translate_os_error(exc)
        if found is None:
            raise
        raise found from exc

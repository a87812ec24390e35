"""Consistent copies of a live store (backups and restores): `VACUUM INTO` under the store's
own key, read in one transaction by SQLite itself — never a copy of the file, which could
catch a write halfway or miss what is still in the -wal. Counted and checked here too, so
the services never touch SQL."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from desktop.domain.errors import StoreError
from desktop.store.engine import connect_raw, translate_db_error

# progress(done, total) in bytes written; returning False cancels.
Progress = Callable[[int, int], bool]
STEPS = 20_000        # SQLite VM steps between two looks at the progress
# A small page cache makes VACUUM INTO write the copy as it goes (so its size is the
# progress) instead of at the end; it is no slower.
COPY_CACHE_KIB = 2048


class CopyCancelled(Exception):
    """The user cancelled; the partial copy is removed."""


def store_size(conn: sqlcipher3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)


def copy_store(src: Path, key: bytes, dest: Path, progress: Progress | None = None) -> None:
    """Write a consistent copy of `src` to the new file `dest`, encrypted with the same key.
    On any failure or a cancel nothing is left at `dest`."""
    if dest.exists():
        raise StoreError(f"{dest} exists already")
    conn = connect_raw(src, key, read_only=True, cache_kib=COPY_CACHE_KIB)
    stop = False
    try:
        total = max(store_size(conn), 1)

        def look() -> int:
            nonlocal stop
            if progress is None:
                return 0
            try:
                done = dest.stat().st_size
            except OSError:
                done = 0
            if progress(min(done, total), total) is False:
                stop = True
                return 1        # non-zero interrupts the statement
            return 0

        conn.set_progress_handler(look, STEPS)
        try:
            conn.execute("VACUUM INTO ?", (str(dest),))
        except sqlcipher3.Error as exc:
            if stop:
                raise CopyCancelled() from None
            raise translate_db_error(exc) from exc
        except OSError as exc:
            raise translate_db_error(exc) from exc
        finally:
            conn.set_progress_handler(None, 0)
        if progress is not None:
            progress(total, total)
    except BaseException:
        for leftover in (dest, dest.with_name(dest.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        conn.close()
    fsync_file(dest)


def table_counts(path: Path, key: bytes) -> dict[str, int]:
    """Rows per table of a store (its own tables, not SQLite's or the search index's)."""
    conn = connect_raw(path, key, read_only=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name")]
        return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
                for name in names}
    finally:
        conn.close()


def _one_value(path: Path, key: bytes, sql: str) -> str:
    conn = connect_raw(path, key, read_only=True)
    try:
        row = conn.execute(sql).fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


def schema_revision(path: Path, key: bytes) -> str:
    return _one_value(path, key, "SELECT version_num FROM alembic_version")


def organisation(path: Path, key: bytes) -> str:
    return _one_value(path, key, "SELECT value FROM store_meta WHERE key = 'organisation'")


def sha256_of(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = max(path.stat().st_size, 1)
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and progress(done, total) is False:
                raise CopyCancelled()
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def journal_mac_at(path: Path, key: bytes, seq: int | None = None) -> tuple[int, bytes] | None:
    """The journal record `seq` (default: the last one) as (seq, mac), read from a store file
    that is not open in the program (a backup being checked)."""
    conn = connect_raw(path, key, read_only=True)
    try:
        if seq is None:
            row = conn.execute("SELECT seq, mac FROM audit_event ORDER BY seq DESC LIMIT 1")
        else:
            row = conn.execute("SELECT seq, mac FROM audit_event WHERE seq = ?", (seq,))
        found = row.fetchone()
        return (int(found[0]), bytes(found[1])) if found else None
    finally:
        conn.close()


def use_rollback_journal(path: Path, key: bytes) -> None:
    """Checkpoint and leave WAL mode, so the file is whole without a -wal beside it (a store
    about to be renamed into place)."""
    conn = connect_raw(path, key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()

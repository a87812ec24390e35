"""Whole-file operations: integrity checks, checkpoints, re-encryption into a new file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desktop.domain.errors import WrongKey
from desktop.store.engine import connect_raw, key_pragma

_PAGE = re.compile(r"(?:pgno|page)[=: ]+(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    first_bad_page: int | None = None


def check_file(path: Path, raw_key: bytes) -> IntegrityReport:
    """SQLCipher's page HMAC check, then SQLite's structural check."""
    try:
        conn = connect_raw(path, raw_key, read_only=True)
    except WrongKey:
        # The key came out of an authenticated slot, so a refusal here means the first
        # page (salt, header) is damaged, not that the key is wrong.
        return IntegrityReport(False, ("page 1: does not decrypt (header damaged)",), 1)
    try:
        problems: list[str] = []
        try:
            problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            problems += [r for r in rows if r != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"integrity_check: {exc}")
    finally:
        conn.close()
    first = None
    for text in problems:
        match = _PAGE.search(text)
        if match:
            first = int(match.group(1)) if first is None else min(first, int(match.group(1)))
    return IntegrityReport(not problems, tuple(problems), first)


def checkpoint(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def export_with_key(src: Path, src_key: bytes, dest: Path, dest_key: bytes) -> None:
    """Copy the whole store into a new file encrypted with dest_key (sqlcipher_export)."""
    conn = connect_raw(src, src_key)
    try:
        checkpoint(conn)
        conn.execute(f"ATTACH DATABASE ? AS target KEY \"x'{dest_key.hex()}'\"", (str(dest),))
        conn.execute("SELECT sqlcipher_export('target')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    check = connect_raw(dest, dest_key)
    try:
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()


def opens_with(path: Path, raw_key: bytes) -> bool:
    try:
        conn = sqlcipher3.connect(str(path))
        conn.execute(key_pragma(raw_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
        return True
    except sqlcipher3.DatabaseError:
        return False

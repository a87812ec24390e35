"""Whole-file operations: integrity checks, checkpoints, re-encryption into a new file."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.domain.errors import StoreError, WrongKey
from desktop.store.engine import connect_raw, has_wal, key_pragma, uri

_PAGE = re.compile(r"(?:pgno|page)[=: ]+(\d+)", re.IGNORECASE)
# SQLCipher 4's page layout (its defaults, which Grif never changes): the first 16 bytes of
# page 1 are the salt, and every page ends with a reserve of IV (16) + HMAC-SHA512 (64).
_SALT = 16
_IV = 16
_RESERVE = 80
MAX_PAGES_LISTED = 20


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    first_bad_page: int | None = None
    bad_pages: tuple[int, ...] = ()          # pages whose HMAC fails (the first few)
    file_pages: int | None = None            # whole pages in the file
    header_pages: int | None = None          # set when the file is cut short: pages expected

    @property
    def truncated(self) -> bool:
        return self.header_pages is not None


def check_file(path: Path, raw_key: bytes) -> IntegrityReport:
    """SQLCipher's page HMAC check, then SQLite's structural check. A damaged page is named by
    its number; a file cut short by the pages its header says are missing."""
    try:
        bare = sqlcipher3.connect(uri(path, read_only=True), uri=True,
                                check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        return IntegrityReport(False, (f"the file cannot be read: {exc}",))
    try:
        # Keyed but without reading the schema: the HMAC check must run even when the pages
        # of the schema are the damaged ones.
        bare.execute(key_pragma(raw_key))
        bare.execute("PRAGMA cipher_log_level = NONE")
        problems: list[str] = []
        try:
            problems += [r[0] for r in bare.execute("PRAGMA cipher_integrity_check")]
            page_size = int(bare.execute("PRAGMA cipher_page_size").fetchone()[0])
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
            page_size = 0
    finally:
        bare.close()
    bad = sorted({int(m.group(1)) for text in problems for m in [_PAGE.search(text)] if m})
    file_pages = path.stat().st_size // page_size if page_size else None
    structural = _structure(path, raw_key)
    header_pages = _header_pages(path, raw_key, page_size) if 1 not in bad else None
    cut = header_pages is not None and file_pages is not None and header_pages > file_pages \
        and (bool(structural) or not has_wal(path))
    # With a WAL in use the file may lag its header for a moment (a checkpoint writes page 1
    # first), so a short file counts as cut only when it also fails to read or has no WAL.
    if cut:
        assert header_pages is not None and file_pages is not None
        problems.insert(0, f"file cut short: the header says {header_pages} pages, the file "
                           f"holds {file_pages} (pages {file_pages + 1}-{header_pages} missing)")
    problems += structural
    first = min(bad) if bad else (file_pages + 1 if cut and file_pages is not None else None)
    if first is None and problems:
        named = [int(m.group(1)) for text in problems for m in [_PAGE.search(text)] if m]
        first = min(named) if named else None
    return IntegrityReport(not problems, tuple(problems), first, tuple(bad[:MAX_PAGES_LISTED]),
                           file_pages, header_pages if cut else None)


def _structure(path: Path, raw_key: bytes) -> list[str]:
    """SQLite's own check of b-trees and the free list (reads through the WAL)."""
    try:
        conn = connect_raw(path, raw_key, read_only=True)
    except WrongKey:
        # The key came from an authenticated slot, so a refusal means the schema's pages do
        # not read; the HMAC check above names the page when one is damaged.
        return ["the schema does not read (damaged or missing pages)"]
    except StoreError as exc:
        return [f"the file cannot be opened: {exc.text()}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return [r for r in rows if r != "ok"]
    except sqlcipher3.DatabaseError as exc:
        return [f"integrity_check: {exc}"]
    finally:
        conn.close()


def _header_pages(path: Path, raw_key: bytes, page_size: int) -> int | None:
    """The database size in pages as page 1's header gives it (offset 28), decrypted here
    because SQLite reads it only after the schema, which a cut file may not have. None when
    the header is not the expected one."""
    if page_size <= _RESERVE + _SALT:
        return None
    try:
        with open(path, "rb") as fh:
            page = fh.read(page_size)
    except OSError:
        return None
    if len(page) < page_size:
        return None
    iv = page[page_size - _RESERVE:page_size - _RESERVE + _IV]
    decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[_SALT:page_size - _RESERVE]) + decryptor.finalize()
    header = bytes(_SALT) + plain        # offsets as in SQLite's file format
    size, = struct.unpack(">H", header[16:18])
    change, pages, valid_for = (struct.unpack(">I", header[o:o + 4])[0] for o in (24, 28, 92))
    if (size == 1 and page_size != 65536) or (size != 1 and size != page_size) \
            or header[20] != _RESERVE or change != valid_for or pages == 0:
        return None
    return pages


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

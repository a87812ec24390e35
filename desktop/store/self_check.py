"""The store layer's part of `grif --self-test`: the SQLCipher library and a scratch
encrypted store migrated to this release's schema. A failure raises RuntimeError carrying a
Reason (translated in context "SelfTest" by the report)."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

import sqlcipher3

from desktop.domain.errors import Reason, WrongKey
from desktop.domain.errors import self_test_failure as _fail
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.store import meta, migrate
from desktop.store.engine import connect_raw, make_engine
from desktop.store.schema import store_meta

SAMPLE = "Құпия ақпарат тізілімі: әғқңөұүһі ₸ — Секретно — Жашыруун"
PLAIN_SQLITE = b"SQLite format 3\x00"


def store_library() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        options = {row[0] for row in conn.execute("PRAGMA compile_options")}
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise _fail(QT_TRANSLATE_NOOP("SelfTest",
                                      "the SQLite library has no cipher (not SQLCipher)"))
    if "ENABLE_FTS5" not in options:
        raise _fail(QT_TRANSLATE_NOOP("SelfTest", "full-text search (FTS5) is missing"))
    return f"SQLCipher {cipher[0]}, SQLite {sqlite}, FTS5"


def cipher() -> Reason:
    """A scratch register: the schema migrated to the newest revision (the migrations are
    files the bundle must carry), a value written and read back, the file unreadable as
    plain SQLite and refused with another key."""
    with tempfile.TemporaryDirectory(prefix="grif-selftest-") as folder:
        path = Path(folder) / "selftest.grif"
        key = secrets.token_bytes(32)
        engine = make_engine(path, key)
        try:
            migrate.upgrade(engine)
            with engine.connect().execution_options(grif_write=True) as conn, conn.begin():
                meta.put(conn, "selftest", SAMPLE)
        finally:
            engine.dispose()
        with path.open("rb") as handle:
            if handle.read(16) == PLAIN_SQLITE:
                raise _fail(QT_TRANSLATE_NOOP("SelfTest", "the store was written unencrypted"))
        try:
            connect_raw(path, secrets.token_bytes(32)).close()
        except WrongKey:
            pass
        else:
            raise _fail(QT_TRANSLATE_NOOP("SelfTest", "a wrong key opened the store"))
        conn = connect_raw(path, key)
        try:
            value = conn.execute(f"SELECT value FROM {store_meta.name} WHERE key = 'selftest'") \
                .fetchone()
        finally:
            conn.close()
        if not value or value[0] != SAMPLE:
            raise _fail(QT_TRANSLATE_NOOP("SelfTest", "what was written could not be read back"))
        return Reason(QT_TRANSLATE_NOOP(
            "SelfTest", "encrypted store written and read back, wrong key refused, schema %1"),
            migrate.head(), context="SelfTest")

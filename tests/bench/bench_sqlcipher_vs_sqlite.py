"""The cost of encryption: one register-like workload on plain sqlite3 and on SQLCipher.

Both connections get the house pragmas (WAL, synchronous=FULL, temp_store=MEMORY, foreign
keys, busy timeout, cache_size = -CACHE_KIB): SQLCipher through connect_raw, plain sqlite3 set by
hand. The workload creates a table shaped like a register of copies with its indexes, inserts
300 000 rows in transactions of 10 000, closes, then runs a fixed set of queries on a new
connection (so they read pages through the cipher rather than from the inserts' page cache).
Each engine runs it REPEATS times, alternating, on a fresh file; the medians are compared.

sqlite_workload_s          plain sqlite3 (the Python standard library's SQLite)
sqlcipher_workload_s       sqlcipher3 via desktop.store.engine.connect_raw
sqlcipher_vs_sqlite_ratio  sqlcipher / sqlite
"""

from __future__ import annotations

import random
import secrets
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.store.engine import BUSY_TIMEOUT_MS, CACHE_KIB, connect_raw
from tests.bench.common import Figures, median, report, scratch

ROWS = 300_000
BATCH = 10_000
REPEATS = 5
PAGES = 50
SEED = 20_250_101

LEVELS = ("fonds", "series", "file", "item")
STATES = ("on_shelf", "issued", "restoration", "lost", "withdrawn")
STATE_WEIGHTS = (70, 15, 8, 4, 3)
CUSTODIANS = 500
WORDS = ("Letters", "Minutes", "Register", "Accounts", "Charter", "Survey", "Petition",
         "Inventory", "Map", "Diary", "Ledger", "Census", "Deed", "Report", "Будинок",
         "Справа", "Опис", "Лист")
PREFIXES = ("Letters", "Map", "Census", "Справа", "Deed of", "Report 1", "Zzz", "Inv",
            "Ledger 7", "Опис")

SCHEMA = (
    "CREATE TABLE copies (id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, year INT, "
    "level TEXT NOT NULL, title TEXT NOT NULL, custodian INT, state TEXT NOT NULL, "
    "created TEXT NOT NULL)",
    "CREATE INDEX copies_level_state ON copies (level, state)",
    "CREATE INDEX copies_custodian ON copies (custodian)",
)
INSERT = ("INSERT INTO copies (id, reg_no, year, level, title, custodian, state, created) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")

Row = tuple[int, str, int, str, str, int, str, str]
Connect = Callable[[Path], Any]


def make_rows(n: int = ROWS) -> list[Row]:
    rnd = random.Random(SEED)
    states = rnd.choices(STATES, STATE_WEIGHTS, k=n)
    rows: list[Row] = []
    for i in range(1, n + 1):
        year = 1850 + rnd.randrange(175)
        title = (f"{rnd.choice(WORDS)} of {rnd.choice(WORDS).lower()} {rnd.randrange(1, 10_000)}"
                 f", {year}")
        created = (f"20{rnd.randrange(10, 26)}-{rnd.randrange(1, 13):02d}-"
                   f"{rnd.randrange(1, 29):02d}T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}"
                   f":{rnd.randrange(60):02d}.000000+00:00")
        rows.append((i, f"GR-{year}-{i:07d}", year, LEVELS[rnd.randrange(4)], title,
                     1 + rnd.randrange(CUSTODIANS), states[i - 1], created))
    return rows


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """Plain SQLite with exactly the pragmas connect_raw applies."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in ("foreign_keys = ON", "temp_store = MEMORY", f"cache_size = -{CACHE_KIB}",
                   f"busy_timeout = {BUSY_TIMEOUT_MS}", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def connect_sqlcipher(key: bytes) -> Connect:
    return lambda path: connect_raw(path, key)


def connect_unkeyed(path: Path) -> sqlcipher3.Connection:
    """sqlcipher3's own SQLite without a key (no encryption): same library version as SQLCipher,
    to tell the cost of encryption from a difference of SQLite versions."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in ("foreign_keys = ON", "temp_store = MEMORY", f"cache_size = -{CACHE_KIB}",
                   f"busy_timeout = {BUSY_TIMEOUT_MS}", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def check_pragmas(conn: Any) -> tuple[str, ...]:
    # as text: SQLCipher answers page_size with a string
    return tuple(str(conn.execute(f"PRAGMA {name}").fetchone()[0])
                 for name in ("journal_mode", "synchronous", "temp_store", "cache_size",
                              "foreign_keys", "page_size"))


def workload(connect: Connect, path: Path, rows: list[Row]) -> tuple[float, float, tuple]:
    """(insert seconds, query seconds, pragmas in force); the file is made fresh."""
    rnd = random.Random(SEED + 1)
    positions = [rnd.randrange(ROWS - 100) for _ in range(PAGES)]
    custodians = [1 + rnd.randrange(CUSTODIANS) for _ in range(PAGES)]
    pairs = [(rnd.choice(LEVELS), rnd.choice(STATES)) for _ in range(20)]

    start = time.perf_counter()
    conn = connect(path)
    try:
        pragmas = check_pragmas(conn)
        for statement in SCHEMA:
            conn.execute(statement)
        for lo in range(0, len(rows), BATCH):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(INSERT, rows[lo:lo + BATCH])
            conn.execute("COMMIT")
    finally:
        conn.close()
    inserted = time.perf_counter()

    # A new connection, as a later session would open: its page cache starts empty, so the
    # queries read (and on SQLCipher decrypt) the pages rather than find them from the inserts.
    conn = connect(path)
    try:
        sink = 0
        for _ in range(5):  # the register's summary: count by level and state (index only)
            sink += len(conn.execute("SELECT level, state, count(*) FROM copies "
                                     "GROUP BY level, state").fetchall())
        for pos in positions:  # keyset pages of 100 rows from random positions
            sink += len(conn.execute("SELECT * FROM copies WHERE id > ? ORDER BY id LIMIT 100",
                                     (pos,)).fetchall())
        for level, state in pairs:  # first page of a filter on the (level, state) index
            sink += len(conn.execute("SELECT * FROM copies WHERE level = ? AND state = ? "
                                     "ORDER BY id LIMIT 100", (level, state)).fetchall())
        for custodian in custodians:  # everything held by one custodian (index)
            sink += len(conn.execute("SELECT id, reg_no, title, state FROM copies "
                                     "WHERE custodian = ? ORDER BY id", (custodian,)).fetchall())
        for prefix in PREFIXES:  # title prefix search: LIKE has no index here, a full scan
            sink += conn.execute("SELECT count(*) FROM copies WHERE title LIKE ?",
                                 (prefix + "%",)).fetchone()[0]
        if sink == 0:
            raise RuntimeError("the queries found nothing")
    finally:
        conn.close()
    end = time.perf_counter()
    return inserted - start, end - inserted, pragmas


def _fresh(folder: Path, name: str) -> Path:
    for suffix in ("", "-wal", "-shm"):
        (folder / (name + suffix)).unlink(missing_ok=True)
    return folder / name


def run() -> Figures:
    rows = make_rows()
    engines: dict[str, Connect] = {
        "sqlite": connect_sqlite,
        "sqlcipher": connect_sqlcipher(secrets.token_bytes(32)),
        "unkeyed": connect_unkeyed,
    }
    totals: dict[str, list[float]] = {name: [] for name in engines}
    parts: dict[str, list[tuple[float, float]]] = {name: [] for name in engines}
    seen_pragmas: dict[str, tuple] = {}
    with scratch("cipher") as folder:
        for _ in range(REPEATS):
            for name, connect in engines.items():
                path = _fresh(folder, f"{name}.db")
                ins, query, pragmas = workload(connect, path, rows)
                totals[name].append(ins + query)
                parts[name].append((ins, query))
                seen_pragmas[name] = pragmas
    if seen_pragmas["sqlite"] != seen_pragmas["sqlcipher"]:
        raise RuntimeError(f"pragmas differ: sqlite {seen_pragmas['sqlite']}, "
                           f"sqlcipher {seen_pragmas['sqlcipher']}")

    print(f"  (SQLite versions: sqlite3 {sqlite3.sqlite_version}, "
          f"sqlcipher3 {sqlcipher3.sqlite_version}; pragmas journal_mode, synchronous, "
          f"temp_store, cache_size, foreign_keys, page_size = {seen_pragmas['sqlcipher']})")
    for name in engines:
        ins = median([p[0] for p in parts[name]])
        query = median([p[1] for p in parts[name]])
        print(f"  ({name}: insert {ins:.2f} s, queries {query:.2f} s; totals "
              f"{', '.join(f'{t:.2f}' for t in totals[name])} s)")
    unkeyed_ratio = median(totals["sqlcipher"]) / median(totals["unkeyed"])
    print(f"  (sqlcipher vs sqlcipher3 unkeyed, same SQLite version: ratio {unkeyed_ratio:.3f})")

    figures = {"sqlite_workload_s": median(totals["sqlite"]),
               "sqlcipher_workload_s": median(totals["sqlcipher"])}
    figures["sqlcipher_vs_sqlite_ratio"] = (figures["sqlcipher_workload_s"]
                                            / figures["sqlite_workload_s"])
    report("sqlite_workload_s", figures["sqlite_workload_s"], "s")
    report("sqlcipher_workload_s", figures["sqlcipher_workload_s"], "s")
    report("sqlcipher_vs_sqlite_ratio", figures["sqlcipher_vs_sqlite_ratio"], "", "≤ 1.25")
    return figures


if __name__ == "__main__":
    run()

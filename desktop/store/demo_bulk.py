"""Bulk writing of a demo register: rows prepared by services/demo_register.py go in with
executemany on one raw keyed connection, in a few large transactions.

Each transaction holds whole registrations with all their copies and moves, and moves the
numbering counter with them, so an interrupted fill leaves a consistent, gap-free register.
The full-text triggers fire on every insert, so the search index is always in step."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.store.engine import connect_raw

# The bulk connection's page cache: the whole working set of a 10^6-copy fill, so index
# pages are decrypted once. Freed when the fill ends.
BULK_CACHE_KIB = 256 * 1024

REGISTRATION_COLUMNS = (
    "id", "journal", "year", "number", "reg_no", "reg_date", "kind", "title", "level",
    "level_rank", "basis", "review_date", "originator_type", "originator", "foreign_marking",
    "foreign_reference", "foreign_reference_date", "incoming_no", "incoming_date", "sheets",
    "medium_serial", "medium_capacity", "copies", "parent_id", "derivation", "purpose",
    "contract", "notes", "created_at", "created_by")
COPY_COLUMNS = ("id", "registration_id", "copy_no", "state", "custodian_id", "holder_id",
                "location", "sheets", "updated_at")
MOVE_COLUMNS = ("id", "copy_id", "kind", "from_state", "to_state", "at", "by_user",
                "to_user_id", "to_org", "channel", "basis", "reference")


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


class BulkWriter:
    """One raw connection for the whole fill; `write` commits one batch."""

    def __init__(self, path: Path, raw_key: bytes) -> None:
        self.raw = connect_raw(path, raw_key, cache_kib=BULK_CACHE_KIB)
        # WAL with NORMAL: a power cut may lose the last batches, never corrupt the store;
        # the fill does not wait for the disk at each of its few commits.
        self.raw.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def next_ids(self) -> tuple[int, int, int]:
        """The first free id of registrations, copies and moves."""
        return tuple(self.raw.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {t}").fetchone()[0]
                     for t in ("registrations", "copies", "moves"))  # type: ignore[return-value]

    def last_numbers(self, journal: str) -> dict[int, int]:
        return dict(self.raw.execute("SELECT year, last FROM reg_numbers WHERE journal = ?",
                                     (journal,)).fetchall())

    def write(self, journal: str, registrations: Sequence[tuple], copies: Sequence[tuple],
              moves: Sequence[tuple], numbers: dict[int, int]) -> None:
        """One transaction: the rows and the journal's counters after them."""
        cur = self.raw.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.executemany(_insert_sql("registrations", REGISTRATION_COLUMNS), registrations)
            cur.executemany(_insert_sql("copies", COPY_COLUMNS), copies)
            cur.executemany(_insert_sql("moves", MOVE_COLUMNS), moves)
            cur.executemany(
                "INSERT INTO reg_numbers(journal, year, last) VALUES (?, ?, ?) "
                "ON CONFLICT(journal, year) DO UPDATE SET last = excluded.last",
                [(journal, year, last) for year, last in numbers.items()])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def checkpoint(self) -> None:
        """The WAL into the file, so the store opens without replaying it. (No ANALYZE: the
        demo's queries are planned as in a store that never had statistics.)"""
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

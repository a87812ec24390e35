"""Verifying the audit chain over the whole journal, on every core.

Each record's check needs only the stored MAC of the record before it, so the journal is
cut into ranges checked by separate processes, each with its own connection."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from desktop.security.audit_chain import GENESIS, ChainFault, check_range
from desktop.store import audit
from desktop.store.engine import connect_raw

PARALLEL_FROM = 200_000
# fork where the OS has it: a spawned worker re-imports the whole program (hundreds of ms).
# The workers touch only SQLCipher and hashlib, never Qt, so forking the GUI process is safe
# for them; Windows has only spawn.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    last_seq: int
    fault: ChainFault | None

    @property
    def ok(self) -> bool:
        return self.fault is None


def _check(path: str, store_key: bytes, chain_key: bytes, first: int, last: int
           ) -> tuple[int, int, ChainFault | None]:
    conn = connect_raw(Path(path), store_key, read_only=True, cache_kib=8 * 1024)
    try:
        before = audit.mac_before(conn, first)
        prev_seq, prev_mac = (before[0], before[1]) if before else (first - 1, GENESIS)
        if first == 1:
            prev_seq, prev_mac = 0, GENESIS
        return check_range(chain_key, audit.chain_rows(conn, first, last), prev_seq, prev_mac)
    finally:
        conn.close()


def verify_chain(path: Path, store_key: bytes, chain_key: bytes,
                 workers: int | None = None) -> ChainReport:
    conn = connect_raw(path, store_key, read_only=True)
    try:
        hi = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_event").fetchone()[0]
    finally:
        conn.close()
    if hi == 0:
        return ChainReport(0, 0, None)
    workers = workers or min(os.cpu_count() or 1, 8)
    if workers < 2 or hi < PARALLEL_FROM:
        return ChainReport(*_check(str(path), store_key, chain_key, 1, hi))
    step = hi // workers + 1
    bounds = [(lo, min(lo + step - 1, hi)) for lo in range(1, hi + 1, step)]
    ctx = multiprocessing.get_context(START_METHOD)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        results = list(pool.map(_check, *zip(*[(str(path), store_key, chain_key, lo, up)
                                                for lo, up in bounds], strict=True)))
    checked = 0
    for (lo, up), (count, last, fault) in zip(bounds, results, strict=True):
        checked += count
        if fault is not None:
            return ChainReport(checked, last, fault)
        if last != up:  # a range that ended early: records missing at its end
            return ChainReport(checked, last, ChainFault(last + 1, "missing"))
        del lo
    return ChainReport(checked, hi, None)

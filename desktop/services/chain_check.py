"""Verifying the audit chain over the whole journal, on every core.

Each record's check needs only the stored MAC of the record before it, so the journal is
cut into ranges checked by separate processes, each with its own connection."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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
# With a progress callback: report (and look for a cancel) every so many records, and cut the
# parallel work into ranges of at most this many records so that progress moves.
REPORT_EVERY = 20_000
RANGE_WITH_PROGRESS = 100_000

# progress(done, total) -> False to stop; the check then raises VerificationCancelled.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ChainReport:
    checked: int
    last_seq: int
    fault: ChainFault | None

    @property
    def ok(self) -> bool:
        return self.fault is None


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        from desktop.services.journal_view import VerificationCancelled  # (import cycle)
        raise VerificationCancelled()


def _reporting(rows: Iterable[tuple[int, bytes, bytes]], progress: Progress, total: int
               ) -> Iterator[tuple[int, bytes, bytes]]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if done % REPORT_EVERY == 0:
            _report(progress, done, total)


def _check(path: str, store_key: bytes, chain_key: bytes, first: int, last: int,
           progress: Progress | None = None) -> tuple[int, int, ChainFault | None]:
    conn = connect_raw(Path(path), store_key, read_only=True, cache_kib=8 * 1024)
    try:
        before = audit.mac_before(conn, first)
        prev_seq, prev_mac = (before[0], before[1]) if before else (first - 1, GENESIS)
        if first == 1:
            prev_seq, prev_mac = 0, GENESIS
        rows: Iterable[tuple[int, bytes, bytes]] = audit.chain_rows(conn, first, last)
        if progress is not None:
            rows = _reporting(rows, progress, last)
        return check_range(chain_key, rows, prev_seq, prev_mac)
    finally:
        conn.close()


def verify_chain(path: Path, store_key: bytes, chain_key: bytes,
                 workers: int | None = None, progress: Progress | None = None) -> ChainReport:
    """Check every record's MAC. With `progress`, report (records done, total) now and then;
    when it returns False, stop and raise journal_view.VerificationCancelled."""
    conn = connect_raw(path, store_key, read_only=True)
    try:
        hi = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_event").fetchone()[0]
    finally:
        conn.close()
    _report(progress, 0, hi)
    if hi == 0:
        return ChainReport(0, 0, None)
    workers = workers or min(os.cpu_count() or 1, 8)
    if workers < 2 or hi < PARALLEL_FROM:
        report = ChainReport(*_check(str(path), store_key, chain_key, 1, hi, progress))
        if progress is not None:
            progress(hi, hi)  # finished: too late to cancel, the answer is given
        return report
    step = hi // workers + 1
    if progress is not None:
        step = min(step, RANGE_WITH_PROGRESS)
    bounds = [(lo, min(lo + step - 1, hi)) for lo in range(1, hi + 1, step)]
    ctx = multiprocessing.get_context(START_METHOD)
    if progress is None:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            results = list(pool.map(_check, *zip(*[(str(path), store_key, chain_key, lo, up)
                                                    for lo, up in bounds], strict=True)))
    else:
        results = _parallel_with_progress(path, store_key, chain_key, bounds, workers, ctx,
                                          progress, hi)
    checked = 0
    for (lo, up), (count, last, fault) in zip(bounds, results, strict=True):
        checked += count
        if fault is not None:
            return ChainReport(checked, last, fault)
        if last != up:  # a range that ended early: records missing at its end
            return ChainReport(checked, last, ChainFault(last + 1, "missing"))
        del lo
    return ChainReport(checked, hi, None)


def _parallel_with_progress(path: Path, store_key: bytes, chain_key: bytes,
                            bounds: list[tuple[int, int]], workers: int, ctx,
                            progress: Progress, total: int
                            ) -> list[tuple[int, int, ChainFault | None]]:
    """The ranges on the pool, reporting as each one finishes; a cancel drops the ranges not
    yet started (the running ones finish, each at most RANGE_WITH_PROGRESS records)."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futures = [pool.submit(_check, str(path), store_key, chain_key, lo, up)
                   for lo, up in bounds]
        pending = set(futures)
        done_records = 0
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                done_records += sum(up - lo + 1 for (lo, up), f in zip(bounds, futures,
                                                                      strict=True)
                                    if f in finished)
                _report(progress, done_records, total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return [f.result() for f in futures]

"""Verifying the audit chain over 10^6 journal events.

The events are valid chained records bulk-inserted with a raw connection after the store's own
first record (building them through journal.append would take far too long). The built store
lives in a temporary folder for this run only.

audit_verify_events_per_s        verify_chain with its default workers (processes on every core)
audit_verify_events_per_s_1core  verify_chain(..., workers=1)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from desktop.security import audit_chain
from desktop.security.kdf import MINIMUM
from desktop.services.chain_check import ChainReport, verify_chain
from desktop.store.engine import connect_raw
from tests.bench.common import Figures, median, new_store, report, scratch

EVENTS = 1_000_000
BATCH = 50_000
REPEATS = 5  # each verification is timed this many times; the median is reported
ACTIONS = ("copy.add", "copy.move", "copy.issue", "copy.return", "user.login")


class ChainBroken(RuntimeError):
    """verify_chain found a fault in a chain built valid: a bug."""


def build(path: Path, events: int = EVENTS) -> tuple[bytes, bytes, float]:
    """A store holding `events` valid journal records; (store key, chain key, build seconds)."""
    start = time.perf_counter()
    created = new_store(path, kdf=MINIMUM)
    store = created.session.store
    store_key, chain_key, ws = store.keys.store_key, store.keys.chain_key, store.workstation
    store.close()

    conn = connect_raw(path, store_key)
    try:
        head = conn.execute("SELECT seq, mac FROM audit_event ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
        seq, prev = (head[0], head[1]) if head else (0, audit_chain.GENESIS)
        base = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        step = dt.timedelta(milliseconds=37)
        body, mac = audit_chain.body, audit_chain.mac
        sql = ("INSERT INTO audit_event (seq, ts, actor, workstation, action, object, outcome, "
               "details, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        target = seq + events
        conn.execute("BEGIN IMMEDIATE")
        while seq < target:
            rows = []
            for _ in range(min(BATCH, target - seq)):
                seq += 1
                ts = (base + step * seq).isoformat(timespec="microseconds")
                action = ACTIONS[seq % len(ACTIONS)]
                obj = f"GR-{seq % 97_000:06d}"
                outcome = "ok" if seq % 50 else "denied"
                details = json.dumps({"n": seq, "shelf": f"S{seq % 300}"},
                                     ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                prev = mac(chain_key, prev, body(seq, ts, "admin", ws, action, obj, outcome,
                                                 details))
                rows.append((seq, ts, "admin", ws, action, obj, outcome, details, prev))
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return store_key, chain_key, time.perf_counter() - start


def timed_verify(path: Path, store_key: bytes, chain_key: bytes,
                 workers: int | None) -> tuple[ChainReport, float]:
    start = time.perf_counter()
    result = verify_chain(path, store_key, chain_key, workers=workers)
    elapsed = time.perf_counter() - start
    if not result.ok:
        assert result.fault is not None
        raise ChainBroken(f"verify_chain(workers={workers}) reported a fault on a valid chain: "
                          f"seq {result.fault.seq} {result.fault.kind} "
                          f"({result.fault.describe()}); checked {result.checked}, "
                          f"last seq {result.last_seq}")
    return result, elapsed


def run() -> Figures:
    with scratch("verify") as folder:
        path = folder / "journal.grif"
        store_key, chain_key, built = build(path)
        size_mb = path.stat().st_size / 1e6
        print(f"  (built {EVENTS} events in {built:.1f} s, store {size_mb:.0f} MB)", flush=True)

        figures: Figures = {}
        for name, workers in (("audit_verify_events_per_s", None),
                              ("audit_verify_events_per_s_1core", 1)):
            rates, times = [], []
            for _ in range(REPEATS):
                result, elapsed = timed_verify(path, store_key, chain_key, workers)
                if result.checked < EVENTS:
                    raise ChainBroken(f"verify_chain(workers={workers}) checked only "
                                      f"{result.checked} records")
                rates.append(result.checked / elapsed)
                times.append(elapsed)
            figures[name] = median(rates)
            print(f"  ({name}: {result.checked} records in "
                  f"{', '.join(f'{t:.2f}' for t in times)} s; median reported)", flush=True)
    report("audit_verify_events_per_s", figures["audit_verify_events_per_s"], "events/s",
           "≥ 400000/s", digits=0)
    report("audit_verify_events_per_s_1core", figures["audit_verify_events_per_s_1core"],
           "events/s", digits=0)
    return figures


if __name__ == "__main__":
    try:
        run()
    except ChainBroken as exc:
        print(f"FAULT: {exc}", file=sys.stderr)
        sys.exit(1)

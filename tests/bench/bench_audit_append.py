"""Latency of one audited write committed to disk (WAL, synchronous=FULL).

audit_append_p99_ms  p99 of 2000 `store.write()` transactions each appending one journal record
audit_append_p50_ms  their median
"""

from __future__ import annotations

import time

from desktop.security.kdf import MINIMUM
from desktop.services import journal
from tests.bench.common import Figures, new_store, percentile, report, scratch

APPENDS = 2000


def run() -> Figures:
    with scratch("append") as folder:
        # The KDF plays no part in appending: the floor parameters save the calibration time.
        created = new_store(folder / "append.grif", kdf=MINIMUM)
        session = created.session
        store = session.store
        latencies = []
        try:
            for i in range(APPENDS):
                start = time.perf_counter()
                with store.write() as conn:
                    journal.append(conn, store, actor="admin", action="bench.append",
                                   obj=str(i), details={"i": i})
                latencies.append(time.perf_counter() - start)
        finally:
            store.close()

    figures = {"audit_append_p99_ms": percentile(latencies, 99) * 1000,
               "audit_append_p50_ms": percentile(latencies, 50) * 1000}
    report("audit_append_p99_ms", figures["audit_append_p99_ms"], "ms", "≤ 5 ms")
    report("audit_append_p50_ms", figures["audit_append_p50_ms"], "ms")
    return figures


if __name__ == "__main__":
    run()

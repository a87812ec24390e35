"""Opening a store: one user slot with calibrated Argon2id, and the raw-key SQLCipher open.

kdf_unlock_s  seconds for kek_from_password on a freshly created (calibrated) store, median of 5
raw_open_ms   connect_raw + a trivial query + close with the 32-byte store key, median of 50
"""

from __future__ import annotations

import time

from desktop.security import keyfile
from desktop.services.keys import kek_from_password
from desktop.store.engine import connect_raw
from tests.bench.common import ADMIN, PASSWORD, Figures, median, new_store, report, scratch

UNLOCK_RUNS = 5
OPEN_RUNS = 50


def run() -> Figures:
    with scratch("open") as folder:
        path = folder / "open.grif"
        created = new_store(path)  # kdf=None: calibrated as a new store would be
        kek = created.session.store.keys.kek
        store_key = created.session.store.keys.store_key
        created.session.store.close()

        kf = keyfile.load(keyfile.key_file_path(path))
        unlock = []
        for _ in range(UNLOCK_RUNS):
            start = time.perf_counter()
            got = kek_from_password(kf, ADMIN, PASSWORD, None)
            unlock.append(time.perf_counter() - start)
            if got != kek:
                raise RuntimeError("kek_from_password did not give the store's KEK")

        opens = []
        for _ in range(OPEN_RUNS):
            start = time.perf_counter()
            conn = connect_raw(path, store_key)
            conn.execute("SELECT value FROM store_meta WHERE key = ?", ("store_id",)).fetchone()
            conn.close()
            opens.append(time.perf_counter() - start)

    params = kf.kdf
    print(f"  (kdf calibrated: memory {params.memory_kib} KiB, time_cost {params.time_cost}, "
          f"parallelism {params.parallelism})")
    figures = {"kdf_unlock_s": median(unlock), "raw_open_ms": median(opens) * 1000}
    report("kdf_unlock_s", figures["kdf_unlock_s"], "s", "0.3–1 s")
    report("raw_open_ms", figures["raw_open_ms"], "ms", "≤ 5 ms")
    return figures


if __name__ == "__main__":
    run()

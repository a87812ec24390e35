"""Cold start: from starting the program's process to its login window on screen.

cold_start_to_login_s  wall time from spawning `python -m desktop --store X` to the moment the
                       login window is shown (the program prints it and exits), median of 5
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.security.kdf import MINIMUM
from tests.bench.common import Figures, median, new_store, report, scratch

RUNS = 5
ROOT = Path(__file__).resolve().parents[2]


def one_start(store: Path, home: Path, program: list[str] | None = None) -> float:
    """Seconds from spawning `program` (the source tree's by default) to its login window."""
    env = {**os.environ, "GRIF_BENCH_COLD_START": "1", "GRIF_HOME": str(home),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}
    start = time.perf_counter()
    command = program or [sys.executable, "-m", "desktop"]
    proc = subprocess.Popen([*command, "--store", str(store), "--lang", "kk"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line.startswith("shown"):
        raise RuntimeError(f"the login window was not reported shown: {line!r}")
    return elapsed


def run() -> Figures:
    with scratch("cold") as folder:
        store = folder / "cold.grif"
        new_store(store, kdf=MINIMUM).session.store.close()
        one_start(store, folder)  # warm the OS file cache once, like a second start of the day
        times = [one_start(store, folder) for _ in range(RUNS)]
    value = median(times)
    report("cold_start_to_login_s", value, "s", "≤ 1.5 s")
    print(f"  (cold_start_to_login_s runs: {', '.join(f'{t:.2f}' for t in times)})")
    return {"cold_start_to_login_s": value}

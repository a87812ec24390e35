"""The one-folder bundle (dist/grif, built by `make bundle` when missing).

bundle_size_mb        the bundle's files on disk (symbolic links not followed), MiB; ≤ 250
bundle_cold_start_s   from spawning dist/grif/grif to its login window on screen, with the
                      OS file cache dropped first where this machine allows it (root on
                      Linux), else the first start after the build
bundle_warm_start_s   the same, median of 5 starts with the files cached
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.security.kdf import MINIMUM
from tests.bench.bench_cold_start import one_start
from tests.bench.common import Figures, median, new_store, report, scratch

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "grif"
PROGRAM = BUNDLE / ("grif.exe" if sys.platform == "win32" else "grif")
RUNS = 5


def size_mb(folder: Path) -> float:
    total = sum(path.lstat().st_size for path in folder.rglob("*")
                if path.is_file() and not path.is_symlink())
    return total / 2**20


def drop_file_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def run() -> Figures:
    if not PROGRAM.exists():
        print("  (no dist/grif: building it with make bundle)")
        subprocess.run(["make", "-C", str(ROOT), "bundle"], check=True)
    figures = {"bundle_size_mb": size_mb(BUNDLE)}
    report("bundle_size_mb", figures["bundle_size_mb"], "MiB", "≤ 250", digits=1)
    with scratch("bundle") as folder:
        store = folder / "cold.grif"
        new_store(store, kdf=MINIMUM).session.store.close()
        dropped = drop_file_cache()
        program = [str(PROGRAM)]
        figures["bundle_cold_start_s"] = one_start(store, folder, program)
        figures["bundle_warm_start_s"] = median([one_start(store, folder, program)
                                                 for _ in range(RUNS)])
    report("bundle_cold_start_s", figures["bundle_cold_start_s"], "s")
    print("  (the file cache was dropped first)" if dropped else
          "  (the file cache could not be dropped here: a first start, not a cold one)")
    report("bundle_warm_start_s", figures["bundle_warm_start_s"], "s")
    return figures

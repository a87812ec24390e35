"""Backup, restore and verify of the 10^6-copy demo register.

backup_1m_s          writing only: the copy by SQLite under the store key and its SHA-256 (≤ 10 s)
backup_verify_1m_s   `backups.make_backup` as the GUI runs it: writing, then reading back and
                     checking the manifest, both integrity checks and the journal (≤ 30 s)
restore_1m_s         `restore.restore_backup` onto a new path with the recovery code's way in
                     (a password of the backup): the backup checked, copied, journalled, swapped
verify_1m_s          `integrity.verify` as `grif-cli verify` runs it: both integrity checks, the
                     journal chain and its remembered head

bench_register calls `figures_on` on the store it has just built, so the demo is built once;
run alone (`python -m tests.bench.bench_backup`) this module builds its own.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from desktop.services import auth, backups, integrity, restore
from desktop.services.demo import DEMO_PASSWORD
from desktop.store import backup_copy
from tests.bench.common import Figures, report, scratch


def figures_on(path: Path) -> Figures:
    figures: Figures = {}
    session = auth.login(path, "admin", DEMO_PASSWORD, None)
    try:
        with scratch("backup") as medium:
            start = time.perf_counter()
            copy = medium / "copy.grif"
            backup_copy.copy_store(path, session.store.keys.store_key, copy)
            backup_copy.sha256_of(copy)
            figures["backup_1m_s"] = time.perf_counter() - start
            size_mb = copy.stat().st_size / 2**20
            copy.unlink()

            start = time.perf_counter()
            result = backups.make_backup(session, medium)
            figures["backup_verify_1m_s"] = time.perf_counter() - start

            target = medium / "restored" / "register.grif"
            target.parent.mkdir()
            start = time.perf_counter()
            restore.restore_backup(result.folder, target, username="admin",
                                   password=DEMO_PASSWORD)
            figures["restore_1m_s"] = time.perf_counter() - start
            shutil.rmtree(target.parent)
    finally:
        session.store.close()
    start = time.perf_counter()
    verdict = integrity.verify(path, "admin", DEMO_PASSWORD, None)
    figures["verify_1m_s"] = time.perf_counter() - start
    if not verdict.ok:
        raise AssertionError("verify reported a fault on an untouched demo store: "
                             + "; ".join(verdict.lines()))
    report("backup_1m_s", figures["backup_1m_s"], "s", "≤ 10 s", digits=2)
    report("backup_verify_1m_s", figures["backup_verify_1m_s"], "s", "≤ 30 s", digits=2)
    report("restore_1m_s", figures["restore_1m_s"], "s", digits=2)
    report("verify_1m_s", figures["verify_1m_s"], "s", digits=2)
    print(f"  (store file {size_mb:.0f} MB; {result.manifest.copies} copies, "
          f"{result.manifest.records} journal records in the backup)", flush=True)
    return figures


def run() -> Figures:
    from tests.bench.bench_register import build
    with scratch("backup-demo") as folder:
        path, _ = build(folder)
        return figures_on(path)


if __name__ == "__main__":
    from tests.bench.run_all import save
    save(run())

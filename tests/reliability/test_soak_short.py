"""The soak of `make soak` (scripts/soak.py) in small, so the script cannot rot: a real
process, the real main window offscreen on a demo register of 2 000 copies, every operation
of the loop (open, filter, sort, scroll, card, issue and return through the move dialogs,
card and extract printed through the print dialogs) done several times in about 20 s, and
none failing. Memory and latency are printed, not judged here: a 20 s run on a small store
says little about them (`make soak` judges them on 10^6 copies over 30 minutes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"open", "filter", "sort", "scroll", "card", "issue", "return", "print_card",
         "print_extract"}


def test_the_soak_loop_runs_every_operation_without_a_failure(tmp_path):
    store = tmp_path / "soak" / "demo.grif"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRIF_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "soak.py"), "--store", str(store),
         "--copies", "2000", "--minutes", "0.25", "--report-every", "5",
         "--warmup-rounds", "1", "--max-rss-growth", "1000"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    print(done.stdout[-3000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert store.exists()                      # built by grif-cli demo on the way
    figures = json.loads(done.stdout.split("soak-json: ", 1)[1].splitlines()[0])
    assert set(figures["ops"]) == KINDS and min(figures["ops"].values()) >= 3, figures
    assert figures["ops"]["issue"] == figures["ops"]["return"]   # every copy issued came back
    assert figures["failures"] == 0 and figures["rss_start_mb"] > 0
    assert "  RSS start/end" in done.stdout and "print_extract" in done.stdout

"""Run every benchmark, print one line per figure and merge the figures into bench.json.

    .venv/bin/python -m tests.bench.run_all            # all
    .venv/bin/python -m tests.bench.run_all open verify  # only modules whose name has a word

Benchmarks measure and print; they assert nothing about time. A broken result (a valid audit
chain reported as faulty) is a bug: it is printed and the run exits non-zero, after the figures
measured so far are saved.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench.json"
MODULES = (
    "tests.bench.bench_open",               # kdf_unlock_s, raw_open_ms
    "tests.bench.bench_audit_append",       # audit_append_p99_ms (+ p50)
    "tests.bench.bench_audit_verify",       # audit_verify_events_per_s (+ 1 core)
    "tests.bench.bench_sqlcipher_vs_sqlite",  # sqlcipher_vs_sqlite_ratio (+ both times)
    "tests.bench.bench_cold_start",         # cold_start_to_login_s
    "tests.bench.bench_bundle",             # bundle_size_mb, bundle_cold_start_s (+ warm)
    "tests.bench.bench_register",           # demo_1m_build_s, register_* at 10^6 copies, ...
    #                                         and backup_1m_s, backup_verify_1m_s,
    #                                         restore_1m_s, verify_1m_s (bench_backup)
    "tests.bench.bench_acts",               # act_pdf_500_ms
    "tests.bench.bench_conclusion",         # conclusion_pdf_ms
    "tests.bench.bench_visits",             # visit_request_pdf_ms, visit_list_ms
    "tests.bench.bench_drill",              # kill_trials, kill_lost_commits (300 kills)
)


def save(figures: dict[str, float], path: Path = RESULTS) -> None:
    """Update the figures in path, keeping the ones other benchmarks wrote."""
    data: dict[str, float] = {}
    if path.exists():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"warning: {path.name} unreadable ({exc}); starting afresh", file=sys.stderr)
        else:
            if isinstance(loaded, dict):
                data = loaded
    data.update({name: round(float(value), 6) for name, value in figures.items()})
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str]) -> int:
    chosen = [m for m in MODULES if not argv or any(word in m for word in argv)]
    if not chosen:
        print(f"no benchmark matches {argv}; modules: {', '.join(MODULES)}", file=sys.stderr)
        return 2
    figures: dict[str, float] = {}
    failed = []
    start = time.perf_counter()
    for name in chosen:
        try:
            module = importlib.import_module(name)
            figures.update(module.run())
        except Exception as exc:
            # A module that found a bug may still carry what it measured (bench_drill).
            figures.update(getattr(exc, "figures", {}))
            traceback.print_exc()
            print(f"FAILED: {name}", file=sys.stderr, flush=True)
            failed.append(name)
    save(figures)
    print(f"({len(figures)} figures written to {RESULTS} in {time.perf_counter() - start:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

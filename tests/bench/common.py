"""Helpers shared by the benchmark modules."""

from __future__ import annotations

import contextlib
import statistics
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop.security.kdf import KdfParams
from desktop.services.stores import CreatedStore, create_store

ADMIN = "admin"
PASSWORD = "correct-horse-battery-1"

Figures = dict[str, float]


@contextlib.contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    """A temporary folder on the same disk as the system temp dir, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"grif-bench-{prefix}-") as folder:
        yield Path(folder)


def new_store(path: Path, kdf: KdfParams | None = None) -> CreatedStore:
    """A store made the way the app makes one (kdf None: calibrated as a new store would be)."""
    return create_store(path, organisation="Bench Archive", admin_username=ADMIN,
                        admin_full_name="A B", admin_password=PASSWORD, kdf=kdf)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil(n * pct / 100), at least 1
    return ordered[int(rank) - 1]


def report(name: str, value: float, unit: str, target: str = "", digits: int = 3) -> None:
    """One line per figure: `name: value unit  (target ...)`."""
    text = f"{name}: {value:.{digits}f}" + (f" {unit}" if unit else "")
    if target:
        text += f"  (target {target})"
    print(text, flush=True)

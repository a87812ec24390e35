"""The kill drill, shorter than `make drill` (issue 9 point 2; tests/reliability/drill.py).

kill_trials        trials run, each ended by SIGKILL or at a rekey crash point, then checked
kill_lost_commits  acknowledged changes missing from the store after a kill (must be 0)

A drill that loses a commit or leaves a store that does not open is a bug: the module fails
with its figures, which run_all saves all the same, and run_all exits non-zero.
"""

from __future__ import annotations

from tests.bench.common import Figures, report, scratch
from tests.reliability import drill

KILLS = 300


class DrillFailed(RuntimeError):
    """The drill found a lost commit or a store that did not recover; `figures` are kept."""

    def __init__(self, text: str, figures: Figures) -> None:
        super().__init__(text)
        self.figures = figures


def run(kills: int = KILLS) -> Figures:
    with scratch("drill") as folder:
        result = drill.run(folder / "drill.grif", kills)
    print("\n".join(result.lines()), flush=True)
    figures = result.figures()
    report("kill_trials", result.trials, "", digits=0)
    report("kill_lost_commits", result.lost_commits, "", "0", digits=0)
    if not result.complete(kills):
        raise DrillFailed(f"{len(result.failures)} failures, {result.lost_commits} lost commits",
                          figures)
    return figures


if __name__ == "__main__":
    run()

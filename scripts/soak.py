"""Soak run (issue 9 point 8): the real main window, offscreen, logged in as the demo clerk on
the demo register of 10^6 copies, doing what a clerk does for `--minutes` (default 30):
open the register page, filter and search through the filter bar, sort by a column header,
scroll, open a copy's card, issue a copy and take it back through the move dialogs, print a
copy's card and a register extract to PDF through the print dialogs (no printer: the PDF
goes to a scratch folder, as when the user saves it).

Each operation is its own event of the application's event loop, as a user's click is, and
the filters and sorts come in a short fixed cycle, so the first and the last tenth of the
run meet the same mix. Every minute and at the end it reports the operations done per kind
and the resident memory (VmRSS); at the end also each kind's latency over the first and the
last 10 % of its runs (median wall time and median CPU time of the process, and the drift
between them: the machine's other load slows the first, not the second; the minute report
also shows the store's -wal, whose growth would slow every read). Memory is counted from the end
of the warm-up (--warmup-rounds rounds of every operation, one cycle of the filters and
sorts: fonts, pages and the store's page cache loaded once), so the growth is what the run
itself keeps. Exit code 1 if the growth reaches --max-rss-growth % (default 10) or any
operation failed (a typed error shown, an exception, or a result that is not there).

The demo register is built once with `grif-cli demo PATH --copies N` (≈ 45 s for 10^6) and
reused while it exists. The run changes it (moves, printouts registered), as a day's work
would. Usage:

    scripts/soak.py [--store demo/grif-soak-1m.grif] [--copies 1000000] [--minutes 30]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.settings import PRINT_LANGUAGES  # noqa: E402  (after the path is set)

DEFAULT_STORE = ROOT / "demo" / "grif-soak-1m.grif"
KINDS = ("open", "filter", "sort", "scroll", "card", "issue", "return", "print_card",
         "print_extract")
# One round: what a clerk does most often comes most often.
ROUND = ("filter", "scroll", "sort", "scroll", "card", "move", "filter", "print_card",
         "scroll", "open", "move", "print_extract")
# The filters and sorts used in turn (level, state, originator type, words); a short cycle,
# so that the first and the last tenth of a run meet the same mix and their latencies
# compare. The search words are Kazakh, Russian and Kyrgyz words of the demo titles.
FILTERS = [("", "", "", ""), ("S", "registered", "", "жоспары"), ("", "", "kyrgyz", ""),
           ("SS", "", "", "отчёт"), ("", "issued", "", ""), ("OV", "", "own", "даярдыктын")]
SORTS = [("reg_date", True), ("title", False), ("level", True), ("reg_no", False),
         ("originator", False), ("state", True)]
SETTLE_S = 120.0


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_store(path: Path, copies: int) -> Path:
    """The demo register at `path`, built by grif-cli if it is not there yet."""
    if path.exists() and path.with_name(path.name + ".keys").exists():
        print(f"soak: reusing {path}", flush=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"soak: building a demo register of {copies} copies at {path}", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", "demo", str(path), "--copies",  # noqa: S603
                    str(copies)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    print(f"soak: built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def quiet_offscreen_warnings() -> None:
    """The offscreen platform says it cannot propagate size hints for every dialog shown:
    true and of no interest here; every other message still goes to standard error."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)
    qInstallMessageHandler(handler)


class OperationFailed(Exception):
    pass


class Clock:
    """Wall time (what the user waits) and this process's CPU time (what the program
    spends, all its threads; the machine's other load does not change it)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        return ((time.perf_counter() - self.wall) * 1000,
                (time.process_time() - self.cpu) * 1000)


def wal_mb(store: Path) -> float:
    wal = store.with_name(store.name + "-wal")
    return wal.stat().st_size / 2 ** 20 if wal.exists() else 0.0


class Soak:
    """The window, the register page and one method per operation. The page opens its
    dialogs modally, as for a user; `drive` fills each in and presses its button."""

    def __init__(self, store: Path, scratch: Path, seed: int) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from desktop.services import auth
        from desktop.services.demo import DEMO_PASSWORD
        from desktop.ui.main_window import MainWindow
        from desktop.ui.style import apply_look

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        apply_look(self.app)
        quiet_offscreen_warnings()
        self.complaints: list[str] = []
        # A message box would wait for a click nobody gives: what it says is a failure.
        for name in ("warning", "critical", "information", "question"):
            setattr(QMessageBox, name, staticmethod(self._message_box))
        sys.excepthook = self._excepthook
        self.scratch = scratch
        self.random = random.Random(seed)
        self.session = auth.login(store, "clerk", DEMO_PASSWORD)
        # The idle lock would close the register after 15 minutes of no keyboard input.
        self.window = MainWindow(self.session, idle_clock=lambda: 0.0, verify_at_start=False)
        self.window.show()
        self.register_index = self.window.section_index("register")
        self.today_index = self.window.section_index("today")
        self.window.nav.setCurrentRow(self.register_index)
        self.page = self.window.page(self.register_index)
        self.outcome: dict[str, bool] = {}
        self.turns: dict[str, int] = defaultdict(int)
        self.moves = 0
        self.pool = self._copies_to_move()
        self.settle()

    # --- plumbing ------------------------------------------------------------------------------

    def _message_box(self, _parent, _title, text, *args, **kwargs):
        from PySide6.QtWidgets import QMessageBox
        self.complaints.append(str(text))
        return QMessageBox.StandardButton.No

    def _excepthook(self, kind, value, tb) -> None:
        self.complaints.append("".join(traceback.format_exception(kind, value, tb)))

    def settle(self) -> None:
        """Let the page finish: the count on its worker, the filter's pause, repaints."""
        from PySide6.QtCore import QEventLoop
        deadline = time.monotonic() + SETTLE_S
        self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        while not self.page.background_idle():
            if time.monotonic() > deadline:
                raise OperationFailed("the register page did not settle")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        self.app.processEvents()

    def check(self, ok: bool, what: str) -> None:
        if self.complaints:
            shown, self.complaints = self.complaints, []
            raise OperationFailed(f"{what}: {shown[0][:500]}")
        if not ok:
            raise OperationFailed(what)

    def _copies_to_move(self) -> list[tuple[int, str]]:
        """Copies a clerk may issue to the demo executor (form 3: Secret only) and take back:
        in the safe, under no marking change, on no destruction act. Chosen once, read with
        the services' connection; the moves themselves go through the page."""
        from sqlalchemy import text
        with self.session.store.read() as conn:
            rows = conn.execute(text(
                "SELECT c.id, r.reg_no FROM copies c JOIN registrations r "
                "ON r.id = c.registration_id WHERE r.level = 'S' "
                "AND c.state IN ('registered', 'returned') AND c.marking_case_id IS NULL "
                "AND r.declassified_on IS NULL AND c.id NOT IN "
                "(SELECT copy_id FROM destruction_act_copies) ORDER BY c.id LIMIT 5000"))
            found = [(r[0], r[1]) for r in rows]
        self.random.shuffle(found)
        return found[:500]

    def drive(self, fill: Callable[[object], None]) -> None:
        """The next modal dialog (opened by the page with exec(), as for a user) is filled
        in by `fill` once it is up; one that stays open after that (a refusal shown in
        it) is noted and cancelled so that the page's exec() returns."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        from desktop.ui.register.form_parts import ErrorLabel
        tries = [0]

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                tries[0] += 1
                if tries[0] < 1000:
                    QTimer.singleShot(10, attempt)
                return
            try:
                fill(dialog)
            except Exception:
                self.complaints.append(traceback.format_exc())
            shown = [label.text() for label in dialog.findChildren(ErrorLabel)
                     if label.text()]
            if shown:
                self.complaints.append(" / ".join(shown))
            if dialog.isVisible():
                if not shown:
                    self.complaints.append(f"{type(dialog).__name__} stayed open")
                dialog.reject()
        QTimer.singleShot(0, attempt)

    def _issue(self, dialog) -> None:
        dialog.select_recipient("executor")
        dialog.basis.setText("Тапсырма № 17, жұмыс үшін")
        dialog.accept()

    def _return(self, dialog) -> None:
        dialog.basis.setText("Жұмыс аяқталды")
        dialog.accept()

    def _print_extract(self, dialog) -> None:
        dialog.ask_path = lambda lang: self.scratch / f"extract-{lang}.pdf"
        dialog.set_language(self.random.choice(PRINT_LANGUAGES))
        dialog.print_now()

    def _card(self, dialog) -> None:
        self.outcome["card"] = bool(dialog.heading.text()) and dialog.history.rowCount() > 0
        if self.outcome.get("want_print"):
            dialog.ask_path = lambda lang: self.scratch / f"card-{lang}.pdf"
            self.outcome["printed"] = dialog.print_card(
                self.random.choice(PRINT_LANGUAGES)) is not None
        dialog.reject()

    # --- the operations -------------------------------------------------------------------------

    def op_open(self) -> None:
        """Away to the start page and back: the register page is shown and read again."""
        self.window.nav.setCurrentRow(self.today_index)
        self.app.processEvents()
        self.window.nav.setCurrentRow(self.register_index)
        self.settle()
        self.check(self.page.model.rowCount() > 0, "the register shows no rows")

    def op_filter(self) -> None:
        """The next filter of FILTERS, chosen in the filter bar's widgets."""
        level, state, origin, words = FILTERS[self.turns["filter"] % len(FILTERS)]
        self.turns["filter"] += 1
        bar = self.page.filters
        bar.clear()
        for combo, value in ((bar.level, level), (bar.state, state), (bar.origin, origin)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        bar.search.setText(words)
        bar.flush()
        self.settle()
        self.check(self.page.model.total is not None, "no count after filtering")

    def op_sort(self) -> None:
        """The next sort of SORTS, by a click on the column's header."""
        from PySide6.QtCore import Qt

        from desktop.ui.register.register_model import RegisterModel
        key, descending = SORTS[self.turns["sort"] % len(SORTS)]
        self.turns["sort"] += 1
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.page.table.horizontalHeader()
        header.setSortIndicator(RegisterModel.column_of(key), order)
        self.settle()
        self.check(True, "sort")            # only the complaints of the sort count here

    def op_scroll(self) -> None:
        bar = self.page.table.verticalScrollBar()
        before = self.page.model.rowCount()
        for _ in range(4):                   # to the end of what is loaded: the next page
            bar.setValue(bar.maximum())
            self.app.processEvents()
        bar.setValue(bar.maximum() // 2)
        self.app.processEvents()
        bar.setValue(0)
        self.settle()
        total = self.page.model.total or 0
        self.check(self.page.model.rowCount() >= min(before, total), "rows lost on scrolling")

    def _pick_row(self) -> int:
        """A row of the first page, not under a marking change (its printouts wait for the
        case: a refusal by design, not a failure of the run)."""
        model = self.page.model

        def free_rows() -> list[int]:
            return [r for r in range(min(model.rowCount(), 200))
                    if not (model.row_data(r) or {}).get("marking_case")]
        rows = free_rows()
        if not rows:
            self.reset_filters()
            rows = free_rows()
        row = self.random.choice(rows)
        self.page.table.selectRow(row)
        self.app.processEvents()
        return row

    def reset_filters(self) -> None:
        self.page.filters.reset()
        self.settle()

    def op_card(self, printing: bool = False) -> None:
        self._pick_row()
        self.outcome = {"want_print": printing}
        self.drive(self._card)
        self.page.open_card()
        self.app.processEvents()
        self.check(self.outcome.get("card", False), "the copy's card did not open")
        if printing:
            self.check(self.outcome.get("printed", False), "the card was not printed")

    def op_print_card(self) -> None:
        self.op_card(printing=True)

    def op_move(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Issue a copy in the safe to a cleared person and take it back, found by its
        number in the search line as a clerk finds the copy in front of them: the time of
        each (wall ms, CPU ms)."""
        copy_id, reg_no = self.pool[self.moves % len(self.pool)]
        self.moves += 1
        self.page.show_registration(reg_no)
        self.settle()
        self.page.select_copy(copy_id)
        self.check(self.page.current_copy_id() == copy_id, f"copy {copy_id} is not listed")
        clock = Clock()
        self.drive(self._issue)
        issued = self.page.issue()
        self.app.processEvents()
        issue = clock.lap()
        self.check(issued and self.page.current_row()["state"] == "issued",
                   f"copy {copy_id} was not issued")
        clock = Clock()
        self.drive(self._return)
        returned = self.page.return_copy()
        self.app.processEvents()
        back = clock.lap()
        self.check(returned and self.page.current_row()["state"] == "returned",
                   f"copy {copy_id} was not taken back")
        return issue, back

    def op_print_extract(self) -> None:
        """The extract of one registration (its number in the search line), as printed."""
        self.reset_filters()
        self._pick_row()
        self.page.show_registration(self.page.current_row()["reg_no"])
        self.settle()
        for old in self.scratch.glob("extract-*.pdf"):
            old.unlink()
        self.drive(self._print_extract)
        done = self.page.outputs.print_extract()
        self.settle()
        made = list(self.scratch.glob("extract-*.pdf"))
        self.check(done and len(made) == 1 and made[0].read_bytes()[:5] == b"%PDF-",
                   "the extract was not printed")
        made[0].unlink()
        for card in self.scratch.glob("card-*.pdf"):
            card.unlink()

    def close(self) -> None:
        self.window.closing_session = True
        self.window.close()
        self.session.store.close()


# --- the run -------------------------------------------------------------------------------------

class Figures:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)     # wall ms
        self.cpu: dict[str, list[float]] = defaultdict(list)         # CPU ms
        self.failures: list[str] = []

    def add(self, kind: str, lap: tuple[float, float]) -> None:
        self.latency[kind].append(lap[0])
        self.cpu[kind].append(lap[1])

    def clear(self) -> None:
        self.latency.clear()
        self.cpu.clear()

    def count(self) -> dict[str, int]:
        return {k: len(self.latency[k]) for k in KINDS if self.latency[k]}

    def drift(self, kind: str, cpu: bool = False) -> tuple[float, float, float] | None:
        """(first 10 % median ms, last 10 % median ms, drift %) of one kind."""
        values = (self.cpu if cpu else self.latency)[kind]
        if len(values) < 2:
            return None
        tenth = max(1, len(values) // 10)
        first, last = statistics.median(values[:tenth]), statistics.median(values[-tenth:])
        return first, last, (last - first) / first * 100 if first else 0.0


class Run:
    """The operations one after another, each as its own event of the application's event
    loop (as a user's clicks are): between two of them Qt finishes its deferred work, the
    deletion of closed dialogs among it, as it does for a user."""

    def __init__(self, soak: Soak, seconds: float, warmup_rounds: int, report_every: float,
                 out: Callable[[str], None]) -> None:
        self.soak, self.seconds, self.report_every, self.out = soak, seconds, report_every, out
        self.figures = Figures()
        self.warmup_steps = warmup_rounds * len(ROUND)
        self.step = 0
        self.warm_failures = 0
        self.start_rss = self.end_rss = 0.0
        self.started = self.next_report = 0.0

    def do(self, kind: str) -> None:
        soak, figures = self.soak, self.figures
        clock = Clock()
        try:
            if kind == "move":
                issue, back = soak.op_move()
                figures.add("issue", issue)
                figures.add("return", back)
            else:
                getattr(soak, f"op_{kind}")()
                figures.add(kind, clock.lap())
        except Exception as exc:  # every failure is counted and the run goes on
            figures.failures.append(f"{kind}: {type(exc).__name__}: {exc}")
            soak.complaints.clear()
            self.out(f"soak: FAILED {figures.failures[-1]}")

    def next(self) -> None:
        from PySide6.QtCore import QTimer
        if self.step == self.warmup_steps:
            # Warm-up done (not counted): a cycle of the filters and sorts has loaded the
            # fonts, the pages and the store's page cache they need.
            self.warm_failures = len(self.figures.failures)
            self.figures.clear()
            self.start_rss = rss_mb()
            self.started = time.monotonic()
            self.next_report = self.started + self.report_every
            self.out(f"soak: RSS after warm-up {self.start_rss:.0f} MB; running "
                     f"{self.seconds / 60:.1f} min")
        elif self.step > self.warmup_steps:
            now = time.monotonic()
            if now >= self.next_report:
                self.next_report += self.report_every
                rss = rss_mb()
                self.out(f"soak: {(now - self.started) / 60:5.1f} min  ops "
                         f"{self.figures.count()}  RSS {rss:.0f} MB "
                         f"({(rss - self.start_rss) / self.start_rss * 100:+.1f} %)  "
                         f"WAL {wal_mb(self.soak.session.store.path):.0f} MB  "
                         f"failures {len(self.figures.failures)}")
            if now - self.started >= self.seconds:
                self.end_rss = rss_mb()
                self.soak.app.quit()
                return
        self.do(ROUND[self.step % len(ROUND)])
        self.step += 1
        QTimer.singleShot(0, self.next)


def run(store: Path, seconds: float, *, seed: int = 9, report_every: float = 60.0,
        max_growth: float = 10.0, warmup_rounds: int = len(SORTS),
        out: Callable[[str], None] = print) -> int:
    from PySide6.QtCore import QTimer
    with tempfile.TemporaryDirectory(prefix="grif-soak-") as folder:
        os.environ.setdefault("GRIF_HOME", str(Path(folder) / "home"))
        scratch = Path(folder) / "printouts"
        scratch.mkdir()
        login_rss = rss_mb()
        soak = Soak(store, scratch, seed)
        out(f"soak: store {store}; RSS before login {login_rss:.0f} MB; "
            f"{warmup_rounds} warm-up rounds")
        runner = Run(soak, seconds, warmup_rounds, report_every, out)
        QTimer.singleShot(0, runner.next)
        soak.app.exec()
        soak.close()
    figures, start_rss, end_rss = runner.figures, runner.start_rss, runner.end_rss
    growth = (end_rss - start_rss) / start_rss * 100
    out("soak: done")
    out(f"  minutes            {(time.monotonic() - runner.started) / 60:.1f}")
    out(f"  operations         {sum(figures.count().values())} {figures.count()}")
    out(f"  RSS start/end      {start_rss:.0f} MB / {end_rss:.0f} MB, growth {growth:+.1f} % "
        f"(target < {max_growth:g} %)")
    out("  latency (median ms) first 10 %     last 10 %      drift     CPU: first   last  drift")
    for kind in KINDS:
        found, cpu = figures.drift(kind), figures.drift(kind, cpu=True)
        if found and cpu:
            out(f"  {kind:<15} {found[0]:12.1f} {found[1]:13.1f} {found[2]:+9.0f} %"
                f" {cpu[0]:12.1f} {cpu[1]:6.1f} {cpu[2]:+5.0f} %")
    out(f"  failures           {len(figures.failures)} (warm-up {runner.warm_failures})")
    for failure in figures.failures[:20]:
        out(f"    {failure}")
    out("soak-json: " + json.dumps({
        "ops": figures.count(), "rss_start_mb": round(start_rss, 1),
        "rss_end_mb": round(end_rss, 1), "rss_growth_pct": round(growth, 2),
        "drift_pct": {k: round(d[2], 1) for k in KINDS if (d := figures.drift(k))},
        "cpu_drift_pct": {k: round(d[2], 1) for k in KINDS
                          if (d := figures.drift(k, cpu=True))},
        "failures": len(figures.failures)}, ensure_ascii=False))
    return 1 if figures.failures or growth >= max_growth else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE,
                        help="demo register to use (built if missing)")
    parser.add_argument("--copies", type=int, default=1_000_000,
                        help="copies of the demo register when it is built")
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--report-every", type=float, default=60.0, help="seconds")
    parser.add_argument("--max-rss-growth", type=float, default=10.0, help="per cent")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--warmup-rounds", type=int, default=len(SORTS),
                        help="rounds of every operation before memory is measured")
    args = parser.parse_args(argv)
    store = ensure_store(args.store.absolute(), args.copies)
    return run(store, args.minutes * 60, seed=args.seed, report_every=args.report_every,
               max_growth=args.max_rss_growth, warmup_rounds=args.warmup_rounds)


if __name__ == "__main__":
    sys.exit(main())

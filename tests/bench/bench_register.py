"""The register at 10^6 copies: one demo store built in a scratch folder, every figure on it.

demo_1m_build_s              `create_demo(path, 10^6)`: store, people, register (≤ 120 s)
register_first_frame_ms      clerk (form 1, whole register), fresh session: open_register +
                             the first 200 rows, median of 5 (≤ 100); the count is a line apart
register_scroll_p95_ms       the next 200 rows by keyset, 200 pages in a row, p95 (≤ 16.7)
register_sort_filter_max_ms  open_register + first page for each sort key asc and desc and for
                             each filter; the worst (≤ 200); each one printed
fts_search_p95_ms            20 searches in kk/ru/ky words: open_register + first page (≤ 50)
regno_lookup_p99_ms          a registration by its number (store lookup + scope check in a read
                             transaction), 1000 random numbers, p99 (≤ 1); the audited
                             services.register.find printed apart
register_print_pages_per_s   the printed extract at ~100 and ~2000 pages: the lower rate (≥ 40)
rss_mb_register_open         a fresh process: clerk logs in, opens the register, reads 2 pages;
                             VmRSS in MB (≤ 400)
inventory_start_1m_s         an annual check of the whole register started (every expected
                             copy listed in register order, one transaction)
inventory_page_p95_ms        a page of 200 unchecked copies anywhere in that check, p95 of 30
inventory_tick_p95_ms        one copy ticked found (audited) and the counts read again, p95

GRIF_BENCH_REGISTER_COPIES sets another size for a quick look (the figure names stay).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from desktop.domain.clearance import Clearance
from desktop.domain.inventory import CheckKind
from desktop.domain.roles import Role
from desktop.services import auth, inventory, register, users
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.services.register import RegisterFilter
from desktop.services.session import Session
from desktop.store import register as repo
from desktop.store import register_query
from tests.bench import bench_backup
from tests.bench.common import Figures, median, percentile, report, scratch

ROOT = Path(__file__).resolve().parents[2]
COPIES = int(os.environ.get("GRIF_BENCH_REGISTER_COPIES", "1000000"))
PAGE = 200
SEARCHES = [
    "жоспары", "жұмылдыру", "дайындығының", "есеп", "бұйрық", "картасы", "құпияларды",
    "план", "отчёт", "приказ", "карта", "мобилизационной", "накопитель", "учений",
    "даярдыктын", "мобилизациялык", "буйрук", "облусунун", "коргоонун", "план 2025",
]


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def first_page(session: Session, flt: RegisterFilter | None = None, sort: str = "number",
               descending: bool = False) -> tuple[float, register.RegisterCursor, list]:
    start = time.perf_counter()
    cursor = register.open_register(session, flt, sort=sort, descending=descending)
    rows = cursor.fetch(limit=PAGE)
    return ms_since(start), cursor, rows


def fresh_first_frame(path: Path, who: str) -> tuple[float, float]:
    """(first page ms, count ms) in a new session, as after a login."""
    session = auth.login(path, who, DEMO_PASSWORD, None)
    try:
        elapsed, cursor, _ = first_page(session)
        start = time.perf_counter()
        cursor.count()
        return elapsed, ms_since(start)
    finally:
        session.store.close()


def build(folder: Path) -> tuple[Path, float]:
    path = folder / "register.grif"
    start = time.perf_counter()
    created = create_demo(path, COPIES, progress=lambda done, total: print(
        f"  (demo: {done}/{total} copies, {time.perf_counter() - start:.1f} s)", flush=True))
    elapsed = time.perf_counter() - start
    # A form-2 clerk: the whole register up to Top secret.
    today = dt.date.today()
    users.add_user(created.session, username="clerk2", full_name="Серікова Алма Ерланқызы",
                   password=DEMO_PASSWORD, roles={Role.CLERK},
                   clearance=Clearance(2, "Д-0099", today - dt.timedelta(days=30),
                                       today + dt.timedelta(days=365)))
    created.session.store.close()
    return path, elapsed


def first_frames(path: Path) -> float:
    frames, counts = zip(*(fresh_first_frame(path, "clerk") for _ in range(5)), strict=True)
    value = median(frames)
    report("register_first_frame_ms", value, "ms", "≤ 100 ms")
    print(f"  (first frame runs: {', '.join(f'{t:.1f}' for t in frames)} ms; count of all "
          f"{COPIES} copies: median {median(counts):.1f} ms)")
    for who, what in (("executor", "form 3, holder only"), ("member", "form 2, holder only"),
                      ("clerk2", "form 2, whole register")):
        frame, count_ms = fresh_first_frame(path, who)
        print(f"  (first frame as {who} ({what}): {frame:.1f} ms; count {count_ms:.1f} ms)")
    return value


def scroll(session: Session) -> float:
    cursor = register.open_register(session)
    rows = cursor.fetch(limit=PAGE)
    times = []
    for _ in range(200):
        start = time.perf_counter()
        rows = cursor.fetch(after=rows[-1]["_key"], limit=PAGE)
        times.append(ms_since(start))
        if len(rows) < PAGE:
            break
    value = percentile(times, 95)
    report("register_scroll_p95_ms", value, "ms", "≤ 16.7 ms")
    print(f"  (scroll: {len(times)} pages, median {median(times):.2f} ms, max {max(times):.2f})")
    return value


def sort_filter(session: Session, custodian_id: int) -> float:
    cases: list[tuple[str, Callable[[], float]]] = []
    for sort in register_query.SORT_KEYS:
        for desc in (False, True):
            cases.append((f"sort {sort} {'desc' if desc else 'asc'}",
                          lambda s=sort, d=desc: first_page(session, sort=s, descending=d)[0]))
    today = dt.date.today()
    filters = {
        "level OV": RegisterFilter(level="OV"),
        "state dispatched": RegisterFilter(state="dispatched"),
        "custodian head": RegisterFilter(custodian_id=custodian_id),
        "originator type kyrgyz": RegisterFilter(originator_type="kyrgyz"),
        "originator ~обороны": RegisterFilter(originator="обороны"),
        "date range (a month)": RegisterFilter(date_from=today - dt.timedelta(days=400),
                                               date_to=today - dt.timedelta(days=370)),
        "search жоспары": RegisterFilter(search="жоспары"),
    }
    for name, flt in filters.items():
        cases.append((f"filter {name}", lambda f=flt: first_page(session, f)[0]))
    worst = 0.0
    for name, measure in cases:
        elapsed = measure()
        worst = max(worst, elapsed)
        print(f"  ({name}: {elapsed:.1f} ms)")
    report("register_sort_filter_max_ms", worst, "ms", "≤ 200 ms")
    return worst


def searches(session: Session) -> float:
    times = []
    for words in SEARCHES:
        elapsed, _, rows = first_page(session, RegisterFilter(search=words))
        times.append(elapsed)
        print(f"  (search {words!r}: {elapsed:.1f} ms, {len(rows)} rows)")
    value = percentile(times, 95)
    report("fts_search_p95_ms", value, "ms", "≤ 50 ms")
    return value


def lookups(session: Session) -> float:
    rnd = random.Random(4)
    with session.store.read() as conn:
        top = conn.execute(text("SELECT max(id) FROM registrations")).scalar_one()
        numbers = [conn.execute(text("SELECT reg_no FROM registrations WHERE id = :i"),
                                {"i": rnd.randint(1, top)}).scalar_one() for _ in range(1000)]
    scope = register.scope_for(session.user)
    times = []
    for reg_no in numbers:
        start = time.perf_counter()
        with session.store.read() as conn:
            found = repo.registration_by_no(conn, reg_no)
            assert found is not None and found.level.rank <= scope.max_rank
        times.append(ms_since(start))
    value = percentile(times, 99)
    report("regno_lookup_p99_ms", value, "ms", "≤ 1 ms")
    audited = []
    for reg_no in numbers[:200]:
        start = time.perf_counter()
        register.find(session, reg_no)
        audited.append(ms_since(start))
    print(f"  (services.register.find, audited: p99 {percentile(audited, 99):.2f} ms, "
          f"median {median(audited):.2f} ms over 200)")
    return value


def print_rate(session: Session) -> float | None:
    from desktop.services import printing

    extract = getattr(printing, "register_extract_pdf", None)
    if extract is None:
        print("  (register_print_pages_per_s skipped: no extract printer yet)")
        return None
    from desktop.reports.register_extract import page_count

    with session.store.read() as conn:
        first = conn.execute(text("SELECT min(reg_date) FROM registrations")).scalar_one()
    first = dt.date.fromisoformat(str(first))

    def timed(days: int) -> tuple[int, float]:
        flt = RegisterFilter(date_from=first, date_to=first + dt.timedelta(days=days - 1))
        start = time.perf_counter()
        pdf = extract(session, flt, "ru")
        return page_count(pdf), time.perf_counter() - start

    pages, _ = timed(1)                 # rows per day → days for the sizes wanted
    per_day = max(pages, 1)
    rates = []
    for wanted in (100, 2000):
        pages, seconds = timed(max(1, round(wanted / per_day)))
        rates.append(pages / seconds)
        print(f"  (extract of {pages} pages: {seconds:.1f} s, {pages / seconds:.1f} pages/s)")
    value = min(rates)
    report("register_print_pages_per_s", value, "pages/s", "≥ 40 pages/s")
    return value


RSS_CODE = """
import sys
from pathlib import Path
from desktop.services import auth, register
session = auth.login(Path(sys.argv[1]), "clerk", sys.argv[2], None)
cursor = register.open_register(session)
rows = cursor.fetch(limit=200)
cursor.fetch(after=rows[-1]["_key"], limit=200)
def rss():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmRSS:"))
print(rss())
cursor.count()
print(rss())
"""


def rss(path: Path) -> float:
    out = subprocess.run([sys.executable, "-c", RSS_CODE, str(path), DEMO_PASSWORD],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True)
    opened, counted = (float(x) for x in out.stdout.split())
    report("rss_mb_register_open", opened, "MB", "≤ 400 MB", digits=1)
    print(f"  (after the count as well: {counted:.1f} MB)")
    return opened


def inventory_figures(session: Session) -> Figures:
    """An annual check of the whole demo register: starting it (every expected copy listed
    in register order), a page of its list far down, one tick as a clerk makes it."""
    start = time.perf_counter()
    check_id = inventory.start_check(session, CheckKind.ANNUAL,
                                     dt.date(dt.date.today().year, 1, 1),
                                     ["head", "director", "clerk"])
    started = time.perf_counter() - start
    expected = inventory.check_again(session, check_id).counts["expected"]
    report("inventory_start_1m_s", started, "s", digits=2)
    print(f"  ({expected} copies expected)")
    pages, after = [], None
    for _ in range(30):
        t0 = time.perf_counter()
        page = inventory.items(session, check_id, result=None, after=after, limit=200)
        pages.append(ms_since(t0))
        after = page[-1].key + expected // 40      # jump ahead: pages all over the check
    ticks, copy_ids = [], [i.copy_id for i in inventory.items(session, check_id, limit=50)]
    for copy_id in copy_ids:
        t0 = time.perf_counter()
        inventory.mark_found(session, check_id, [copy_id])
        inventory.check_again(session, check_id)
        ticks.append(ms_since(t0))
    figures = {"inventory_start_1m_s": started, "inventory_page_p95_ms": percentile(pages, 95),
               "inventory_tick_p95_ms": percentile(ticks, 95)}
    report("inventory_page_p95_ms", figures["inventory_page_p95_ms"], "ms", digits=1)
    report("inventory_tick_p95_ms", figures["inventory_tick_p95_ms"], "ms", digits=1)
    return figures


def run() -> Figures:
    figures: Figures = {}
    with scratch("register") as folder:
        path, built = build(folder)
        figures["demo_1m_build_s"] = built
        report("demo_1m_build_s", built, "s", "≤ 120 s", digits=1)
        print(f"  ({COPIES} copies, store {path.stat().st_size / 2**20:.0f} MB)")
        figures["register_first_frame_ms"] = first_frames(path)
        session = auth.login(path, "clerk", DEMO_PASSWORD, None)
        try:
            figures["register_scroll_p95_ms"] = scroll(session)
            with session.store.read() as conn:
                head = conn.execute(text("SELECT id FROM users WHERE username = 'head'"))
                head_id = head.scalar_one()
            figures["register_sort_filter_max_ms"] = sort_filter(session, head_id)
            figures["fts_search_p95_ms"] = searches(session)
            figures["regno_lookup_p99_ms"] = lookups(session)
            figures["rss_mb_register_open"] = rss(path)
            rate = print_rate(session)
            if rate is not None:
                figures["register_print_pages_per_s"] = rate
            figures.update(inventory_figures(session))
        finally:
            session.store.close()
        figures.update(bench_backup.figures_on(path))  # the same 10^6 store, built once
    return figures


if __name__ == "__main__":
    run()

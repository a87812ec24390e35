"""The demo register: consistent as if every row had been entered through the services, and
the register's paged queries (windows, arms, small-filter plans) equal one plain ORDER BY."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.carriers import CopyState, MoveKind, format_reg_no
from desktop.domain.levels import Level, kazakh_equivalent_of_kyrgyz
from desktop.services import auth, register, settings
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.store import register_query as query
from desktop.store import users as user_repo

COPIES = 2000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.grif"
    seen = []
    created = create_demo(path, COPIES, progress=lambda done, total: seen.append(done))
    created.session.store.close()
    assert seen[-1] == COPIES
    return path


@pytest.fixture(scope="module")
def admin(demo):
    session = auth.login(demo, "admin", DEMO_PASSWORD, None)
    yield session
    session.store.engine.dispose()


def rows(session, sql, **args):
    with session.store.read() as conn:
        return [r._mapping for r in conn.execute(text(sql), args)]


# Copies the demo adds through the services after the bulk fill (demo_cases): registered one
# by one (journalled "register.add") or made under a copy permission.
SERVICE_COPIES = ("SELECT count(*) AS n FROM copies WHERE registration_id IN (SELECT id FROM "
                  "registrations WHERE reg_no IN (SELECT object FROM audit_event WHERE "
                  "action = 'register.add')) OR id IN (SELECT copy_id FROM copy_request_copies)")


def test_every_kind_level_state_and_origin_is_there(admin):
    copies = rows(admin, "SELECT count(*) AS n FROM copies")[0]["n"]
    added = rows(admin, SERVICE_COPIES)[0]["n"]
    assert copies == COPIES + added and 0 < added < 50
    regs = rows(admin, "SELECT kind, level, originator_type, parent_id FROM registrations")
    assert {r["kind"] for r in regs} == {"paper", "electronic", "item", "other"}
    assert {r["level"] for r in regs} == {"S", "SS", "OV"}
    assert {r["originator_type"] for r in regs} == {"own", "domestic", "kyrgyz"}
    assert any(r["parent_id"] for r in regs)
    states = {r["state"] for r in rows(admin, "SELECT DISTINCT state FROM copies")}
    # Every state a copy can be in: the acts, the return and the check of demo_acts add
    # destroyed, returned to the originator and lost.
    assert states == {s.value for s in CopyState}
    electronic = rows(admin, "SELECT medium_serial, medium_capacity FROM registrations "
                             "WHERE kind = 'electronic'")
    assert all(r["medium_serial"] and r["medium_capacity"] for r in electronic)


def test_numbers_are_gap_free_per_year_formatted_and_counted(admin):
    values = settings.current(admin)
    suffixes = {lv: values[f"register.suffix.{lv}"] for lv in ("S", "SS", "OV")}
    # A number never changes: a re-marked registration keeps the suffix of its first level.
    regs = rows(admin, "SELECT journal, year, number, reg_no, reg_date, coalesce((SELECT "
                       "old_level FROM level_history h WHERE h.registration_id = r.id ORDER "
                       "BY h.id LIMIT 1), level) AS level FROM registrations r "
                       "ORDER BY journal, year, number")
    last = {(r["journal"], r["year"]): r["last"]
            for r in rows(admin, "SELECT journal, year, last FROM reg_numbers")}
    for (journal, year), group in itertools.groupby(regs, lambda r: (r["journal"], r["year"])):
        group = list(group)
        assert [r["number"] for r in group] == list(range(1, len(group) + 1))
        assert last[(journal, year)] == len(group)
        for r in group:
            assert str(r["reg_date"]).startswith(str(year))
            assert r["reg_no"] == format_reg_no(values["register.format"],
                                                prefix=values["register.prefix"],
                                                number=r["number"], level=Level(r["level"]),
                                                year=year, suffixes=suffixes)
    days = [str(r["reg_date"]) for r in regs]
    assert max(days) < dt.date.today().isoformat()
    # The bulk fill registers in date order (the services' additions, each journalled under
    # its own number, come after it).
    bulk = [str(r["reg_date"]) for r in rows(
        admin, "SELECT reg_date FROM registrations WHERE reg_no NOT IN (SELECT object FROM "
               "audit_event) ORDER BY id")]
    assert len(bulk) > len(regs) - 100
    assert bulk == sorted(bulk)


def test_each_copy_state_is_where_its_moves_lead(admin):
    moves = rows(admin, "SELECT copy_id, kind, from_state, to_state, at, to_user_id "
                        "FROM moves ORDER BY copy_id, id")
    copies = {r["id"]: r for r in rows(admin, "SELECT id, state, holder_id, updated_at "
                                              "FROM copies")}
    by_copy = {cid: list(ms) for cid, ms in itertools.groupby(moves, lambda m: m["copy_id"])}
    assert set(by_copy) == set(copies)
    for cid, trail in by_copy.items():
        assert trail[0]["kind"] == MoveKind.REGISTER.value and trail[0]["from_state"] == ""
        for before, after in itertools.pairwise(trail):
            assert after["from_state"] == before["to_state"] and after["at"] >= before["at"]
        copy = copies[cid]
        assert trail[-1]["to_state"] == copy["state"] and trail[-1]["at"] == copy["updated_at"]
        issued = copy["state"] == CopyState.ISSUED.value
        assert (copy["holder_id"] is not None) == issued
        if issued:
            handed = [m for m in trail if m["kind"] != MoveKind.REMARK.value][-1]
            assert handed["kind"] == "issue" and handed["to_user_id"] == copy["holder_id"]


def test_issued_copies_are_held_by_people_cleared_for_them(admin):
    held = rows(admin, "SELECT c.holder_id, r.level FROM copies c JOIN registrations r "
                       "ON r.id = c.registration_id WHERE c.holder_id IS NOT NULL")
    assert held
    with admin.store.read() as conn:
        people = {u.id: u for u in user_repo.all_users(conn)}
    for row in held:
        clearance = people[row["holder_id"]].clearance
        assert clearance is not None and clearance.covers(Level(row["level"]), dt.date.today())


def test_derived_registrations_are_never_below_their_parent(admin):
    pairs = rows(admin, "SELECT d.level_rank AS mine, p.level_rank AS parent, d.derivation, "
                        "d.id AS child, p.id AS pid FROM registrations d "
                        "JOIN registrations p ON p.id = d.parent_id")
    assert pairs
    for p in pairs:
        assert p["mine"] >= p["parent"] and p["derivation"] and p["pid"] < p["child"]


def test_kyrgyz_carriers_keep_their_marking_purpose_and_contract(admin):
    kg = rows(admin, "SELECT level, foreign_marking, foreign_reference, purpose, contract "
                     "FROM registrations WHERE originator_type = 'kyrgyz'")
    assert kg
    for r in kg:
        assert kazakh_equivalent_of_kyrgyz(r["foreign_marking"]) is Level(r["level"])
        assert r["purpose"] and r["contract"] and r["foreign_reference"]


def test_full_text_search_finds_a_kazakh_word_and_the_fill_is_one_audit_record(demo, admin):
    clerk = auth.login(demo, "clerk", DEMO_PASSWORD, None)
    try:
        found = register.open_register(clerk, register.RegisterFilter(search="жұмылдыру"))
        page = found.fetch(limit=50)
        assert page and all("жұмылдыру" in r["title"].lower() for r in page)
        assert found.count() >= len(page)
    finally:
        clerk.store.engine.dispose()
    fills = rows(admin, "SELECT actor, details FROM audit_event WHERE action = 'demo.fill'")
    assert len(fills) == 1 and fills[0]["actor"] == "admin"
    assert f'"count":{COPIES}' in fills[0]["details"]


# --- the register's queries on the demo data ----------------------------------------------

FILTERS = [
    query.RegisterFilter(),
    query.RegisterFilter(level="SS"),
    query.RegisterFilter(level="XX"),
    query.RegisterFilter(state="issued"),
    query.RegisterFilter(state="dispatched", level="S"),
    query.RegisterFilter(custodian_id=2),
    query.RegisterFilter(originator_type="kyrgyz"),
    query.RegisterFilter(originator="обороны"),
    query.RegisterFilter(originator="50%_"),
    query.RegisterFilter(date_from=dt.date.today() - dt.timedelta(days=700),
                         date_to=dt.date.today() - dt.timedelta(days=400)),
    query.RegisterFilter(date_from=dt.date.today() - dt.timedelta(days=30)),
    query.RegisterFilter(search="жоспары"),
    query.RegisterFilter(search="план 2025", state="registered"),
]


def plain(conn, scope, flt, sort, descending):
    where, args = query._where(scope, flt)
    direction = " DESC" if descending else ""
    order = ", ".join(k + direction for k in query.SORT_KEYS[sort])
    return [r[0] for r in conn.execute(text(
        f"SELECT c.id FROM {query.FROM} WHERE {where} ORDER BY {order}"), args)]


@pytest.mark.parametrize("who", ["clerk", "member", "executor"])
@pytest.mark.parametrize(("window", "small"), [(query.WINDOW, query.SMALL), (7, 1), (40, 60)])
def test_paging_by_keyset_equals_one_plain_ordered_query(demo, who, window, small,
                                                         monkeypatch):
    """Every sort, both directions, every filter shape: windows that fill, windows that do
    not (then the rest with the planner free), and small filters sorted whole."""
    monkeypatch.setattr(query, "WINDOW", window)
    monkeypatch.setattr(query, "SMALL", small)
    session = auth.login(demo, who, DEMO_PASSWORD, None)
    scope = register.scope_for(session.user)
    try:
        with session.store.read() as conn:
            for flt, sort, descending in itertools.product(FILTERS, query.SORT_KEYS,
                                                           (False, True)):
                want = plain(conn, scope, flt, sort, descending)
                got, after = [], None
                while True:
                    page = query.page(conn, scope, flt, sort=sort, descending=descending,
                                      after=after, limit=97)
                    got += [r["copy_id"] for r in page]
                    if len(page) < 97:
                        break
                    after = page[-1]["_key"]
                assert got == want, (flt, sort, descending)
                assert query.count(conn, scope, flt) == len(want)
    finally:
        session.store.engine.dispose()


class Recorder:
    """A connection that remembers the statements a query function runs."""

    def __init__(self, conn) -> None:
        self.conn, self.seen = conn, []

    def execute(self, statement, args=None):
        self.seen.append((str(statement), dict(args or {})))
        return self.conn.execute(statement, args)


def plans(conn, seen):
    return [(sql, [r[3] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), args)])
            for sql, args in seen]


@pytest.mark.parametrize("sort", list(query.SORT_KEYS))
def test_each_sort_reads_its_own_index_and_never_sorts_the_register(demo, sort):
    session = auth.login(demo, "clerk", DEMO_PASSWORD, None)
    scope = register.scope_for(session.user)
    try:
        with session.store.read() as conn:
            for descending, flt in itertools.product((False, True), (
                    query.RegisterFilter(), query.RegisterFilter(state="returned"))):
                recorder = Recorder(conn)
                first = query.page(recorder, scope, flt, sort=sort, descending=descending)
                query.page(recorder, scope, flt, sort=sort, descending=descending,
                           after=first[-1]["_key"])
                for sql, lines in plans(conn, recorder.seen):
                    if "FROM (SELECT w0." not in sql:
                        continue
                    driving = [line for line in lines if " w0 " in line]
                    assert driving and all("INDEX" in line for line in driving), lines
                    assert "USE TEMP B-TREE FOR ORDER BY" not in lines, lines
    finally:
        session.store.engine.dispose()


def test_counts_read_indexes_not_registration_rows(demo):
    session = auth.login(demo, "clerk", DEMO_PASSWORD, None)
    scope = register.scope_for(session.user)
    try:
        with session.store.read() as conn:
            for flt in (query.RegisterFilter(), query.RegisterFilter(state="issued"),
                        query.RegisterFilter(level="OV"), query.RegisterFilter(search="план"),
                        query.RegisterFilter(originator="обороны"),
                        query.RegisterFilter(originator_type="kyrgyz")):
                recorder = Recorder(conn)
                query.count(recorder, scope, flt)
                (_, lines), = plans(conn, recorder.seen)
                on_r = [line for line in lines if line.split()[1] == "r"]
                assert on_r and all("COVERING INDEX" in line for line in on_r), (flt, lines)
    finally:
        session.store.engine.dispose()


def test_cli_demo_with_copies(tmp_path):
    path = tmp_path / "cli.grif"
    out = subprocess.run([sys.executable, "-m", "desktop.cli", "demo", str(path),
                          "--copies", "500"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "demo: 500/500 copies" in out.stdout and "demo store created" in out.stdout
    session = auth.login(path, "clerk", DEMO_PASSWORD, None)
    try:
        assert register.open_register(session).count() == 500 + rows(session,
                                                                      SERVICE_COPIES)[0]["n"]
    finally:
        session.store.engine.dispose()


def test_visits_contracts_and_transfers_of_the_demo(demo):
    """demo_visits: a visit request in every state, the overdue and due-soon drafts on the
    start page, a contract in force with carriers received and sent under it, an ended one."""
    from desktop.domain.visits import VisitState
    from desktop.services import contracts, visit_view
    head = auth.login(demo, "head", DEMO_PASSWORD, None)
    try:
        found = visit_view.visits(head)
        assert {v.state for v in found} == set(VisitState)
        assert any(v.late and v.late_reason for v in found)
        closed = next(v for v in found if v.state is VisitState.CLOSED)
        assert closed.shown and any(v.attended for v in closed.visitors)
        assert sorted(d.days_left < 0 for d in visit_view.requests_due(head)) == [False, True]
        revealed = visit_view.personal_data(head, closed.id)
        assert all(v.passport_no != visit_view.HIDDEN for v in revealed.visitors)
        in_force, ended = contracts.contracts(head)
        assert in_force.in_force(head.today) and not ended.in_force(head.today)
        page = contracts.contract(head, in_force.id)
        assert len(page.received) == 2
        assert sorted(r["received_on"] is None for r in page.sent) == [False, True]
        assert any(r["large"] and r["route"] for r in page.sent)
    finally:
        head.store.engine.dispose()

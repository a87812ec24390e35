"""The auditors' journal view: filters, keyset pages, rights, export, verification."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
import types

import pytest

from desktop.domain.errors import InvalidInput, PermissionDenied, TextTooLong
from desktop.services import chain_check, journal, journal_view
from desktop.services.journal_view import (
    ExportCancelled,
    JournalFilter,
    VerificationCancelled,
)
from desktop.store import audit


def last_record(session) -> dict:
    with session.store.read() as conn:
        return audit.rows(conn, 0, 100_000)[-1]


def append_at(session, when: dt.datetime, monkeypatch, **fields) -> int:
    """One journal record with a chosen UTC time (the chain stays valid)."""

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    monkeypatch.setattr(journal, "dt", types.SimpleNamespace(datetime=Clock, UTC=dt.UTC))
    try:
        with session.store.write() as conn:
            return journal.append(conn, session.store, actor=fields.pop("actor", "probe"),
                                  action=fields.pop("action", "test.probe"),
                                  obj=fields.pop("obj", ""), **fields)
    finally:
        monkeypatch.setattr(journal, "dt", dt)


@pytest.fixture
def local_zone_plus6(monkeypatch):
    """The workstation's zone fixed at UTC+6 (no daylight saving), restored afterwards."""
    monkeypatch.setenv("TZ", "<+06>-6")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def auditor(login):
    return login("auditor")


def everything(session, flt=None, **kw) -> list[journal_view.JournalRecord]:
    cursor = journal_view.open_search(session, flt or JournalFilter(), **kw)
    out, after = [], None
    while page := cursor.fetch(after, 50):
        out.extend(page)
        after = page[-1].seq
    return out


# --- the filter ----------------------------------------------------------------------------

def test_filter_cleans_text_and_treats_empty_as_any():
    flt = JournalFilter(actor="  clerk ", action="", object_contains="   ")
    assert (flt.actor, flt.action, flt.object_contains) == ("clerk", None, None)
    assert flt.as_details() == {"actor": "clerk"}


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"object_contains": "x" * 201}, TextTooLong),
    ({"actor": "a" * 65}, TextTooLong),
    ({"object_contains": "bad\x00text"}, InvalidInput),
    ({"date_from": "2026-01-01"}, InvalidInput),
    ({"date_from": dt.date(2026, 1, 2), "date_to": dt.date(2026, 1, 1)}, InvalidInput),
])
def test_filter_refuses_bad_values(kwargs, error):
    with pytest.raises(error):
        JournalFilter(**kwargs)


def test_one_day_range_is_allowed():
    day = dt.date(2026, 1, 1)
    assert JournalFilter(date_from=day, date_to=day).as_details() == {
        "date_from": "2026-01-01", "date_to": "2026-01-01"}


# --- searching -----------------------------------------------------------------------------

def test_filter_by_actor_and_action(auditor, login):
    login("clerk")
    found = everything(auditor, JournalFilter(actor="clerk"))
    assert found and {r.actor for r in found} == {"clerk"}
    logins = everything(auditor, JournalFilter(action="auth.login"))
    assert {r.action for r in logins} == {"auth.login"}
    assert {"clerk", "auditor"} <= {r.actor for r in logins}
    both = everything(auditor, JournalFilter(actor="clerk", action="auth.login"))
    assert both and all((r.actor, r.action) == ("clerk", "auth.login") for r in both)
    assert journal_view.count(auditor, JournalFilter(actor="clerk", action="auth.login")) \
        == len(both)


def test_filter_by_object_text_is_a_literal_substring(auditor, monkeypatch):
    now = dt.datetime.now(dt.UTC)
    append_at(auditor, now, monkeypatch, obj="Inventory 100% done")
    append_at(auditor, now, monkeypatch, obj="inventory 1000 done")
    append_at(auditor, now, monkeypatch, obj="other")
    assert [r.object for r in everything(auditor, JournalFilter(object_contains="100%"))] \
        == ["Inventory 100% done"]
    # % and _ are not wildcards; Latin letters match in either case.
    assert journal_view.count(auditor, JournalFilter(object_contains="y_1")) == 0
    assert journal_view.count(auditor, JournalFilter(object_contains="INVENTORY")) == 2


def test_date_range_uses_local_days_with_exact_bounds(auditor, monkeypatch, local_zone_plus6):
    utc = dt.UTC
    late = append_at(auditor, dt.datetime(2001, 3, 9, 17, 59, 59, 999999, tzinfo=utc),
                     monkeypatch)                           # 2001-03-09 23:59:59.999999 local
    midnight = append_at(auditor, dt.datetime(2001, 3, 9, 18, 0, tzinfo=utc),
                         monkeypatch)                       # 2001-03-10 00:00:00 local
    next_end = append_at(auditor, dt.datetime(2001, 3, 10, 17, 59, 59, 999999, tzinfo=utc),
                         monkeypatch)                       # 2001-03-10 23:59:59.999999 local
    after = append_at(auditor, dt.datetime(2001, 3, 10, 18, 0, tzinfo=utc),
                      monkeypatch)                          # 2001-03-11 00:00 local

    def seqs(**kw):
        return sorted(r.seq for r in everything(auditor, JournalFilter(**kw))
                      if r.ts.year == 2001)

    day9, day10, day11 = dt.date(2001, 3, 9), dt.date(2001, 3, 10), dt.date(2001, 3, 11)
    assert seqs(date_from=day10, date_to=day10) == [midnight, next_end]
    assert seqs(date_to=day9) == [late]
    assert seqs(date_from=day11) == [after]
    assert seqs(date_from=day9, date_to=day11) == [late, midnight, next_end, after]
    assert seqs(date_to=dt.date(2001, 3, 8)) == []
    # Today's records (the store's own) are outside an old range and inside an open one.
    assert journal_view.count(auditor, JournalFilter(date_from=day9, date_to=day11)) == 4
    assert journal_view.count(auditor, JournalFilter(date_from=dt.date.today())) > 0


def test_records_are_plain_values_in_utc(auditor):
    (first,) = journal_view.search(auditor, JournalFilter(), newest_first=False, limit=1)
    assert first.seq == 1 and first.action == "store.create"
    assert first.ts.tzinfo is not None and first.ts.utcoffset() == dt.timedelta(0)
    assert isinstance(first.details, dict)


def test_keyset_pages_return_every_record_exactly_once(auditor):
    with auditor.store.write() as conn:
        for i in range(437):
            journal.append(conn, auditor.store, actor="bulk", action="test.bulk", obj=str(i))
    total = journal_view.count(auditor, JournalFilter())
    for newest_first in (True, False):
        cursor = journal_view.open_search(auditor, JournalFilter(), newest_first=newest_first)
        seqs, after, pages = [], None, 0
        while page := cursor.fetch(after, 100):
            assert len(page) <= 100
            seqs.extend(r.seq for r in page)
            after, pages = page[-1].seq, pages + 1
        assert len(seqs) == len(set(seqs)) >= total      # the search itself adds a record
        assert seqs == sorted(seqs, reverse=newest_first)
        assert pages == -(-len(seqs) // 100)
    bulk = everything(auditor, JournalFilter(action="test.bulk"))
    assert sorted(int(r.object) for r in bulk) == list(range(437))


def test_a_search_is_journalled_once_not_per_page(auditor):
    flt = JournalFilter(actor="admin", action="store.create")
    cursor = journal_view.open_search(auditor, flt)
    record = last_record(auditor)
    assert (record["actor"], record["action"], record["outcome"]) == \
        ("auditor", "audit.search", "ok")
    assert json.loads(record["details"]) == {
        "filter": {"actor": "admin", "action": "store.create"}}
    for _ in range(3):
        cursor.fetch(None, 10)
    cursor.count()
    assert last_record(auditor)["seq"] == record["seq"]


def test_distinct_values_for_the_filter_lists(auditor, login):
    login("clerk")
    assert {"admin", "auditor", "clerk"} <= set(journal_view.actors(auditor))
    found = journal_view.actions(auditor)
    assert {"store.create", "auth.login", "user.add"} <= set(found)
    assert found == sorted(found)


def test_the_administrator_may_read_the_journal(admin):
    assert journal_view.search(admin, JournalFilter(action="store.create"))


@pytest.mark.parametrize("name", ["clerk", "executor", "head"])
@pytest.mark.parametrize("call", ["open_search", "count", "actors", "verify", "export"])
def test_others_are_refused_and_the_refusal_is_journalled(login, name, call):
    session = login(name)
    calls = {
        "open_search": lambda: journal_view.open_search(session, JournalFilter()),
        "count": lambda: journal_view.count(session, JournalFilter()),
        "actors": lambda: journal_view.actors(session),
        "verify": lambda: journal_view.verify(session),
        "export": lambda: journal_view.export_filtered(session, JournalFilter(),
                                                       io.StringIO()),
    }
    with pytest.raises(PermissionDenied):
        calls[call]()
    record = last_record(session)
    assert (record["actor"], record["outcome"]) == (name, "denied")
    assert record["action"] == {"verify": "store.verify",
                                "export": "audit.export"}.get(call, "audit.search")


# --- export --------------------------------------------------------------------------------

def test_export_writes_only_the_filtered_records(auditor, login):
    login("clerk")
    login("clerk")
    flt = JournalFilter(actor="clerk", action="auth.login")
    out = io.StringIO()
    written = journal_view.export_filtered(auditor, flt, out)
    lines = out.getvalue().splitlines()
    assert written == len(lines) == 2
    rows = [json.loads(line) for line in lines]
    assert all((r["actor"], r["action"]) == ("clerk", "auth.login") for r in rows)
    assert rows[0]["seq"] < rows[1]["seq"]
    assert set(rows[0]) == {"seq", "ts", "actor", "workstation", "action", "object",
                            "outcome", "details", "mac"}
    assert len(bytes.fromhex(rows[0]["mac"])) == 32 and isinstance(rows[0]["details"], dict)
    record = last_record(auditor)
    assert (record["action"], record["outcome"]) == ("audit.export", "ok")
    assert json.loads(record["details"])["filter"] == {"actor": "clerk",
                                                      "action": "auth.login"}


def test_export_reports_progress_and_can_be_cancelled(auditor):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return True
    out = io.StringIO()
    written = journal_view.export_filtered(auditor, JournalFilter(), out, progress)
    assert calls[0][0] == 0 and calls[-1] == (written, written)
    with pytest.raises(ExportCancelled):
        journal_view.export_filtered(auditor, JournalFilter(), io.StringIO(),
                                     lambda done, total: False)


# --- verification --------------------------------------------------------------------------

def test_verify_returns_ok_and_is_journalled(auditor):
    report = journal_view.verify(auditor)
    assert report.ok and report.checked == report.last_seq > 0
    record = last_record(auditor)
    assert (record["actor"], record["action"], record["outcome"]) == \
        ("auditor", "store.verify", "ok")
    assert json.loads(record["details"]) == {"records": report.checked, "fault": None}


def test_verify_reports_progress(auditor, monkeypatch):
    monkeypatch.setattr(chain_check, "REPORT_EVERY", 3)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return True
    report = journal_view.verify(auditor, progress)
    assert report.ok
    total = report.last_seq
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert (3, total) in calls
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancelling_verification_stops_it_with_a_typed_error(auditor, monkeypatch):
    monkeypatch.setattr(chain_check, "REPORT_EVERY", 2)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 2                     # cancel at the first report after the start
    with pytest.raises(VerificationCancelled) as caught:
        journal_view.verify(auditor, progress)
    assert seen == [0, 2]
    assert "cancelled" in caught.value.text()
    record = last_record(auditor)
    assert (record["action"], record["outcome"]) == ("store.verify", "failure")
    assert json.loads(record["details"]) == {"cancelled": True}


def test_parallel_verification_reports_progress_and_cancels(auditor, monkeypatch):
    with auditor.store.write() as conn:
        for _ in range(60):
            journal.append(conn, auditor.store, actor="bulk", action="test.bulk")
    monkeypatch.setattr(chain_check, "PARALLEL_FROM", 1)
    monkeypatch.setattr(chain_check, "RANGE_WITH_PROGRESS", 10)
    store = auditor.store
    args = (store.path, store.keys.store_key, store.keys.chain_key)
    calls = []
    report = chain_check.verify_chain(*args, workers=2,
                                      progress=lambda d, t: calls.append(d) is None)
    assert report.ok and report.checked == report.last_seq
    assert calls[0] == 0 and calls[-1] == report.last_seq
    with pytest.raises(VerificationCancelled):
        chain_check.verify_chain(*args, workers=2, progress=lambda d, t: d == 0)

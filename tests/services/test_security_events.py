"""Security events (issue 9 point 4, SPEC §8): bursts of failed logins counted from the
journal, events kept beside a store that could not take them and moved in exactly once,
what administrators and auditors see and acknowledge, and the journal export carrying them."""

from __future__ import annotations

import io
import json
import time

import pytest

from desktop.domain.errors import AuditWriteFailed, AuthenticationFailed, PermissionDenied
from desktop.services import auth, integrity, journal, security_events
from desktop.services.security_events import Finding
from desktop.store import audit
from tests.conftest import PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = time.time() - 3600

    def __call__(self) -> float:
        return self.now


def fail(store_path, clock, name="clerk", times=1, every=61.0):
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            auth.login(store_path, name, "wrong-password-123", clock=clock)
        clock.now += every


def rows(session, action):
    with session.store.read() as conn:
        found = [r for r in audit.rows(conn, 0, 100_000) if r["action"] == action]
    for row in found:
        row["details"] = json.loads(row["details"])
    return found


def test_five_failed_logins_within_ten_minutes_are_one_burst(store_path, login):
    clock = Clock()
    fail(store_path, clock, times=4)
    fail(store_path, clock, name="not-a-user")
    first = clock.now - 5 * 61
    admin = auth.login(store_path, "admin", PASSWORD, clock=clock)
    (burst,) = rows(admin, security_events.LOGIN_BURST)
    assert burst["actor"] == security_events.PROGRAM and burst["outcome"] == "failure"
    details = burst["details"]
    assert (details["failures"], details["minutes"]) == (5, 10)
    assert details["accounts"] == ["clerk"] and details["unknown_names"] == 1
    assert details["from_at"] == pytest.approx(first)
    assert "not-a-user" not in json.dumps(details)          # a mistyped name is never written
    admin.store.close()
    # Four more failures do not make a second burst; a fifth within the window does.
    fail(store_path, clock, name="head", times=4)
    admin = auth.login(store_path, "admin", PASSWORD, clock=clock)
    assert len(rows(admin, security_events.LOGIN_BURST)) == 1
    admin.store.close()
    fail(store_path, clock, name="head")
    admin = auth.login(store_path, "admin", PASSWORD, clock=clock)
    bursts = rows(admin, security_events.LOGIN_BURST)
    assert len(bursts) == 2 and bursts[1]["details"]["accounts"] == ["head"]
    admin.store.close()


def test_failures_spread_over_more_than_ten_minutes_are_no_burst(store_path):
    clock = Clock()
    fail(store_path, clock, times=5, every=3 * 60.0)      # 12 minutes from first to last
    admin = auth.login(store_path, "admin", PASSWORD, clock=clock)
    assert rows(admin, "auth.login_failed") and not rows(admin, security_events.LOGIN_BURST)
    admin.store.close()


def test_an_event_kept_beside_the_store_moves_in_once_even_if_a_login_fails(store_path,
                                                                             monkeypatch):
    finding = Finding(security_events.ROLLBACK, {"anchor": "key file", "expected_seq": 9,
                                                 "found_seq": 4, "kind": "behind"})
    security_events.note_pending(store_path, finding, found_by="open")
    security_events.note_pending(store_path, finding, found_by="open")   # kept once
    (waiting,) = security_events.pending(store_path)
    line = security_events.pending_path(store_path).read_text()
    assert PASSWORD not in line and oct(security_events.pending_path(store_path)
                                        .stat().st_mode & 0o777) == "0o600"
    real = journal.audit.append

    def refuse_the_login(conn, record):
        if record["action"] == "auth.login":
            raise OSError("disk gone")
        real(conn, record)
    monkeypatch.setattr(journal.audit, "append", refuse_the_login)
    with pytest.raises(AuditWriteFailed):
        auth.login(store_path, "admin", PASSWORD)
    monkeypatch.undo()
    assert security_events.pending(store_path) == [waiting]   # the commit failed: still here
    admin = auth.login(store_path, "admin", PASSWORD)
    (moved,) = rows(admin, security_events.ROLLBACK)
    assert moved["details"]["event_id"] == waiting["id"]
    assert moved["details"]["where"] == finding.where and moved["details"]["found_by"] == "open"
    admin.store.close()
    admin = auth.login(store_path, "admin", PASSWORD)
    assert len(rows(admin, security_events.ROLLBACK)) == 1
    assert not security_events.pending_path(store_path).exists()
    admin.store.close()


def test_watchers_see_recent_events_unacknowledged_first_and_acknowledge_them(login,
                                                                              store_path):
    admin = login("admin")
    first, second = security_events.record_findings(admin, [
        Finding(security_events.CHAIN_BROKEN, {"seq": 3, "fault": "changed"}),
        Finding(security_events.TAMPER, {"first_bad_page": 40, "bad_pages": [40]})],
        found_by="start")
    assert first.new and second.new and first.seq < second.seq
    again = security_events.record_findings(admin, [first.finding], found_by="start")
    assert again == [security_events.Recorded(first.finding, first.seq, False, None)]
    security_events.note_pending(store_path, Finding(security_events.TAMPER, {
        "first_bad_page": 5, "bad_pages": [5]}), found_by="verify")
    auditor = login("auditor")          # moves that one in (the side file keeps it a while)
    security_events.note_pending(store_path, Finding(security_events.TAMPER, {
        "first_bad_page": 7, "bad_pages": [7]}), found_by="verify")
    security_events.acknowledge(auditor, second.seq)
    events = security_events.recent(auditor)
    moved = second.seq + 1
    assert [(e.seq, e.acknowledged_by) for e in events] == [
        (None, None), (moved, None), (first.seq, None), (second.seq, "auditor")]
    assert events[0].where["first_bad_page"] == 7 and events[1].where["first_bad_page"] == 5
    assert events[2].where == {"seq": 3, "fault": "changed"} and events[2].found_by == "start"
    (ack,) = rows(auditor, security_events.ACKNOWLEDGE)
    assert (ack["actor"], ack["object"]) == ("auditor", str(second.seq))
    assert security_events.record_findings(auditor, [second.finding], found_by="start") == [
        security_events.Recorded(second.finding, second.seq, False, "auditor")]
    clerk = login("clerk")
    with pytest.raises(PermissionDenied):
        security_events.recent(clerk)
    with pytest.raises(PermissionDenied):
        security_events.acknowledge(clerk, first.seq)


def test_the_journal_export_carries_security_events(login):
    admin = login("admin")
    (recorded,) = security_events.record_findings(
        admin, [Finding(security_events.CHAIN_BROKEN, {"seq": 3, "fault": "missing"})],
        found_by="verify")
    out = io.StringIO()
    integrity.export_journal(login("auditor"), out)
    exported = [json.loads(line) for line in out.getvalue().splitlines()]
    (event,) = [r for r in exported if r["action"] == security_events.CHAIN_BROKEN]
    assert event["seq"] == recorded.seq
    assert event["details"]["where"] == {"seq": 3, "fault": "missing"}


def test_a_strange_side_file_never_blocks_a_login(store_path):
    good = {"id": "a" * 32, "action": security_events.TAMPER, "where": {"first_bad_page": 3},
            "found_by": "verify", "detected_at": "2026-01-01T00:00:00+00:00"}
    lines = ["not json", json.dumps({"id": "b", "action": "user.add", "where": {}}),
             json.dumps({**good, "id": "c" * 32, "where": {"x": "y" * 5000}}),
             json.dumps({**good, "password": "hunter2-hunter2", "found_by": "x" * 99})]
    security_events.pending_path(store_path).write_text("\n".join(lines) + "\n")
    admin = auth.login(store_path, "admin", PASSWORD)
    (moved,) = rows(admin, security_events.TAMPER)
    assert moved["details"] == {"event_id": "a" * 32, "where": {"first_bad_page": 3},
                                "detected_at": good["detected_at"]}
    admin.store.close()

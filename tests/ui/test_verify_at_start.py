"""The check of the store at every start (issue 9 point 4): it runs in a background process
while the window keeps handling events, shows its progress and can be stopped; a clean store
is reported OK; a changed journal record is warned about with its number, recorded as a
security event, and the warning comes back until an administrator or auditor acknowledges
it. The start page shows the events to administrators and auditors only."""

from __future__ import annotations

import json
import multiprocessing

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from desktop.services import auth, security_events
from desktop.services.chain_check import START_METHOD
from desktop.store import audit
from desktop.store.engine import connect_raw
from desktop.ui.fault_warning import FaultWarning
from desktop.ui.main_window import MainWindow
from desktop.ui.today_page import TodayPage
from tests.conftest import PASSWORD

WAIT_MS = 60_000   # an upper bound for a slow shared machine, not a timing assertion


def gate():
    return multiprocessing.get_context(START_METHOD).Event()


class Warnings:
    """Stands in for the user at the warning: records what it says and presses its button."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, dialog: FaultWarning) -> bool:
        self.shown.append((dialog.what.text(), dialog.button.text().replace("&", "")))
        dialog.button.click()
        return True


def open_window(qtbot, session, clock) -> tuple[MainWindow, Warnings]:
    win = MainWindow(session, idle_clock=clock, verify_at_start=False)
    qtbot.addWidget(win)
    warnings = Warnings()
    win.verify_watch.run_dialog = warnings
    win.show()
    return win, warnings


def finish(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: win.verify_watch.state != "running", timeout=WAIT_MS)


def journal(session, action: str) -> list[dict]:
    with session.store.read() as conn:
        rows = [r for r in audit.rows(conn, 0, 100_000) if r["action"] == action]
    for row in rows:
        row["details"] = json.loads(row["details"])
    return rows


def test_the_window_handles_events_while_the_check_runs_and_a_clean_store_is_ok(
        qtbot, login, clock):
    win, warnings = open_window(qtbot, login("clerk"), clock)
    watch = win.verify_watch
    held = gate()
    watch.start(held)             # the process waits at the gate: the check is under way
    assert watch.state == "running" and watch.check.process.is_alive()
    assert watch.isVisible() and watch.bar.isVisible() and watch.stop_button.isVisible()
    assert watch.status.text() == "Checking the store file…"
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    row = win.nav.currentRow()
    QCoreApplication.postEvent(win.nav, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                  Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: bool(fired) and win.nav.currentRow() == row + 1,
                    timeout=WAIT_MS)
    assert watch.state == "running" and watch.check.process.is_alive()
    held.set()
    finish(qtbot, win)
    assert watch.state == "ok" and watch.check.report.ok
    assert "no fault found" in watch.status.text()
    assert not watch.bar.isVisible() and not watch.stop_button.isVisible()
    assert warnings.shown == []
    assert not any(journal(win.session, a) for a in security_events.EVENTS)
    win.end_session()


def test_the_check_can_be_stopped(qtbot, login, clock):
    win, _ = open_window(qtbot, login("clerk"), clock)
    watch = win.verify_watch
    watch.start(gate())
    process = watch.check.process
    qtbot.mouseClick(watch.stop_button, Qt.MouseButton.LeftButton)
    assert watch.state == "stopped" and "was stopped" in watch.status.text()
    process.join(WAIT_MS / 1000)
    assert not process.is_alive()
    win.end_session()


@pytest.fixture
def tampered(store_path):
    """The template store with journal record 3 changed with the store key."""
    session = auth.login(store_path, "admin", PASSWORD)
    key = session.store.keys.store_key
    session.store.close()
    conn = connect_raw(store_path, key)
    conn.execute("UPDATE audit_event SET object = 'someone else' WHERE seq = 3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return store_path


def test_a_changed_journal_record_is_warned_about_until_acknowledged(qtbot, tampered, clock):
    # A clerk starts: warned, told to inform the auditor; the event is recorded once.
    win, warnings = open_window(qtbot, auth.login(tampered, "clerk", PASSWORD), clock)
    win.verify_watch.start()
    finish(qtbot, win)
    assert win.verify_watch.state == "faults"
    assert warnings.shown == [("• Journal record 3 was changed, inserted or reordered.",
                               "I will inform the auditor")]
    assert "FAULT FOUND" in win.verify_watch.status.text()
    assert "Journal record 3" in win.verify_watch.status.text()
    (event,) = journal(win.session, security_events.CHAIN_BROKEN)
    assert event["details"]["where"] == {"seq": 3, "fault": "changed"}
    assert (event["details"]["found_by"], event["details"]["user"]) == ("start", "clerk")
    assert journal(win.session, security_events.ACKNOWLEDGE) == []
    win.end_session()
    # The auditor starts: the same fault, no second event; the warning is acknowledged.
    win, warnings = open_window(qtbot, auth.login(tampered, "auditor", PASSWORD), clock)
    win.verify_watch.start()
    finish(qtbot, win)
    assert [button for _, button in warnings.shown] == ["Acknowledge"]
    panel = win.page(0).security                   # the start page was read again
    assert panel.list.count() == 1 and "Journal record 3" in panel.list.item(0).text()
    assert len(journal(win.session, security_events.CHAIN_BROKEN)) == 1
    (ack,) = journal(win.session, security_events.ACKNOWLEDGE)
    assert (ack["actor"], ack["object"]) == ("auditor", str(event["seq"]))
    assert "(acknowledged)" in win.verify_watch.status.text()
    win.end_session()
    # Acknowledged: later starts show it in the widget, without the warning.
    win, warnings = open_window(qtbot, auth.login(tampered, "clerk", PASSWORD), clock)
    win.verify_watch.start()
    finish(qtbot, win)
    assert warnings.shown == [] and "Journal record 3" in win.verify_watch.status.text()
    win.end_session()


def test_a_fault_found_while_locked_is_shown_after_unlocking(qtbot, tampered, clock):
    win, warnings = open_window(qtbot, auth.login(tampered, "clerk", PASSWORD), clock)
    held = gate()
    win.verify_watch.start(held)
    win.lock("user")
    held.set()
    finish(qtbot, win)
    assert win.verify_watch.state == "faults" and warnings.shown == []
    win.lock_screen.password.setText(PASSWORD)
    win.lock_screen.try_unlock()
    assert len(warnings.shown) == 1 and "record 3" in warnings.shown[0][0]
    win.end_session()


def test_the_warning_is_answered_only_with_its_button(qtbot, tampered):
    session = auth.login(tampered, "clerk", PASSWORD)
    recorded = security_events.record_findings(
        session, [security_events.Finding(security_events.CHAIN_BROKEN,
                                          {"seq": 3, "fault": "changed"})], found_by="start")
    dialog = FaultWarning(recorded, can_acknowledge=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and dialog.result() == 0
    dialog.button.click()
    assert not dialog.isVisible() and dialog.result() == 1
    session.store.close()


def test_the_start_page_shows_security_events_to_watchers_only(qtbot, login):
    admin = login("admin")
    (recorded,) = security_events.record_findings(
        admin, [security_events.Finding(security_events.TAMPER,
                                        {"first_bad_page": 12, "bad_pages": [12]})],
        found_by="start")
    page = TodayPage(admin)
    qtbot.addWidget(page)
    page.show()
    panel = page.security
    assert panel.isVisible() and panel.list.count() == 1
    assert panel.list.item(0).text().startswith("[not acknowledged] ")
    assert "page 12 fails its check" in panel.list.item(0).text()
    questions = []
    panel.confirm = lambda q: questions.append(q) or True
    panel.list.itemActivated.emit(panel.list.item(0))
    assert questions and "page 12" in questions[0]
    assert "[seen by admin]" in panel.list.item(0).text()
    assert journal(admin, security_events.ACKNOWLEDGE)[0]["object"] == str(recorded.seq)
    clerk_page = TodayPage(login("clerk"))
    qtbot.addWidget(clerk_page)
    clerk_page.show()
    assert clerk_page.security.isHidden() and clerk_page.security.list.count() == 0

"""Tamper drills on real stores (issue 9 point 4): a changed page, a cut file, a deleted -wal,
an older copy of the store, journal records changed, removed or inserted with the store key.
Each is caught when the store opens or by `verify`, said with what and where (page number,
record number, journal head expected and found) and kept as a security event; none is
passed over. A -wal deleted after everything was checkpointed is no attack and opens."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.errors import StoreRolledBack, StoreTampered, WrongKey
from desktop.security import keyfile
from desktop.services import auth, integrity, journal, security_events, users
from desktop.services.keys import kek_from_password
from desktop.store import audit
from desktop.store import users as user_repo
from desktop.store.engine import connect_raw
from tests.conftest import PASSWORD, MemoryKeystore

PAGE = 4096
ROOT = Path(__file__).resolve().parents[2]


def store_key(path: Path, keystore=None) -> bytes:
    kf = keyfile.load(keyfile.key_file_path(path))
    kek = kek_from_password(kf, "admin", PASSWORD, keystore)
    assert kek is not None
    return kf.store_key(kek)


def flip(path: Path, offset: int, count: int = 16) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        data = fh.read(count)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xA5 for b in data))


def verify(path: Path, keystore=None) -> integrity.VerifyReport:
    return integrity.verify(path, "auditor" if keystore is None else "admin", PASSWORD, keystore)


def text(report: integrity.VerifyReport) -> str:
    return "\n".join(report.lines())


def beside(path: Path) -> list[dict]:
    return security_events.pending(path)


def journal_rows(path: Path, action: str, keystore=None) -> list[dict]:
    session = auth.login(path, "admin", PASSWORD, keystore)
    try:
        with session.store.read() as conn:
            rows = [r for r in audit.rows(conn, 0, 100_000) if r["action"] == action]
    finally:
        session.store.close()
    for row in rows:
        row["details"] = json.loads(row["details"])
    return rows


def root_page(path: Path, table: str) -> int:
    conn = connect_raw(path, store_key(path), read_only=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()


# --- pages ----------------------------------------------------------------------------------

def test_changed_page_in_the_middle_is_located_and_kept_as_an_event(store_path):
    page = store_path.stat().st_size // PAGE // 2 + 1
    flip(store_path, (page - 1) * PAGE + 1500)
    report = verify(store_path)
    assert not report.ok
    assert report.file.first_bad_page == page and report.file.bad_pages == (page,)
    assert f"DAMAGED (first bad page {page})" in text(report)
    assert f"HMAC verification failed for page {page}" in text(report)
    assert report.chain is None                 # nothing more is read from a damaged file
    (event,) = beside(store_path)              # not written into the damaged file
    assert event["action"] == security_events.TAMPER and event["found_by"] == "verify"
    assert event["where"]["first_bad_page"] == page
    # The page is not read at open, so the store opens; the event moves into its journal.
    (row,) = journal_rows(store_path, security_events.TAMPER)
    assert row["details"]["where"]["first_bad_page"] == page
    assert row["details"]["event_id"] == event["id"] and row["actor"] == security_events.PROGRAM
    journal_rows(store_path, security_events.TAMPER)        # a later login sees it moved…
    assert beside(store_path) == []                         # …and empties the side file


def test_damaged_journal_page_is_refused_at_open_as_tampering(store_path):
    page = root_page(store_path, "audit_event")
    flip(store_path, (page - 1) * PAGE + 200)
    with pytest.raises(StoreTampered) as err:
        auth.login(store_path, "admin", PASSWORD)
    assert "Stop work and inform the auditor" in err.value.text()
    (event,) = beside(store_path)
    assert event["action"] == security_events.TAMPER and event["found_by"] == "open"
    report = verify(store_path)
    assert report.file.first_bad_page == page and f"first bad page {page}" in text(report)
    located = [e for e in beside(store_path) if e["where"]["first_bad_page"] == page]
    assert len(located) == 1 and located[0]["found_by"] == "verify"


def test_damaged_journal_page_found_while_writing_is_tampering_not_a_refused_record(
        store_path):
    admin = auth.login(store_path, "admin", PASSWORD)
    admin.store.engine.dispose()                    # nothing of the journal left in a cache
    page = root_page(store_path, "audit_event")
    flip(store_path, (page - 1) * PAGE + 200)
    with pytest.raises(StoreTampered):
        users.add_user(admin, username="newcomer", full_name="New Comer", password=PASSWORD,
                       roles=["executor"])
    admin.store.engine.dispose()
    (event,) = beside(store_path)
    assert event["action"] == security_events.TAMPER and event["found_by"] == "write"


def test_damaged_schema_page_is_named_not_blamed_on_the_header(store_path):
    page = root_page(store_path, "visit_shown")  # among the last pages of the schema
    flip(store_path, (page - 1) * PAGE + 300)
    report = verify(store_path)
    assert report.file.first_bad_page == page != 1
    assert "header" not in text(report)


@pytest.mark.parametrize("cut", ["at a page boundary", "inside a page"])
def test_cut_file_is_refused_at_open_and_the_missing_pages_are_named(store_path, cut):
    total = store_path.stat().st_size // PAGE
    keep = total * 6 // 10
    os.truncate(store_path, keep * PAGE + (0 if cut == "at a page boundary" else 1000))
    with pytest.raises((WrongKey, StoreTampered)):
        auth.login(store_path, "admin", PASSWORD)
    report = verify(store_path)
    assert report.file.truncated
    assert (report.file.header_pages, report.file.file_pages) == (total, keep)
    assert report.file.first_bad_page == keep + 1
    assert (f"file cut short: the header says {total} pages, the file holds {keep} "
            f"(pages {keep + 1}-{total} missing)") in text(report)
    # Two events wait beside the store: the refused open, and what verify located.
    at_open, by_verify = beside(store_path)
    assert at_open["found_by"] == "open"
    assert by_verify["where"]["header_pages"] == total
    assert by_verify["where"]["file_pages"] == keep


# --- the -wal ---------------------------------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from desktop.services import auth, users
path, checkpoint = Path(sys.argv[1]), sys.argv[2] == "1"
password = sys.stdin.readline().strip()
session = auth.login(path, "admin", password)
for i in range(3):
    users.add_user(session, username=f"late{i}", full_name=f"Late {i}", password=password,
                   roles=["executor"])
auth.lock(session)  # anchors the journal head in the key file
if checkpoint:
    with session.store.engine.connect() as conn:
        print(conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone(), flush=True)
print("ready", flush=True)
time.sleep(300)
"""


def killed_writer(path: Path, checkpoint: bool) -> list[str]:
    """A program that commits, anchors the head, maybe checkpoints, and is killed (SIGKILL)
    before it closes the store: its -wal stays behind."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "1" if checkpoint else "0"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.close()
    said = []
    for line in child.stdout:
        said.append(line.strip())
        if line.startswith("ready"):
            break
    child.kill()
    child.wait()
    assert said[-1:] == ["ready"], said
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    return said


def delete_wal(path: Path) -> None:
    path.with_name(path.name + "-wal").unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


def test_deleted_wal_with_unchecked_commits_is_a_rollback_with_both_heads(store_path):
    killed_writer(store_path, checkpoint=False)
    delete_wal(store_path)
    with pytest.raises(StoreRolledBack) as err:
        auth.login(store_path, "admin", PASSWORD)
    mismatch = err.value.mismatch
    assert (mismatch.source, mismatch.kind) == (journal.KEY_FILE, "behind")
    assert mismatch.found_seq < mismatch.expected_seq
    assert (f"its journal ends at record {mismatch.found_seq}, its key file remembers record "
            f"{mismatch.expected_seq}") in err.value.text()
    report = verify(store_path)
    assert report.file.ok and report.chain.ok and report.head == mismatch
    assert f"record {mismatch.expected_seq}" in text(report)
    (event,) = beside(store_path)              # at open and by verify: one event
    assert event["action"] == security_events.ROLLBACK
    assert event["where"] == {"anchor": "key file", "expected_seq": mismatch.expected_seq,
                              "found_seq": mismatch.found_seq, "kind": "behind"}


def test_deleted_wal_after_everything_was_checkpointed_opens_normally(store_path):
    said = killed_writer(store_path, checkpoint=True)
    busy, frames, done = (int(x) for x in said[0].strip("()").split(", "))
    assert busy == 0 and frames == done        # every frame was in the store file
    delete_wal(store_path)
    session = auth.login(store_path, "admin", PASSWORD)
    with session.store.read() as conn:
        assert {"late0", "late1", "late2"} <= set(user_repo.names(conn))
    session.store.close()
    assert verify(store_path).ok and beside(store_path) == []


# --- older copies ------------------------------------------------------------------------------

def save(files: list[Path], folder: Path) -> None:
    folder.mkdir()
    for f in files:
        shutil.copy2(f, folder / f.name)


def put_back(folder: Path, into: Path) -> None:
    for f in folder.iterdir():
        shutil.copy2(f, into / f.name)


def add_someone(path: Path, name: str, keystore=None) -> None:
    session = auth.login(path, "admin", PASSWORD, keystore)
    users.add_user(session, username=name, full_name="Late Comer", password=PASSWORD,
                   roles=["executor"])
    session.store.close()


def test_older_store_beside_the_current_key_file_is_refused(store_path, tmp_path):
    save([store_path], tmp_path / "old")
    add_someone(store_path, "latecomer")
    put_back(tmp_path / "old", store_path.parent)
    with pytest.raises(StoreRolledBack) as err:
        auth.login(store_path, "admin", PASSWORD)
    mismatch = err.value.mismatch
    assert (mismatch.source, mismatch.kind) == (journal.KEY_FILE, "behind")
    assert "older copy" in err.value.text() and "its key file remembers" in err.value.text()
    report = verify(store_path)
    assert not report.ok and report.head == mismatch
    (event,) = beside(store_path)
    assert event["where"]["expected_seq"] == mismatch.expected_seq


def test_older_store_and_key_file_together_are_refused_only_when_bound(tmp_path):
    from tests.services.test_keys import new_store
    for bound in (True, False):
        folder = tmp_path / ("bound" if bound else "unbound")
        folder.mkdir()
        keystore = MemoryKeystore() if bound else None
        path, created = new_store(folder, keystore=keystore)
        created.session.store.close()
        save([path, keyfile.key_file_path(path)], folder / "old")
        add_someone(path, "latecomer", keystore)
        put_back(folder / "old", folder)
        if not bound:       # the documented limit: nothing outside the copied files remembers
            session = auth.login(path, "admin", PASSWORD)
            session.store.close()
            continue
        with pytest.raises(StoreRolledBack) as err:
            auth.login(path, "admin", PASSWORD, keystore)
        mismatch = err.value.mismatch
        assert (mismatch.source, mismatch.kind) == (journal.KEYRING, "behind")
        assert f"the workstation remembers record {mismatch.expected_seq}" in err.value.text()
        report = verify(path, keystore)
        assert report.head == mismatch and "older copy" in text(report)
        (event,) = beside(path)
        assert event["where"]["anchor"] == "keyring"


def test_edited_journal_head_in_the_key_file_is_refused(store_path):
    def edit(kf) -> None:
        kf.anchor = {**kf.anchor, "seq": kf.anchor["seq"] + 5}
    from desktop.services.keys import update_keyfile
    update_keyfile(keyfile.key_file_path(store_path), edit)
    with pytest.raises(StoreRolledBack) as err:
        auth.login(store_path, "admin", PASSWORD)
    assert err.value.mismatch.kind == "invalid"
    assert "The journal head remembered by its key file is not valid" in err.value.text()


# --- journal records, changed with the store key -------------------------------------------------

def tamper(path: Path, *statements: tuple[str, tuple]) -> None:
    conn = connect_raw(path, store_key(path))
    conn.execute("BEGIN")
    for sql, args in statements:
        conn.execute(sql, args)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def last_seq(path: Path) -> int:
    conn = connect_raw(path, store_key(path), read_only=True)
    try:
        return conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
    finally:
        conn.close()


EDITS = {   # statements, record named, fault, words; does the open refuse it already?
    "changed": lambda n: ([("UPDATE audit_event SET object = 'someone else' WHERE seq = 7", ())],
                          7, "changed", "record 7 was changed, inserted or reordered", False),
    "removed": lambda n: ([("DELETE FROM audit_event WHERE seq = 5", ())],
                          6, "missing", "record(s) before 6 were removed", False),
    "appended after the head": lambda n: (
        [("INSERT INTO audit_event SELECT seq + 1, ts, actor, workstation, 'user.disable', "
          "'admin', outcome, details, mac FROM audit_event WHERE seq = ?", (n,))],
        n + 1, "changed", f"record {n + 1} was changed", False),
    # Shifting the records moves the head away from the one the key file remembers.
    "inserted": lambda n: ([("UPDATE audit_event SET seq = -seq WHERE seq >= 4", ()),
                            ("UPDATE audit_event SET seq = 1 - seq WHERE seq < 0", ()),
                            ("INSERT INTO audit_event SELECT 4, ts, actor, workstation, "
                             "'user.add', 'ghost', outcome, details, mac FROM audit_event "
                             "WHERE seq = 3", ())],
                           4, "changed", "record 4 was changed", True),
}


@pytest.fixture
def journal_store(store_path):
    session = auth.login(store_path, "admin", PASSWORD)
    for i in range(5):
        users.add_user(session, username=f"person{i}", full_name=f"Person {i}",
                       password=PASSWORD, roles=["executor"])
    session.store.close()
    return store_path


@pytest.mark.parametrize("edit", list(EDITS))
def test_journal_record_edited_with_the_key_is_named_and_recorded(journal_store, edit):
    path = journal_store
    head = last_seq(path)
    statements, seq, kind, words, refused_at_open = EDITS[edit](head)
    tamper(path, *statements)
    report = verify(path)
    assert not report.ok and (report.chain.fault.seq, report.chain.fault.kind) == (seq, kind)
    assert f"audit journal: BROKEN at record {seq}: " in text(report) and words in text(report)
    broken = {"seq": seq, "fault": kind}
    if refused_at_open:
        with pytest.raises(StoreRolledBack) as err:
            auth.login(path, "admin", PASSWORD)
        assert (err.value.mismatch.kind, err.value.mismatch.expected_seq) == ("beside", head)
        assert f"its record {head} differs" in err.value.text()
        assert report.head == err.value.mismatch
        verify(path)
        kept = {(e["action"], json.dumps(e["where"], sort_keys=True)) for e in beside(path)}
        assert len(beside(path)) == 2 == len(kept)  # found twice: kept once each
        assert (security_events.CHAIN_BROKEN, json.dumps(broken, sort_keys=True)) in kept
        return
    assert beside(path) == []
    (row,) = journal_rows(path, security_events.CHAIN_BROKEN)
    assert row["details"]["where"] == broken
    assert row["details"]["found_by"] == "verify" and row["details"]["user"] == "auditor"
    verify(path)                                   # found again: the same event, not a new one
    assert len(journal_rows(path, security_events.CHAIN_BROKEN)) == 1

"""The audit journal: in the same transaction as the action, a chain that finds and locates
edits, removals, insertions, reordering, a cut tail and an older copy of the store."""

import shutil

import pytest

from desktop.domain.errors import AuditWriteFailed, PermissionDenied, StoreRolledBack
from desktop.security import keyfile
from desktop.services import auth, integrity, journal, users
from desktop.store import audit
from desktop.store.engine import connect_raw
from tests.conftest import PASSWORD, MemoryKeystore


def add_people(session, count):
    for i in range(count):
        users.add_user(session, username=f"person{i}", full_name=f"Person {i}",
                       password=PASSWORD, roles=["executor"])


@pytest.fixture
def journal_store(store_path, admin):
    """The template store plus a few more records; returns (path, store key)."""
    add_people(admin, 5)
    key = admin.store.keys.store_key
    admin.store.close()
    return store_path, key


def tamper(path, key, *statements):
    conn = connect_raw(path, key)
    conn.execute("BEGIN")
    for sql, args in statements:
        conn.execute(sql, args)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def verify(path):
    return integrity.verify(path, "auditor", PASSWORD)


def test_clean_journal_verifies(journal_store):
    report = verify(journal_store[0])
    assert report.ok, list(report.lines())
    assert report.chain.checked >= 10


def test_every_action_is_recorded_with_who_what_where(store_path, admin):
    users.add_user(admin, username="newbie", full_name="New Bie", password=PASSWORD,
                   roles=["executor"])
    with admin.store.read() as conn:
        last = audit.rows(conn, 0, 10_000)[-1]
    assert (last["actor"], last["action"], last["object"], last["outcome"]) == \
        ("admin", "user.add", "newbie", "ok")
    assert last["workstation"] and last["ts"].endswith("+00:00")
    assert PASSWORD not in str(last)


def test_changed_record_is_named(journal_store):
    path, key = journal_store
    tamper(path, key, ("UPDATE audit_event SET details = '{}' WHERE seq = 7", ()))
    report = verify(path)
    assert not report.ok
    assert report.chain.fault.seq == 7 and report.chain.fault.kind == "changed"
    assert any("record 7" in line for line in report.lines())


def test_removed_record_is_located(journal_store):
    path, key = journal_store
    tamper(path, key, ("DELETE FROM audit_event WHERE seq = 5", ()))
    fault = verify(path).chain.fault
    assert (fault.seq, fault.kind) == (6, "missing")


def test_removed_first_record_is_located(journal_store):
    path, key = journal_store
    tamper(path, key, ("DELETE FROM audit_event WHERE seq = 1", ()))
    fault = verify(path).chain.fault
    assert (fault.seq, fault.kind) == (2, "missing")


def test_inserted_record_is_located(journal_store):
    path, key = journal_store
    tamper(path, key,
           ("UPDATE audit_event SET seq = -seq WHERE seq >= 4", ()),
           ("UPDATE audit_event SET seq = 1 - seq WHERE seq < 0", ()),
           ("INSERT INTO audit_event SELECT 4, ts, actor, workstation, 'user.add', 'ghost', "
            "outcome, details, mac FROM audit_event WHERE seq = 3", ()))
    fault = verify(path).chain.fault
    assert (fault.seq, fault.kind) == (4, "changed")


def test_reordered_records_are_located(journal_store):
    path, key = journal_store
    tamper(path, key,
           ("UPDATE audit_event SET seq = -1 WHERE seq = 5", ()),
           ("UPDATE audit_event SET seq = 5 WHERE seq = 6", ()),
           ("UPDATE audit_event SET seq = 6 WHERE seq = -1", ()))
    fault = verify(path).chain.fault
    assert fault.seq == 5


def test_truncated_tail_is_found_by_the_key_file_anchor(journal_store):
    path, key = journal_store
    tamper(path, key, ("DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 3 "
                       "FROM audit_event)", ()))
    report = verify(path)
    assert report.chain.ok            # the chain alone cannot see a cut tail…
    assert not report.ok and report.anchor_problem   # …the anchor does
    with pytest.raises(StoreRolledBack):
        auth.login(path, "admin", PASSWORD)


def test_older_copy_of_store_and_key_file_is_reported_when_bound(tmp_path):
    from tests.services.test_keys import new_store
    keystore = MemoryKeystore()
    path, created = new_store(tmp_path, keystore=keystore)
    add_people(created.session, 2)
    created.session.store.close()
    saved = tmp_path / "old"
    saved.mkdir()
    for f in (path, keyfile.key_file_path(path)):
        shutil.copy2(f, saved / f.name)
    session = auth.login(path, "admin", PASSWORD, keystore)
    users.add_user(session, username="latecomer", full_name="Late Comer",
                   password=PASSWORD, roles=["executor"])
    session.store.close()
    for f in saved.iterdir():
        shutil.copy2(f, tmp_path / f.name)          # put back the older copy, both files
    with pytest.raises(StoreRolledBack) as err:
        auth.login(path, "admin", PASSWORD, keystore)
    assert "older copy" in err.value.text()
    report = integrity.verify(path, "admin", PASSWORD, keystore)
    assert not report.ok and report.anchor_problem


def test_store_ahead_of_the_anchor_is_normal(store_path, admin):
    users.add_user(admin, username="quick", full_name="Q Q", password=PASSWORD,
                   roles=["executor"])
    admin.store.engine.dispose()      # a crash: no anchor written at close
    auth.login(store_path, "admin", PASSWORD).store.close()


def test_if_the_journal_refuses_the_action_does_not_happen(store_path, admin, monkeypatch):
    def broken(conn, record):
        raise OSError("disk gone")
    monkeypatch.setattr(journal.audit, "append", broken)
    with pytest.raises(AuditWriteFailed):
        users.add_user(admin, username="ghost", full_name="G G", password=PASSWORD,
                       roles=["executor"])
    monkeypatch.undo()
    with admin.store.read() as conn:
        from desktop.store import users as repo
        assert repo.by_name(conn, "ghost") is None
    assert "ghost" not in keyfile.load(keyfile.key_file_path(store_path)).users


def test_secrets_never_reach_the_journal(admin):
    with admin.store.write() as conn, pytest.raises(AuditWriteFailed):
        journal.append(conn, admin.store, actor="admin", action="x",
                       details={"new_password": "hunter2-hunter2"})


def test_refused_actions_are_journalled(login):
    clerk = login("clerk")
    with pytest.raises(PermissionDenied):
        users.add_user(clerk, username="sneaky", full_name="S S", password=PASSWORD,
                       roles=["admin"])
    with clerk.store.read() as conn:
        last = audit.rows(conn, 0, 10_000)[-1]
    assert (last["actor"], last["action"], last["outcome"]) == ("clerk", "user.add", "denied")


@pytest.mark.parametrize("workers", [2, 3])
def test_parallel_verification_finds_faults_in_any_range(journal_store, monkeypatch, workers):
    from desktop.services import chain_check
    from desktop.services.keys import StoreKeys, kek_from_password
    path, key = journal_store
    kek = kek_from_password(keyfile.load(keyfile.key_file_path(path)), "admin", PASSWORD, None)
    chain_key = StoreKeys(kek, key).chain_key
    monkeypatch.setattr(chain_check, "PARALLEL_FROM", 1)
    clean = chain_check.verify_chain(path, key, chain_key, workers=workers)
    assert clean.ok and clean.checked == clean.last_seq
    total = clean.last_seq
    step = total // workers + 1
    for seq in (1, step, step + 1, total):          # first, range edges, last
        tamper(path, key, ("UPDATE audit_event SET outcome = 'x' WHERE seq = ?", (seq,)))
        report = chain_check.verify_chain(path, key, chain_key, workers=workers)
        assert report.fault is not None and report.fault.seq == seq, (seq, report)
        tamper(path, key, ("UPDATE audit_event SET outcome = 'ok' WHERE seq = ?", (seq,)))
    tamper(path, key, ("DELETE FROM audit_event WHERE seq = ?", (step,)))
    report = chain_check.verify_chain(path, key, chain_key, workers=workers)
    assert report.fault is not None and report.fault.seq in (step, step + 1)

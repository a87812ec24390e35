"""Restore: a checked backup into a new file, journalled in the restored store, swapped in;
a cut-off swap finished at the next open; the keyring's head reset so that a legitimate
restore is not an alarm."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.domain.errors import (
    AuthenticationFailed,
    BackupDamaged,
    IllegalState,
    PermissionDenied,
    StoreRolledBack,
)
from desktop.security import keyfile, recovery, workstation
from desktop.security.kdf import MINIMUM
from desktop.services import auth, backups, integrity, register, restore, stores
from desktop.services.backup_manifest import STORE_FILE
from desktop.services.restore_marker import finish_restore, marker_path
from desktop.store import audit
from desktop.store.maintenance import check_file
from tests.conftest import PASSWORD, MemoryKeystore
from tests.services.test_register import draft


def _journal(session) -> list[dict]:
    with session.store.read() as conn:
        return audit.rows(conn, 0, 100_000)


def _numbers(session) -> list[str]:
    cursor = register.open_register(session)
    return sorted(r["reg_no"] for r in cursor.fetch(limit=10_000))


@pytest.fixture
def fresh(tmp_path):
    """A new store with its recovery code (the template's code is not known to tests)."""
    office = tmp_path / "office"
    office.mkdir()
    created = stores.create_store(office / "register.grif", organisation="Org",
                                  admin_username="admin", admin_full_name="Admin A",
                                  admin_password=PASSWORD, kdf=MINIMUM)
    yield created
    created.session.store.engine.dispose()


def test_restore_onto_a_clean_machine_path_with_the_recovery_code_only(fresh, tmp_path):
    session = fresh.session
    users_before = len(_journal(session))
    medium = tmp_path / "usb"
    medium.mkdir()
    backup = backups.make_backup(session, medium)
    store_key = session.store.keys.store_key
    session.store.close()

    clean = tmp_path / "new-machine" / "grif"
    clean.mkdir(parents=True)
    target = clean / "register.grif"
    result = restore.restore_backup(backup.folder, target,
                                    recovery_code=recovery.grouped(fresh.recovery_code))
    assert result.path == target and result.aside is None and not result.bound
    assert sorted(p.name for p in clean.iterdir()) == ["register.grif", "register.grif.keys"]
    assert check_file(target, store_key).ok
    again = auth.login(target, "admin", PASSWORD)  # the passwords open it too
    journal = _journal(again)
    assert len(journal) > users_before
    record = journal[-2]
    assert record["action"] == "store.restore" and record["actor"] == "recovery-code"
    details = json.loads(record["details"])
    assert details["backup"] == backup.folder.name
    assert details["replaced_existing"] is False
    assert details["backup_head"] == backup.manifest.records
    again.store.close()


def test_restoring_an_older_backup_over_the_register_keeps_the_old_one_aside(login, admin,
                                                                           store_path, tmp_path):
    clerk = login("clerk")
    register.register_carrier(clerk, draft("In the backup"))
    backup = backups.make_backup(admin, tmp_path)
    register.register_carrier(clerk, draft("After the backup"))
    for s in (clerk, admin):
        s.store.close()
    result = restore.restore_backup(backup.folder, store_path, username="admin",
                                    password=PASSWORD)
    assert result.aside is not None and result.aside.exists()
    assert keyfile.key_file_path(result.aside).exists()
    back = auth.login(store_path, "clerk", PASSWORD)
    titles = [r["title"] for r in register.open_register(back).fetch(limit=100)]
    assert "In the backup" in titles and "After the backup" not in titles
    record = [r for r in _journal(back) if r["action"] == "store.restore"][-1]
    assert record["actor"] == "admin"
    assert json.loads(record["details"])["replaced_existing"] is True
    back.store.close()
    # The store moved aside is whole and still opens (nothing was deleted).
    aside_session = auth.login(result.aside, "clerk", PASSWORD)
    aside_titles = [r["title"] for r in register.open_register(aside_session).fetch(limit=100)]
    assert "After the backup" in aside_titles
    aside_session.store.close()


def test_restore_needs_an_administrator_of_the_backup(admin, store_path, tmp_path):
    backup = backups.make_backup(admin, tmp_path)
    admin.store.close()
    target = tmp_path / "restored.grif"
    with pytest.raises(PermissionDenied):
        restore.restore_backup(backup.folder, target, username="clerk", password=PASSWORD)
    with pytest.raises(AuthenticationFailed):
        restore.restore_backup(backup.folder, target, username="admin", password="wrong-one-1")
    with pytest.raises(AuthenticationFailed) as err:
        restore.restore_backup(backup.folder, target, recovery_code="AAAA-BBBB-CCCC-DDDD")
    assert "recovery code" in err.value.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("restored")) == []


def test_a_damaged_backup_is_not_restored_and_the_register_is_untouched(admin, store_path,
                                                                        tmp_path):
    backup = backups.make_backup(admin, tmp_path)
    admin.store.close()
    before = store_path.read_bytes()
    data = bytearray((backup.folder / STORE_FILE).read_bytes())
    data[4096 * 3 + 100] ^= 0x01
    (backup.folder / STORE_FILE).write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        restore.restore_backup(backup.folder, store_path, username="admin", password=PASSWORD)
    assert store_path.read_bytes() == before
    assert not list(store_path.parent.glob("*.restoring*"))
    assert not marker_path(store_path).exists()


def test_a_backup_of_another_register_is_not_restored_over_this_one(fresh, store_path,
                                                                    tmp_path):
    other = backups.make_backup(fresh.session, tmp_path)
    with pytest.raises(IllegalState) as err:
        restore.restore_backup(other.folder, store_path, recovery_code=fresh.recovery_code)
    assert "another register" in err.value.text()


def test_a_restore_cut_off_during_the_swap_is_finished_at_the_next_open(fresh, tmp_path,
                                                                        monkeypatch):
    session = fresh.session
    target = session.store.path
    backup = backups.make_backup(session, tmp_path)
    session.store.close()

    calls = []

    def stop_after_moving_aside(path):
        calls.append(path)
        raise KeyboardInterrupt  # the power goes off right after the marker was written
    monkeypatch.setattr(restore, "finish_restore", stop_after_moving_aside)
    with pytest.raises(KeyboardInterrupt):
        restore.restore_backup(backup.folder, target, recovery_code=fresh.recovery_code)
    assert marker_path(target).exists() and calls == [target]
    monkeypatch.undo()
    again = auth.login(target, "admin", PASSWORD)  # finishes the swap first
    assert not marker_path(target).exists()
    assert _journal(again)[-2]["action"] == "store.restore"
    again.store.close()
    assert finish_restore(target) is False


def test_verify_after_a_cut_off_restore_checks_the_restored_store(fresh, tmp_path,
                                                                 monkeypatch):
    session = fresh.session
    target = session.store.path
    backup = backups.make_backup(session, tmp_path)
    for _ in range(3):
        auth.lock(session)  # the store to be replaced moves on past the backup
    session.store.close()

    def power_off(_path):
        raise KeyboardInterrupt
    monkeypatch.setattr(restore, "finish_restore", power_off)
    with pytest.raises(KeyboardInterrupt):
        restore.restore_backup(backup.folder, target, recovery_code=fresh.recovery_code)
    monkeypatch.undo()
    report = integrity.verify(target, "admin", PASSWORD)
    assert report.ok and not marker_path(target).exists()
    assert report.chain is not None
    assert report.chain.checked == backup.manifest.records + 1   # the backup's and the restore
    again = auth.login(target, "admin", PASSWORD)
    actions = [r["action"] for r in _journal(again)]
    assert actions[backup.manifest.records] == "store.restore" and "auth.lock" not in actions
    again.store.close()


def test_restoring_a_bound_store_binds_it_again_and_resets_the_keyring_head(tmp_path):
    keystore = MemoryKeystore()
    (tmp_path / "office").mkdir()
    path = tmp_path / "office" / "register.grif"
    created = stores.create_store(path, organisation="Org", admin_username="admin",
                                  admin_full_name="Admin A", admin_password=PASSWORD,
                                  keystore=keystore, kdf=MINIMUM)
    session = created.session
    backup = backups.make_backup(session, tmp_path)
    for _ in range(3):
        auth.lock(session)  # the journal (and the keyring's head) move on after the backup
    session.store.close()
    keyring_head = json.loads(keystore.items[workstation.anchor_name(session.store.store_id)])

    # Without the reset, the older copy is what a rollback looks like:
    attack = tmp_path / "attack"
    attack.mkdir()
    for name in ("register.grif", "register.grif.keys"):
        shutil.copy(backup.folder / name, attack / name)
    result = restore.restore_backup(backup.folder, path, username="admin", password=PASSWORD,
                                    keystore=keystore)
    assert result.bound and keyfile.load(keyfile.key_file_path(path)).bound
    new_head = json.loads(keystore.items[workstation.anchor_name(session.store.store_id)])
    assert new_head["seq"] < keyring_head["seq"]
    again = auth.login(path, "admin", PASSWORD, keystore)  # bound, no rollback reported
    again.store.close()

    # A plain copy of the older backup put in place later is still caught.
    for name in ("register.grif", "register.grif.keys"):
        shutil.copy(attack / name, path.parent / name)
    (path.parent / "register.grif-wal").unlink(missing_ok=True)
    (path.parent / "register.grif-shm").unlink(missing_ok=True)
    with pytest.raises(StoreRolledBack):
        auth.login(path, "admin", PASSWORD, keystore)

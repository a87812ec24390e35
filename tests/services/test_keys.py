"""Slots, the recovery code, workstation binding, rekeying (also killed halfway)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.errors import AuthenticationFailed, WorkstationMismatch
from desktop.security import keyfile
from desktop.security.kdf import MINIMUM
from desktop.services import auth, integrity, rekey, users
from desktop.services.stores import create_store, open_with_recovery
from desktop.store.maintenance import opens_with
from tests.conftest import PASSWORD, MemoryKeystore


def new_store(tmp_path, keystore=None):
    path = tmp_path / "s.grif"
    created = create_store(path, organisation="Org", admin_username="admin",
                           admin_full_name="Admin", admin_password=PASSWORD,
                           keystore=keystore, kdf=MINIMUM)
    return path, created


def test_store_key_is_not_on_disk_in_the_clear(tmp_path):
    _path, created = new_store(tmp_path)
    key = created.session.store.keys.store_key
    created.session.store.close()
    for f in tmp_path.iterdir():
        data = f.read_bytes()
        assert key not in data and key.hex().encode() not in data
        assert created.recovery_code.encode() not in data
        assert PASSWORD.encode() not in data


def test_recovery_code_opens_and_wrong_code_does_not(tmp_path):
    path, created = new_store(tmp_path)
    key = created.session.store.keys.store_key
    created.session.store.close()
    store = open_with_recovery(path, created.recovery_code.lower())
    assert store.keys.store_key == key
    store.close()
    wrong = ("A" if created.recovery_code[0] != "A" else "B") + created.recovery_code[1:]
    for code in (wrong, "", "not a code"):
        with pytest.raises(AuthenticationFailed) as err:
            open_with_recovery(path, code)
        assert "recovery code" in err.value.text()


def test_password_change_rewraps_one_slot(store_path, login):
    before = keyfile.load(keyfile.key_file_path(store_path))
    session = login("clerk")
    users.change_own_password(session, PASSWORD, "a-brand-new-password")
    after = keyfile.load(keyfile.key_file_path(store_path))
    assert after.users["clerk"].blob != before.users["clerk"].blob
    assert {n: s.blob for n, s in after.users.items() if n != "clerk"} == \
        {n: s.blob for n, s in before.users.items() if n != "clerk"}
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", PASSWORD)
    auth.login(store_path, "clerk", "a-brand-new-password").store.engine.dispose()
    with pytest.raises(AuthenticationFailed):
        users.change_own_password(session, "wrong-old-password", "another-new-password")


def test_removing_a_user_removes_the_slot(store_path, admin):
    users.disable_user(admin, "executor")
    assert "executor" not in keyfile.load(keyfile.key_file_path(store_path)).users
    users.enable_user(admin, "executor", "fresh-start-password-9")
    auth.login(store_path, "executor", "fresh-start-password-9").store.engine.dispose()


def test_binding_needs_this_workstation_or_the_recovery_code(tmp_path):
    here = MemoryKeystore()
    path, created = new_store(tmp_path, keystore=here)
    users.add_user(created.session, username="clerk", full_name="C C", password=PASSWORD,
                   roles=["clerk"])
    created.session.store.close()
    auth.login(path, "clerk", PASSWORD, here).store.close()
    elsewhere = MemoryKeystore()          # a copied store and key file on another machine
    for keystore in (elsewhere, None):
        with pytest.raises(WorkstationMismatch):
            auth.login(path, "clerk", PASSWORD, keystore)
    here.locked = True                    # keyring locked after binding
    with pytest.raises(WorkstationMismatch) as err:
        auth.login(path, "admin", PASSWORD, here)
    assert "recovery code" in err.value.text()
    store = open_with_recovery(path, created.recovery_code, elsewhere)
    store.close()


def test_bind_later_and_unbind(store_path, admin):
    keystore = MemoryKeystore()
    rekey.bind(admin, keystore)
    admin.store.close()
    with pytest.raises(WorkstationMismatch):
        auth.login(store_path, "clerk", PASSWORD, MemoryKeystore())
    session = auth.login(store_path, "admin", PASSWORD, keystore)
    rekey.unbind(session)
    session.store.close()
    auth.login(store_path, "clerk", PASSWORD, None).store.close()


def test_rekey_keeps_every_slot_and_the_recovery_code(tmp_path):
    path, created = new_store(tmp_path)
    session = created.session
    users.add_user(session, username="clerk", full_name="C C", password=PASSWORD,
                   roles=["clerk"])
    old_key = session.store.keys.store_key
    rekey.rekey(session)
    new_key = session.store.keys.store_key
    assert new_key != old_key
    users.add_user(session, username="head", full_name="H H", password=PASSWORD,
                   roles=["protection_head"])   # the session goes on with the new key
    session.store.close()
    assert opens_with(path, new_key) and not opens_with(path, old_key)
    for name in ("admin", "clerk", "head"):
        auth.login(path, name, PASSWORD).store.close()
    open_with_recovery(path, created.recovery_code).close()
    report = integrity.verify(path, "admin", PASSWORD)
    assert report.ok, list(report.lines())


REKEY_SCRIPT = """
import sys
from desktop.services import auth, rekey
session = auth.login(sys.argv[1], "admin", sys.argv[2])
rekey.rekey(session)
session.store.close()
"""


@pytest.mark.parametrize("point", ["rekey.exported", "rekey.staged", "rekey.swapped"])
def test_rekey_killed_halfway_leaves_old_or_new_state(tmp_path, point):
    path, created = new_store(tmp_path)
    old_key = created.session.store.keys.store_key
    created.session.store.close()
    env = {**os.environ, "GRIF_CRASH_AT": point}
    proc = subprocess.run([sys.executable, "-c", REKEY_SCRIPT, str(path), PASSWORD],
                          env=env, capture_output=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 137, proc.stderr.decode()
    session = auth.login(path, "admin", PASSWORD)
    key = session.store.keys.store_key
    session.store.close()
    assert (key == old_key) == (point != "rekey.swapped")
    kf = keyfile.load(keyfile.key_file_path(path))
    assert kf.pending_store_key_blob is None
    assert not path.with_name(path.name + ".rekey").exists()
    open_with_recovery(path, created.recovery_code).close()
    assert integrity.verify(path, "admin", PASSWORD).ok


def test_store_and_key_file_of_different_stores_do_not_mix(tmp_path):
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a_dir.mkdir()
    b_dir.mkdir()
    a, ca = new_store(a_dir)
    b, cb = new_store(b_dir)
    ca.session.store.close()
    cb.session.store.close()
    shutil.copy(keyfile.key_file_path(b), keyfile.key_file_path(a))
    with pytest.raises(Exception) as err:
        auth.login(a, "admin", PASSWORD)
    assert "key" in str(err.value).lower()


def test_moving_a_bound_store_to_a_new_workstation_with_the_recovery_code(tmp_path):
    old = MemoryKeystore()
    path, created = new_store(tmp_path, keystore=old)
    users.add_user(created.session, username="clerk", full_name="C C", password=PASSWORD,
                   roles=["clerk"])
    created.session.store.close()
    new = MemoryKeystore()
    with pytest.raises(WorkstationMismatch):
        auth.login(path, "clerk", PASSWORD, new)
    with pytest.raises(AuthenticationFailed):
        rekey.rebind_with_recovery(path, "WRONG-CODE", new)
    rekey.rebind_with_recovery(path, created.recovery_code, new)
    for name in ("admin", "clerk"):            # passwords unchanged
        auth.login(path, name, PASSWORD, new).store.close()
    with pytest.raises(AuthenticationFailed):     # the old keyring's secret no longer fits
        auth.login(path, "clerk", PASSWORD, old)
    assert integrity.verify(path, "admin", PASSWORD, new).ok


def test_creating_in_a_missing_folder_says_so(tmp_path):
    from desktop.domain.errors import FolderNotFound
    with pytest.raises(FolderNotFound) as err:
        create_store(tmp_path / "nope" / "s.grif", organisation="O", admin_username="admin",
                     admin_full_name="A", admin_password=PASSWORD, kdf=MINIMUM)
    assert "nope" in err.value.text() and "folder" in err.value.text()
    assert not (tmp_path / "nope").exists()

"""Backups: written by SQLite under the store key, opened by the same passwords and the
recovery code, described by a sealed manifest, verified before they count."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from desktop.domain.errors import (
    BackupCheckFailed,
    BackupDamaged,
    BackupWriteFailed,
    FolderNotFound,
    PermissionDenied,
)
from desktop.security import keyfile
from desktop.services import backups, journal_view
from desktop.services.backup_manifest import KEY_FILE, MANIFEST, STORE_FILE
from desktop.services.backups import BackupCancelled
from desktop.services.keys import kek_from_password
from desktop.store import audit
from desktop.store.engine import connect_raw
from tests.conftest import PASSWORD


@pytest.fixture
def medium(tmp_path: Path) -> Path:
    folder = tmp_path / "medium"
    folder.mkdir()
    return folder


def _actions(session) -> list[tuple[str, str]]:
    with session.store.read() as conn:
        return [(r["action"], r["outcome"]) for r in audit.rows(conn, 0, 100_000)]


def test_backup_is_a_checked_folder_with_store_keys_and_manifest(admin, medium):
    result = backups.make_backup(admin, medium)
    assert result.folder.parent == medium
    assert sorted(p.name for p in result.folder.iterdir()) == [MANIFEST, STORE_FILE, KEY_FILE]
    assert result.folder.stat().st_mode & 0o077 == 0  # private, whatever the umask
    assert all(p.stat().st_mode & 0o077 == 0 for p in result.folder.iterdir())
    assert not list(medium.glob("*.partial"))
    data = json.loads((result.folder / MANIFEST).read_text(encoding="utf-8"))
    assert data["created_by"] == "admin"
    assert data["store_id"] == admin.store.store_id
    assert data["schema_revision"].startswith("0010")
    assert data["counts"]["users"] == 5
    assert data["chain_head"]["seq"] >= 1 and len(data["files"][STORE_FILE]["sha256"]) == 64
    # The file is encrypted: no SQLite header, no readable text.
    raw = (result.folder / STORE_FILE).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Admin Adminov" not in raw
    # Journal: started (inside the backup), then written and verified (after it).
    acts = _actions(admin)
    assert acts[-2:] == [("store.backup_start", "ok"), ("store.backup", "ok")]
    last = backups.last_backup(admin)
    assert last is not None and last.folder == str(result.folder) and last.by == "admin"


def test_backup_opens_with_every_password_and_the_recovery_code_elsewhere(admin, medium,
                                                                           tmp_path):
    result = backups.make_backup(admin, medium)
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(result.folder, moved)
    kf = keyfile.load(moved / KEY_FILE)
    assert not kf.bound and all(not s.bound for s in kf.users.values())
    for name in ("admin", "clerk", "head"):
        kek = kek_from_password(kf, name, PASSWORD, None)
        assert kek == admin.store.keys.kek
    manifest = backups.verify_backup_folder(moved, admin.store.keys.kek)
    assert manifest.store_id == admin.store.store_id


def test_backup_of_a_bound_store_is_unbound_but_the_store_stays_bound(tmp_path, medium):
    from desktop.security.kdf import MINIMUM
    from desktop.services.stores import create_store
    from tests.conftest import MemoryKeystore
    keystore = MemoryKeystore()
    created = create_store(tmp_path / "bound.grif", organisation="Org", admin_username="admin",
                           admin_full_name="A A", admin_password=PASSWORD, keystore=keystore,
                           kdf=MINIMUM)
    result = backups.make_backup(created.session, medium)
    assert keyfile.load(tmp_path / "bound.grif.keys").bound
    copy_kf = keyfile.load(result.folder / KEY_FILE)
    assert not copy_kf.bound
    assert kek_from_password(copy_kf, "admin", PASSWORD, None) == created.session.store.keys.kek
    created.session.store.close()


def test_backup_holds_the_registrations_made_before_it(admin, login, medium):
    from desktop.services import register
    from tests.services.test_register import draft as own_draft
    clerk = login("clerk")
    made = register.register_carrier(clerk, own_draft())
    result = backups.make_backup(admin, medium)
    conn = connect_raw(result.folder / STORE_FILE, admin.store.keys.store_key, read_only=True)
    try:
        numbers = [r[0] for r in conn.execute("SELECT reg_no FROM registrations")]
    finally:
        conn.close()
    assert made.reg_no in numbers


def test_only_administrators_make_backups_and_the_refusal_is_journalled(login, medium):
    clerk = login("clerk")
    with pytest.raises(PermissionDenied):
        backups.make_backup(clerk, medium)
    assert list(medium.iterdir()) == []
    assert _actions(clerk)[-1] == ("store.backup_start", "denied")


def test_missing_destination_is_a_clear_error(admin, tmp_path):
    with pytest.raises(FolderNotFound) as err:
        backups.make_backup(admin, tmp_path / "no-such-medium")
    assert "no-such-medium" in err.value.text()


def test_cancel_leaves_nothing_and_is_journalled(admin, medium):
    def cancel_halfway(done, total):
        return done < total // 3
    with pytest.raises(BackupCancelled):
        backups.make_backup(admin, medium, cancel_halfway)
    assert list(medium.iterdir()) == []
    assert _actions(admin)[-1] == ("store.backup", "cancelled")
    assert backups.last_backup(admin) is None


def test_medium_removed_halfway_fails_clearly_and_the_store_goes_on(admin, medium):
    def pull_the_medium(done, total):
        if done > 100:
            shutil.rmtree(medium, ignore_errors=True)
        return True
    with pytest.raises(BackupWriteFailed) as err:
        backups.make_backup(admin, medium, pull_the_medium)
    assert "medium" in err.value.text()
    assert not medium.exists()
    assert _actions(admin)[-1] == ("store.backup", "failure")
    medium.mkdir()
    assert backups.make_backup(admin, medium).folder.is_dir()  # the program keeps working


def test_progress_runs_from_start_to_end(admin, medium):
    seen: list[tuple[int, int]] = []
    backups.make_backup(admin, medium, lambda d, t: seen.append((d, t)) or True)
    values = [d for d, _ in seen]
    assert values == sorted(values) and values[-1] == seen[-1][1] == backups.SCALE


@pytest.mark.parametrize("damage", ["store_byte", "keys_swapped", "manifest_edit", "missing"])
def test_damaged_backup_is_refused_naming_what(admin, medium, damage, tmp_path):
    result = backups.make_backup(admin, medium)
    folder = result.folder
    if damage == "store_byte":
        data = bytearray((folder / STORE_FILE).read_bytes())
        data[len(data) // 2] ^= 0xFF
        (folder / STORE_FILE).write_bytes(bytes(data))
    elif damage == "keys_swapped":
        shutil.copy(admin.store.keyfile_path, folder / KEY_FILE)
    elif damage == "manifest_edit":
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        data["counts"]["copies"] = 999
        (folder / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    else:
        (folder / STORE_FILE).unlink()
    with pytest.raises(BackupDamaged) as err:
        backups.verify_backup_folder(folder, admin.store.keys.kek)
    text = err.value.text()
    assert str(folder) in text
    expected = {"store_byte": STORE_FILE, "keys_swapped": KEY_FILE,
                "manifest_edit": "manifest.json", "missing": STORE_FILE}[damage]
    assert expected in text


def test_a_backup_whose_check_fails_is_not_kept(admin, medium, monkeypatch):
    from desktop.store import maintenance

    def bad(path, key):
        return maintenance.IntegrityReport(False, ("page 7: hmac check failed",), 7)
    monkeypatch.setattr(backups, "check_file", bad)
    with pytest.raises(BackupCheckFailed) as err:
        backups.make_backup(admin, medium)
    assert "7" in err.value.text()
    assert list(medium.iterdir()) == []


def test_reminder_for_administrators_when_the_last_backup_is_old(admin, login, medium):
    from desktop.services import settings as settings_service
    due = backups.backup_due(admin)
    assert due is not None and due.last is None and due.remind_days == 7
    assert backups.backup_due(login("clerk")) is None
    backups.make_backup(admin, medium)
    now = dt.datetime.now(dt.UTC)
    assert backups.backup_due(admin, now) is None
    later = backups.backup_due(admin, now + dt.timedelta(days=8))
    assert later is not None and later.days_since(now + dt.timedelta(days=8)) == 8
    settings_service.change(admin, {"backup.remind_days": 10})
    assert backups.backup_due(admin, now + dt.timedelta(days=8)) is None


def test_verification_can_be_cancelled(admin, medium):
    result = backups.make_backup(admin, medium)
    with pytest.raises(journal_view.VerificationCancelled):
        backups.verify_backup_folder(result.folder, admin.store.keys.kek,
                                     lambda done, total: done < 200)

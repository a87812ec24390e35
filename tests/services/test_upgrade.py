"""Upgrades without a network: a store left by an older release is backed up (verified) beside
itself, migrated in one transaction together with the journal's record of it, and left
exactly as it was when anything fails, with the release to go back to named.

The register made by release 0.1.0 (tests/fixtures/releases/0.1.0) is the real thing; the
migrations after it are this release's own, or, to see a migration actually run and fail, a
copy of the migrations folder with one more revision added in the test."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from desktop import __version__
from desktop.domain.errors import StoreFromNewerVersion, UpgradeBackupFailed, UpgradeFailed
from desktop.security import keyfile
from desktop.services import auth, backups, integrity, restore
from desktop.services.backup_manifest import STORE_FILE
from desktop.services.keys import kek_from_password
from desktop.store import audit, backup_copy, migrate, releases
from desktop.store.engine import connect_raw

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
PASSWORD = "demo-password-1"
RECOVERY = "R9YKQ-5BKRC-9TYY2-B58YE-P87H9-E93RW"
RELEASE = "0.1.0"

NEXT = '''"""A later release's change (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{down}"


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("copies", sa.Integer, nullable=False))
    op.execute("INSERT INTO upgrade_probe(copies) SELECT count(*) FROM copies")
    op.add_column("registrations", sa.Column("probe_note", sa.Text, nullable=True))
    op.execute("UPDATE registrations SET probe_note = 'migrated'")
    {fail}


def downgrade() -> None:
    raise NotImplementedError
'''


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    folder = tmp_path / "workstation"
    folder.mkdir()
    for name in ("register.grif", "register.grif.keys"):
        shutil.copy2(FIXTURES / RELEASE / name, folder / name)
    return folder / "register.grif"


@pytest.fixture
def later_release(tmp_path: Path, monkeypatch):
    """This program's migrations plus one more revision; `fail=True` makes it raise after
    its changes, as a migration that meets data it did not expect would."""
    def make(fail: bool = False) -> None:
        folder = tmp_path / f"migrations-{'fail' if fail else 'ok'}"
        shutil.copytree(migrate.MIGRATIONS, folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
        (folder / "versions" / "0099_probe.py").write_text(NEXT.format(
            down=migrate.head(),
            fail="raise RuntimeError('unexpected data')" if fail else ""), encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    return make


def _key(path: Path) -> bytes:
    kf = keyfile.load(keyfile.key_file_path(path))
    kek = kek_from_password(kf, "admin", PASSWORD, None)
    assert kek is not None
    return kf.store_key(kek)


def _dump(path: Path) -> list[str]:
    """Everything in the store, as SQL text (schema and rows)."""
    conn = connect_raw(path, _key(path), read_only=True)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name") \
            .fetchall()
        out = [repr(row) for row in schema]
        for _, name, _ in (row for row in schema if row[0] == "table"):
            columns = len(conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
            order = ", ".join(str(i) for i in range(1, columns + 1))
            out += [repr((name, *row)) for row in
                    conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}')]
        return out
    finally:
        conn.close()


def _backups_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}-backup-*"))


def _journal(session) -> list[dict]:
    with session.store.read() as conn:
        return [dict(r) for r in audit.rows(conn, 0, 1_000_000)]


def test_the_fixture_is_what_release_0_1_0_left(old_store):
    path = old_store          # a copy: even reading a WAL store leaves files beside it
    assert backup_copy.schema_revision(path, _key(path)) == dict(releases.RELEASES)[RELEASE]


def test_a_store_of_the_previous_release_opens_with_everything_kept(old_store):
    revision = backup_copy.schema_revision(old_store, _key(old_store))
    counts = backup_copy.table_counts(old_store, _key(old_store))
    session = auth.login(old_store, "admin", PASSWORD)
    try:
        assert migrate.current(session.store.engine) == migrate.head()
        after = backup_copy.table_counts(old_store, _key(old_store))
        kept = {table: after[table] for table in counts}
        # The login adds its own journal record; nothing else moves.
        assert {t: n for t, n in kept.items() if t != "audit_event"} == \
            {t: n for t, n in counts.items() if t != "audit_event"}
        assert kept["audit_event"] > counts["audit_event"]
        upgraded = [r for r in _journal(session) if r["action"] == "store.upgrade"]
        # A backup and an upgrade record exactly when this release moved the schema on.
        moved = revision != migrate.head()
        assert bool(_backups_beside(old_store)) == moved
        assert len(upgraded) == int(moved)
    finally:
        session.store.close()
    report = integrity.verify(old_store, "auditor", PASSWORD)
    assert report.ok


def test_a_migration_is_preceded_by_a_verified_backup_and_journalled(old_store,
                                                                     later_release):
    before = _dump(old_store)
    later_release()
    session = auth.login(old_store, "clerk", PASSWORD)
    try:
        assert migrate.current(session.store.engine) == "0099"
        with session.store.read() as conn:
            probe = conn.exec_driver_sql("SELECT copies FROM upgrade_probe").scalar()
            notes = conn.exec_driver_sql(
                "SELECT count(*), count(probe_note) FROM registrations").one()
            copies = conn.exec_driver_sql("SELECT count(*) FROM copies").scalar()
        assert probe == copies > 0 and notes[0] == notes[1] > 0
        record = [r for r in _journal(session) if r["action"] == "store.upgrade"]
        assert len(record) == 1 and record[0]["actor"] == "(grif)"
        details = json.loads(record[0]["details"])
        assert details["from_revision"] == "0010" and details["to_revision"] == "0099"
        assert details["from_version"] == releases.last_release_at("0010", __version__)
        assert details["to_version"] == __version__
        last = backups.last_backup(session)
        assert last is not None and last.by == "(grif)"
    finally:
        session.store.close()
    (folder,) = _backups_beside(old_store)
    assert folder.name.endswith(f"-before-{__version__}")
    assert details["backup"] == folder.name
    kf = keyfile.load(folder / "register.grif.keys")
    kek = kek_from_password(kf, "admin", PASSWORD, None)
    manifest = backups.verify_backup_folder(folder, kek)
    assert manifest.schema_revision == "0010" and manifest.created_by == "(grif)"
    assert details["backup_sha256"] == manifest.files[STORE_FILE]["sha256"]
    # The backup is the store as the older release left it, byte for byte in content.
    assert _dump(folder / STORE_FILE) == before
    # Going back: the previous release restores it (here the same restore code, with the
    # recovery code, into a fresh place) — the restored copy opens and verifies.
    target = old_store.parent / "back" / "register.grif"
    target.parent.mkdir()
    result = restore.restore_backup(folder, target, recovery_code=RECOVERY)
    assert result.manifest.schema_revision == "0010"


def test_a_failed_migration_leaves_the_store_exactly_as_it_was(old_store, later_release):
    before = _dump(old_store)
    keys_before = keyfile.key_file_path(old_store).read_bytes()
    later_release(fail=True)
    with pytest.raises(UpgradeFailed) as caught:
        auth.login(old_store, "clerk", PASSWORD)
    text = caught.value.text()
    (folder,) = _backups_beside(old_store)
    assert str(folder) in text and "install Grif" in text
    assert releases.last_release_at("0010", __version__) in text
    assert "RuntimeError" in text and "unexpected data" not in text  # no internals shown
    assert _dump(old_store) == before                   # schema, rows and journal
    assert keyfile.key_file_path(old_store).read_bytes() == keys_before
    assert backup_copy.schema_revision(old_store, _key(old_store)) == "0010"
    # The backup made before the attempt is complete and checks out.
    kf = keyfile.load(folder / "register.grif.keys")
    backups.verify_backup_folder(folder, kek_from_password(kf, "admin", PASSWORD, None))


def test_no_backup_no_migration(old_store, later_release, monkeypatch):
    """A full medium while backing up: nothing half-written beside it, the store as it was,
    and the message says what to do."""
    before = _dump(old_store)
    later_release()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backup_copy, "copy_store", full)
    with pytest.raises(UpgradeBackupFailed) as caught:
        auth.login(old_store, "clerk", PASSWORD)
    assert "No space left on device" in caught.value.text()
    assert "Free space" in caught.value.text()
    assert _backups_beside(old_store) == []
    assert not list(old_store.parent.glob("*.partial"))
    assert _dump(old_store) == before


def test_a_store_of_a_newer_release_is_refused_untouched(old_store):
    conn = connect_raw(old_store, _key(old_store))
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    before = _dump(old_store)
    with pytest.raises(StoreFromNewerVersion) as caught:
        auth.login(old_store, "clerk", PASSWORD)
    assert "0999" in caught.value.text() and __version__ in caught.value.text()
    assert _dump(old_store) == before
    assert _backups_beside(old_store) == []


def test_release_table_names_the_release_to_go_back_to():
    assert releases.last_release_at("0010", "0.2.0") == "0.1.0"
    assert releases.last_release_at("0010", "0.3.0") == "0.2.0"
    assert releases.last_release_at("0001", "0.2.0") is None
    heads = dict(releases.RELEASES)
    assert heads[__version__] == migrate.head(), "add this release to store/releases.py"


def test_the_login_window_says_what_happened_in_the_users_language(qtbot, old_store,
                                                                   later_release):
    """What a clerk sees when the new release cannot upgrade the register: the message in
    the chosen language, the release to install again, where the backup is."""
    from desktop.i18n import translations
    from desktop.ui.login_dialog import LoginDialog
    later_release(fail=True)
    translations.switch("ru")
    try:
        dialog = LoginDialog(old_store, username="clerk")
        qtbot.addWidget(dialog)
        dialog.password.setText(PASSWORD)
        dialog.try_login()
        shown = dialog.message.text()
    finally:
        translations.switch("en")
    (folder,) = _backups_beside(old_store)
    assert dialog.session is None
    assert str(folder) in shown and "Grif 0.1.0" in shown
    assert "could not be brought up" not in shown        # translated, not the English source

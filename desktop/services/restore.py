"""Restoring a backup: checked, copied into a new file next to the target, journalled there,
then swapped in.

The swap is a few renames guided by a marker file `<store>.restore`: the old files are moved
aside (`<store>.before-restore-<time>`, never deleted), the new ones take their names. A
program stopped in the middle finishes the renames at the next open (`finish_restore`), so
the register is never left without a store or with a key file of another copy. The marker
carries the restored journal head sealed with the chain key: only that head, checked against
the store, may replace the head remembered in the keyring, so a legitimate restore is not
reported as a rollback while a planted marker changes nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import (
    AuthenticationFailed,
    BackupDamaged,
    FolderNotFound,
    IllegalState,
    KeyFileError,
    PermissionDenied,
    Reason,
)
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import keyfile, workstation
from desktop.security.keyfile import KeyFile, write_atomic
from desktop.security.workstation import Keystore, KeystoreUnavailable
from desktop.services import journal
from desktop.services.backup_manifest import KEY_FILE, STORE_FILE, Manifest
from desktop.services.backups import SCALE, Phases, Progress, verify_backup_folder
from desktop.services.keys import kek_from_password, recovery_kek, slot_layer_key, user_purpose
from desktop.services.restore_marker import (
    aside_name,
    finish_restore,
    marker_path,
    reset_keyring_anchor,
    staged_path,
)
from desktop.services.session import open_store
from desktop.services.users import RECOVERY_ACTOR
from desktop.store import audit, backup_copy
from desktop.store import users as user_repo

OTHER_STORE = QT_TRANSLATE_NOOP(
    "Errors", "the backup is of another register than the one at %1; choose another file name")
NOT_ADMIN = QT_TRANSLATE_NOOP("Errors", "Administrator (in the backup)")
NO_KEY_FILE = QT_TRANSLATE_NOOP("Errors", "its key file is missing or damaged")


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    manifest: Manifest
    aside: Path | None        # where the replaced store was moved, if there was one
    bound: bool               # bound again to this workstation's keyring
    restore_seq: int          # the journal record of the restore


def unlock_backup(folder: Path, *, recovery_code: str | None = None,
                  username: str | None = None, password: str | None = None
                  ) -> tuple[bytes, str]:
    """The KEK of a backup from its recovery slot or a user's slot, and who opened it."""
    try:
        kf = keyfile.load(Path(folder) / KEY_FILE)
    except KeyFileError:
        raise BackupDamaged(str(folder), NO_KEY_FILE) from None
    if recovery_code is not None:
        return recovery_kek(kf, recovery_code), RECOVERY_ACTOR
    if not username or password is None:
        raise AuthenticationFailed()
    # The backup's slots are off any workstation binding, so no keyring is needed.
    kek = kek_from_password(kf, username, password, None)
    if kek is None:
        raise AuthenticationFailed()
    return kek, username


def restore_backup(folder: Path, target: Path, *, recovery_code: str | None = None,
                   username: str | None = None, password: str | None = None,
                   keystore: Keystore | None = None, progress: Progress | None = None
                   ) -> RestoreResult:
    """Check the backup, build the restored store beside `target`, journal the restore in it
    and swap it in. `target` may be a new path (a clean machine) or the register itself,
    which must then be closed. With a user's password the user must be an active
    administrator in the backup; the recovery code needs no user."""
    folder, target = Path(folder).absolute(), Path(target).absolute()
    kek, actor = unlock_backup(folder, recovery_code=recovery_code, username=username,
                               password=password)
    phases = Phases(progress)
    manifest = verify_backup_folder(folder, kek, phases.step(600))
    if not target.parent.is_dir():
        raise FolderNotFound(str(target.parent))
    old_kf = _existing_keyfile(target, manifest)
    staged = staged_path(target)
    _remove_store_files(staged)
    backup_kf = keyfile.load(folder / KEY_FILE)
    store_key = backup_kf.store_key(kek)
    try:
        backup_copy.copy_store(folder / STORE_FILE, store_key, staged, phases.step(300))
        staged.chmod(0o600)
        keyfile.save(keyfile.key_file_path(staged), backup_kf)
        rebind = _bind_again(old_kf, keystore, kek)
        if rebind is not None:
            _layer(keyfile.key_file_path(staged), kek, rebind)
        seq, anchor = _journal_restore(staged, kek, actor, folder, manifest, old_kf, target,
                                       rebind is not None)
    except BaseException:
        _remove_store_files(staged)
        raise
    aside = aside_name(target) if target.exists() else None
    write_atomic(marker_path(target), json.dumps(
        {"store_id": manifest.store_id, "aside": aside.name if aside else None,
         "anchor": anchor}).encode("utf-8"))
    finish_restore(target)
    if keystore is not None:
        reset_keyring_anchor(keystore, manifest.store_id, anchor)
    marker_path(target).unlink(missing_ok=True)
    if progress is not None:
        progress(SCALE, SCALE)
    return RestoreResult(target, manifest, aside, rebind is not None, seq)


def _existing_keyfile(target: Path, manifest: Manifest) -> KeyFile | None:
    kf_path = keyfile.key_file_path(target)
    if not target.exists() and not kf_path.exists():
        return None
    try:
        kf = keyfile.load(kf_path)
    except KeyFileError:
        return None  # a lost key file is one reason to restore
    if kf.store_id != manifest.store_id:
        raise IllegalState(Reason(OTHER_STORE, target))
    return kf


def _bind_again(old_kf: KeyFile | None, keystore: Keystore | None, kek: bytes) -> bytes | None:
    """The workstation secret to bind the restored store with, when the store it replaces was
    bound and this keyring still holds that store's secret."""
    if old_kf is None or not old_kf.bound or keystore is None:
        return None
    try:
        text = keystore.get(workstation.secret_name(old_kf.store_id))
    except KeystoreUnavailable:
        return None
    return workstation.decode(text) if text else None


def _layer(kf_path: Path, kek: bytes, secret: bytes) -> None:
    kf = keyfile.load(kf_path)
    ws_key = slot_layer_key(secret)
    for name, slot in list(kf.users.items()):
        kf.users[name] = kf.rebind_slot(user_purpose(name), slot, None, ws_key)
    kf.workstation_escrow = kf.escrow(kek, secret)
    keyfile.save(kf_path, kf)


def _journal_restore(staged: Path, kek: bytes, actor: str, folder: Path, manifest: Manifest,
                     old_kf: KeyFile | None, target: Path, bound: bool
                     ) -> tuple[int, dict]:
    """Open the restored copy (migrating an older schema), check the actor, write the restore
    record and the key file anchor; the copy is left closed and checkpointed."""
    store = open_store(staged, kek, None, backup_before_upgrade=False)
    try:
        with store.write() as conn:
            if actor != RECOVERY_ACTOR:
                user = user_repo.by_name(conn, actor)
                if user is None or not user.active or not user.has_role(Role.ADMIN):
                    raise PermissionDenied(NOT_ADMIN)
            seq = journal.append(conn, store, actor=actor, action="store.restore",
                                 obj=manifest.store_id, details={
                                     "backup": folder.name,
                                     "backup_created_at": manifest.created_at,
                                     "backup_created_by": manifest.created_by,
                                     "backup_head": manifest.records,
                                     "restored_to": str(target),
                                     "replaced_existing": old_kf is not None,
                                     "previous_head": (old_kf.anchor or {}).get("seq")
                                     if old_kf else None,
                                     "bound_again": bound,
                                     "keyring_anchor_reset": bound})
        journal.write_anchor(store)
        with store.read() as conn:
            head = audit.head(conn)
        assert head is not None
        anchor = journal.anchor_record(store, *head)
    finally:
        store.engine.dispose()
    # Back to a rollback journal so that no -wal file has to travel with the swap.
    backup_copy.use_rollback_journal(staged, store.keys.store_key)
    staged_keys = keyfile.key_file_path(staged)
    staged_keys.with_name(staged_keys.name + ".lock").unlink(missing_ok=True)
    return seq, anchor


def _remove_store_files(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    keyfile.key_file_path(path).unlink(missing_ok=True)

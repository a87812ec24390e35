"""Encrypted, verified backups of the whole store, and the reminder when the last one is old.

A backup is a folder `<store>-backup-YYYYmmdd-HHMMSS/` holding
- register.grif: a consistent copy made by SQLite (`VACUUM INTO`) under the same store key;
- register.grif.keys: the store's key file with every slot taken off the workstation binding,
  so the same users' passwords and the recovery code open it on any machine;
- manifest.json: when, who, where, schema revision, rows per table, journal head, SHA-256 of
  both files, sealed with a key from the KEK.
It is written as `<name>.partial` and renamed only after it was opened, integrity-checked and
its journal verified, so a folder without the suffix is a checked backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop import __version__
from desktop.domain.access import require_role
from desktop.domain.errors import (
    BackupCheckFailed,
    BackupDamaged,
    BackupWriteFailed,
    FolderNotFound,
    GrifError,
    Reason,
    StoreError,
)
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import keyfile
from desktop.security.keyfile import KeyFile, fsync_dir
from desktop.services import backup_manifest, journal
from desktop.services import settings as settings_service
from desktop.services.backup_manifest import KEY_FILE, STORE_FILE, Manifest
from desktop.services.chain_check import verify_chain
from desktop.services.journal_view import VerificationCancelled
from desktop.services.keys import StoreKeys, slot_layer_key, user_purpose
from desktop.services.session import OpenStore, Session, action, record_outcome
from desktop.store import audit, backup_copy, meta
from desktop.store.backup_copy import CopyCancelled
from desktop.store.engine import Connection
from desktop.store.maintenance import check_file

Progress = Callable[[int, int], bool]
SCALE = 1000                    # progress is reported in thousandths of the whole job
LAST_META = "backup.last_verified"
REMIND_KEY = "backup.remind_days"


class BackupCancelled(GrifError):
    message = QT_TRANSLATE_NOOP("Errors", "The backup was cancelled; nothing was kept.")


PAGE_DAMAGED = QT_TRANSLATE_NOOP("Errors", "its store file is damaged (first bad page %1)")
FILE_CHANGED = QT_TRANSLATE_NOOP("Errors", "the file %1 is missing or differs from the manifest")
CHAIN_BROKEN = QT_TRANSLATE_NOOP("Errors", "its audit journal is broken at record %1")
HEAD_DIFFERS = QT_TRANSLATE_NOOP("Errors", "its journal head differs from the manifest")
COUNTS_DIFFER = QT_TRANSLATE_NOOP("Errors", "its row counts differ from the manifest")
WRONG_STORE = QT_TRANSLATE_NOOP("Errors", "it is not a copy of this store's journal")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "the folder disappeared (was the medium removed?)")


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    manifest: Manifest


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime
    folder: str
    by: str
    copies: int


@dataclass(frozen=True)
class BackupDue:
    last: LastBackup | None     # None: never backed up
    remind_days: int

    def days_since(self, now: dt.datetime) -> int | None:
        return None if self.last is None else (now - self.last.at).days


class Phases:
    """One progress bar over several steps, each given its share of SCALE."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.base = 0

    def step(self, share: int) -> Progress | None:
        if self.progress is None:
            return None
        base, outer = self.base, self.progress
        self.base += share

        def report(done: int, total: int) -> bool:
            return outer(base + (share * done) // max(total, 1), SCALE)
        return report


def folder_name(store_path: Path, when: dt.datetime) -> str:
    return f"{store_path.stem}-backup-{when.astimezone():%Y%m%d-%H%M%S}"


def make_backup(session: Session, destination: Path, progress: Progress | None = None
                ) -> BackupResult:
    """Write and verify a backup in a new folder under `destination` (administrators).
    Nothing is left in `destination` unless the whole backup checked out."""
    store = session.store
    destination = Path(destination).absolute()
    with action(session, "store.backup_start", str(destination)) as tx:
        require_role(tx.user, Role.ADMIN)
        if not destination.is_dir():
            raise FolderNotFound(str(destination))
        start_seq = _pending_seq(tx)
    now = dt.datetime.now(dt.UTC)
    final = destination / folder_name(store.path, now)

    def same_journal(target: Path) -> None:
        if backup_copy.journal_mac_at(target, store.keys.store_key, start_seq) != \
                _live_mac(session, start_seq):
            raise BackupCheckFailed(WRONG_STORE)
    try:
        manifest = write_folder(store, final, now, session.actor, Phases(progress),
                                check=same_journal)
    except BaseException as exc:
        with contextlib.suppress(StoreError):  # the backup's own error is the one to show
            record_outcome(session, "store.backup", str(final),
                           "cancelled" if _is_cancel(exc) else "failure",
                           {"reason": type(exc).__name__})
        raise _as_backup_error(exc, destination) from exc
    with action(session, "store.backup", str(final)) as tx:
        tx.details = {"folder": final.name, "records": manifest.records,
                      "copies": manifest.copies, "seconds": round(manifest.seconds, 1),
                      "sha256": manifest.files[STORE_FILE]["sha256"]}
        remember(tx.conn, manifest.created_at, final, session.actor, manifest.copies)
    return BackupResult(final, manifest)


def remember(conn: Connection, at: str, folder: Path, by: str, copies: int) -> None:
    """The last verified backup, for the start page's reminder (see `last_backup`)."""
    meta.put(conn, LAST_META, json.dumps(
        {"at": at, "folder": str(folder), "by": by, "copies": copies}, ensure_ascii=False))


def _pending_seq(tx) -> int:
    """The seq the action's own record will get (it is appended when the body ends)."""
    head = audit.head(tx.conn)
    return (head[0] if head else 0) + 1


def write_folder(store: OpenStore, final: Path, now: dt.datetime, actor: str, phases: Phases,
                 check: Callable[[Path], None] | None = None) -> Manifest:
    """Copy the store into `<final>.partial`, `check(copied file)` it, add the key file and
    the sealed manifest, verify the folder, then rename it to `final`. On any failure or a
    cancel nothing is left."""
    started = time.perf_counter()
    partial = final.with_name(final.name + ".partial")
    try:
        partial.mkdir(mode=0o700)
        target = partial / STORE_FILE
        backup_copy.copy_store(store.path, store.keys.store_key, target, phases.step(450))
        target.chmod(0o600)
        if check is not None:
            check(target)
        manifest = seal_folder(store, partial, now, actor, phases)
        manifest = replace(manifest, seconds=round(time.perf_counter() - started, 3))
        backup_manifest.write(partial, manifest, store.keys.kek)
        partial.rename(final)
        fsync_dir(final.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return manifest


def seal_folder(store: OpenStore, folder: Path, now: dt.datetime, actor: str,
                phases: Phases) -> Manifest:
    """The key file and the sealed manifest beside a copied store file, then the whole
    check of the folder."""
    keys = store.keys
    target = folder / STORE_FILE
    head = backup_copy.journal_mac_at(target, keys.store_key)
    if head is None:    # every store's journal starts with its creation
        raise BackupCheckFailed(WRONG_STORE)
    keyfile.save(folder / KEY_FILE, _backup_keyfile(store, head))
    files = {name: {"sha256": backup_copy.sha256_of(folder / name),
                    "size": (folder / name).stat().st_size} for name in (STORE_FILE, KEY_FILE)}
    manifest = Manifest(
        created_at=now.isoformat(timespec="seconds"), created_by=actor,
        workstation=store.workstation, store_id=store.store_id,
        organisation=backup_copy.organisation(target, keys.store_key),
        program_version=__version__,
        schema_revision=backup_copy.schema_revision(target, keys.store_key),
        counts=backup_copy.table_counts(target, keys.store_key),
        chain_head={"seq": head[0], "mac": head[1].hex()}, files=files)
    backup_manifest.write(folder, manifest, keys.kek)
    # The files were just hashed, counted and their head read; the check reads every page
    # and the whole chain again.
    verify_backup_folder(folder, keys.kek, phases.step(550), just_written=True)
    return manifest


def _live_mac(session: Session, seq: int) -> tuple[int, bytes] | None:
    with session.store.read() as conn:
        mac = audit.mac_at(conn, seq)
    return (seq, bytes(mac)) if mac is not None else None


def _backup_keyfile(store: OpenStore, head: tuple[int, bytes]) -> KeyFile:
    """The store's key file for the backup: slots off the workstation layer, no escrow, no
    rekey in flight, and the anchor at the backup's own journal head."""
    kf = keyfile.load(store.keyfile_path)
    secret = kf.escrowed_secret(store.keys.kek)
    ws_key = slot_layer_key(secret) if secret is not None else None
    for name, slot in list(kf.users.items()):
        kf.users[name] = kf.rebind_slot(user_purpose(name), slot, ws_key, None)
    kf.workstation_escrow = None
    kf.pending_store_key_blob = None
    kf.anchor = journal.anchor_record(store, *head)
    return kf


def verify_backup_folder(folder: Path, kek: bytes, progress: Progress | None = None, *,
                         just_written: bool = False) -> Manifest:
    """Check a backup completely: the manifest's seal, both files' SHA-256, the key file
    opening the store, SQLCipher's and SQLite's integrity checks, the whole journal chain, its
    head and the row counts. `just_written` (right after writing, when the hashes, the head and
    the counts were just taken from these files): sizes instead of hashes, no head or counts.
    BackupDamaged names what failed."""
    phases = Phases(progress)
    manifest, mac = backup_manifest.read(folder)
    backup_manifest.check_seal(folder, manifest, mac, kek)
    hashing = phases.step(150)
    total = sum(int(info["size"]) for info in manifest.files.values()) or 1
    done = 0
    for name, info in sorted(manifest.files.items()):
        path = folder / name
        if not path.is_file() or path.stat().st_size != int(info["size"]):
            raise BackupDamaged(str(folder), Reason(FILE_CHANGED, name))
        offset = done

        def report(part: int, _whole: int, offset: int = offset) -> bool:
            return hashing is None or hashing(offset + part, total)
        if not just_written and backup_copy.sha256_of(path, report) != info["sha256"]:
            raise BackupDamaged(str(folder), Reason(FILE_CHANGED, name))
        done += int(info["size"])
    kf = keyfile.load(folder / KEY_FILE)
    if kf.store_id != manifest.store_id:
        raise BackupDamaged(str(folder), backup_manifest.CHANGED_MANIFEST)
    keys = StoreKeys(kek, kf.store_key(kek))
    store = folder / STORE_FILE
    report_file = check_file(store, keys.store_key)
    if not report_file.ok:
        raise BackupDamaged(str(folder), Reason(PAGE_DAMAGED, report_file.first_bad_page or 1))
    phases.step(150)
    chain = verify_chain(store, keys.store_key, keys.chain_key, progress=phases.step(700))
    if not chain.ok:
        assert chain.fault is not None
        raise BackupDamaged(str(folder), Reason(CHAIN_BROKEN, chain.fault.seq))
    if not just_written:
        _check_head_and_counts(folder, store, keys.store_key, manifest)
    if progress is not None:
        progress(SCALE, SCALE)
    return manifest


def _check_head_and_counts(folder: Path, store: Path, key: bytes, manifest: Manifest) -> None:
    head = backup_copy.journal_mac_at(store, key)
    if head is None or head[0] != manifest.chain_head["seq"] \
            or head[1].hex() != manifest.chain_head["mac"]:
        raise BackupDamaged(str(folder), HEAD_DIFFERS)
    if backup_copy.table_counts(store, key) != manifest.counts:
        raise BackupDamaged(str(folder), COUNTS_DIFFER)


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, (CopyCancelled, VerificationCancelled, BackupCancelled))


def _as_backup_error(exc: BaseException, destination: Path) -> BaseException:
    if _is_cancel(exc):
        return BackupCancelled()
    if isinstance(exc, BackupDamaged):
        return BackupCheckFailed(exc.reason)
    if isinstance(exc, (BackupCheckFailed, BackupWriteFailed, FolderNotFound)):
        return exc
    if isinstance(exc, StoreError | OSError):
        if not destination.is_dir():
            return BackupWriteFailed(str(destination), NO_FOLDER)
        return BackupWriteFailed(str(destination), failure_text(exc))
    return exc


def failure_text(exc: StoreError | OSError) -> str:
    """What stopped a backup, for the message: a typed error's own text, else the OS's."""
    return exc.text() if isinstance(exc, GrifError) else (exc.strerror or str(exc))


def last_backup(session: Session) -> LastBackup | None:
    with session.store.read() as conn:
        text = meta.get(conn, LAST_META)
    if not text:
        return None
    with contextlib.suppress(ValueError, KeyError, TypeError):
        data = json.loads(text)
        return LastBackup(dt.datetime.fromisoformat(data["at"]), str(data["folder"]),
                          str(data["by"]), int(data.get("copies", 0)))
    return None


def backup_due(session: Session, now: dt.datetime | None = None) -> BackupDue | None:
    """The start page's reminder: shown to administrators when no verified backup is newer
    than the setting `backup.remind_days` (default 7)."""
    if not session.user.has_role(Role.ADMIN):
        return None
    now = now or dt.datetime.now(dt.UTC)
    days = int(settings_service.current(session)[REMIND_KEY])
    last = last_backup(session)
    if last is not None and now - last.at < dt.timedelta(days=days):
        return None
    return BackupDue(last, days)

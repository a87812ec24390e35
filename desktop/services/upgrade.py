"""Bringing a store made by an older release up to this one, on its first open.

Before any migration a complete, verified backup of the store is written beside it (the
same kind of folder as an administrator's backup, so the older release's restore takes
it). The migrations and the journal's record of the upgrade then run in one transaction: if
anything fails the store is exactly as it was, and the message names the release to
install again and where the backup is."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain.errors import (
    GrifError,
    StoreError,
    StoreFromNewerVersion,
    UpgradeBackupFailed,
    UpgradeFailed,
)
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security.keyfile import fsync_dir
from desktop.services import backup_manifest, backups, journal
from desktop.services.backup_manifest import STORE_FILE
from desktop.services.backups import Phases, Progress
from desktop.services.security_events import PROGRAM
from desktop.services.session import OpenStore
from desktop.store import backup_copy, meta, migrate, releases
from desktop.store.engine import Connection

log = logging.getLogger(__name__)

UNKNOWN_RELEASE = QT_TRANSLATE_NOOP("Errors", "the version you used before")


@dataclass(frozen=True)
class Upgraded:
    from_revision: str
    to_revision: str
    backup: Path


def folder_name(store_path: Path, when: dt.datetime) -> str:
    return f"{backups.folder_name(store_path, when)}-before-{__version__}"


def bring_up_to_date(store: OpenStore, *, make_backup: bool = True,
                     progress: Progress | None = None) -> Upgraded | None:
    """Migrate `store` to this release's schema; None when it already is there."""
    engine = store.engine
    current, head = migrate.current(engine), migrate.head()
    if current == head:
        return None
    if current is not None and current not in migrate.revisions():
        raise StoreFromNewerVersion(str(store.path), current, __version__)
    if current is None or not make_backup:   # a new store, or a restore's staged copy
        migrate.upgrade(engine)
        return None
    previous = releases.last_release_at(current, __version__)
    folder = _backup(store, current, previous, progress)
    started = time.perf_counter()

    def record(conn: Connection) -> None:
        journal.append(conn, store, actor=PROGRAM, action="store.upgrade", obj=store.store_id,
                       details={"from_revision": current, "to_revision": head,
                                "from_version": previous or "", "to_version": __version__,
                                "backup": folder.name,
                                "backup_sha256": _sha256_in(folder)})
        meta.put(conn, backups.LAST_META, json.dumps(
            {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
             "folder": str(folder), "by": PROGRAM,
             "copies": backup_manifest.read(folder)[0].copies}, ensure_ascii=False))

    try:
        migrate.upgrade(engine, after=record)
    except Exception as exc:
        log.error("upgrade of %s from %s failed: %s", store.path.name, current,
                  type(exc).__name__)
        reason = exc.text() if isinstance(exc, GrifError) else type(exc).__name__
        raise UpgradeFailed(str(store.path), reason, previous or UNKNOWN_RELEASE,
                            str(folder)) from exc
    log.info("store %s upgraded %s -> %s in %.1f s (backup %s)", store.path.name, current,
             head, time.perf_counter() - started, folder.name)
    return Upgraded(current, head, folder)


def _backup(store: OpenStore, revision: str, previous: str | None,
            progress: Progress | None) -> Path:
    now = dt.datetime.now(dt.UTC)
    final = store.path.parent / folder_name(store.path, now)
    partial = final.with_name(final.name + ".partial")
    phases = Phases(progress)
    try:
        partial.mkdir(mode=0o700)
        target = partial / STORE_FILE
        backup_copy.copy_store(store.path, store.keys.store_key, target, phases.step(450))
        target.chmod(0o600)
        backups.seal_folder(store, partial, now, PROGRAM, phases)
        partial.rename(final)
        fsync_dir(final.parent)
    except (OSError, StoreError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        reason = exc.text() if isinstance(exc, GrifError) else (exc.strerror or str(exc))
        raise UpgradeBackupFailed(str(store.path), reason,
                                  previous or UNKNOWN_RELEASE) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    log.info("backup before upgrading %s (schema %s) written and verified: %s",
             store.path.name, revision, final.name)
    return final


def _sha256_in(folder: Path) -> str:
    manifest, _ = backup_manifest.read(folder)
    return str(manifest.files[STORE_FILE]["sha256"])

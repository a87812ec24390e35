"""Bringing a store made by an older release up to this one, on its first open.

Before any migration a complete, verified backup of the store is written beside it (the
same kind of folder as an administrator's backup, so the older release's restore takes
it). The migrations and the journal's record of the upgrade then run in one transaction: if
anything fails the store is exactly as it was, and the message names the release to
install again and where the backup is."""

from __future__ import annotations

import datetime as dt
import logging
import time
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
from desktop.services import backups, journal
from desktop.services.backup_manifest import STORE_FILE, Manifest
from desktop.services.backups import Phases
from desktop.services.security_events import PROGRAM
from desktop.services.session import OpenStore
from desktop.store import migrate, releases
from desktop.store.engine import Connection

log = logging.getLogger(__name__)

UNKNOWN_RELEASE = QT_TRANSLATE_NOOP("Errors", "the version you used before")


def folder_name(store_path: Path, when: dt.datetime) -> str:
    return f"{backups.folder_name(store_path, when)}-before-{__version__}"


def bring_up_to_date(store: OpenStore, *, make_backup: bool = True) -> None:
    """Migrate `store` to this release's schema (nothing to do when it already is there)."""
    engine = store.engine
    current, head = migrate.current(engine), migrate.head()
    if current == head:
        return
    if current is not None and current not in migrate.revisions():
        raise StoreFromNewerVersion(str(store.path), current, __version__)
    if current is None or not make_backup:   # a new store, or a restore's staged copy
        migrate.upgrade(engine)
        return
    previous = releases.last_release_at(current, __version__)
    folder, manifest = _backup(store, current, previous)
    started = time.perf_counter()

    def record(conn: Connection) -> None:
        journal.append(conn, store, actor=PROGRAM, action="store.upgrade", obj=store.store_id,
                       details={"from_revision": current, "to_revision": head,
                                "from_version": previous or "", "to_version": __version__,
                                "backup": folder.name,
                                "backup_sha256": manifest.files[STORE_FILE]["sha256"]})
        backups.remember(conn, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), folder,
                         PROGRAM, manifest.copies)

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


def _backup(store: OpenStore, revision: str, previous: str | None) -> tuple[Path, Manifest]:
    now = dt.datetime.now(dt.UTC)
    final = store.path.parent / folder_name(store.path, now)
    try:
        manifest = backups.write_folder(store, final, now, PROGRAM, Phases(None))
    except (OSError, StoreError) as exc:
        raise UpgradeBackupFailed(str(store.path), backups.failure_text(exc),
                                  previous or UNKNOWN_RELEASE) from exc
    log.info("backup before upgrading %s (schema %s) written and verified: %s",
             store.path.name, revision, final.name)
    return final, manifest

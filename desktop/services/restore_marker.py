"""The marker of a restore in flight, and finishing it at the next open (see restore.py).

Kept apart from restore.py so that opening a store (session.py) can finish a restore without
importing the whole of it."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import StoreNotFound
from desktop.security import audit_chain, keyfile, workstation
from desktop.security.keyfile import fsync_dir
from desktop.security.workstation import Keystore, KeystoreUnavailable
from desktop.store import audit

if TYPE_CHECKING:
    from desktop.services.session import OpenStore


def marker_path(target: Path) -> Path:
    return target.with_name(target.name + ".restore")


def staged_path(target: Path) -> Path:
    """Where a restore builds the new store before the swap."""
    return target.with_name(target.name + ".restoring")


def aside_name(target: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return target.with_name(f"{target.name}.before-restore-{stamp}")


def _move(src: Path, dest: Path) -> None:
    if src.exists():
        os.replace(src, dest)


def finish_restore(target: Path) -> bool:
    """Complete the renames of a restore that was cut off (or just prepared); True if there
    was one. Idempotent: each step looks at what is already done."""
    marker = marker_path(target)
    if not marker.exists():
        return False
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    staged = staged_path(target)
    staged_keys = keyfile.key_file_path(staged)
    aside = target.with_name(data["aside"]) if data.get("aside") else None
    if staged.exists() and target.exists() and aside is not None:
        for extra in ("-wal", "-shm", ""):
            _move(target.with_name(target.name + extra), aside.with_name(aside.name + extra))
    if staged_keys.exists():
        if aside is not None and not keyfile.key_file_path(aside).exists():
            _move(keyfile.key_file_path(target), keyfile.key_file_path(aside))
        os.replace(staged_keys, keyfile.key_file_path(target))
    if staged.exists():
        for extra in ("-wal", "-shm"):
            target.with_name(target.name + extra).unlink(missing_ok=True)
        os.replace(staged, target)
    fsync_dir(target.parent)
    return True


def settled(path: Path) -> Path:
    """The store's absolute path once a restore cut off there is finished, so what is read
    next is the restored store; StoreNotFound when there is no store."""
    path = Path(path).absolute()
    finish_restore(path)
    if not path.exists():
        raise StoreNotFound(str(path))
    return path


def settle_restored_anchor(store: OpenStore) -> None:
    """At open, after `finish_restore`: a restore that did not get to reset the keyring's
    journal head does it now, if the marker's head is sealed with this store's chain key and
    is in the journal; then the marker goes."""
    marker = marker_path(store.path)
    if not marker.exists():
        return
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        anchor = json.loads(marker.read_text(encoding="utf-8"))["anchor"]
        seq, mac = int(anchor["seq"]), bytes.fromhex(anchor["mac"])
        with store.read() as conn:
            stored = audit.mac_at(conn, seq)
        if audit_chain.anchor_tag(store.keys.chain_key, seq, mac) == anchor["tag"] \
                and stored is not None and bytes(stored) == mac \
                and store.keystore is not None:
            reset_keyring_anchor(store.keystore, store.store_id, anchor)
    with contextlib.suppress(OSError):  # a read-only medium keeps it; it does no harm
        marker.unlink(missing_ok=True)


def reset_keyring_anchor(keystore: Keystore, store_id: str, anchor: dict) -> None:
    """Put the restored head where the keyring remembered an older-looking newer one; a
    keyring that remembers nothing for this store is left so."""
    name = workstation.anchor_name(store_id)
    with contextlib.suppress(KeystoreUnavailable):
        if keystore.get(name) is not None:
            keystore.set(name, json.dumps(anchor))

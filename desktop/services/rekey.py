"""Rekeying the store and binding it to a workstation (administrator commands)."""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop.domain.access import require_role
from desktop.domain.errors import IllegalState, WorkstationMismatch
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import keyfile, workstation
from desktop.security.keyfile import fsync_dir
from desktop.security.workstation import Keystore, KeystoreUnavailable
from desktop.services import journal
from desktop.services.faults import crash_point
from desktop.services.keys import (
    StoreKeys,
    settle_rekey,
    slot_layer_key,
    update_keyfile,
    user_purpose,
)
from desktop.services.session import OpenStore, Session, action
from desktop.services.stores import open_with_recovery
from desktop.store.engine import make_engine
from desktop.store.maintenance import export_with_key

NOT_BOUND = QT_TRANSLATE_NOOP("Errors", "the store is not bound to a workstation")


def rekey(session: Session) -> None:
    """A new random store key. Every step leaves either the old or the new state:
    1 export to STORE.rekey under the new key; 2 the new key goes into the key file as
    pending; 3 the new file replaces the old; 4 pending becomes current. An open after a
    cut at any point settles it (services.keys.settle_rekey)."""
    store = session.store
    with action(session, "store.rekey", store.store_id) as tx:
        require_role(tx.user, Role.ADMIN)
        tx.details = {"generation": store.keyfile.generation, "step": "requested"}
    journal.write_anchor(store)
    store.engine.dispose()
    new_key = secrets.token_bytes(32)
    tmp = store.path.with_name(store.path.name + ".rekey")
    tmp.unlink(missing_ok=True)
    export_with_key(store.path, store.keys.store_key, tmp, new_key)
    crash_point("rekey.exported")

    def stage(kf) -> None:
        kf.pending_store_key_blob = kf.wrap_store_key(store.keys.kek, new_key, kf.generation + 1)
    update_keyfile(store.keyfile_path, stage)
    crash_point("rekey.staged")
    for suffix in ("-wal", "-shm"):
        store.path.with_name(store.path.name + suffix).unlink(missing_ok=True)
    tmp.replace(store.path)
    fsync_dir(store.path.parent)
    crash_point("rekey.swapped")
    current = settle_rekey(store.path, store.keyfile_path, store.keys.kek)
    assert current == new_key
    store.keys = StoreKeys(store.keys.kek, new_key)
    store.engine = make_engine(store.path, new_key)
    store.keyfile = keyfile.load(store.keyfile_path)
    with action(session, "store.rekey", store.store_id) as tx:
        tx.details = {"generation": store.keyfile.generation, "step": "done"}


def _relayer(store: OpenStore, keystore: Keystore) -> None:
    """A new workstation secret in `keystore`; every user slot's outer layer moved onto it
    (peeled with the escrowed old secret, if any) and the new secret escrowed."""
    old_ws = _escrowed_key(store)
    secret = secrets.token_bytes(32)
    try:
        keystore.set(workstation.secret_name(store.store_id), workstation.encode(secret))
    except KeystoreUnavailable:
        raise WorkstationMismatch() from None
    new_ws = slot_layer_key(secret)

    def relayer(kf) -> None:
        for name, slot in list(kf.users.items()):
            kf.users[name] = kf.rebind_slot(user_purpose(name), slot, old_ws, new_ws)
        kf.workstation_escrow = kf.escrow(store.keys.kek, secret)
    store.keyfile = update_keyfile(store.keyfile_path, relayer)
    store.keystore = keystore


def bind(session: Session, keystore: Keystore) -> None:
    """Bind to this workstation: a new secret in the OS keyring, an outer layer on every
    user slot, the secret escrowed under the KEK (moving elsewhere later needs the recovery
    code: rebind_with_recovery)."""
    store = session.store
    with action(session, "store.bind", store.store_id) as tx:
        require_role(tx.user, Role.ADMIN)
        tx.details = {"backend": getattr(keystore, "name", type(keystore).__name__)}
        tx.before_commit.append(lambda: _relayer(store, keystore))
    journal.write_anchor(store)


def rebind_with_recovery(path: Path, code: str, keystore: Keystore) -> None:
    """Move a bound store to this workstation (the old one died or was replaced): the
    recovery code opens the store, the old workstation secret comes out of its escrow, and
    every user slot is re-layered with a new secret kept in this keyring. Passwords stay."""
    store = open_with_recovery(path, code, keystore)
    try:
        if not store.keyfile.bound:
            raise IllegalState(NOT_BOUND)
        with store.write() as conn:
            journal.append(conn, store, actor="recovery-code", action="store.rebind",
                           obj=store.store_id,
                           details={"backend": getattr(keystore, "name", "keystore")})
            _relayer(store, keystore)
    finally:
        store.close()


def unbind(session: Session) -> None:
    store = session.store
    with action(session, "store.unbind", store.store_id) as tx:
        require_role(tx.user, Role.ADMIN)
        if not store.keyfile.bound:
            raise IllegalState(NOT_BOUND)
        old_ws = _escrowed_key(store)

        def strip(kf) -> None:
            for name, slot in list(kf.users.items()):
                kf.users[name] = kf.rebind_slot(user_purpose(name), slot, old_ws, None)
            kf.workstation_escrow = None
        store.keyfile = update_keyfile(store.keyfile_path, strip)
    if store.keystore is not None:
        for name in (workstation.secret_name(store.store_id),
                     workstation.anchor_name(store.store_id)):
            try:
                store.keystore.delete(name)
            except KeystoreUnavailable:
                pass


def _escrowed_key(store) -> bytes | None:
    secret = store.keyfile.escrowed_secret(store.keys.kek)
    return slot_layer_key(secret) if secret is not None else None


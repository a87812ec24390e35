"""Creating a store and opening it with the recovery code."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain import fields
from desktop.domain.errors import FolderNotFound, StoreExists
from desktop.domain.passwords import check_password
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text, clean_username
from desktop.security import keyfile, recovery, workstation
from desktop.security.kdf import KdfParams, calibrate
from desktop.security.keyfile import KeyFile
from desktop.security.workstation import Keystore
from desktop.services import journal
from desktop.services.keys import (
    RECOVERY,
    new_keyfile,
    recovery_kek,
    user_purpose,
    workstation_key,
)
from desktop.services.restore_marker import settled
from desktop.services.session import OpenStore, Session, open_store
from desktop.store import meta, migrate
from desktop.store import settings as settings_repo
from desktop.store import users as user_repo
from desktop.store.engine import db_errors, make_engine


@dataclass(frozen=True)
class CreatedStore:
    session: Session
    recovery_code: str  # shown once; never stored


def _sidecars(path: Path) -> list[Path]:
    return [keyfile.key_file_path(path), path.with_name(path.name + ".login")]


def create_store(path: Path, *, organisation: str, admin_username: str, admin_full_name: str,
                 admin_password: str, keystore: Keystore | None = None,
                 kdf: KdfParams | None = None) -> CreatedStore:
    """A new encrypted store with one administrator. Passing a keystore binds the store to
    this workstation."""
    path = Path(path).absolute()
    username = clean_username(admin_username)
    full_name = clean_text(fields.FULL_NAME, admin_full_name)
    org = clean_text(fields.ORGANISATION, organisation, max_len=300)
    check_password(admin_password, username)
    if path.exists() or any(p.exists() for p in _sidecars(path)):
        raise StoreExists(str(path))
    if not path.parent.is_dir():
        raise FolderNotFound(str(path.parent))
    os.umask(0o077)

    kek, store_key = secrets.token_bytes(32), secrets.token_bytes(32)
    kf = KeyFile(store_id=str(uuid.uuid4()), kdf=kdf or calibrate(), store_key_blob=b"")
    kf.store_key_blob = kf.wrap_store_key(kek, store_key, kf.generation)
    ws_key = None
    if keystore is not None:
        ws_secret = secrets.token_bytes(32)
        keystore.set(workstation.secret_name(kf.store_id), workstation.encode(ws_secret))
        kf.workstation_escrow = kf.escrow(kek, ws_secret)
        ws_key = workstation_key(kf, keystore, required=True)
    code = recovery.new_code()
    kf.recovery = kf.make_slot(RECOVERY, code.encode(), kek, None)
    kf.users[username] = kf.make_slot(user_purpose(username), admin_password.encode(), kek,
                                      ws_key)
    kf_path = keyfile.key_file_path(path)
    try:
        new_keyfile(kf_path, kf)
        engine = make_engine(path, store_key)
        with db_errors():
            migrate.upgrade(engine)
        with db_errors(), engine.connect().execution_options(grif_write=True) as conn:
            with conn.begin():
                now = dt.datetime.now(dt.UTC)
                meta.put(conn, "store_id", kf.store_id)
                meta.put(conn, "organisation", org)
                meta.put(conn, "created_at", now.isoformat())
                meta.put(conn, "created_by_version", __version__)
                settings_repo.put(conn, "org.name", org, now.isoformat(), username)
        engine.dispose()
        store = open_store(path, kek, keystore, check_anchors=False)
        with store.write() as conn:
            admin = User(id=0, username=username, full_name=full_name,
                         roles=frozenset({Role.ADMIN}))
            admin_id = user_repo.add(conn, admin, dt.datetime.now(dt.UTC))
            journal.append(conn, store, actor=username, action="store.create",
                           obj=kf.store_id, details={"organisation": org,
                                                     "bound": kf.bound,
                                                     "kdf": kf.kdf.to_json()})
        journal.write_anchor(store)
    except BaseException:
        for leftover in (path, *_sidecars(path), path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    with store.read() as conn:
        user = user_repo.by_id(conn, admin_id)
    assert user is not None
    return CreatedStore(Session(store, user), code)


def open_with_recovery(path: Path, code: str, keystore: Keystore | None = None) -> OpenStore:
    """Open the store with the recovery code (no user session: the caller journals)."""
    path = settled(path)
    kf = keyfile.load(keyfile.key_file_path(path))
    return open_store(path, recovery_kek(kf, code), keystore)

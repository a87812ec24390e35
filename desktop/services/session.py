"""An open store and a logged-in user; `action()` is the one way services change things."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain import fields
from desktop.domain.errors import (
    AuthenticationFailed,
    ClearanceInsufficient,
    InvalidInput,
    KeyFileError,
    PermissionDenied,
    ReadOnlyStore,
    StoreError,
    StoreNotFound,
    StoreTampered,
    WrongKey,
)
from desktop.domain.people import User
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import keyfile
from desktop.security.keyfile import KeyFile
from desktop.security.workstation import Keystore
from desktop.services import journal
from desktop.services.keys import StoreKeys, settle_rekey
from desktop.services.restore_marker import settle_restored_anchor
from desktop.store import meta, migrate
from desktop.store import users as user_repo
from desktop.store.engine import (
    FILESYSTEM,  # noqa: F401  (the status bar words this reason for read_only)
    Connection,
    Engine,
    connect_raw,
    db_errors,
    make_engine,
    write_refusal,
)

log = logging.getLogger(__name__)

NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Errors", "The store %1 was made by an older version of Grif and must be upgraded, which "
              "cannot be done while it is read-only. Open it once where it can be written.")


NUMBER_OR_DATE = QT_TRANSLATE_NOOP("Errors", "a number or date")
TEXT = QT_TRANSLATE_NOOP("Errors", "a text")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "it is out of the range the register can hold")


@contextlib.contextmanager
def in_range() -> Iterator[None]:
    """An id, count or date too large for SQLite's 64-bit integers or for the calendar (typed
    or pasted, or from a crafted file) is a typed error, not a crash; the transaction rolls
    back as for any other error. So is text that is not Unicode (a lone surrogate, as a
    command-line argument with bytes that are not UTF-8 arrives): SQLite cannot store it."""
    try:
        yield
    except OverflowError:
        raise InvalidInput(NUMBER_OR_DATE, OUT_OF_RANGE) from None
    except UnicodeEncodeError:
        raise InvalidInput(TEXT, fields.CONTROL_CHARS) from None


def workstation_name() -> str:
    return socket.gethostname()[:128] or "workstation"


@dataclass
class OpenStore:
    path: Path
    keyfile_path: Path
    keyfile: KeyFile
    keys: StoreKeys
    engine: Engine
    keystore: Keystore | None
    workstation: str = field(default_factory=workstation_name)
    unanchored: int = 0
    anchor_warning: bool = False
    # Why nothing can be written (engine.FILESYSTEM or PERMISSION), None when writable.
    read_only: str | None = None

    @property
    def store_id(self) -> str:
        return self.keyfile.store_id

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        if self.read_only:
            raise ReadOnlyStore()
        with in_range(), db_errors(), \
                self.engine.connect().execution_options(grif_write=True) as conn:
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with in_range(), db_errors(), self.engine.connect() as conn:
            with conn.begin():
                yield conn

    def after_commit(self) -> None:
        if self.unanchored >= journal.ANCHOR_EVERY:
            self.anchor()

    def anchor(self) -> None:
        """Remember the journal head outside the store. The journal itself is already
        committed, so a full disk here is logged, not reported as a failed action; the next
        commit tries again."""
        if self.read_only:
            return
        try:
            journal.write_anchor(self)
        except OSError as exc:
            log.warning("journal head not recorded in the key file: %s", exc.strerror)

    def close(self) -> None:
        try:
            self.anchor()
        finally:
            self.engine.dispose()


def open_store(path: Path, kek: bytes, keystore: Keystore | None, *,
               check_anchors: bool = True, backup_before_upgrade: bool = True) -> OpenStore:
    """Open with a KEK from a slot: settle a cut-off rekey, migrate (a store of an older
    release is first backed up beside itself, see services/upgrade.py), check it is the
    store of this key file and not an older copy. Where the OS does not let us write the
    store, it is opened read-only (`OpenStore.read_only` says why; see `action`)."""
    # A restore cut off at `path` is finished by the callers that open an existing store
    # (restore_marker.settled); a new store and a restore's staged copy have no marker.
    path = Path(path)
    if not path.exists():
        raise StoreNotFound(str(path))
    kf_path = keyfile.key_file_path(path)
    refusal = write_refusal(path)
    try:
        if refusal:
            store_key = _key_in_force(path, kf_path, kek)
        else:
            store_key = settle_rekey(path, kf_path, kek)
    except KeyFileError:
        raise KeyFileError(str(kf_path)) from None   # name the file, not the part of it
    kf = keyfile.load(kf_path)
    engine = make_engine(path, store_key, read_only=bool(refusal))
    store = OpenStore(path, kf_path, kf, StoreKeys(kek, store_key), engine, keystore,
                      read_only=refusal)
    try:
        with db_errors():
            if not refusal:
                from desktop.services import upgrade  # (import cycle)
                upgrade.bring_up_to_date(store, make_backup=backup_before_upgrade)
            elif migrate.current(engine) != migrate.head():
                raise StoreError(str(path), message=NEEDS_UPGRADE)
        with store.read() as conn:
            if meta.get(conn, "store_id") != kf.store_id:
                raise StoreError("the key file belongs to another store")
        settle_restored_anchor(store)
        if check_anchors:
            journal.check_anchors(store)
    except (StoreTampered, WrongKey) as exc:
        engine.dispose()
        from desktop.services import security_events  # (import cycle)
        security_events.note_damage(path, exc, found_by="open")
        raise
    except BaseException:
        engine.dispose()
        raise
    return store


def _key_in_force(path: Path, kf_path: Path, kek: bytes) -> bytes:
    """The store key of a read-only store, settling nothing: a rekey cut off halfway is
    finished the next time the store is opened where it can be written."""
    kf = keyfile.load(kf_path)
    current, pending = kf.store_key(kek), kf.pending_store_key(kek)
    if pending is None:
        return current
    for key in (current, pending):
        try:
            connect_raw(path, key, read_only=True).close()
        except WrongKey:
            continue
        return key
    raise WrongKey()


@dataclass
class Session:
    store: OpenStore
    user: User
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def actor(self) -> str:
        return self.user.username


@dataclass
class Tx:
    conn: Connection
    user: User
    object: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    outcome: str = "ok"
    # Work outside the database (key file slots) done after the audit record is written and
    # before the commit: if the journal refuses, it never happens.
    before_commit: list[Callable[[], None]] = field(default_factory=list)


@contextlib.contextmanager
def action(session: Session, name: str, obj: str = "") -> Iterator[Tx]:
    """One transaction: the body's changes and their audit record commit together or not at
    all. The user is re-read so a disabled account or expired clearance stops at once. A
    refused permission is journalled in its own transaction and re-raised."""
    store = session.store
    if store.read_only:
        if name not in READ_ACTIONS:
            raise ReadOnlyStore()
        with _unjournalled(session, obj) as tx:
            yield tx
        return
    try:
        with store.write() as conn:
            tx = Tx(conn, current_user(conn, session), obj)
            yield tx
            journal.append(conn, store, actor=session.actor, action=name, obj=tx.object,
                           outcome=tx.outcome, details=tx.details)
            for hook in tx.before_commit:
                hook()
    except (PermissionDenied, ClearanceInsufficient) as exc:
        record_outcome(session, name, obj, "denied", {"reason": type(exc).__name__})
        raise
    store.after_commit()


# Read-only mode (docs/threat-model.md): the actions that only read go ahead on a read-only
# store without their journal record, which cannot be written; every other action is refused
# before its body runs (a print registers the printout, a backup records itself, a rekey
# rewrites the key file).
READ_ACTIONS = frozenset({
    "register.search", "register.find", "register.view_card",
    "user.list", "user.view", "user.expiring", "audit.search", "audit.export", "store.verify",
    "marking.preview", "marking.view", "marking.list", "copying.view", "copying.list",
    "destruction.view", "destruction.list", "return.view", "return.list",
    "inventory.view", "inventory.list", "incident.view", "incident.list",
    "dossier.view", "dossier.list", "dossier.file_open",
    "visit.view", "visit.list", "contract.view", "contract.list",
})
# Not among them: a view of visitors' personal data, which is allowed only with its record.


@contextlib.contextmanager
def _unjournalled(session: Session, obj: str) -> Iterator[Tx]:
    """A read action on a read-only store. Its body runs on the read-only connection, so a
    write it might still try fails with ReadOnlyStore all the same."""
    with session.store.read() as conn:
        tx = Tx(conn, current_user(conn, session), obj)
        yield tx
        if tx.before_commit:       # key file slots: a change all the same
            raise ReadOnlyStore()


def current_user(conn: Connection, session: Session) -> User:
    """The user re-read, so a disabled account or expired clearance stops at once."""
    current = user_repo.by_id(conn, session.user.id)
    if current is None or not current.active:
        raise AuthenticationFailed()
    session.user = current
    return current


def record_outcome(session: Session, name: str, obj: str, outcome: str,
                   details: dict[str, Any]) -> None:
    store = session.store
    if store.read_only:
        return
    with store.write() as conn:
        journal.append(conn, store, actor=session.actor, action=name, obj=obj,
                       outcome=outcome, details=details)
    store.after_commit()

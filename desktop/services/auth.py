"""Login, logout and lock, with the throttle of domain/lockout.py."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    DiskFull,
    LoginThrottled,
    ReadOnlyStore,
)
from desktop.security import keyfile
from desktop.security.login_guard import LoginGuard, guard_path
from desktop.security.workstation import Keystore
from desktop.services import journal
from desktop.services.keys import kek_from_password
from desktop.services.restore_marker import settled
from desktop.services.session import OpenStore, Session, open_store
from desktop.store import users as user_repo

log = logging.getLogger(__name__)


def _guard(path: Path, store_id: str, clock: Callable[[], float]) -> LoginGuard:
    return LoginGuard(guard_path(path), store_id, clock)


def login(path: Path, username: str, password: str, keystore: Keystore | None = None, *,
          clock: Callable[[], float] = time.time, store: OpenStore | None = None) -> Session:
    """Open the store (or use the one already open) as `username`. Any failure gives the
    same AuthenticationFailed; repeated failures make the caller wait, then lock."""
    path = settled(path)
    kf = keyfile.load(keyfile.key_file_path(path))
    guard = _guard(path, kf.store_id, clock)
    state, wait = guard.check(username)
    if wait:
        raise AccountLocked(wait) if state.locked else LoginThrottled(wait)

    kek = kek_from_password(kf, username, password, keystore)
    opened = None
    try:
        if kek is not None:
            opened = store or open_store(path, kek, keystore)
            with opened.read() as conn:
                user = user_repo.by_name(conn, username)
            if user is not None and user.active:
                return _succeed(opened, guard, user)
    except BaseException:
        if opened is not None and store is None:
            opened.engine.dispose()
        raise
    if opened is not None and store is None:
        opened.engine.dispose()
    new = guard.record_failure(username, "password")
    if store is not None:
        _journal_failures(store, guard)  # the store is open: write it down now
    if new.locked:
        raise AccountLocked(int(new.not_before - clock()))
    raise AuthenticationFailed()


def _succeed(store: OpenStore, guard: LoginGuard, user) -> Session:
    session = Session(store, user)
    if store.read_only:
        # Nothing can be journalled: the status bar says so, the workstation's log keeps
        # the fact, and pending failures wait for a login where the store is writable.
        log.warning("read-only store %s (%s): login of %s not journalled", store.path.name,
                    store.read_only, user.username)
        return session
    pending = guard.record_success(user.username)
    with store.write() as conn:
        _write_failures(conn, store, guard, pending)
        journal.append(conn, store, actor=user.username, action="auth.login",
                       obj=user.username)
    guard.drop_pending(pending)
    store.after_commit()
    return session


def _journal_failures(store: OpenStore, guard: LoginGuard) -> None:
    if store.read_only:
        return
    pending = guard.take_pending()
    with store.write() as conn:
        _write_failures(conn, store, guard, pending)
    guard.drop_pending(pending)


def _write_failures(conn, store: OpenStore, guard: LoginGuard, pending: list) -> None:
    """The failures counted while the store was closed, then what they and the journal show
    together: a burst of failed logins. Security events that waited in STORE.events move in
    here too, as this is the one write every successful login makes."""
    from desktop.services import security_events
    known = {guard.name_hash(name): name for name in user_repo.names(conn)}
    for item in pending:
        journal.append(conn, store, actor=known.get(item["name"], "?"),
                       action="auth.login_failed", obj="", outcome="failure",
                       details={"at": item["at"], "locked": item["locked"],
                                "known_user": item["name"] in known})
    security_events.after_failures(conn, store, [float(item["at"]) for item in pending
                                                 if isinstance(item["at"], int | float)])
    security_events.move_pending(conn, store)


def _session_event(session: Session, action: str, **details) -> bool:
    """Journal a logout, lock or unlock. The session ends and the screen locks even when
    the journal cannot take the record (read-only store, full disk): then it is logged."""
    try:
        with session.store.write() as conn:
            journal.append(conn, session.store, actor=session.actor, action=action,
                           details=details)
    except (ReadOnlyStore, DiskFull) as exc:
        log.warning("%s of %s not journalled: %s", action, session.actor, type(exc).__name__)
        return False
    return True


def logout(session: Session) -> None:
    _session_event(session, "auth.logout")
    session.store.close()


def lock(session: Session, reason: str = "user") -> None:
    """The session stays, the screen goes: journalled and anchored."""
    if _session_event(session, "auth.lock", reason=reason):
        session.store.anchor()


def unlock(session: Session, password: str, *, clock: Callable[[], float] = time.time) -> None:
    """Same user's password again, with the same throttle as login."""
    store = session.store
    guard = _guard(store.path, store.store_id, clock)
    state, wait = guard.check(session.actor)
    if wait:
        raise AccountLocked(wait) if state.locked else LoginThrottled(wait)
    kek = kek_from_password(keyfile.load(store.keyfile_path), session.actor, password,
                            store.keystore)
    if kek is None or kek != store.keys.kek:
        new = guard.record_failure(session.actor, "unlock")
        _journal_failures(store, guard)
        if new.locked:
            raise AccountLocked(int(new.not_before - clock()))
        raise AuthenticationFailed()
    guard.record_success(session.actor)
    _session_event(session, "auth.unlock")


def confirm_person(store: OpenStore, username: str, password: str, *,
                   clock: Callable[[], float] = time.time):
    """A second person's own password, checked like a login (same throttle and lockout, a
    failure journalled under their name): the User, or AuthenticationFailed."""
    username = username.strip()
    guard = _guard(store.path, store.store_id, clock)
    state, wait = guard.check(username)
    if wait:
        raise AccountLocked(wait) if state.locked else LoginThrottled(wait)
    kek = kek_from_password(keyfile.load(store.keyfile_path), username, password,
                            store.keystore)
    user = None
    if kek is not None and kek == store.keys.kek:
        with store.read() as conn:
            user = user_repo.by_name(conn, username)
    if user is None or not user.active:
        new = guard.record_failure(username, "confirmation")
        _journal_failures(store, guard)
        if new.locked:
            raise AccountLocked(int(new.not_before - clock()))
        raise AuthenticationFailed()
    guard.record_success(username)
    return user

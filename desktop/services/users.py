"""Administration of people: accounts, roles, clearances, passwords (key slots)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.clearance import Clearance
from desktop.domain.errors import (
    AlreadyExists,
    AuthenticationFailed,
    IllegalState,
    InvalidInput,
    NotFound,
)
from desktop.domain.passwords import check_password
from desktop.domain.people import User
from desktop.domain.roles import Permission, Role
from desktop.domain.text import clean_text, clean_username
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import keyfile
from desktop.security.workstation import Keystore
from desktop.services import journal
from desktop.services.keys import (
    kek_from_password,
    update_keyfile,
    user_purpose,
    workstation_key,
)
from desktop.services.session import OpenStore, Session, Tx, action
from desktop.services.stores import open_with_recovery
from desktop.store import users as user_repo

MANAGERS = (Role.ADMIN,)
DISABLED_ACCOUNT = QT_TRANSLATE_NOOP(
    "Errors", "the account is disabled; enable it with a new password")
VIEWERS = (Role.ADMIN, Role.AUDITOR, Role.PROTECTION_HEAD)
EXPIRY_WATCHERS = (Role.ADMIN, Role.PROTECTION_HEAD)
RECOVERY_ACTOR = "recovery-code"
WINDOW_DAYS = QT_TRANSLATE_NOOP("Errors", "number of days")
MAX_WINDOW_DAYS = 3660


def _clearance_details(c: Clearance | None) -> dict:
    # The clearance number is personal data: the journal keeps only form and expiry.
    return {"form": c.form, "expires": c.expires.isoformat()} if c else {}


def _put_slot(store: OpenStore, username: str, password: str) -> None:
    """Wrap the KEK under `password` in the user's slot (the store must be open: the KEK is
    in hand, whether from a session or from the recovery code)."""
    def put(kf) -> None:
        ws_key = workstation_key(kf, store.keystore, required=kf.bound)
        kf.users[username] = kf.make_slot(user_purpose(username), password.encode(),
                                          store.keys.kek, ws_key)
    store.keyfile = update_keyfile(store.keyfile_path, put)


def _drop_slot(store: OpenStore, username: str) -> None:
    def drop(kf) -> None:
        kf.users.pop(username, None)
    store.keyfile = update_keyfile(store.keyfile_path, drop)


def _target(tx: Tx, username: str) -> User:
    user = user_repo.by_name(tx.conn, username)
    if user is None:
        raise NotFound(username)
    return user


def _roles(values: Iterable[Role | str]) -> frozenset[Role]:
    roles = frozenset(v if isinstance(v, Role) else Role.parse(v) for v in values)
    if not roles:
        raise InvalidInput(fields.ROLES, fields.EMPTY)
    return roles


def add_user(session: Session, *, username: str, full_name: str, password: str,
             roles: Iterable[Role | str], permissions: Iterable[Permission] = (),
             clearance: Clearance | None = None, position: str = "",
             department: str = "") -> User:
    name = clean_username(username)
    new = User(id=0, username=name, full_name=clean_text(fields.FULL_NAME, full_name),
               position=clean_text(fields.POSITION, position, required=False),
               department=clean_text(fields.DEPARTMENT, department, required=False),
               roles=_roles(roles), permissions=frozenset(permissions), clearance=clearance)
    check_password(password, name)
    with action(session, "user.add", name) as tx:
        require_role(tx.user, *MANAGERS)
        if user_repo.by_name(tx.conn, name) is not None:
            raise AlreadyExists(name)
        user_id = user_repo.add(tx.conn, new, dt.datetime.now(dt.UTC))
        tx.details = {"roles": sorted(r.value for r in new.roles),
                      "permissions": sorted(p.value for p in new.permissions),
                      "clearance": _clearance_details(clearance)}
        # The slot goes in just before the commit: if the commit fails the user row is gone
        # and an orphan slot opens nothing (login also needs the active row).
        tx.before_commit.append(lambda: _put_slot(session.store, name, password))
    with session.store.read() as conn:
        added = user_repo.by_id(conn, user_id)
    assert added is not None
    return added


def update_user(session: Session, username: str, *, full_name: str | None = None,
                position: str | None = None, department: str | None = None,
                roles: Iterable[Role | str] | None = None,
                permissions: Iterable[Permission] | None = None,
                clearance: Clearance | str | None = "keep") -> User:
    with action(session, "user.update", username) as tx:
        require_role(tx.user, *MANAGERS)
        old = _target(tx, username)
        new = User(
            id=old.id, username=old.username,
            full_name=clean_text(fields.FULL_NAME, full_name) if full_name is not None
            else old.full_name,
            position=clean_text(fields.POSITION, position, required=False) if position is not None
            else old.position,
            department=clean_text(fields.DEPARTMENT, department, required=False)
            if department is not None else old.department,
            roles=_roles(roles) if roles is not None else old.roles,
            permissions=frozenset(permissions) if permissions is not None else old.permissions,
            clearance=old.clearance if clearance == "keep" else clearance,  # type: ignore
            active=old.active)
        if Role.ADMIN in old.roles and Role.ADMIN not in new.roles:
            _keep_an_admin(tx, old)
        user_repo.update_profile(tx.conn, new)
        tx.details = {"roles": sorted(r.value for r in new.roles),
                      "permissions": sorted(p.value for p in new.permissions),
                      "clearance": _clearance_details(new.clearance)}
    return new


def _keep_an_admin(tx: Tx, leaving: User) -> None:
    others = [u for u in user_repo.all_users(tx.conn)
              if u.active and Role.ADMIN in u.roles and u.id != leaving.id]
    if not others:
        raise IllegalState(
            QT_TRANSLATE_NOOP("Errors", "the last active administrator cannot be removed"))


def disable_user(session: Session, username: str) -> None:
    """Deactivate and remove the key slot: the password opens nothing any more."""
    with action(session, "user.disable", username) as tx:
        require_role(tx.user, *MANAGERS)
        target = _target(tx, username)
        if Role.ADMIN in target.roles:
            _keep_an_admin(tx, target)
        user_repo.set_active(tx.conn, target.id, False)
        tx.before_commit.append(lambda: _drop_slot(session.store, target.username))


def enable_user(session: Session, username: str, password: str) -> None:
    check_password(password, username)
    with action(session, "user.enable", username) as tx:
        require_role(tx.user, *MANAGERS)
        target = _target(tx, username)
        if target.active:
            raise IllegalState(QT_TRANSLATE_NOOP("Errors", "the account is already active"))
        user_repo.set_active(tx.conn, target.id, True)
        user_repo.password_changed(tx.conn, target.id, dt.datetime.now(dt.UTC))
        tx.before_commit.append(lambda: _put_slot(session.store, target.username, password))


def reset_password(session: Session, username: str, new_password: str) -> None:
    """An administrator sets a new password for someone (rewraps one slot)."""
    check_password(new_password, username)
    with action(session, "user.reset_password", username) as tx:
        require_role(tx.user, *MANAGERS)
        target = _target(tx, username)
        if not target.active:
            raise IllegalState(DISABLED_ACCOUNT)
        user_repo.password_changed(tx.conn, target.id, dt.datetime.now(dt.UTC))
        tx.before_commit.append(lambda: _put_slot(session.store, target.username, new_password))


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    check_password(new_password, session.actor)
    kf = keyfile.load(session.store.keyfile_path)
    if kek_from_password(kf, session.actor, old_password, session.store.keystore) is None:
        raise AuthenticationFailed()
    with action(session, "user.change_password", session.actor) as tx:
        user_repo.password_changed(tx.conn, tx.user.id, dt.datetime.now(dt.UTC))
        tx.before_commit.append(lambda: _put_slot(session.store, session.actor, new_password))


def list_users(session: Session) -> list[User]:
    with action(session, "user.list") as tx:
        require_role(tx.user, *VIEWERS)
        return user_repo.all_users(tx.conn)


def get_user(session: Session, username: str) -> User:
    with action(session, "user.view", username) as tx:
        require_role(tx.user, *VIEWERS)
        return _target(tx, username)




def expiring_clearances(session: Session, within_days: int = 30,
                        today: dt.date | None = None) -> list[User]:
    """Active users whose clearance ends within `within_days` of `today` or has already
    ended, soonest first. The staff of one organisation is a short list: filtered here."""
    if isinstance(within_days, bool) or not isinstance(within_days, int) \
            or not 0 <= within_days <= MAX_WINDOW_DAYS:
        raise InvalidInput(WINDOW_DAYS, str(within_days))
    day = today if today is not None else dt.date.today()
    limit = day + dt.timedelta(days=within_days)
    with action(session, "user.expiring") as tx:
        require_role(tx.user, *EXPIRY_WATCHERS)
        found = [u for u in user_repo.all_users(tx.conn)
                 if u.active and u.clearance is not None and u.clearance.expires <= limit]
        tx.details = {"within_days": within_days, "on": day.isoformat(), "found": len(found)}
    return sorted(found, key=lambda u: (u.clearance.expires, u.username))  # type: ignore


def reset_password_with_recovery(path: Path, code: str, username: str, new_password: str,
                                 keystore: Keystore | None = None) -> None:
    """When every administrator password is lost: the recovery code from the safe opens the
    store and sets a new password for one active account (usually an administrator's).
    A disabled account stays disabled. Journalled with the actor "recovery-code"."""
    check_password(new_password, username)
    store = open_with_recovery(path, code, keystore)
    try:
        try:
            with store.write() as conn:
                target = user_repo.by_name(conn, username)
                if target is None:
                    raise NotFound(username)
                if not target.active:
                    raise IllegalState(DISABLED_ACCOUNT)
                user_repo.password_changed(conn, target.id, dt.datetime.now(dt.UTC))
                journal.append(conn, store, actor=RECOVERY_ACTOR, action="user.reset_password",
                               obj=target.username)
                # After the record, before the commit: if the journal refuses, no slot.
                _put_slot(store, target.username, new_password)
        except (NotFound, IllegalState) as exc:
            # Whoever holds the recovery code tried something: that is written down too.
            with store.write() as conn:
                journal.append(conn, store, actor=RECOVERY_ACTOR, action="user.reset_password",
                               obj=username[:64], outcome="refused",
                               details={"reason": type(exc).__name__})
            raise
    finally:
        store.close()

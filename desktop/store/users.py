"""People: accounts, roles, permissions, clearance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, func, insert, select, update

from desktop.domain.clearance import Clearance
from desktop.domain.people import User
from desktop.domain.roles import Permission, Role
from desktop.store.schema import user_permissions, user_roles, users


def _user(conn: Connection, row) -> User:
    roles = conn.execute(select(user_roles.c.role).where(user_roles.c.user_id == row.id))
    perms = conn.execute(select(user_permissions.c.permission)
                         .where(user_permissions.c.user_id == row.id))
    clearance = None
    if row.clearance_form is not None:
        clearance = Clearance(row.clearance_form, row.clearance_number, row.clearance_issued,
                              row.clearance_expires)
    return User(id=row.id, username=row.username, full_name=row.full_name,
                position=row.position, department=row.department,
                roles=frozenset(Role(r) for (r,) in roles),
                permissions=frozenset(Permission(p) for (p,) in perms),
                clearance=clearance, active=bool(row.active))


def by_name(conn: Connection, username: str) -> User | None:
    row = conn.execute(select(users).where(users.c.username == username)).first()
    return _user(conn, row) if row else None


def by_id(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(users).where(users.c.id == user_id)).first()
    return _user(conn, row) if row else None


def all_users(conn: Connection) -> list[User]:
    return [_user(conn, row) for row in conn.execute(select(users).order_by(users.c.username))]


def names(conn: Connection) -> list[str]:
    return list(conn.execute(select(users.c.username)).scalars())


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(users)).scalar_one()


def _clearance_values(clearance: Clearance | None) -> dict:
    if clearance is None:
        return {"clearance_form": None, "clearance_number": None, "clearance_issued": None,
                "clearance_expires": None}
    return {"clearance_form": clearance.form, "clearance_number": clearance.number,
            "clearance_issued": clearance.issued, "clearance_expires": clearance.expires}


def add(conn: Connection, user: User, now: dt.datetime) -> int:
    values = {"username": user.username, "full_name": user.full_name,
              "position": user.position, "department": user.department,
              "active": user.active, "created_at": now.isoformat(),
              "password_changed_at": now.isoformat(), **_clearance_values(user.clearance)}
    user_id = conn.execute(insert(users).values(**values)).inserted_primary_key[0]
    _set_roles(conn, user_id, user.roles, user.permissions)
    return int(user_id)


def update_profile(conn: Connection, user: User) -> None:
    conn.execute(update(users).where(users.c.id == user.id).values(
        full_name=user.full_name, position=user.position, department=user.department,
        active=user.active, **_clearance_values(user.clearance)))
    conn.execute(delete(user_roles).where(user_roles.c.user_id == user.id))
    conn.execute(delete(user_permissions).where(user_permissions.c.user_id == user.id))
    _set_roles(conn, user.id, user.roles, user.permissions)


def _set_roles(conn: Connection, user_id: int, roles, permissions) -> None:
    if roles:
        conn.execute(insert(user_roles), [{"user_id": user_id, "role": r.value} for r in roles])
    if permissions:
        conn.execute(insert(user_permissions),
                     [{"user_id": user_id, "permission": p.value} for p in permissions])


def set_active(conn: Connection, user_id: int, active: bool) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(active=active))


def password_changed(conn: Connection, user_id: int, now: dt.datetime) -> None:
    conn.execute(update(users).where(users.c.id == user_id)
                 .values(password_changed_at=now.isoformat()))

"""Shared fixtures: an in-memory keyring, and a migrated template store copied per test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.clearance import Clearance
from desktop.domain.roles import Permission, Role
from desktop.security.kdf import MINIMUM
from desktop.services import auth, users
from desktop.services.stores import create_store

PASSWORD = "correct-horse-battery-1"
TODAY = dt.date.today()


class MemoryKeystore:
    """The unit tests' keyring: a dict, optionally 'locked'."""

    name = "tests.MemoryKeystore"

    def __init__(self) -> None:
        self.items: dict[str, str] = {}
        self.locked = False

    def _check(self) -> None:
        from desktop.security.workstation import KeystoreUnavailable
        if self.locked:
            raise KeystoreUnavailable("locked")

    def get(self, name: str) -> str | None:
        self._check()
        return self.items.get(name)

    def set(self, name: str, value: str) -> None:
        self._check()
        self.items[name] = value

    def delete(self, name: str) -> None:
        self._check()
        self.items.pop(name, None)


def clearance(form: int, *, expires_in: int = 365) -> Clearance:
    return Clearance(form, f"N-{form}", TODAY - dt.timedelta(days=30),
                     TODAY + dt.timedelta(days=expires_in))


# username -> (roles, clearance form or None)
PEOPLE = {
    "clerk": ({Role.CLERK}, 1),
    "head": ({Role.PROTECTION_HEAD}, 2),
    "executor": ({Role.EXECUTOR}, 3),
    "auditor": ({Role.AUDITOR}, None),
}


def store_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + ".keys")]


@pytest.fixture(scope="session")
def template_store(tmp_path_factory) -> Path:
    """Created once per run (KDF at its floor): admin + one person per main role."""
    path = tmp_path_factory.mktemp("template") / "register.grif"
    created = create_store(path, organisation="Test organisation", admin_username="admin",
                           admin_full_name="Admin Adminov", admin_password=PASSWORD,
                           kdf=MINIMUM)
    for name, (roles, form) in PEOPLE.items():
        users.add_user(created.session, username=name, full_name=f"{name.title()} Testov",
                       password=PASSWORD, roles=roles,
                       clearance=clearance(form) if form else None,
                       permissions={Permission.PERSONAL_DATA} if name == "head" else set())
    created.session.store.close()
    return path


@pytest.fixture
def store_path(template_store: Path, tmp_path: Path) -> Path:
    """A private copy of the template store."""
    dest = tmp_path / template_store.name
    for src in store_files(template_store):
        shutil.copy2(src, tmp_path / src.name)
    return dest


@pytest.fixture
def login(store_path: Path):
    opened = []

    def _login(name: str = "admin", password: str = PASSWORD, keystore=None):
        session = auth.login(store_path, name, password, keystore)
        opened.append(session)
        return session
    yield _login
    for session in opened:
        session.store.engine.dispose()


@pytest.fixture
def admin(login):
    return login("admin")

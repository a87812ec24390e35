"""The bad-input tests' store: a small demo register built once per run, and each test module's
own copy of it with a session per demo person."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.domain.errors import GrifError
from desktop.services import auth
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.services.session import Session


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo store per run (every section has data: acts, cases, dossiers, visits,
    contracts), copied for each module that uses it."""
    path = tmp_path_factory.mktemp("bad-input-demo") / "demo.grif"
    create_demo(path, copies=100).session.store.close()
    return path


def copy_store(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for src in template.parent.iterdir():
        if src.name.startswith(template.name) and src.is_file():
            shutil.copy2(src, folder / src.name)
    return folder / template.name


class Demo:
    """A private copy of the demo store with a session per demo person, opened lazily."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sessions: dict[str, Session] = {}

    def __call__(self, name: str) -> Session:
        if name not in self.sessions:
            self.sessions[name] = auth.login(self.path, name, DEMO_PASSWORD)
        return self.sessions[name]

    def close(self) -> None:
        for session in self.sessions.values():
            with contextlib.suppress(GrifError):
                session.store.close()

    def ids(self, sql: str, **params: Any) -> list[int]:
        with self("admin").store.read() as conn:
            return [r[0] for r in conn.execute(text(sql), params)]


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    store = Demo(copy_store(demo_template, tmp_path_factory.mktemp("demo-copy")))
    yield store
    store.close()

"""UI fixtures: a private data folder for every test, the clerk, a fake clock for the idle
lock."""

import pytest


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture(autouse=True)
def home(monkeypatch, tmp_path):
    """Settings, logs and crash reports of a UI test stay in its own folder."""
    monkeypatch.setenv("GRIF_HOME", str(tmp_path / "home"))


@pytest.fixture
def clerk(login):
    return login("clerk")

"""Logs and crash files never hold secrets; the hook writes a file and notifies."""

import logging
import sys
import threading

import pytest

from desktop import crash, log


@pytest.mark.parametrize("secret", [
    "x'" + "ab" * 32 + "'", "ab" * 32, "KA249-SEP2D-VS1C7-6GK8F-R33YD-DXMJF",
    "KA249SEP2DVS1C76GK8FR33YDDXMJF", "password=hunter2-hunter2", "Password: s3cret-value",
])
def test_redact(secret):
    assert secret not in log.redact(f"before {secret} after")


def test_log_file_is_redacted(tmp_path):
    path = log.setup(tmp_path)
    logging.getLogger("x").warning("opening with key x'%s'", "cd" * 32)
    try:
        raise ValueError("recovery 3P9QV-4VN55-6JSYB-MWMF4-DZ4T5-YGXQ5")
    except ValueError:
        logging.getLogger("x").exception("boom")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "cd" * 32 not in text and "3P9QV-4VN55" not in text
    assert "boom" in text and "ValueError" in text


@pytest.fixture(autouse=True)
def keep_hooks(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_crash_dir", None)


def test_excepthook_writes_crash_file_and_notifies(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(crash, "notify", seen.append)
    crash.install(tmp_path / "crashes")
    try:
        raise RuntimeError("secret=abcdef-ghijk")
    except RuntimeError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    files = list((tmp_path / "crashes").iterdir())
    assert len(files) == 1 and seen == [files[0]]
    body = files[0].read_text(encoding="utf-8")
    assert "RuntimeError" in body and "abcdef-ghijk" not in body
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"


def test_thread_exceptions_reach_the_hook(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(crash, "notify", seen.append)
    crash.install(tmp_path)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert len(seen) == 1

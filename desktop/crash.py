"""One hook for unexpected exceptions: log (redacted), write a crash file, tell the user.

Nothing is ever sent anywhere. The GUI registers `notify` to show a dialog on its own thread;
the CLI and tests leave it unset."""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.log import redact

log = logging.getLogger("grif.crash")

notify: Callable[[Path | None], None] | None = None
_crash_dir: Path | None = None


def write_crash_file(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> Path | None:
    if _crash_dir is None:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    body = (f"Grif {__version__} crash report (kept on this workstation only)\n"
            f"time: {stamp}\npython: {platform.python_version()}\n"
            f"system: {platform.system()} {platform.release()}\n\n{redact(text)}")
    try:
        _crash_dir.mkdir(parents=True, exist_ok=True)
        path = _crash_dir / f"crash-{stamp}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
        return path
    except OSError:
        return None


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    path = write_crash_file(exc_type, exc, tb)
    if notify is not None:
        try:
            notify(path)
        except Exception:  # the hook itself must never raise
            log.exception("crash notification failed")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(crash_dir: Path) -> None:
    global _crash_dir
    _crash_dir = crash_dir
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook

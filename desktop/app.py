"""Bootstrap: harden -> paths -> logging -> excepthook -> QApplication -> translations ->
the application flow (choose/create register, login, main window)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from desktop import APP_NAME, ORG_DOMAIN, __version__

STARTED = time.perf_counter()


PR_SET_DUMPABLE = 4


def harden() -> None:
    """No core dumps (they would hold keys), private files by default. On Linux the process
    is also made non-dumpable: no core even where a crash handler ignores RLIMIT_CORE, and
    another process of the same user may not ptrace it (gdb, gcore) or read its memory."""
    os.umask(0o077)
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="grif", description="Grif — register of carriers")
    parser.add_argument("--store", type=Path, help="register file to open")
    parser.add_argument("--lang", choices=("kk", "ru", "ky", "en"))
    parser.add_argument("--version", action="version", version=f"grif {__version__}")
    parser.add_argument("--guide", action="store_true",
                        help="show the user guide only (the Start-menu shortcut)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (store library, cipher, fonts, "
                             "translations, PDF output), print a report and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    harden()
    if args.self_test:
        from desktop import selftest
        return selftest.main(args.lang)
    from desktop import crash, log
    from desktop.paths import data_dir
    home = data_dir()
    home.mkdir(parents=True, exist_ok=True)
    log.setup(home / "logs")
    crash.install(home / "crashes")
    logging.getLogger("grif").info("Grif %s starting", __version__)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import system_language, translations
    from desktop.settings import WorkstationSettings
    from desktop.ui.crash_dialog import CrashBridge
    from desktop.ui.start import Application
    from desktop.ui.style import apply_look

    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    bridge = CrashBridge()
    crash.notify = bridge.notify
    apply_look(app)
    ws = WorkstationSettings(home / "settings.json")
    translations.switch(args.lang or ws.get("ui.language") or system_language())
    if os.environ.get("GRIF_BENCH_COLD_START"):
        # Benchmark hook: report when the first window is on screen, then leave.
        def report() -> None:
            window = QApplication.activeModalWidget() or QApplication.activeWindow()
            if window is not None and window.isVisible():
                print(f"shown {time.perf_counter() - STARTED:.4f}", flush=True)
                os._exit(0)
            QTimer.singleShot(5, report)
        QTimer.singleShot(0, report)
    if args.guide:
        from desktop.ui.guide_dialog import GuideDialog
        guide = GuideDialog()
        guide.show()
        return app.exec()
    store = args.store or (Path(ws.get("store.last")) if ws.get("store.last") else None)
    del app
    return Application(ws, store).run()

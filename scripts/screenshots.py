"""Screenshots from real windows (run under Xvfb by `make screenshots`): login, main window,
administration, audit journal, lock screen, and the register with its registration dialog
and a copy's history, in each language. The demo register has GRIF_SHOT_COPIES copies
(default 10^6). Usage: screenshots.py OUTPUT_DIR"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.i18n import translations
from desktop.services import register
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.store.register_query import RegisterFilter
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.registration_dialog import RegistrationDialog
from desktop.ui.style import apply_look


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def grab(widget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path, flush=True)


def logged_in(store: Path, user: str) -> LoginDialog:
    login = LoginDialog(store, username=user)
    login.show()
    login.password.setText(DEMO_PASSWORD)
    login.try_login()
    return login


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    copies = int(os.environ.get("GRIF_SHOT_COPIES", "1000000"))
    store = Path(tempfile.mkdtemp()) / "demo.grif"
    print(f"building a demo register of {copies} copies…", flush=True)
    create_demo(store, copies=copies).session.store.close()
    for lang in ("kk", "ru", "ky", "en"):
        translations.switch(lang)
        login = LoginDialog(store, username="admin")
        login.show()
        login.password.setText("wrong-password-0")
        login.try_login()                       # shows the error text too
        grab(login, out / f"login-{lang}.png")
        login.password.setText(DEMO_PASSWORD)
        login.try_login()
        window = MainWindow(login.session)
        window.resize(1280, 800)
        window.show()
        grab(window, out / f"main-{lang}.png")
        for section in ("admin", "audit"):
            window.nav.setCurrentRow(window.section_index(section))
            grab(window, out / f"{section}-{lang}.png")
        window.lock("user")
        grab(window, out / f"locked-{lang}.png")
        window.close()

        clerk = logged_in(store, "clerk").session
        window = MainWindow(clerk)
        window.resize(1400, 860)
        window.show()
        window.nav.setCurrentRow(window.section_index("register"))
        settle(1.5)                             # the count arrives from a worker
        grab(window, out / f"register-{lang}.png")
        dialog = RegistrationDialog(clerk, window)
        dialog.show()
        grab(dialog, out / f"registration-{lang}.png")
        dialog.close()
        issued = register.open_register(clerk, RegisterFilter(state="issued")).fetch(limit=1)
        if issued:
            card = CopyCardDialog(clerk, issued[0]["copy_id"], window)
            card.resize(1000, 600)
            card.show()
            grab(card, out / f"copy-history-{lang}.png")
            card.close()
        window.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))

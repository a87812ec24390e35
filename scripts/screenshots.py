"""Screenshots of the login, the main window and the administration in each language, from a
real window (run under Xvfb by `make screenshots`). Usage: screenshots.py OUTPUT_DIR"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.i18n import translations
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.style import apply_look


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def grab(widget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    store = Path(tempfile.mkdtemp()) / "demo.grif"
    create_demo(store).session.store.close()
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
        window.resize(1200, 760)
        window.show()
        grab(window, out / f"main-{lang}.png")
        window.nav.setCurrentRow(window.section_index("admin"))
        grab(window, out / f"admin-{lang}.png")
        window.nav.setCurrentRow(window.section_index("audit"))
        grab(window, out / f"audit-{lang}.png")
        window.lock("user")
        grab(window, out / f"locked-{lang}.png")
        window.close()
        login.deleteLater()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))

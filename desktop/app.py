"""Bootstrap: harden -> paths -> QApplication (bundled font, translation) -> login -> window.

The full application (first-run wizard, idle lock, administration, language switching) is
built on this by the application issue."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from desktop import APP_NAME, ORG_DOMAIN


def harden() -> None:
    """No core dumps (they would hold keys), private files by default."""
    os.umask(0o077)
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def default_language() -> str:
    code = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    for lang in ("kk", "ky", "ru"):
        if code.startswith(lang):
            return lang
    return "ru"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="grif")
    parser.add_argument("--store", type=Path, help="store file to open")
    parser.add_argument("--lang", choices=("kk", "ru", "ky", "en"), default=None)
    args = parser.parse_args(argv)
    harden()

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resources_dir, translations_dir
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow

    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    app.setFont(QFont("DejaVu Sans", 10))
    lang = args.lang or default_language()
    translator = QTranslator(app)
    if lang != "en" and translator.load(str(translations_dir() / f"grif_{lang}.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(lang))

    store = args.store
    if store is None:
        parser.error("--store is required until the first-run wizard exists")
    dialog = LoginDialog(store)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.session is None:
        return 1
    window = MainWindow(dialog.session)
    window.show()
    return app.exec()

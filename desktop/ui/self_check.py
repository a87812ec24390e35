"""The window layer's part of `grif --self-test`: the bundled fonts in Qt with the Kazakh
letters, the application object and, for a windowed program without a console, the report
in a message box."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.errors import Reason
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.paths import resources_dir

LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ₸"


def application() -> QApplication:
    if sys.stdout is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"   # a report, no window: runs headless too
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def fonts() -> str:
    folder = resources_dir() / "fonts"
    names = sorted(path.name for path in folder.glob("*.ttf"))
    for name in names:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            raise RuntimeError(Reason(QT_TRANSLATE_NOOP("SelfTest", "Qt cannot load the font %1"),
                                      name, context="SelfTest"))
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    missing = "".join(ch for ch in LETTERS if not metrics.inFontUcs4(ord(ch)))
    if missing:
        raise RuntimeError(Reason(QT_TRANSLATE_NOOP("SelfTest", "the font lacks the letters %1"),
                                  missing, context="SelfTest"))
    return ", ".join(names)


def show(text: str, ok: bool) -> None:
    """Where there is no console (grif.exe on Windows) the report is a message box."""
    box = QMessageBox.information if ok else QMessageBox.critical
    box(None, "Grif", text)

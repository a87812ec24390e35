"""The look: the bundled DejaVu fonts for every widget, and a few styles."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf")

STYLE = """
QLabel#pageHeading, QLabel#startHeading { font-size: 15pt; font-weight: bold; }
QLabel#lockHeading { font-size: 18pt; font-weight: bold; }
QLabel#loginMessage, QLabel#wizardMessage { color: #a40000; }
QLabel#recoveryCode { padding: 12px; border: 1px solid #888; }
"""


def apply_look(app: QApplication) -> None:
    for name in FONTS:
        if QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name)) < 0:
            logging.getLogger("grif").error("font %s could not be loaded", name)
    app.setFont(QFont("DejaVu Sans", 10))
    app.setStyleSheet(STYLE)
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("grif-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    # The desktop entry (installer/deb/grif.desktop) is found by this name on Wayland.
    app.setDesktopFileName("grif")

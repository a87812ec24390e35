"""What every screenshot of the user guide is taken with (scripts/screenshots.py and
scripts/screenshot_roles.py): a login as a demo person, a main window or a dialog shown at a
given size, the PNG of what is on screen, and the pages of a printed form as PNGs."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow

Size = tuple[int, int]


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def save_png(image: QImage, path: Path) -> None:
    """256 colours are enough for a window (a quarter of the size); no dithering, so text
    stays crisp."""
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG", 0)


def grab(widget: QWidget, path: Path) -> None:
    settle()
    save_png(widget.grab().toImage(), path)
    print(path, flush=True)


def logged_in(store: Path, user: str) -> LoginDialog:
    login = LoginDialog(store, username=user)
    login.show()
    login.password.setText(DEMO_PASSWORD)
    login.try_login()
    return login


def open_window(session, size: Size, verify: bool = False) -> MainWindow:
    """The main window of a logged-in person, shown at `size`; `verify` runs the check at
    start (only the administrator's shot wants it: it takes a while)."""
    window = MainWindow(session, verify_at_start=verify)
    window.resize(*size)
    window.show()
    return window


def shoot(dialog: QWidget, size: Size | None, path: Path) -> None:
    """Show a dialog (at `size`, or at its own size with None), take its PNG, close it."""
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    grab(dialog, path)
    dialog.close()


def pdf_pages(pdf: bytes, out: Path, name: str) -> None:
    """Every page of a printed form as its own PNG (poppler comes with `make sysdeps`); the
    PDF itself is not kept."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(out / name)],  # noqa: S603, S607
                       check=True)
    for page in out.glob(f"{name}-*.png"):
        save_png(QImage(str(page)), page)
    print(out / f"{name}-*.png", flush=True)

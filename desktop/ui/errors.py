"""Showing typed errors: one function, the message translated in context "Errors"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import GrifError


def error_text(exc: GrifError) -> str:
    return exc.text(QCoreApplication.translate)


def show_error(parent: QWidget | None, exc: GrifError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Grif"), error_text(exc))

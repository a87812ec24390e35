"""Printing a register form to a PDF file: the print language, then where to save it.

The service registers every printout as a carrier before drawing it, so the file name is
asked first (a printout is never registered for nothing). The PDF is written readable by
its owner only (0600) and appears under its name only once it is complete."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.i18n import LANGUAGES
from desktop.services import settings
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.ops import Progress, run_with_progress
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating

PRINT_LANGUAGES = ("kk", "ru", "ky")

# job(lang, progress) -> the PDF's bytes
PrintJob = Callable[[str, Progress], bytes]


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` with mode 0600, via a temporary file in the same folder."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def default_language(session: Session) -> str:
    try:
        lang = settings.current(session)["print.language"]
    except GrifError:
        lang = ""
    return lang if lang in PRINT_LANGUAGES else PRINT_LANGUAGES[0]


class PrintDialog(Retranslating, QDialog):
    """Asks the language, then the path; `saved` is the file written (None until then).
    `what()` gives the form's translated name (the title); `file_stem` names the file."""

    def __init__(self, session: Session, job: PrintJob, *, what: Callable[[], str],
                 file_stem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job = job
        self.what = what
        self.file_stem = file_stem
        self.saved: Path | None = None
        self.language = QComboBox()
        self.language.setObjectName("printLanguage")
        for code, name, _ in LANGUAGES:
            if code in PRINT_LANGUAGES:
                self.language.addItem(name, code)   # each language in itself, untranslated
        self.language.setCurrentIndex(self.language.findData(default_language(session)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.language.setFocus()

    def lang(self) -> str:
        return str(self.language.currentData())

    def set_language(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))

    def ask_path(self, lang: str) -> Path | None:
        """Where to save the PDF (None: the user changed their mind). Tests replace it."""
        name = f"{self.file_stem}-{lang}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("PrintDialog", "Save the printout"),
            str(Path.home() / f"{name}.pdf"),
            QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"))
        return Path(path) if path else None

    def print_now(self) -> Path | None:
        """Print in the chosen language to the chosen file; accepts the dialog when done."""
        lang = self.lang()
        target = self.ask_path(lang)
        if target is None:
            return None
        self.message.show_text("")
        job = self.job
        try:
            pdf = run_with_progress(
                self, QCoreApplication.translate("PrintDialog", "Printing…"),
                lambda progress: job(lang, progress), raise_errors=True)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return None
        if pdf is None:
            return None
        try:
            write_private(target, pdf)
        except OSError as exc:
            self.message.show_text(fill(QCoreApplication.translate(
                "PrintDialog", "The file %1 could not be written (%2). Choose another "
                "place; the printout is already registered, note its disposal."),
                target, exc.strerror or type(exc).__name__))
            return None
        self.saved = target
        self.accept()
        return target

    def result_text(self) -> str:
        """What the page tells the user after a successful print."""
        return fill(QCoreApplication.translate(
            "PrintDialog", "Saved to %1. The printout is registered in the register as a "
            "carrier; keep it accordingly."), self.saved)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.what())
        self.language_label.setText(
            QCoreApplication.translate("PrintDialog", "Print &language:"))
        self.note.setText(QCoreApplication.translate(
            "PrintDialog", "The printout will be registered as a carrier with the highest "
            "level of what it contains. You will be asked where to save the PDF."))
        self.print_button.setText(QCoreApplication.translate("PrintDialog", "&Print…"))

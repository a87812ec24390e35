"""Exporting what the register page shows to an encrypted CSV file.

The passphrase is typed twice and checked before the file name is asked; the service checks
it again, writes the file only once complete and registers it as a carrier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import Registration
from desktop.domain.errors import GrifError, InvalidInput
from desktop.services import csv_io
from desktop.services.register import RegisterFilter
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.ops import run_with_progress
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating


class ExportDialog(Retranslating, QDialog):
    """`registration` is the export's registration once the file is written."""

    def __init__(self, session: Session, flt: RegisterFilter, *, sort: str = "number",
                 descending: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.flt, self.sort, self.descending = flt, sort, descending
        self.registration: Registration | None = None
        self.saved: Path | None = None
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_error = ErrorLabel()
        self.repeat_error = ErrorLabel()
        self.passphrase.textEdited.connect(lambda _t: self.passphrase_error.show_text(""))
        self.repeat.textEdited.connect(lambda _t: self.repeat_error.show_text(""))
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.passphrase_error)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.repeat_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.passphrase.setFocus()

    def ask_path(self) -> Path | None:
        """Where to write the export (None: the user changed their mind). Tests replace it."""
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportDialog", "Save the export"),
            str(Path.home() / "register.csv.grif"),
            QCoreApplication.translate("ExportDialog", "Encrypted exports (*.grif)"))
        return Path(path) if path else None

    def check(self) -> bool:
        """The passphrase is long enough and typed the same twice; errors beside the fields."""
        ok = True
        try:
            csv_io.check_passphrase(self.passphrase.text())
        except InvalidInput as exc:
            self.passphrase_error.show_text(error_text(exc))
            ok = False
        else:
            self.passphrase_error.show_text("")
        if self.repeat.text() != self.passphrase.text():
            self.repeat_error.show_text(
                QCoreApplication.translate("ExportDialog", "The passphrases differ."))
            ok = False
        else:
            self.repeat_error.show_text("")
        return ok

    def export_now(self) -> Path | None:
        self.message.show_text("")
        if not self.check():
            return None
        target = self.ask_path()
        if target is None:
            return None
        session, flt, passphrase = self.session, self.flt, self.passphrase.text()
        sort, descending = self.sort, self.descending
        try:
            registered = run_with_progress(
                self, QCoreApplication.translate("ExportDialog", "Exporting…"),
                lambda progress: csv_io.export_csv(session, flt, target, passphrase,
                                                   sort=sort, descending=descending,
                                                   progress=progress),
                raise_errors=True)
        except InvalidInput as exc:
            if exc.args_values and exc.args_values[0] == "passphrase":
                self.passphrase_error.show_text(error_text(exc))
            else:
                self.message.show_text(error_text(exc))
            return None
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return None
        if registered is None:
            return None
        self.registration, self.saved = registered, target
        self.accept()
        return target

    def result_text(self) -> str:
        assert self.registration is not None
        return fill(QCoreApplication.translate(
            "ExportDialog", "Exported to %1; the file is registered as %2."),
            self.saved, self.registration.reg_no)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export to CSV"))
        self.note.setText(QCoreApplication.translate(
            "ExportDialog", "The rows shown (with the current filter and sort) are written "
            "to an encrypted file and the file is registered as a carrier. Give the "
            "passphrase to the recipient by another way than the file."))
        self.passphrase_label.setText(
            QCoreApplication.translate("ExportDialog", "&Passphrase (12 characters or more):"))
        self.repeat_label.setText(
            QCoreApplication.translate("ExportDialog", "&Repeat the passphrase:"))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", "&Export…"))

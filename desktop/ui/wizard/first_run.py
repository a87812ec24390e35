"""First run: create the register — organisation, location, administrator, binding, the
recovery code shown once (with its printable sheet) and checked back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWizard

from desktop.domain.errors import GrifError
from desktop.i18n import translations
from desktop.paths import data_dir
from desktop.security.workstation import Keystore, os_keystore
from desktop.services import auth, settings
from desktop.services.session import Session
from desktop.services.stores import create_store
from desktop.ui.errors import error_text, show_error
from desktop.ui.ops import run_with_progress
from desktop.ui.widgets.retranslate import Retranslating
from desktop.ui.wizard.pages import (
    AdministratorPage,
    BindingPage,
    LocationPage,
    OrganisationPage,
)
from desktop.ui.wizard.recovery_pages import ConfirmCodePage, RecoveryCodePage


class FirstRunWizard(Retranslating, QWizard):
    """After `accept()`: `session` is the administrator's session on the new register."""

    def __init__(self, parent=None, *, keystore: Keystore | None = None,
                 keyring_available: bool | None = None, kdf=None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.store_path: Path | None = None
        self._code = ""
        self._kdf = kdf  # tests pass the KDF floor; real use calibrates
        self.keystore = keystore if keystore is not None else os_keystore()
        available = self.keystore is not None if keyring_available is None \
            else keyring_available
        self.organisation = OrganisationPage()
        self.location = LocationPage(data_dir() / "registers" / "register.grif")
        self.administrator = AdministratorPage()
        self.binding = BindingPage(available)
        self.recovery = RecoveryCodePage(self.save_sheet)
        self.confirm = ConfirmCodePage()
        for page in (self.organisation, self.location, self.administrator, self.binding,
                     self.recovery, self.confirm):
            self.addPage(page)
        self.binding.validatePage = self.create  # the register is made leaving this page
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRunWizard", "Grif — new register"))


    def create(self) -> bool:
        path = Path(self.location.path.text().strip()).expanduser()
        if path.suffix != ".grif":
            path = path.with_name(path.name + ".grif")
        if path.parent == data_dir() / "registers":  # the default place: make it
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        bind = self.binding.bind.isChecked() and self.keystore is not None
        org = self.organisation.name.text()

        def job(progress):
            progress(0, 0)
            return create_store(
                path, organisation=org, admin_username=self.administrator.username.text(),
                admin_full_name=self.administrator.full_name.text(),
                admin_password=self.administrator.password.text(),
                keystore=self.keystore if bind else None, kdf=self._kdf)

        try:
            created = run_with_progress(
                self, QCoreApplication.translate("FirstRunWizard", "Creating the register…"),
                job, show_errors=False, raise_errors=True)
        except GrifError as exc:
            self.binding.message.setText(error_text(exc))
            return False
        self.session, self.store_path = created.session, path
        self._code = created.recovery_code
        details = {"org.address": self.organisation.address.text(),
                   "org.unit": self.organisation.unit.text()}
        try:
            settings.change(self.session, {k: v for k, v in details.items() if v.strip()})
        except GrifError as exc:
            show_error(self, exc)  # the register exists; details can be fixed later
        self.recovery.show_code(self._code)
        self.confirm.code = self._code
        self.administrator.password.clear()
        self.administrator.repeat.clear()
        return True

    def ask_sheet_path(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("FirstRunWizard", "Save the recovery sheet"),
            str(Path.home() / "recovery-sheet.pdf"), "PDF (*.pdf)")
        return name

    def save_sheet(self) -> None:
        if self.session is None:
            return
        name = self.ask_sheet_path()
        if not name:
            return
        from desktop.services.printing import recovery_sheet_pdf
        lang = translations.language if translations.language != "en" else \
            settings.current(self.session)["print.language"]
        try:
            pdf = recovery_sheet_pdf(self.session, self._code, lang)
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
        except GrifError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            self.recovery.saved.setText(exc.strerror or str(exc))
            return
        self.recovery.saved.setText(QCoreApplication.translate(
            "FirstRunWizard", "Saved to %1. Print it, then delete the file.").replace("%1", name))

    def reject(self) -> None:
        if self.session is not None:  # created but not confirmed: the register stays
            auth.logout(self.session)
            self.session = None
        super().reject()

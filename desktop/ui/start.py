"""The application's flow: choose or create a register, log in, the main window; switching
user comes back here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services.session import Session
from desktop.settings import WorkstationSettings
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.start_dialog import StartDialog
from desktop.ui.wizard.first_run import FirstRunWizard


class Application:
    def __init__(self, ws: WorkstationSettings, store: Path | None) -> None:
        self.ws = ws
        self.store = store
        self.window: MainWindow | None = None

    def choose_store(self) -> Session | None:
        """Ask for a register; a new one comes with its administrator already logged in."""
        start = StartDialog()
        if start.exec() != QDialog.DialogCode.Accepted:
            return None
        if start.choice == "open":
            self.store = start.path
            return None
        wizard = FirstRunWizard()
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.session is None:
            return None
        self.store = wizard.store_path
        return wizard.session

    def login(self) -> Session | None:
        assert self.store is not None
        dialog = LoginDialog(self.store)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.session

    def next_session(self) -> Session | None:
        session = None
        if self.store is None or not self.store.exists():
            self.store = None
            session = self.choose_store()
            if session is None and self.store is None:
                return None
        return session or self.login()

    def open_window(self, session: Session) -> None:
        assert self.store is not None
        self.ws.set("store.last", str(self.store))
        window = MainWindow(session)
        window.switch_user_requested.connect(self.switch_user)
        window.language_chosen.connect(lambda code: self.ws.set("ui.language", code))
        window.show()
        self.window = window

    def switch_user(self) -> None:
        session = self.login()
        if session is None:
            QApplication.quit()
            return
        self.open_window(session)

    def run(self) -> int:
        session = self.next_session()
        if session is None:
            return 1
        self.open_window(session)
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # switching user closes a window on purpose
        app.lastWindowClosed.connect(self._maybe_quit)
        return app.exec()

    def _maybe_quit(self) -> None:
        if self.window is None or not self.window.isVisible():
            QCoreApplication.quit()


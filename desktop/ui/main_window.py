"""The shell: navigation, menus, status bar, lock, and the check of the store that runs at
every start (desktop/ui/verify_watch.py). No business logic here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.i18n import LANGUAGES, translations
from desktop.services import auth, settings
from desktop.services.session import Session
from desktop.ui.lock import IdleWatcher, LockScreen
from desktop.ui.page import Page
from desktop.ui.sections import SECTIONS, make_page
from desktop.ui.status_bar import GrifStatusBar
from desktop.ui.verify_watch import VerifyWatch
from desktop.ui.widgets.fields import run_modal
from desktop.ui.widgets.retranslate import Retranslating


class MainWindow(Retranslating, QMainWindow):
    """`switch_user_requested` asks the application to log the next user in; the window has
    already closed the current session (audited). `verify_at_start=False` leaves out the
    check of the store at start (tests of other things)."""

    switch_user_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, session: Session, *, idle_clock: Callable[[], float] | None = None,
                 verify_at_start: bool = True):
        super().__init__()
        self.session = session
        self.locked = False
        self.closing_session = False
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(280)
        self.pages = QStackedWidget()
        self.verify_watch = VerifyWatch(session, blocked=lambda: self.locked)
        self.verify_watch.setMaximumWidth(280)
        self.content = QWidget()
        row = QHBoxLayout(self.content)
        column = QVBoxLayout()
        column.addWidget(self.nav, 1)
        column.addWidget(self.verify_watch)
        row.addLayout(column)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(session)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user.connect(self.switch_user)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)
        self.status = GrifStatusBar()
        self.setStatusBar(self.status)
        self.status.set_session(session)
        self._page_cache: dict[int, Page] = {}
        for _ in SECTIONS:
            self.nav.addItem("")
            self.pages.addWidget(QWidget())  # replaced by the real page on first visit
        self.nav.currentRowChanged.connect(self.show_section)
        self._build_menus()
        kwargs = {"clock": idle_clock} if idle_clock else {}
        self.idle = IdleWatcher(self._idle_minutes(), parent=self, **kwargs)
        self.idle.expired.connect(lambda: self.lock("idle"))
        self.idle.tick.connect(self.status.set_countdown)
        self.nav.setCurrentRow(0)
        self.retranslate_ui()
        self.resize(1100, 720)
        self.idle.start()
        self.verify_watch.finished.connect(self._store_checked)
        if verify_at_start:
            self.verify_watch.start()

    # -- building ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock("user"))
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.switch_user)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.switch_action, self.password_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        self.section_actions: list[QAction] = []
        for index, _section in enumerate(SECTIONS):
            action = QAction(self)
            if index < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
            elif index == 10:
                action.setShortcut(QKeySequence("Ctrl+-"))
            action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.go_menu.addAction(action)
            self.section_actions.append(action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name, _ in LANGUAGES:
            action = QAction(name, self, checkable=True)  # names stay in their own language
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(self, shortcut=QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self, shortcut=QKeySequence("Shift+F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Grif — %1").replace(
            "%1", self.session.store.path.name))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", "&Lock"))
        self.switch_action.setText(QCoreApplication.translate("MainWindow", "&Switch user…"))
        self.password_action.setText(QCoreApplication.translate("MainWindow", "Change &password…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "Log out and &quit"))
        self.go_menu.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "L&anguage"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&User guide"))
        self.shortcuts_action.setText(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Grif"))
        for index, section in enumerate(SECTIONS):
            title = QCoreApplication.translate("Sections", section.title)
            self.nav.item(index).setText(title)
            self.section_actions[index].setText(title)
        current = self.language_actions.get(translations.language)
        if current is not None:
            current.setChecked(True)
        self.status.retranslate_ui()


    # -- sections ---------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        if index not in self._page_cache:
            page = make_page(SECTIONS[index], self.session)
            old = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(old)
            old.deleteLater()
            self._page_cache[index] = page
        return self._page_cache[index]

    def show_section(self, index: int) -> None:
        if index < 0 or self.locked:
            return
        page = self.page(index)
        self.pages.setCurrentWidget(page)
        page.refresh()
        self.idle.minutes = self._idle_minutes()

    def _store_checked(self, report) -> None:
        """A fault found is a new security event: the page shown (the start page lists them)
        is read again."""
        page = self.pages.currentWidget()
        if report is not None and not report.ok and isinstance(page, Page) \
                and not self.locked:
            page.refresh()

    def section_index(self, key: str) -> int:
        return next(i for i, s in enumerate(SECTIONS) if s.key == key)

    def _idle_minutes(self) -> int:
        return int(settings.current(self.session)["lock.idle_minutes"])

    # -- lock, user, language -----------------------------------------------------------------
    def lock(self, reason: str = "user") -> None:
        if self.locked:
            return
        auth.lock(self.session, reason)
        self.locked = True
        self.idle.stop()
        self.status.set_countdown(None)
        self.status.set_session(None)      # not even who is logged in, while locked
        self.content.hide()
        self.outer.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()

    def unlock(self) -> None:
        self.locked = False
        self.menuBar().setEnabled(True)
        self.outer.setCurrentWidget(self.content)
        self.content.show()
        self.status.set_session(self.session)
        self.idle.start()
        self.verify_watch.show_waiting_warning()   # a fault found while locked

    def switch_user(self) -> None:
        """Close this user's session (audited), then let the application log someone in."""
        self.end_session()
        self.switch_user_requested.emit()
        self.close()

    def end_session(self) -> None:
        if self.closing_session:
            return
        self.closing_session = True
        self.idle.dispose()
        self.verify_watch.dispose()
        auth.logout(self.session)

    def set_language(self, code: str) -> None:
        translations.switch(code)
        self.language_chosen.emit(code)

    def change_password(self) -> None:
        from desktop.ui.admin.password_dialog import ChangeOwnPasswordDialog
        run_modal(ChangeOwnPasswordDialog(self.session, self))

    def show_shortcuts(self) -> None:
        lines = [f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t"
                 f"{a.text().replace('&', '')}"
                 for a in (self.lock_action, self.quit_action, *self.section_actions,
                           self.guide_action, self.shortcuts_action) if not a.shortcut().isEmpty()]
        QMessageBox.information(self, QCoreApplication.translate(
            "MainWindow", "Keyboard shortcuts"), "\n".join(lines))

    def show_guide(self) -> None:
        from desktop.ui.guide_dialog import GuideDialog
        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()                  # beside the work, not in front of it

    def show_about(self) -> None:
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About Grif"),
                          QCoreApplication.translate(
                              "MainWindow", "Grif %1 — the register of classified carriers.")
                          .replace("%1", __version__))

    def closeEvent(self, event) -> None:
        self.end_session()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return  # nothing escapes the lock screen
        super().keyPressEvent(event)

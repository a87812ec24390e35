"""The Backups tab and the restore dialog with real widgets: a backup written and checked
with its progress, the restore over the open register (it closes the session and goes back
to the login) and onto a new file from the start screen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop.services import auth, backups
from desktop.store import audit
from desktop.ui.admin.admin_page import AdministrationPage
from desktop.ui.admin.backup_tab import BackupTab
from desktop.ui.main_window import MainWindow
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.start_dialog import StartDialog
from tests.conftest import PASSWORD


class ScriptedRestore(RestoreDialog):
    """The dialog with its file choices and question answered."""

    folder_answer = ""
    target_answer = ""

    def ask_folder(self) -> str:
        return self.folder_answer

    def ask_target(self) -> str:
        return self.target_answer

    def confirm(self, question: str) -> bool:
        self.asked = question
        return True


def _tab(qtbot, session, destination: Path) -> BackupTab:
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    tab.ask_destination = lambda: str(destination)
    tab.refresh()
    return tab


def test_backup_tab_is_on_the_administration_page(qtbot, admin):
    page = AdministrationPage(admin)
    qtbot.addWidget(page)
    assert page.tabs is not None
    assert page.tabs.indexOf(page.backup_tab) == page.tabs.count() - 1
    assert "Backups" in page.tabs.tabText(page.tabs.count() - 1)


def test_making_a_backup_from_the_tab(qtbot, admin, tmp_path):
    tab = _tab(qtbot, admin, tmp_path)
    assert "No verified backup" in tab.last.text()
    tab.make_backup()
    folders = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(folders) == 1 and not folders[0].name.endswith(".partial")
    assert "Done" in tab.message.text() and str(folders[0]) in tab.message.text()
    assert "Last verified backup" in tab.last.text() and "admin" in tab.last.text()


def test_a_backup_to_a_missing_medium_says_so(qtbot, admin, tmp_path):
    tab = _tab(qtbot, admin, tmp_path / "unplugged")
    tab.make_backup()
    assert "does not exist" in tab.message.text()
    assert "No verified backup" in tab.last.text()


def test_reminder_days_are_saved(qtbot, admin, tmp_path):
    tab = _tab(qtbot, admin, tmp_path)
    assert tab.remind_days.value() == 7
    tab.remind_days.setValue(14)
    tab.save_days()
    assert backups.backup_due(admin).remind_days == 14


def test_restore_over_the_open_register_closes_it_and_asks_for_a_login(qtbot, admin,
                                                                       store_path, tmp_path,
                                                                       clock):
    backup = backups.make_backup(admin, tmp_path)
    window = MainWindow(admin, idle_clock=clock, verify_at_start=False)
    qtbot.addWidget(window)
    page = window.page(window.section_index("admin"))
    tab = page.backup_tab
    asked = []
    window.switch_user_requested.connect(lambda: asked.append(True))

    def scripted() -> RestoreDialog:
        dialog = ScriptedRestore(store_path, username="admin", parent=tab)
        dialog.folder_answer = str(backup.folder)
        return dialog

    def drive(dialog: RestoreDialog) -> int:
        dialog.choose_folder()
        assert not dialog.restore_button.isEnabled()  # nothing before the check
        dialog.password.setText("wrong-password-1")
        dialog.check()
        assert not dialog.restore_button.isEnabled() and dialog.message.text()
        dialog.password.setText(PASSWORD)
        dialog.check()
        assert "The backup is whole" in dialog.summary.text()
        dialog.restore()
        assert dialog.result is not None, dialog.message.text()
        return QDialog.DialogCode.Accepted
    tab.make_restore_dialog = scripted
    tab.run_dialog = drive
    tab.show_info = lambda text: None
    tab.restore()
    assert asked == [True] and window.closing_session
    again = auth.login(store_path, "admin", PASSWORD)
    with again.store.read() as conn:
        rows = audit.rows(conn, 0, 100_000)
    restored = [r for r in rows if r["action"] == "store.restore"]
    assert restored and restored[-1]["actor"] == "admin"
    assert json.loads(restored[-1]["details"])["replaced_existing"] is True
    again.store.close()


def test_restore_from_the_start_screen_into_a_new_file(qtbot, admin, tmp_path):
    backup = backups.make_backup(admin, tmp_path)
    admin.store.close()
    target = tmp_path / "new-machine.grif"
    start = StartDialog()
    qtbot.addWidget(start)

    def scripted() -> RestoreDialog:
        dialog = ScriptedRestore(parent=start)
        dialog.folder_answer = str(backup.folder)
        dialog.target_answer = str(target)
        dialog.exec = lambda: _drive_new(dialog)
        return dialog
    start.make_restore_dialog = scripted
    start.choose_restore()
    assert start.choice == "open" and start.path == target
    assert target.exists()


def _drive_new(dialog: RestoreDialog) -> int:
    assert dialog.target_browse.isEnabled()
    dialog.choose_folder()
    dialog.choose_target()
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.check()
    dialog.restore()
    return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

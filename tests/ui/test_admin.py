"""The Administration section with real widgets (offscreen): accounts, clearances, settings,
passwords. Texts outside ASCII are set with setText (qtbot.keyClicks aborts on them)."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop.domain.clearance import Clearance
from desktop.domain.errors import AuthenticationFailed, NotFound
from desktop.domain.roles import Permission, Role
from desktop.paths import translations_dir
from desktop.services import auth, users
from desktop.services import settings as settings_service
from desktop.ui.admin import AdministrationPage, ChangeOwnPasswordDialog
from desktop.ui.admin.expiring_tab import ExpiringTab
from desktop.ui.admin.mci_tab import MciTab
from desktop.ui.admin.organisation_tab import OrganisationTab
from desktop.ui.admin.reset_password_dialog import ResetPasswordDialog
from desktop.ui.admin.settings_tab import SettingsTab
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.admin.users_tab import MASK, UsersModel, UsersTab
from tests.conftest import PASSWORD, TODAY

NEW_PASSWORD = "brand-new-password-77"


@pytest.fixture
def kazakh(qapp):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "grif_kk.qm"))
    QCoreApplication.installTranslator(translator)
    QApplication.processEvents()
    yield
    QCoreApplication.removeTranslator(translator)
    QApplication.processEvents()


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def ok(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_new_user(qtbot, dialog, *, username="petrov", password=NEW_PASSWORD, repeat=None):
    qtbot.keyClicks(dialog.username, username)
    dialog.full_name.setText("Петров Пётр Петрович")
    dialog.position.setText("Инженер")
    dialog.department.setText("Бөлім")
    dialog.role_boxes[Role.EXECUTOR].setChecked(True)
    dialog.form.setCurrentIndex(dialog.form.findData(3))
    qtbot.keyClicks(dialog.number, "D-17")
    dialog.issued.setDate(qdate(TODAY - dt.timedelta(days=10)))
    dialog.expires.setDate(qdate(TODAY + dt.timedelta(days=700)))
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.repeat, password if repeat is None else repeat)


# -- creating, editing -------------------------------------------------------------------

def test_admin_creates_a_user_who_then_logs_in(qtbot, admin, store_path):
    dialog = open_dialog(qtbot, UserDialog(admin))
    fill_new_user(qtbot, dialog)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""
    created = users.get_user(admin, "petrov")
    assert created.full_name == "Петров Пётр Петрович" and created.roles == {Role.EXECUTOR}
    assert created.clearance == Clearance(3, "D-17", TODAY - dt.timedelta(days=10),
                                          TODAY + dt.timedelta(days=700))
    session = auth.login(store_path, "petrov", NEW_PASSWORD)
    assert session.user.department == "Бөлім"
    session.store.engine.dispose()


@pytest.mark.parametrize(("change", "expected"), [
    ({"username": "bad name"}, ("Invalid value for %1: %2", "user name")),
    ({"password": "short", "repeat": "short"}, ("The password is not accepted: %1", None)),
    ({"repeat": "something-else-entirely"}, None),
])
def test_bad_input_keeps_the_dialog_open_and_creates_nothing(qtbot, admin, kazakh, change,
                                                             expected):
    before = len(users.list_users(admin))
    dialog = open_dialog(qtbot, UserDialog(admin))
    fill_new_user(qtbot, dialog, **change)
    typed = dialog.password.text()
    ok(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.user is None
    assert len(users.list_users(admin)) == before
    # Nothing typed is lost.
    assert dialog.full_name.text() == "Петров Пётр Петрович"
    assert dialog.password.text() == typed and dialog.number.text() == "D-17"
    shown = dialog.message.text()
    if expected is None:
        assert shown == QCoreApplication.translate(
            "UserDialog", "The two passwords are not the same. Type them again.")
    else:
        template, field = expected
        head = QCoreApplication.translate("Errors", template).split("%1")[0]
        assert head and head != template.split("%1")[0] and shown.startswith(head)
        if field:
            assert QCoreApplication.translate("Errors", field) in shown
    assert shown and "Invalid value" not in shown and "not accepted" not in shown


def test_expiry_before_issue_keeps_the_dialog_open(qtbot, admin):
    dialog = open_dialog(qtbot, UserDialog(admin))
    fill_new_user(qtbot, dialog)
    dialog.expires.setDate(qdate(TODAY - dt.timedelta(days=20)))
    ok(dialog)
    assert dialog.isVisible() and "clearance expiry" in dialog.message.text()
    with pytest.raises(NotFound):
        users.get_user(admin, "petrov")


def test_edit_changes_roles_and_clearance_and_keeps_the_hidden_number(qtbot, admin):
    executor = users.get_user(admin, "executor")
    dialog = open_dialog(qtbot, UserDialog(admin, executor))
    assert not dialog.username.isEnabled() and dialog.username.text() == "executor"
    assert dialog.password_group.isHidden()
    # The administrator has no personal-data permission: the number is not shown.
    assert dialog.number.text() == "" and dialog.number.placeholderText()
    dialog.role_boxes[Role.COMMISSION].setChecked(True)
    dialog.personal_data.setChecked(True)
    dialog.form.setCurrentIndex(dialog.form.findData(2))
    dialog.expires.setDate(qdate(TODAY + dt.timedelta(days=1000)))
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    changed = users.get_user(admin, "executor")
    assert changed.roles == {Role.EXECUTOR, Role.COMMISSION}
    assert changed.permissions == {Permission.PERSONAL_DATA}
    assert changed.clearance is not None and changed.clearance.form == 2
    assert changed.clearance.number == "N-3"           # kept
    assert changed.clearance.expires == TODAY + dt.timedelta(days=1000)

    dialog = open_dialog(qtbot, UserDialog(admin, changed))
    dialog.form.setCurrentIndex(dialog.form.findData(0))
    assert not dialog.number.isEnabled()
    ok(dialog)
    assert users.get_user(admin, "executor").clearance is None


def test_edit_with_personal_data_permission_shows_the_number(qtbot, admin):
    users.update_user(admin, "admin", permissions={Permission.PERSONAL_DATA})
    dialog = open_dialog(qtbot, UserDialog(admin, users.get_user(admin, "clerk")))
    assert dialog.number.text() == "N-1"


def test_escape_closes_a_dialog(qtbot, admin):
    dialog = open_dialog(qtbot, UserDialog(admin))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_dialog_retranslates_role_labels(qtbot, admin, qapp):
    dialog = open_dialog(qtbot, UserDialog(admin))
    assert dialog.role_boxes[Role.CLERK].text() == "Registry clerk"
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "grif_kk.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()
        assert dialog.role_boxes[Role.CLERK].text() == \
            QCoreApplication.translate("Role", "Registry clerk") != "Registry clerk"
    finally:
        QCoreApplication.removeTranslator(translator)
    QApplication.processEvents()
    assert dialog.role_boxes[Role.CLERK].text() == "Registry clerk"


# -- the users tab ---------------------------------------------------------------------

@pytest.fixture
def users_tab(qtbot, admin):
    tab = UsersTab(admin)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.refresh()
    return tab


def row_text(tab, username, column):
    row = tab.model.row_of(username)
    return tab.model.index(row, column).data()


def test_table_shows_users_with_translated_roles_and_masked_numbers(users_tab, admin):
    assert users_tab.model.rowCount() == 5
    assert row_text(users_tab, "clerk", UsersModel.ROLES) == "Registry clerk"
    clearance = row_text(users_tab, "clerk", UsersModel.CLEARANCE)
    assert MASK in clearance and "N-1" not in clearance and "form 1" in clearance
    assert row_text(users_tab, "auditor", UsersModel.CLEARANCE) == "none"
    assert row_text(users_tab, "clerk", UsersModel.STATUS) == "active"
    head_view = UsersModel(users.get_user(admin, "head"))
    head_view.set_users(users.list_users(admin))
    assert "N-1" in head_view.index(head_view.row_of("clerk"), UsersModel.CLEARANCE).data()


def test_disable_asks_and_enable_needs_a_new_password(users_tab, admin, store_path,
                                                       monkeypatch):
    users_tab.select("executor")
    asked = []
    monkeypatch.setattr(users_tab, "confirm", lambda text: asked.append(text) or False)
    users_tab.disable_button.click()
    assert asked and "executor" in asked[0] and users.get_user(admin, "executor").active

    monkeypatch.setattr(users_tab, "confirm", lambda text: True)
    users_tab.disable_button.click()
    assert not users.get_user(admin, "executor").active
    assert row_text(users_tab, "executor", UsersModel.STATUS) == "disabled"
    assert users_tab.enable_button.isEnabled() and not users_tab.disable_button.isEnabled()
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "executor", PASSWORD)

    def fill_and_ok(dialog):
        assert isinstance(dialog, ResetPasswordDialog) and dialog.enable
        dialog.password.setText(NEW_PASSWORD)
        dialog.repeat.setText(NEW_PASSWORD)
        ok(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(users_tab, "run_dialog", fill_and_ok)
    users_tab.enable_button.click()
    assert users.get_user(admin, "executor").active
    assert row_text(users_tab, "executor", UsersModel.STATUS) == "active"
    auth.login(store_path, "executor", NEW_PASSWORD).store.engine.dispose()


def test_disabling_the_last_admin_shows_the_error(users_tab, admin, monkeypatch):
    users_tab.select("admin")
    monkeypatch.setattr(users_tab, "confirm", lambda text: True)
    users_tab.disable_selected()
    assert "last active administrator" in users_tab.message.text()
    assert users.get_user(admin, "admin").active


def test_reset_password_by_admin_then_login(users_tab, store_path, monkeypatch, qtbot):
    users_tab.select("clerk")
    seen = []

    def fill_and_ok(dialog):
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.password.setText(NEW_PASSWORD)
        dialog.repeat.setText("not-the-same-password")
        ok(dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.text()
        dialog.repeat.setText(NEW_PASSWORD)
        ok(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(users_tab, "run_dialog", fill_and_ok)
    users_tab.reset_button.click()
    assert seen and not seen[0].enable and "clerk" in seen[0].windowTitle()
    assert "clerk" in users_tab.message.text()
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", PASSWORD)
    auth.login(store_path, "clerk", NEW_PASSWORD).store.engine.dispose()


def test_add_through_the_tab_and_keyboard_shortcuts(users_tab, admin, monkeypatch, qtbot):
    opened = []

    def record(dialog):
        opened.append(dialog)
        qtbot.addWidget(dialog)
        return False
    monkeypatch.setattr(users_tab, "run_dialog", record)
    users_tab.activateWindow()
    qtbot.waitActive(users_tab)
    users_tab.table.setFocus()
    users_tab.select("head")
    qtbot.keyClick(users_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].creating
    qtbot.keyClick(users_tab.table, Qt.Key.Key_Return)
    assert len(opened) == 2 and opened[1].original.username == "head"
    users_tab.table.doubleClicked.emit(users_tab.table.currentIndex())
    assert len(opened) == 3 and opened[2].original.username == "head"

    def create(dialog):
        qtbot.addWidget(dialog)
        fill_new_user(qtbot, dialog, username="newbie")
        ok(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(users_tab, "run_dialog", create)
    users_tab.add_button.click()
    assert users_tab.model.row_of("newbie") >= 0
    assert users_tab.selected().username == "newbie"


# -- other tabs ----------------------------------------------------------------------

def test_expiring_tab_lists_soon_and_expired(qtbot, admin):
    for name, days in (("soon", 10), ("gone", -3), ("later", 90)):
        users.add_user(admin, username=name, full_name=name.title(), password=PASSWORD,
                       roles=["executor"],
                       clearance=Clearance(3, "X-1", TODAY - dt.timedelta(days=400),
                                           TODAY + dt.timedelta(days=days)))
    tab = ExpiringTab(admin)
    qtbot.addWidget(tab)
    tab.refresh()
    rows = {tab.table.item(r, ExpiringTab.LOGIN).text(): r for r in range(tab.table.rowCount())}
    assert set(rows) == {"soon", "gone"}
    assert tab.table.item(rows["gone"], ExpiringTab.DAYS_LEFT).text() == "-3"
    assert tab.table.item(rows["soon"], ExpiringTab.DAYS_LEFT).text() == "10"
    assert rows["gone"] < rows["soon"]
    expired = tab.table.item(rows["gone"], ExpiringTab.DAYS_LEFT)
    assert expired.font().bold() and expired.toolTip()
    assert not tab.table.item(rows["soon"], ExpiringTab.DAYS_LEFT).font().bold()
    assert tab.empty.isHidden()


def test_organisation_saves_and_reads_back(qtbot, admin):
    tab = OrganisationTab(admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.edits["org.name"].text() == "Test organisation"
    tab.edits["org.name"].setText("«Ғарыш» АҚ")
    tab.edits["org.head_name"].setText("А.Б. Сейітов")
    tab.save_button.click()
    values = settings_service.current(admin)
    assert values["org.name"] == "«Ғарыш» АҚ" and values["org.head_name"] == "А.Б. Сейітов"
    assert tab.message.text()


def test_organisation_validation_error_is_translated(qtbot, admin, kazakh):
    tab = OrganisationTab(admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.labels["org.name"].text() == QCoreApplication.translate(
        "Settings", "Organisation name")
    tab.edits["org.name"].setText("   ")
    tab.save_button.click()
    shown = tab.message.text()
    assert QCoreApplication.translate("Settings", "Organisation name") in shown
    assert QCoreApplication.translate("Errors", "it is empty") in shown
    assert "Organisation name" not in shown and "Invalid" not in shown
    assert settings_service.current(admin)["org.name"] == "Test organisation"


def test_settings_save_and_read_back(qtbot, admin):
    tab = SettingsTab(admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.idle_minutes.value() == 15 and tab.print_language.currentData() == "kk"
    assert [tab.print_language.itemText(i) for i in range(3)] == \
        ["Қазақша", "Русский", "Кыргызча"]
    assert (tab.idle_minutes.minimum(), tab.idle_minutes.maximum()) == (1, 240)
    tab.idle_minutes.setValue(42)
    tab.print_language.setCurrentIndex(tab.print_language.findData("ky"))
    tab.save_button.click()
    values = settings_service.current(admin)
    assert values["lock.idle_minutes"] == 42 and values["print.language"] == "ky"


# -- the page and the own password -------------------------------------------------

def test_non_admin_sees_only_a_notice(qtbot, login):
    page = AdministrationPage(login("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs is None and page.denied is not None
    assert page.denied.text() == "This section is for administrators."


def test_admin_page_has_six_tabs(qtbot, admin):
    page = AdministrationPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    assert page.denied is None and page.tabs is not None and page.tabs.count() == 6
    assert [page.tabs.tabText(i) for i in range(6)] == \
        ["&Users", "E&xpiring clearances", "&Organisation", "&Settings", "&MCI", "&Backups"]
    assert page.users_tab.model.rowCount() == 5
    page.tabs.setCurrentIndex(1)
    assert page.expiring_tab.table.rowCount() == 0 and not page.expiring_tab.empty.isHidden()


def test_own_password_dialog(qtbot, login, store_path):
    clerk = login("clerk")
    dialog = open_dialog(qtbot, ChangeOwnPasswordDialog(clerk))
    qtbot.keyClicks(dialog.current, "wrong-current-password")
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    ok(dialog)
    assert dialog.isVisible() and "current password is wrong" in dialog.message.text()
    assert dialog.current.text() == "" and dialog.password.text() == NEW_PASSWORD
    qtbot.keyClicks(dialog.current, PASSWORD)
    dialog.repeat.setText("mismatch-mismatch")
    ok(dialog)
    assert dialog.isVisible() and "not the same" in dialog.message.text()
    dialog.repeat.setText(NEW_PASSWORD)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    with pytest.raises(AuthenticationFailed):
        auth.login(store_path, "clerk", PASSWORD)
    auth.login(store_path, "clerk", NEW_PASSWORD).store.engine.dispose()


def test_settings_tab_edits_numbering_and_channels(qtbot, admin):
    from desktop.services import settings as settings_service
    from desktop.ui.admin.settings_tab import SettingsTab
    tab = SettingsTab(admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.texts["register.format"].text() == "{prefix}{number}{suffix}/{year}"
    tab.texts["register.prefix"].setText("Б-")
    tab.channels.setPlainText("Фельдъегерская служба\nСпецсвязь\n\n")
    tab.save()
    values = settings_service.current(admin)
    assert values["register.prefix"] == "Б-"
    assert values["dispatch.channels"] == ["Фельдъегерская служба", "Спецсвязь"]
    tab.texts["register.format"].setText("{year}")       # no {number}: refused
    tab.save()
    assert settings_service.current(admin)["register.format"] != "{year}"
    assert tab.message.text()


def test_the_mci_table(qtbot, admin):
    """The administrator adds a value in the middle of a year, sees it, removes it."""
    tab = MciTab(admin)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 3 and tab.table.item(2, 1).text() == "4 325 ₸"
    tab.since.setDate(QDate(2026, 7, 1))
    tab.value.setValue(4500)
    assert tab.save() and tab.table.rowCount() == 4 and "4500" in tab.message.text()
    tab.table.selectRow(3)
    assert tab.since.date().toPython() == dt.date(2026, 7, 1)
    assert tab.remove() and tab.table.rowCount() == 3
    assert not tab.remove()                       # nothing from that day any more
    assert tab.message.text()

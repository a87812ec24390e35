"""The main window: sections, status bar, idle lock hiding the content, unlock, switching
user, languages switched without restart."""

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.i18n import translations
from desktop.services import auth, settings
from desktop.store import audit
from desktop.ui.main_window import MainWindow
from desktop.ui.page import NotYetPage
from desktop.ui.sections import SECTIONS, Section, make_page
from desktop.ui.visits import VisitsAndContractsPage
from tests.conftest import PASSWORD


@pytest.fixture
def window(qtbot, login, clock):
    win = MainWindow(login("clerk"), idle_clock=clock, verify_at_start=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    translations.switch("en")
    win.end_session()


def actions(session):
    with session.store.read() as conn:
        return [r["action"] for r in audit.rows(conn, 0, 100_000)]


def test_sections_and_status_bar(window):
    assert window.nav.count() == len(SECTIONS) == 11
    assert window.nav.item(0).text() == "Today"
    window.nav.setCurrentRow(window.section_index("visits"))
    assert isinstance(window.pages.currentWidget(), VisitsAndContractsPage)
    unbuilt = make_page(Section("later", "Later"), window.session)
    assert isinstance(unbuilt, NotYetPage) and "not available yet" in unbuilt.body.text()
    unbuilt.deleteLater()
    status = window.status
    assert "Registry clerk" in status.user.text()
    assert status.clearance.text().startswith("Form 1 until")
    assert status.store.text() == "register.grif" and status.binding.text() == "Unbound"


def test_idle_lock_hides_content_and_unlock_restores(window, clock, qtbot):
    window.idle.check()
    assert "Lock in 15:00" in window.status.countdown.text()
    clock.now += 15 * 60 + 1
    window.idle.check()
    assert window.locked
    assert not window.content.isVisible() and window.lock_screen.isVisible()
    assert not window.menuBar().isEnabled()
    assert not window.status.user.isVisible() and not window.status.store.isVisible()
    window.lock_screen.password.setText("wrong-password-123")
    window.lock_screen.try_unlock()
    assert window.locked and "password is wrong" in window.lock_screen.message.text()
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.try_unlock()
    assert not window.locked and window.content.isVisible()
    assert window.status.user.isVisible() and "Registry clerk" in window.status.user.text()
    assert actions(window.session)[-3:] == ["auth.lock", "auth.login_failed", "auth.unlock"]


def test_idle_minutes_come_from_the_settings(qtbot, admin, clock):
    settings.change(admin, {"lock.idle_minutes": 2})
    win = MainWindow(admin, idle_clock=clock, verify_at_start=False)
    qtbot.addWidget(win)
    win.idle.check()
    assert "2:00" in win.status.countdown.text()
    clock.now += 121
    win.idle.check()
    assert win.locked
    win.end_session()


def test_input_postpones_the_lock(window, clock, qtbot):
    clock.now += 14 * 60
    qtbot.mouseMove(window.nav)
    qtbot.keyClick(window.nav, "a")
    clock.now += 2 * 60
    window.idle.check()
    assert not window.locked


def test_lock_shortcut_and_switch_user(window, qtbot, store_path):
    window.lock_action.trigger()
    assert window.locked
    with qtbot.waitSignal(window.switch_user_requested):
        window.lock_screen.switch_button.click()
    assert actions_after_logout(store_path)[-2:] == ["auth.lock", "auth.logout"]


def actions_after_logout(store_path):
    session = auth.login(store_path, "auditor", PASSWORD)
    result = actions(session)[:-1]
    session.store.close()
    return result


def test_language_switch_without_restart(window):
    texts = {}
    for code in ("kk", "ru", "ky", "en"):
        window.set_language(code)
        QCoreApplication.processEvents()          # LanguageChange is delivered as an event
        texts[code] = (window.nav.item(1).text(), window.file_menu.title(),
                       window.status.binding.text(), window.lock_screen.heading.text())
    assert texts["en"] == ("Register", "&File", "Unbound", "Grif is locked")
    assert len({t[0] for t in texts.values()}) == 4
    assert len({t[3] for t in texts.values()}) == 4
    assert QCoreApplication.translate("Sections", "Register") == "Register"


def test_every_section_page_builds_and_retranslates(window):
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        assert window.pages.currentWidget() is window.page(index)
    window.set_language("ru")
    QCoreApplication.processEvents()
    assert window.page(0).heading.text() == QCoreApplication.translate("TodayPage", "Today")


def test_the_program_shows_its_own_icon(qapp):
    from desktop.ui.style import apply_look
    apply_look(qapp)
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert qapp.desktopFileName() == "grif"      # installer/deb/grif.desktop

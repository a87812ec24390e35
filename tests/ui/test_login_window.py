"""The login dialog with real widgets (offscreen)."""

from PySide6.QtCore import QCoreApplication

from desktop.i18n import translations
from desktop.ui.login_dialog import LoginDialog
from tests.conftest import PASSWORD


def test_wrong_password_shows_the_generic_message_and_clears(qtbot, store_path):
    dialog = LoginDialog(store_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "clerk")
    qtbot.keyClicks(dialog.password, "wrong-password-123")
    dialog.try_login()
    assert dialog.session is None
    assert "password is wrong" in dialog.message.text()
    assert dialog.password.text() == ""


def test_throttle_message_says_how_long_to_wait(qtbot, store_path):
    dialog = LoginDialog(store_path)
    qtbot.addWidget(dialog)
    dialog.user.setText("clerk")
    for _ in range(5):
        dialog.password.setText("wrong-password-123")
        dialog.try_login()
    assert "Wait" in dialog.message.text() and "seconds" in dialog.message.text()


def test_login_succeeds(qtbot, store_path):
    dialog = LoginDialog(store_path, username="clerk")
    qtbot.addWidget(dialog)
    assert dialog.user.text() == "clerk"
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.session is not None and dialog.result() == LoginDialog.DialogCode.Accepted
    dialog.session.store.close()


def test_language_chooser_switches_without_restart(qtbot, store_path):
    dialog = LoginDialog(store_path)
    qtbot.addWidget(dialog)
    try:
        seen = {}
        for code in ("kk", "ru", "ky", "en"):
            dialog.language.setCurrentIndex(dialog.language.findData(code))
            QCoreApplication.processEvents()
            seen[code] = dialog.user_label.text()
        assert seen["kk"] == "&Пайдаланушы аты"
        assert seen["en"] == "&User name"
        assert len(set(seen.values())) == 4
    finally:
        translations.switch("en")


def test_reset_with_the_recovery_code(qtbot, tmp_path):
    from desktop.security.kdf import MINIMUM
    from desktop.services import auth
    from desktop.services.stores import create_store
    from desktop.ui.recovery_reset_dialog import RecoveryResetDialog
    path = tmp_path / "r.grif"
    created = create_store(path, organisation="O", admin_username="admin",
                           admin_full_name="A B", admin_password=PASSWORD, kdf=MINIMUM)
    created.session.store.close()
    dialog = RecoveryResetDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.code.setText("WRONG-CODE")
    dialog.password.setText("a-new-chief-password")
    dialog.repeat.setText("a-new-chief-password")
    dialog.try_reset()
    assert "recovery code is wrong" in dialog.message.text()
    assert dialog.code.text() == "" and dialog.password.text() == ""
    dialog.code.setText(created.recovery_code)
    dialog.password.setText("a-new-chief-password")
    dialog.repeat.setText("a-new-chief-password")
    dialog.try_reset()
    assert dialog.result() == RecoveryResetDialog.DialogCode.Accepted
    auth.login(path, "admin", "a-new-chief-password").store.close()

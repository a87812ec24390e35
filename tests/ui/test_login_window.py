"""The login dialog and the shell with real widgets (offscreen)."""

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import translations_dir
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
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


def test_login_then_main_window(qtbot, store_path):
    dialog = LoginDialog(store_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "clerk")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_login()
    assert dialog.session is not None and dialog.result() == LoginDialog.DialogCode.Accepted
    window = MainWindow(dialog.session)
    qtbot.addWidget(window)
    assert "Clerk Testov" in window.who.text()
    assert "Of special importance" in window.clearance.text()
    window.close()


def test_language_switch_retranslates(qtbot, store_path):
    dialog = LoginDialog(store_path)
    qtbot.addWidget(dialog)
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "grif_kk.qm"))
    QApplication.installTranslator(translator)
    try:
        QApplication.processEvents()              # LanguageChange reaches the dialog
        assert dialog.user_label.text() == "Пайдаланушы аты"
        assert dialog.windowTitle() == "Grif — жүйеге кіру"
        dialog.user.setText("clerk")
        dialog.password.setText("wrong-password-123")
        dialog.try_login()
        assert "password is wrong" not in dialog.message.text()
        assert dialog.message.text()
    finally:
        QApplication.removeTranslator(translator)
    QApplication.processEvents()
    assert dialog.user_label.text() == "User name"


def test_every_message_has_a_context():
    for lang in ("kk", "ru", "ky"):
        text = (translations_dir() / f"grif_{lang}.ts").read_text(encoding="utf-8")
        assert "<name></name>" not in text, f"strings without a context in grif_{lang}.ts"

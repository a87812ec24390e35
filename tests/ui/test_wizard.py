"""The first-run wizard end to end into a real store."""

from PySide6.QtWidgets import QWizard

from desktop.security.kdf import MINIMUM
from desktop.services import auth, settings
from desktop.store import audit
from desktop.ui.wizard.first_run import FirstRunWizard
from tests.conftest import PASSWORD, MemoryKeystore


def fill_until_binding(wizard, path):
    wizard.organisation.name.setText("ТОО «Құпия Сервис»")
    wizard.organisation.address.setText("Астана, Мәңгілік Ел 8")
    wizard.next()
    wizard.location.path.setText(str(path))
    wizard.next()
    wizard.administrator.full_name.setText("Әкімов Әкім")
    wizard.administrator.password.setText(PASSWORD)
    wizard.administrator.repeat.setText(PASSWORD)
    wizard.next()


def confirm_code(wizard, right=True):
    code = wizard.confirm.code
    for box, pos in zip(wizard.confirm.boxes, wizard.confirm.positions, strict=True):
        char = code[pos] if right else ("X" if code[pos] != "X" else "Y")
        box.setText(char.lower())


def test_wizard_creates_a_bound_register_and_logs_the_admin_in(qtbot, tmp_path):
    keystore = MemoryKeystore()
    wizard = FirstRunWizard(keystore=keystore, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    path = tmp_path / "reg.grif"
    fill_until_binding(wizard, path)
    assert wizard.currentPage() is wizard.binding and wizard.binding.bind.isChecked()
    wizard.next()                                  # creates the register
    assert wizard.currentPage() is wizard.recovery
    shown = wizard.recovery.code.text()
    assert len(shown) == 35 and shown.count("-") == 5
    assert path.exists() and wizard.session is not None
    assert wizard.session.store.keyfile.bound
    wizard.next()                                  # commit: no way back
    assert wizard.currentPage() is wizard.confirm
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled() or \
        wizard.currentPage().isCommitPage() is False
    confirm_code(wizard, right=False)
    assert not wizard.confirm.validatePage()
    assert "do not match" in wizard.confirm.message.text()
    confirm_code(wizard)
    assert wizard.confirm.validatePage()
    values = settings.current(wizard.session)
    assert values["org.name"] == "ТОО «Құпия Сервис»"
    assert values["org.address"] == "Астана, Мәңгілік Ел 8"
    wizard.session.store.close()
    session = auth.login(path, "admin", PASSWORD, keystore)
    with session.store.read() as conn:
        actions = [r["action"] for r in audit.rows(conn, 0, 1000)]
    assert actions[:2] == ["store.create", "settings.change"]
    session.store.close()


def test_mismatched_passwords_keep_the_wizard_on_the_page(qtbot, tmp_path):
    wizard = FirstRunWizard(keystore=None, keyring_available=False, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.organisation.name.setText("Org")
    wizard.next()
    wizard.location.path.setText(str(tmp_path / "r.grif"))
    wizard.next()
    wizard.administrator.full_name.setText("A B")
    wizard.administrator.password.setText(PASSWORD)
    wizard.administrator.repeat.setText(PASSWORD + "x")
    wizard.next()
    assert wizard.currentPage() is wizard.administrator
    assert "differ" in wizard.administrator.message.text()


def test_no_keyring_means_binding_is_not_offered(qtbot):
    wizard = FirstRunWizard(keystore=None, keyring_available=False, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    assert not wizard.binding.bind.isEnabled() and not wizard.binding.bind.isChecked()
    assert "no protected keyring" in wizard.binding.explain.text()


def test_a_weak_password_or_taken_place_is_refused_with_nothing_left(qtbot, tmp_path):
    wizard = FirstRunWizard(keystore=None, keyring_available=False, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.organisation.name.setText("Org")
    wizard.next()
    wizard.location.path.setText(str(tmp_path / "r.grif"))
    wizard.next()
    wizard.administrator.full_name.setText("A B")
    wizard.administrator.password.setText("short")
    wizard.administrator.repeat.setText("short")
    wizard.next()
    wizard.next()                                  # try to create
    assert wizard.currentPage() is wizard.binding
    assert "12 characters" in wizard.binding.message.text()
    assert list(tmp_path.iterdir()) == []


def test_saving_the_recovery_sheet(qtbot, tmp_path, monkeypatch):
    wizard = FirstRunWizard(keystore=None, keyring_available=False, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_until_binding(wizard, tmp_path / "reg.grif")
    wizard.next()
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(wizard, "ask_sheet_path", lambda: str(sheet))
    wizard.recovery.save.click()
    assert sheet.read_bytes().startswith(b"%PDF")
    assert oct(sheet.stat().st_mode & 0o777) == "0o600"
    from pypdf import PdfReader
    text = "".join(p.extract_text() for p in PdfReader(str(sheet)).pages)
    assert wizard.recovery.code.text() in text.replace(" ", "")
    wizard.reject()

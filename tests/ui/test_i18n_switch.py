"""Switching languages at run time: translators, Qt's own strings, the locale."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.i18n import CODES, Translations, system_language


@pytest.fixture
def tr(qapp):
    translations = Translations()
    yield translations
    translations.switch("en")


@pytest.mark.parametrize(("code", "secret", "qt_cancel"), [
    ("kk", "Құпия", "Бас тарту"), ("ru", "Секретно", "Отмена"), ("en", "Secret", "Cancel"),
])
def test_switch_sets_our_and_qts_strings(tr, code, secret, qt_cancel):
    tr.switch(code)
    assert QCoreApplication.translate("Level", "Secret") == secret
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_cancel
    assert tr.language == code


def test_kyrgyz_uses_our_own_files(tr):
    tr.switch("ky")
    assert QCoreApplication.translate("Level", "Secret") == "Жашыруун"
    assert QLocale().name() == "ky_KG"


def test_switching_back_to_english_removes_everything(tr):
    tr.switch("ru")
    tr.switch("en")
    assert QCoreApplication.translate("Level", "Secret") == "Secret"


def test_dates_follow_the_locale(tr):
    import datetime as dt
    tr.switch("ru")
    text = QLocale().toString(dt.date(2026, 11, 21), QLocale.FormatType.LongFormat)
    assert "ноября" in text


def test_unknown_language_refused(tr):
    with pytest.raises(ValueError):
        tr.switch("de")


@pytest.mark.parametrize(("env", "expected"), [
    ("ru_RU.UTF-8", "ru"), ("de_DE.UTF-8", "kk"), ("ky_KG", "ky"), ("C.UTF-8", "kk"),
    ("POSIX", "kk"), ("en_GB.UTF-8", "en"), ("kk_KZ.UTF-8", "kk"),
])
def test_system_language_from_the_environment(monkeypatch, env, expected):
    monkeypatch.setattr("locale.getlocale", lambda: ("en_US", "UTF-8"))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", env)
    assert system_language() == expected
    assert set(CODES) == {"kk", "ru", "ky", "en"}


@pytest.mark.parametrize(("name", "expected"), [
    ("Russian_Russia", "ru"), ("Kazakh_Kazakhstan", "kk"), ("Kyrgyz_Kyrgyzstan", "ky"),
    (None, "kk"), ("German_Germany", "kk"),
])
def test_system_language_on_windows(monkeypatch, name, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda: (name, None))
    assert system_language() == expected

"""Typed errors come out whole in the user's language: template and marked values."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.domain.errors import InvalidInput, TextTooLong
from desktop.domain.text import clean_text, clean_username
from desktop.paths import translations_dir


@pytest.fixture(params=["kk", "ru", "ky"])
def translated(request, qapp):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"grif_{request.param}.qm"))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def text_of(call):
    with pytest.raises((InvalidInput, TextTooLong)) as err:
        call()
    return err.value.text(QCoreApplication.translate)


def test_field_names_and_reasons_are_translated(translated):
    for call in (lambda: clean_username("Bad Name"), lambda: clean_text("full name", ""),
                 lambda: clean_text("full name", "x" * 300)):
        shown = text_of(call)
        latin = [w for w in ("user name", "full name", "empty", "Latin", "Invalid", "long")
                 if w in shown]
        assert latin == [], shown
    assert "300" not in text_of(lambda: clean_text("full name", "x" * 300))
    assert "200" in text_of(lambda: clean_text("full name", "x" * 300))


def test_untranslatable_values_pass_through(translated):
    err = InvalidInput("full name", "Ivanov-17")
    assert "Ivanov-17" in err.text(QCoreApplication.translate)

import pytest

from desktop.domain.errors import InvalidInput, WeakPassword
from desktop.domain.passwords import check_password
from desktop.domain.text import clean_text, clean_username


@pytest.mark.parametrize("password", [
    "short-pass1", "", "ivanov-2026-long", "IVANOV-2026-LONG", "a" * 20, "x" * 257,
    "good-length\x00pass",
])
def test_weak_passwords_refused(password):
    with pytest.raises(WeakPassword):
        check_password(password, "ivanov")


@pytest.mark.parametrize("password", ["correct-horse-battery", "Қазақ тілі 2026!", "xy" * 128])
def test_good_passwords_accepted(password):
    check_password(password, "ivanov")


@pytest.mark.parametrize("value", ["", "   ", None, 17, "a\x07b", "x" * 201, "a\u202eb"])
def test_bad_text_refused(value):
    with pytest.raises(InvalidInput):
        clean_text("title", value)


def test_markup_is_kept_as_typed_and_text_is_normalised():
    assert clean_text("title", "  <b>Құпия</b> & co ") == "<b>Құпия</b> & co"
    assert clean_text("notes", "a\nb", multiline=True) == "a\nb"
    with pytest.raises(InvalidInput):
        clean_text("title", "a\nb")


@pytest.mark.parametrize("name", ["a", "Ivanov", "иванов", "1abc", "a b", "a" * 33, ""])
def test_bad_usernames(name):
    with pytest.raises(InvalidInput):
        clean_username(name)


def test_good_username():
    assert clean_username(" ivanov.s ") == "ivanov.s"

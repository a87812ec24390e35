"""Validation of free text typed by people: every form and CLI command uses these."""

from __future__ import annotations

import re
import unicodedata

from desktop.domain import fields
from desktop.domain.errors import InvalidInput, TextTooLong
from desktop.domain.tr import QT_TRANSLATE_NOOP

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def clean_text(field: str, value: object, *, max_len: int = 200, required: bool = True,
               multiline: bool = False) -> str:
    """Strip, check length and refuse control characters. Markup is kept as typed (it is
    escaped where printed), so a title with "<" is still stored exactly."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(field, fields.WRONG_TYPE)
    text = unicodedata.normalize("NFC", value.strip())
    if required and not text:
        raise InvalidInput(field, fields.EMPTY)
    if len(text) > max_len:
        raise TextTooLong(field, max_len)
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in allowed
           for ch in text):
        raise InvalidInput(field, fields.CONTROL_CHARS)
    return text


def clean_username(value: object) -> str:
    name = clean_text(fields.USERNAME, value, max_len=32)
    if not _USERNAME.match(name):
        raise InvalidInput(
            fields.USERNAME,
            QT_TRANSLATE_NOOP("Errors", "use 2–32 lower-case Latin letters, digits, . _ -"))
    return name

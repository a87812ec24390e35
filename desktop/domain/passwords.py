"""Password policy (issue: people): at least 12 characters, not the user name."""

from __future__ import annotations

import unicodedata

from desktop.domain.errors import WeakPassword
from desktop.domain.tr import QT_TRANSLATE_NOOP

MIN_LENGTH = 12
MAX_LENGTH = 256

TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "at least 12 characters are required")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "at most 256 characters are allowed")
HAS_NAME = QT_TRANSLATE_NOOP("Errors", "it must not contain the user name")
CONTROL = QT_TRANSLATE_NOOP("Errors", "it must not contain control characters")
REPEATED = QT_TRANSLATE_NOOP("Errors", "it must not be one repeated character")


def check_password(password: str, username: str) -> None:
    """Raise WeakPassword naming the first rule broken."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(TOO_SHORT)
    if len(password) > MAX_LENGTH:
        raise WeakPassword(TOO_LONG)
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in password):  # Cs: not encodable
        raise WeakPassword(CONTROL)
    if username and username.casefold() in password.casefold():
        raise WeakPassword(HAS_NAME)
    if len(set(password)) == 1:
        raise WeakPassword(REPEATED)

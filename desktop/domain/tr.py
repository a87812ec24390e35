"""Translation markers and placeholder filling, usable without Qt.

`QT_TRANSLATE_NOOP(context, text)` marks a source string for lupdate and returns it
unchanged; the UI translates it when shown (ARCHITECTURE rule 4).
"""

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """%1, %2… replaced in one pass, so a value that holds "%1" is left as it is; a
    placeholder without a value stays."""
    def value(match: re.Match[str]) -> str:
        i = int(match.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else match.group(0)
    return _PLACEHOLDER.sub(value, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text

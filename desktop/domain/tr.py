"""Translation markers usable without Qt.

`QT_TRANSLATE_NOOP(context, text)` marks a source string for lupdate and returns it
unchanged; the UI translates it when shown (ARCHITECTURE rule 4).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text

"""Languages: install and switch translators at run time (no restart).

Grif's own strings come from i18n/grif_XX.qm. Qt's own widgets use qtbase_kk/ru.qm shipped
with PySide6; Qt has no Kyrgyz, so Grif ships i18n/qt_ky.qm with those strings."""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import translations_dir

# Code, name written in that language (never translated), Qt locale.
LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("kk", "Қазақша", "kk_KZ"),
    ("ru", "Русский", "ru_RU"),
    ("ky", "Кыргызча", "ky_KG"),
    ("en", "English", "en_GB"),
)
CODES = tuple(code for code, _, _ in LANGUAGES)
DEFAULT = "kk"


_WINDOWS_NAMES = {"kazakh": "kk", "russian": "ru", "kyrgyz": "ky", "english": "en"}


def system_language() -> str:
    """The system's language if Grif has it, else Kazakh. POSIX order: LC_ALL, LC_MESSAGES,
    LANG ("C"/"POSIX" means none); without them (Windows) the locale's name."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in CODES else DEFAULT
    name = (locale.getlocale()[0] or "").lower()
    for prefix, code in _WINDOWS_NAMES.items():
        if name.startswith(prefix):
            return code
    return name[:2] if name[:2] in CODES else DEFAULT


def qt_locale(code: str) -> QLocale:
    return QLocale(dict((c, q) for c, _, q in LANGUAGES)[code])


class Translations:
    """The translators currently installed on the application."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def _load(self, path: str) -> QTranslator | None:
        translator = QTranslator()
        return translator if translator.load(path) else None

    def switch(self, code: str) -> None:
        if code not in CODES:
            raise ValueError(code)
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files = [str(translations_dir() / f"grif_{code}.qm")]
            if code == "ky":
                files.append(str(translations_dir() / "qt_ky.qm"))
            else:
                files.append(os.path.join(qt_dir, f"qtbase_{code}.qm"))
            for path in files:
                translator = self._load(path)
                if translator is not None:
                    app.installTranslator(translator)  # sends LanguageChange to every widget
                    self._installed.append(translator)
        QLocale.setDefault(qt_locale(code))
        self.language = code


translations = Translations()

"""Every preference declared once: key, type, default, label, where it lives, its check.

Store settings live in the store (the same for every workstation, changed by an
administrator, audited); workstation settings live in a small JSON file in the user's data
folder (language, last store) and hold nothing secret.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import fields
from desktop.domain.destruction import DEFAULT_METHODS
from desktop.domain.errors import InvalidInput, TextTooLong
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP

LANGUAGES = ("kk", "ru", "ky", "en")
PRINT_LANGUAGES = ("kk", "ru", "ky")


def _int_range(lo: int, hi: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        try:
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)     # 2.5 minutes is not 2
            number = int(value)
        except (TypeError, ValueError, OverflowError):
            raise InvalidInput(fields.WRONG_TYPE, str(value)) from None
        if not lo <= number <= hi:
            raise InvalidInput(str(value), f"{lo}–{hi}")
        return number
    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options:
            raise InvalidInput(str(value), " / ".join(options))
        return str(value)
    return check


def _text(label: str, max_len: int, required: bool = False) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        return clean_text(label, value, max_len=max_len, required=required)
    return check


def _text_list(label: str, max_items: int = 50) -> Callable[[Any], list[str]]:
    def check(value: Any) -> list[str]:
        if not isinstance(value, (list, tuple)):
            raise InvalidInput(label, fields.WRONG_TYPE)
        items = [clean_text(label, v, max_len=100) for v in value]
        if not items or len(items) > max_items or len(set(items)) != len(items):
            raise InvalidInput(label, str(len(items)))
        return items
    return check


_FIELDS = ("prefix", "number", "suffix", "year")


def _number_format(value: Any) -> str:
    template = clean_text(NUMBER_FORMAT, value, max_len=60)
    try:
        # Only the four names, without attribute or index look-ups ({prefix.x}, {number[0]})
        # and without widths that would build huge numbers ({number:>999999999}).
        for _text, name, spec, _conv in string.Formatter().parse(template):
            if name is not None and (name not in _FIELDS or
                                     any(len(d) > 2 for d in re.findall(r"\d+", spec or ""))):
                raise ValueError(name)
        sample = template.format(prefix="P", number=1, suffix="s", year=2026)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        raise InvalidInput(NUMBER_FORMAT, template) from None
    if "{number}" not in template or not sample:
        raise InvalidInput(NUMBER_FORMAT, template)
    return template


NUMBER_FORMAT = QT_TRANSLATE_NOOP("Settings", "Registration number format")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str            # source text, translated in context "Settings"
    check: Callable[[Any], Any]
    scope: str = "store"  # "store" or "workstation"


ORG_NAME = QT_TRANSLATE_NOOP("Settings", "Organisation name")
ADDRESS = QT_TRANSLATE_NOOP("Settings", "Address")
UNIT = QT_TRANSLATE_NOOP("Settings", "Protection unit")
HEAD_POSITION = QT_TRANSLATE_NOOP("Settings", "Position of the head")
HEAD_NAME = QT_TRANSLATE_NOOP("Settings", "Head's name (И.О. Фамилия)")
MARKING_WINDOW = QT_TRANSLATE_NOOP(
    "Settings", "Days to re-mark own and domestic information (house rule)")
LAST_STORE = QT_TRANSLATE_NOOP("Settings", "Last store opened")

SETTINGS: tuple[Setting, ...] = (
    Setting("org.name", "", ORG_NAME, _text(ORG_NAME, 300, required=True)),
    Setting("org.address", "", ADDRESS, _text(ADDRESS, 300)),
    Setting("org.unit", "", UNIT, _text(UNIT, 300)),
    Setting("org.head_position", "", HEAD_POSITION, _text(HEAD_POSITION, 200)),
    Setting("org.head_name", "", HEAD_NAME, _text(HEAD_NAME, 100)),
    Setting("lock.idle_minutes", 15, QT_TRANSLATE_NOOP("Settings", "Idle lock after (minutes)"),
            _int_range(1, 240)),
    Setting("print.language", "kk", QT_TRANSLATE_NOOP("Settings", "Default print language"),
            _choice(PRINT_LANGUAGES)),
    Setting("register.format", "{prefix}{number}{suffix}/{year}", NUMBER_FORMAT,
            _number_format),
    Setting("register.prefix", "", QT_TRANSLATE_NOOP("Settings", "Registration number prefix"),
            _text("Registration number prefix", 10)),
    Setting("register.suffix.S", "с", QT_TRANSLATE_NOOP("Settings", "Suffix for Secret"),
            _text("Suffix for Secret", 6)),
    Setting("register.suffix.SS", "сс", QT_TRANSLATE_NOOP("Settings", "Suffix for Top secret"),
            _text("Suffix for Top secret", 6)),
    Setting("register.suffix.OV", "ов",
            QT_TRANSLATE_NOOP("Settings", "Suffix for Of special importance"),
            _text("Suffix for Of special importance", 6)),
    Setting("marking.window_days", 30,
            MARKING_WINDOW,
            _int_range(1, 365)),
    Setting("visits.warn_days", 7,
            QT_TRANSLATE_NOOP("Settings", "Warn this many days before the last day to send a "
                                          "visit request"),
            _int_range(0, 60)),
    Setting("backup.remind_days", 7,
            QT_TRANSLATE_NOOP("Settings", "Remind when the last verified backup is older than "
                                          "(days)"),
            _int_range(1, 365)),
    Setting("dossier.term_from", "assignment",
            QT_TRANSLATE_NOOP("Settings", "The 30 days of a dossier run from"),
            _choice(("assignment", "materials"))),
    Setting("destruction.methods", DEFAULT_METHODS,
            QT_TRANSLATE_NOOP("Settings", "Methods of destruction"),
            _text_list("Methods of destruction")),
    Setting("dispatch.channels", ["Фельдъегерская служба", "Специальная связь", "Нарочным"],
            QT_TRANSLATE_NOOP("Settings", "Domestic dispatch channels"),
            _text_list("Domestic dispatch channels")),
    Setting("ui.language", "", QT_TRANSLATE_NOOP("Settings", "Interface language"),
            _choice(("", *LANGUAGES)), scope="workstation"),
    Setting("store.last", "", LAST_STORE, _text(LAST_STORE, 4096), scope="workstation"),
)
BY_KEY = {s.key: s for s in SETTINGS}


def validate(key: str, value: Any) -> Any:
    setting = BY_KEY.get(key)
    if setting is None:
        raise InvalidInput("setting", key)
    try:
        return setting.check(value)
    except TextTooLong:
        raise
    except InvalidInput as exc:
        raise InvalidInput(setting.label, exc.args_values[-1]) from None


def defaults(scope: str) -> dict[str, Any]:
    return {s.key: s.default for s in SETTINGS if s.scope == scope}


class WorkstationSettings:
    """Per-user, per-machine preferences in GRIF_HOME/settings.json."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.values = defaults("workstation")
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        for key, value in loaded.items() if isinstance(loaded, dict) else ():
            if key in self.values:
                try:
                    self.values[key] = validate(key, value)
                except InvalidInput:
                    pass  # a hand-edited bad value falls back to the default

    def get(self, key: str) -> Any:
        return self.values[key]

    def set(self, key: str, value: Any) -> None:
        self.values[key] = validate(key, value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.values, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)

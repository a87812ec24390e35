"""User text for Paragraph markup, and dates in words the way documents write them."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape as _xml_escape

LANGUAGES = ("kk", "ru", "ky")

# Genitive in Russian ("«21» ноября"); the nominative month name after "жылғы «21»" in
# Kazakh; the possessive form after "-жылдын «21»" in Kyrgyz (FORMS.md: "ноябры").
MONTHS: dict[str, tuple[str, ...]] = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "ky": ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
           "сентябры", "октябры", "ноябры", "декабры"),
}

# Control characters other than tab and newline have no business on paper and can upset
# the PDF text layer.
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown print language {lang!r}; expected one of {LANGUAGES}")
    return lang


def escape(text: object, *, line_breaks: bool = False) -> str:
    """`text` as literal Paragraph content: & < > escaped so no tag or entity in user data
    is ever interpreted. With `line_breaks` a newline becomes <br/> (otherwise a space, as
    Paragraph treats any whitespace)."""
    out = _xml_escape(str(text).translate(_CONTROL).replace("\r\n", "\n").replace("\r", "\n"))
    return out.replace("\n", "<br/>") if line_breaks else out


def date_in_words(d: dt.date, lang: str) -> str:
    """«21» ноября 2026 г. / 2026 жылғы «21» қараша / 2026-жылдын «21» ноябры.

    The day is written with two digits («05»), as in the blank «__» of the forms and
    the word-and-figure date style of GOST R 7.0.97."""
    month = MONTHS[check_lang(lang)][d.month - 1]
    day = f"«{d.day:02d}»"
    if lang == "ru":
        return f"{day} {month} {d.year} г."
    if lang == "kk":
        return f"{d.year} жылғы {day} {month}"
    return f"{d.year}-жылдын {day} {month}"


def datetime_in_words(moment: dt.datetime, lang: str) -> str:
    """The date in words and the time of day: «21» ноября 2026 г., 14:05."""
    return f"{date_in_words(moment.date(), lang)}, {moment:%H:%M}"

"""Cardinal numbers in words for totals on paper (FORMS.md "Totals in words"):
"12 (двенадцать)", "4 325 000 (төрт миллион үш жүз жиырма бес мың)".

Written here rather than taken from a package: Kyrgyz is covered by none we could pin, and
the three converters share one structure (groups of three digits, then тысяча / мың / миң
and миллион), which the tests check against each other. Range 0..999 999 999.

Kazakh and Kyrgyz follow the common document form: a lone hundred is "жүз" (125 = "жүз
жиырма бес"), while a thousand and a million always carry their count ("бір мың", "бір
миллион"). Russian uses the masculine "один, два" for units and millions and the feminine
"одна, две" before тысяча, with the noun declined by the count (тысяча/тысячи/тысяч).
"""

from __future__ import annotations

from desktop.reports.text import check_lang

LIMIT = 999_999_999

_RU_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь",
             "девять")
_RU_UNITS_F = ("", "одна", "две", *_RU_UNITS[3:])
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
             "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
            "семьдесят", "восемьдесят", "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
                "семьсот", "восемьсот", "девятьсот")
_RU_SCALES = (("тысяча", "тысячи", "тысяч"), ("миллион", "миллиона", "миллионов"))

# Kazakh and Kyrgyz: units, tens, and the words for hundred, thousand, million.
_TURKIC: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str, str]] = {
    "kk": (("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"),
           ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен",
            "тоқсан"),
           "жүз", "мың", "миллион"),
    "ky": (("", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"),
           ("", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен",
            "токсон"),
           "жүз", "миң", "миллион"),
}

ZERO = {"kk": "нөл", "ru": "ноль", "ky": "нөл"}


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form after the count n: 1 день, 2 дня, 5 дней, 11 дней, 21 день."""
    tail, last = n % 100, n % 10
    if last == 1 and tail != 11:
        return one
    if 2 <= last <= 4 and not 12 <= tail <= 14:
        return few
    return many


def _groups(n: int) -> tuple[int, int, int]:
    """(millions, thousands, units), each 0..999."""
    return n // 1_000_000, n // 1000 % 1000, n % 1000


def _ru_triple(n: int, feminine: bool) -> list[str]:
    words = [_RU_HUNDREDS[n // 100]]
    tens, units = n // 10 % 10, n % 10
    if tens == 1:
        words.append(_RU_TEENS[units])
    else:
        words += [_RU_TENS[tens], (_RU_UNITS_F if feminine else _RU_UNITS)[units]]
    return [w for w in words if w]


def _ru(n: int) -> list[str]:
    millions, thousands, units = _groups(n)
    words: list[str] = []
    for count, forms, feminine in ((millions, _RU_SCALES[1], False),
                                   (thousands, _RU_SCALES[0], True)):
        if count:
            words += [*_ru_triple(count, feminine), plural_ru(count, *forms)]
    return words + _ru_triple(units, False)


def _turkic_triple(n: int, lang: str) -> list[str]:
    units_words, tens_words, hundred, _, _ = _TURKIC[lang]
    words: list[str] = []
    hundreds = n // 100
    if hundreds:
        # "жүз", not "бір жүз": the form documents use for a lone hundred.
        words += [hundred] if hundreds == 1 else [units_words[hundreds], hundred]
    words += [tens_words[n // 10 % 10], units_words[n % 10]]
    return [w for w in words if w]


def _turkic(n: int, lang: str) -> list[str]:
    _, _, _, thousand, million = _TURKIC[lang]
    millions, thousands, units = _groups(n)
    words: list[str] = []
    for count, scale in ((millions, million), (thousands, thousand)):
        if count:
            words += [*_turkic_triple(count, lang), scale]
    return words + _turkic_triple(units, lang)


def in_words(n: int, lang: str) -> str:
    """The cardinal number n in words: 21 -> "двадцать один" / "жиырма бір" / "жыйырма бир"."""
    check_lang(lang)
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"a whole number is expected, not {n!r}")
    if not 0 <= n <= LIMIT:
        raise ValueError(f"{n} is outside 0..{LIMIT}")
    if n == 0:
        return ZERO[lang]
    return " ".join(_ru(n) if lang == "ru" else _turkic(n, lang))


def figures(n: int) -> str:
    """n in figures, thousands set off by spaces from five digits on: 4 325 000, 1000."""
    return f"{n:,}".replace(",", " ") if n >= 10_000 else str(n)


def count_with_words(n: int, lang: str) -> str:
    """A total as documents write it: "12 (двенадцать)", "21 000 (жиырма бір мың)"."""
    return f"{figures(n)} ({in_words(n, lang)})"

"""Amounts of money and of the monthly calculation index on paper (FORMS.md "Totals in
words"): "4 325 000 (төрт миллион үш жүз жиырма бес мың) теңге", "1 000 (одна тысяча) МРП".

Tenge are whole tenge as a rule; tiyn are shown only when there are some: "4 325 000,50
(…) теңге 50 тиын". An amount in MCI may have a fraction (a total in tenge divided by the
MCI, to hundredths): "1 234,56 (одна тысяча двести тридцать четыре целых пятьдесят шесть
сотых) МРП" / "… бүтін жүзден елу алты" / "… бүтүн жүздөн элүү алты".

The words come from `numbers.in_words` (up to 999 999 999); damage in tenge can pass a
billion (20 000 MCI and more for "Of special importance"), so billions are added here, up to
999 999 999 999."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desktop.reports.numbers import LIMIT, figures, in_words, plural_ru
from desktop.reports.text import check_lang

__all__ = ["MCI", "TENGE", "amount_figures", "big_in_words", "mci_with_words",
           "tenge_with_words"]

BIG_LIMIT = 999_999_999_999
HUNDREDTH = Decimal("0.01")

TENGE = {"kk": "теңге", "ru": "тенге", "ky": "теңге"}
TIYN = {"kk": "тиын", "ru": "тиын", "ky": "тыйын"}
MCI = {"kk": "АЕК", "ru": "МРП", "ky": "АЭК"}
BILLION = {"kk": "миллиард", "ky": "миллиард"}
# A decimal fraction in words: "N бүтін жүзден M" (kk), "N бүтүн жүздөн M" (ky); Russian
# declines "целая/целых", "сотая/сотых" by the count, with the feminine numeral.
WHOLE = {"kk": "бүтін жүзден", "ky": "бүтүн жүздөн"}
_RU_FEMININE = {"один": "одна", "два": "две"}


def big_in_words(n: int, lang: str) -> str:
    """`numbers.in_words` extended to billions: 4 325 000 000 -> "четыре миллиарда триста
    двадцать пять миллионов"."""
    check_lang(lang)
    if n <= LIMIT:
        return in_words(n, lang)
    if n > BIG_LIMIT:
        raise ValueError(f"{n} is outside 0..{BIG_LIMIT}")
    billions, rest = divmod(n, 1_000_000_000)
    scale = (plural_ru(billions, "миллиард", "миллиарда", "миллиардов") if lang == "ru"
             else BILLION[lang])
    words = [in_words(billions, lang), scale]
    if rest:
        words.append(in_words(rest, lang))
    return " ".join(words)


def _split(amount: Decimal | int) -> tuple[int, int]:
    """(whole units, hundredths), rounded half up to hundredths; negative refused."""
    value = Decimal(amount).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    if value < 0:
        raise ValueError(f"an amount cannot be negative: {amount}")
    whole = int(value)
    return whole, int((value - whole) * 100)


def amount_figures(amount: Decimal | int) -> str:
    """In figures with a decimal comma, hundredths only when non-zero: "4 325 000",
    "1 234,56", "0,50"."""
    whole, cents = _split(amount)
    return figures(whole) + (f",{cents:02d}" if cents else "")


def tenge_with_words(amount: Decimal | int, lang: str) -> str:
    """"4 325 000 (төрт миллион үш жүз жиырма бес мың) теңге" / "… тенге" / "… теңге";
    with tiyn: "12,50 (он екі) теңге 50 тиын"."""
    check_lang(lang)
    whole, tiyn = _split(amount)
    text = f"{amount_figures(amount)} ({big_in_words(whole, lang)}) {TENGE[lang]}"
    return f"{text} {tiyn:02d} {TIYN[lang]}" if tiyn else text


def _ru_feminine(words: str) -> str:
    """"двадцать один" -> "двадцать одна": the count before целая/сотая."""
    head, _, last = words.rpartition(" ")
    last = _RU_FEMININE.get(last, last)
    return f"{head} {last}" if head else last


def _fraction_words(whole: int, cents: int, lang: str) -> str:
    if lang == "ru":
        return (f"{_ru_feminine(big_in_words(whole, lang))} "
                f"{plural_ru(whole, 'целая', 'целых', 'целых')} "
                f"{_ru_feminine(in_words(cents, lang))} "
                f"{plural_ru(cents, 'сотая', 'сотых', 'сотых')}")
    return f"{big_in_words(whole, lang)} {WHOLE[lang]} {in_words(cents, lang)}"


def mci_with_words(amount: Decimal | int, lang: str) -> str:
    """"1 000 (одна тысяча) МРП", "1 000 (бір мың) АЕК", "1 000 (бир миң) АЭК"; a fraction
    to hundredths: "1,50 (одна целая пятьдесят сотых) МРП"."""
    check_lang(lang)
    whole, cents = _split(amount)
    words = _fraction_words(whole, cents, lang) if cents else big_in_words(whole, lang)
    return f"{amount_figures(amount)} ({words}) {MCI[lang]}"

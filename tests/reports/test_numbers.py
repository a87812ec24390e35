"""Numbers in words for totals on paper (FORMS.md "Totals in words"): kk, ru, ky."""

import pytest

from desktop.reports.numbers import count_with_words, figures, in_words, plural_ru

TABLE = [
    # n, kk, ru, ky
    (0, "нөл", "ноль", "нөл"),
    (1, "бір", "один", "бир"),
    (2, "екі", "два", "эки"),
    (5, "бес", "пять", "беш"),
    (11, "он бір", "одиннадцать", "он бир"),
    (20, "жиырма", "двадцать", "жыйырма"),
    (21, "жиырма бір", "двадцать один", "жыйырма бир"),
    (40, "қырық", "сорок", "кырк"),
    (99, "тоқсан тоғыз", "девяносто девять", "токсон тогуз"),
    (100, "жүз", "сто", "жүз"),
    (101, "жүз бір", "сто один", "жүз бир"),
    (125, "жүз жиырма бес", "сто двадцать пять", "жүз жыйырма беш"),
    (1000, "бір мың", "одна тысяча", "бир миң"),
    (1001, "бір мың бір", "одна тысяча один", "бир миң бир"),
    (2000, "екі мың", "две тысячи", "эки миң"),
    (5000, "бес мың", "пять тысяч", "беш миң"),
    (21_000, "жиырма бір мың", "двадцать одна тысяча", "жыйырма бир миң"),
    (100_000, "жүз мың", "сто тысяч", "жүз миң"),
    (1_000_000, "бір миллион", "один миллион", "бир миллион"),
    (4_325_000, "төрт миллион үш жүз жиырма бес мың",
     "четыре миллиона триста двадцать пять тысяч",
     "төрт миллион үч жүз жыйырма беш миң"),
    (999_999_999,
     "тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз",
     "девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч "
     "девятьсот девяносто девять",
     "тогуз жүз токсон тогуз миллион тогуз жүз токсон тогуз миң тогуз жүз токсон тогуз"),
]


@pytest.mark.parametrize(("n", "kk", "ru", "ky"), TABLE)
def test_in_words(n, kk, ru, ky):
    assert in_words(n, "kk") == kk
    assert in_words(n, "ru") == ru
    assert in_words(n, "ky") == ky


@pytest.mark.parametrize(("n", "words"), [
    (12, "двенадцать"),
    (12_000, "двенадцать тысяч"),
    (22_000, "двадцать две тысячи"),
    (111_111, "сто одиннадцать тысяч сто одиннадцать"),
    (2_002_000, "два миллиона две тысячи"),
    (5_000_000, "пять миллионов"),
    (21_000_001, "двадцать один миллион один"),
    (300_014, "триста тысяч четырнадцать"),
])
def test_russian_declines_thousands_and_millions(n, words):
    assert in_words(n, "ru") == words


def test_a_lone_hundred_has_no_count_but_thousands_and_millions_do():
    assert in_words(100_100, "kk") == "жүз мың жүз"
    assert in_words(1_100_000, "ky") == "бир миллион жүз миң"
    assert in_words(200, "kk") == "екі жүз"
    assert in_words(1_000_001, "kk") == "бір миллион бір"


def sample() -> list[int]:
    numbers = list(range(0, 2100))
    numbers += [n * 7919 % 1_000_000_000 for n in range(1, 3000)]
    numbers += [10 ** k for k in range(9)] + [10 ** k - 1 for k in range(1, 10)]
    return numbers


# Word for word, Kyrgyz has the same numerals as Kazakh (FORMS.md: tested against the other).
KK_TO_KY = {"бір": "бир", "екі": "эки", "үш": "үч", "төрт": "төрт", "бес": "беш",
            "алты": "алты", "жеті": "жети", "сегіз": "сегиз", "тоғыз": "тогуз", "он": "он",
            "жиырма": "жыйырма", "отыз": "отуз", "қырық": "кырк", "елу": "элүү",
            "алпыс": "алтымыш", "жетпіс": "жетимиш", "сексен": "сексен", "тоқсан": "токсон",
            "жүз": "жүз", "мың": "миң", "миллион": "миллион", "нөл": "нөл"}


def test_kazakh_and_kyrgyz_share_the_structure():
    for n in sample():
        kk, ky = in_words(n, "kk").split(), in_words(n, "ky").split()
        assert len(kk) == len(ky), n
        assert [KK_TO_KY[w] for w in kk] == ky, n


def test_every_number_has_words_without_gaps():
    for n in sample():
        for lang in ("kk", "ru", "ky"):
            text = in_words(n, lang)
            assert text == " ".join(text.split()) and text, (n, lang)


@pytest.mark.parametrize("bad", [-1, 1_000_000_000])
def test_out_of_range(bad):
    with pytest.raises(ValueError):
        in_words(bad, "ru")


@pytest.mark.parametrize("bad", [1.5, "12", True])
def test_only_whole_numbers(bad):
    with pytest.raises(TypeError):
        in_words(bad, "kk")


def test_unknown_language():
    with pytest.raises(ValueError):
        in_words(1, "en")


def test_count_with_words():
    assert count_with_words(12, "ru") == "12 (двенадцать)"
    assert count_with_words(12, "kk") == "12 (он екі)"
    assert count_with_words(12, "ky") == "12 (он эки)"
    assert count_with_words(1000, "ru") == "1000 (одна тысяча)"
    assert count_with_words(4_325_000, "kk") == "4 325 000 (төрт миллион үш жүз жиырма бес мың)"
    assert figures(21_000) == "21 000" and figures(9999) == "9999"


@pytest.mark.parametrize(("n", "form"), [(1, "день"), (2, "дня"), (4, "дня"), (5, "дней"),
                                         (11, "дней"), (12, "дней"), (14, "дней"),
                                         (21, "день"), (22, "дня"), (30, "дней"),
                                         (111, "дней"), (101, "день")])
def test_plural_ru(n, form):
    assert plural_ru(n, "день", "дня", "дней") == form

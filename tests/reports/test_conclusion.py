"""The conclusion on the amount of damage (issue 7, seed 000 p.11) and amounts of money in
words: real PDFs in each print language, read back with pdftotext (poppler-utils)."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.levels import Level, marking
from desktop.reports import conclusion as cn
from desktop.reports.conclusion_words import INDICATORS, ROLES, WORDS
from desktop.reports.money import mci_with_words, tenge_with_words
from desktop.reports.text import date_in_words, datetime_in_words
from tests.reports.test_acts_forms import CHAIR, DATE_LINE, IN_PROGRAM, MEMBERS, ON_PAPER
from tests.reports.test_marking_forms import APPROVE, LANGS, check_frame, frame, needs_poppler
from tests.reports.test_marking_forms import pdf_pages as read_pages

HOSTILE = "Отчёт <b>жирный</b> & <script>"
SIGNED_AT = dt.datetime(2026, 1, 20, 11, 5)
AGREE = {"ru": "СОГЛАСОВАНО", "kk": "КЕЛІСІЛДІ", "ky": "МАКУЛДАШЫЛДЫ"}
HEADING = {"ru": "ЗАКЛЮЧЕНИЕ № 3/2026 об определении размера ущерба",
           "kk": "Зиянның мөлшерін айқындау туралы № 3/2026 ҚОРЫТЫНДЫ",
           "ky": "Зыяндын өлчөмүн аныктоо жөнүндө № 3/2026 КОРУТУНДУ"}
DRAFT = {"ru": "ПРОЕКТ — не утверждено", "kk": "ЖОБА — бекітілмеген",
         "ky": "ДОЛБООР — бекитиле элек"}
EXPERT = {"ru": "экспертная комиссия, созданная приказом руководителя № 15-к от 02.01.2026",
          "kk": "ұйым басшысының 02.01.2026 № 15-к бұйрығымен құрылған сараптау комиссиясы",
          "ky": "уюмдун жетекчисинин 02.01.2026 № 15-к буйругу менен түзүлгөн эксперттик "
                "комиссия"}
STANDING = {"ru": "(ПДК)", "kk": "(ТЖК)", "ky": "туруктуу иштөөчү комиссия"}
BASIS = {"ru": "материалы служебного расследования № 7/2026 от 30.12.2025",
         "kk": "қызметтік тергеп-тексеру материалдары 30.12.2025 № 7/2026",
         "ky": "кызматтык иликтөөнүн материалдары 30.12.2025 № 7/2026"}
NO_METHODOLOGY = {"ru": "Методика отсутствует; размер определён по пункту 10",
                  "kk": "Әдістеме жоқ; мөлшер 10-тармақ бойынша айқындалды",
                  "ky": "Методика жок; өлчөм 10-пункт боюнча аныкталды"}
RANGE_SS = {"ru": "1000 – 20 000 МРП (4 325 000 – 86 500 000 тенге)",
            "kk": "1000 – 20 000 АЕК (4 325 000 – 86 500 000 теңге)",
            "ky": "1000 – 20 000 АЭК (4 325 000 – 86 500 000 теңге)"}
RANGE_OV = {"ru": "20 000 МРП и выше (86 500 000 тенге и выше)",
            "kk": "20 000 АЕК және одан жоғары (86 500 000 теңге және одан жоғары)",
            "ky": "20 000 АЭК жана андан жогору (86 500 000 теңге жана андан жогору)"}
MCI_USED = {"ru": "МРП, применённый при расчёте 4325 тенге",
            "kk": "Есептеуде қолданылған АЕК 4325 теңге",
            "ky": "Эсептөөдө колдонулган АЭК 4325 теңге"}
TOTAL = {"ru": "Всего по показателям: 7 800 000 (семь миллионов восемьсот тысяч) тенге, что "
               "составляет 1803,47 (одна тысяча восемьсот три целых сорок семь сотых) МРП",
         "kk": "Көрсеткіштер бойынша барлығы: 7 800 000 (жеті миллион сегіз жүз мың) теңге, "
               "бұл 1803,47 (бір мың сегіз жүз үш бүтін жүзден қырық жеті) АЕК құрайды",
         "ky": "Көрсөткүчтөр боюнча бардыгы: 7 800 000 (жети миллион сегиз жүз миң) теңге, "
               "бул 1803,47 (бир миң сегиз жүз үч бүтүн жүздөн кырк жети) АЭК түзөт"}
FINAL = {"ru": "1000 (одна тысяча) МРП, что составляет 4 325 000 (четыре миллиона триста "
               "двадцать пять тысяч) тенге",
         "kk": "1000 (бір мың) АЕК, бұл 4 325 000 (төрт миллион үш жүз жиырма бес мың) теңге "
               "құрайды",
         "ky": "1000 (бир миң) АЭК, бул 4 325 000 (төрт миллион үч жүз жыйырма беш миң) теңге "
               "түзөт"}
OTHER = "Копия заключения направлена в органы национальной безопасности"
OWNER = "ТОО «Собственник»"


def people(*, chair_absent=False, signed=True):
    def p(role, position, name, signed_how="program", organisation="", absent=False):
        how = signed_how if signed else ""
        return cn.Participant(role, position, name, organisation, how,
                              SIGNED_AT if how == "program" else None, absent)
    return [p("member", "Главный специалист", "Е.К. Исполнителев", "paper"),
            p("secretary", "Делопроизводитель", "Т.К. Клерков"),
            p("chair", "Заместитель директора", "Х.Х. Хедов", absent=chair_absent),
            p("deputy_chair", "Начальник отдела", "Д.Д. Замов"),
            p("member", "Экономист", "Э.Э. Счетов"),
            p("specialist", "Инженер", "С.С. Спецов", "", "ТОО «Инжиниринг»"),
            p("authority", "Представитель", "А.А. Органов", "", "КНБ РК")]


def conclusion(**kw):
    fields = dict(
        number="3/2026", place="г. Астана", made_at=dt.datetime(2026, 1, 20, 14, 30),
        head_position="Директор", head_name="А.Б. Начальников", approved=dt.date(2026, 1, 22),
        agreement_body="Комитет национальной безопасности", agreement_reference="12-с",
        agreement_date=dt.date(2026, 1, 19), commission_kind="expert", expert_order="15-к",
        expert_order_date=dt.date(2026, 1, 2), participants=people(),
        basis_kind="investigation", basis_reference="7/2026", basis_date=dt.date(2025, 12, 30),
        materials_received=dt.date(2026, 1, 5), content=HOSTILE, level=Level.SS,
        indicators=[cn.Indicator(n, Decimal(100_000 * n), f"Расчёт № {n}")
                    for n in range(1, 13)],
        methodology="", methodology_body="", range_low_mci=1000, range_high_mci=20_000,
        single_copy=True, mci=4325, mci_date=dt.date(2026, 1, 1), mci_override="",
        amount_mci=Decimal(1000), amount_tenge=Decimal(4_325_000), kyrgyz_reference="",
        kyrgyz_amount="", kyrgyz_currency="", other_matters=OTHER, owner="", owner_read=None)
    fields.update(kw)
    return cn.Conclusion(**fields)


def pdf_text(doc, lang, tmp_path, level=Level.SS):
    pages = read_pages(cn.render(doc, frame(lang, level)), tmp_path)
    check_frame(pages, lang, level)                       # the marking on every page
    return " ".join(pages)


def section(text, lang, start, end):
    """The text of p.11 item `start` up to item `end` (keys of WORDS)."""
    words = WORDS[lang]
    return text[text.index(words[start]):text.index(words[end])]


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_every_field_of_point_11(lang, tmp_path):
    text = pdf_text(conclusion(), lang, tmp_path)
    words = WORDS[lang]
    # Approval and agreement, side by side above the heading.
    assert text.index(AGREE[lang]) < text.index(APPROVE[lang]) < text.index(HEADING[lang])
    assert "Комитет национальной безопасности" in text and "№ 12-с" in text
    assert date_in_words(dt.date(2026, 1, 19), lang) in text
    assert "Директор" in text and "А.Б. Начальников" in text
    assert date_in_words(dt.date(2026, 1, 22), lang) in text and DATE_LINE[lang] not in text
    assert DRAFT[lang] not in text
    # The items in the order of p.11.
    positions = [text.index(words[f"s{n}"]) for n in range(1, 9)]
    assert positions == sorted(positions)
    assert f"г. Астана, {datetime_in_words(dt.datetime(2026, 1, 20, 14, 30), lang)}" in text
    commission = section(text, lang, "s2", "s3")
    assert EXPERT[lang] in commission
    for label in (CHAIR[lang], ROLES[lang]["deputy_chair"], MEMBERS[lang],
                  ROLES[lang]["secretary"], ROLES[lang]["specialist"],
                  ROLES[lang]["authority"]):
        assert label in commission
    assert "Инженер, С.С. Спецов, ТОО «Инжиниринг»" in commission
    assert "Представитель, А.А. Органов, КНБ РК" in commission
    assert ROLES[lang]["absent"] not in commission
    basis = section(text, lang, "s3", "s4")
    assert BASIS[lang] in basis and date_in_words(dt.date(2026, 1, 5), lang) in basis
    content = section(text, lang, "s4", "s5")
    assert HOSTILE in content                                     # markup printed as typed
    assert marking(Level.SS, lang) in content
    indicators = section(text, lang, "s5", "s6")
    for n, title in enumerate(INDICATORS[lang], start=1):
        assert title in indicators
        assert f"Расчёт № {n}" in indicators
    assert "1 200 000" in indicators and TOTAL[lang] in indicators
    methodology = section(text, lang, "s6", "s7")
    assert NO_METHODOLOGY[lang] in methodology and RANGE_SS[lang] in methodology
    assert "1000 " + {"ru": "МРП", "kk": "АЕК", "ky": "АЭК"}[lang] + " (4 325 000" in methodology
    assert MCI_USED[lang] in methodology
    assert date_in_words(dt.date(2026, 1, 1), lang) in methodology
    assert words["mci_received"] in methodology
    final = section(text, lang, "s7", "s8")
    assert FINAL[lang] in final
    assert OTHER in text[text.index(words["s8"]):]


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_signatures_with_the_chair_present(lang, tmp_path):
    text = pdf_text(conclusion(), lang, tmp_path)
    signatures = text[text.index(OTHER) + len(OTHER):]
    assert signatures.index(CHAIR[lang]) < signatures.index(MEMBERS[lang])
    assert signatures.index(MEMBERS[lang]) < signatures.index(ROLES[lang]["secretary"])
    for name in ("Х.Х. Хедов", "Е.К. Исполнителев", "Э.Э. Счетов", "Т.К. Клерков"):
        assert name in signatures
    # Only the chair, members and secretary sign: not the deputy while the chair is there,
    # nor the invited people.
    for name in ("Д.Д. Замов", "С.С. Спецов", "А.А. Органов"):
        assert name not in signatures
    assert ROLES[lang]["deputy_signs"] not in text
    in_program = IN_PROGRAM[lang].format(date=datetime_in_words(SIGNED_AT, lang))
    assert signatures.count(in_program) == 3
    assert signatures.count(ON_PAPER[lang]) == 1


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_the_deputy_chair_signs_when_the_chair_is_absent(lang, tmp_path):
    text = pdf_text(conclusion(participants=people(chair_absent=True)), lang, tmp_path)
    commission = section(text, lang, "s2", "s3")
    assert f"Х.Х. Хедов ({ROLES[lang]['absent']})" in commission
    signatures = text[text.index(OTHER) + len(OTHER):]
    assert ROLES[lang]["deputy_signs"] in signatures and "Д.Д. Замов" in signatures
    assert "Х.Х. Хедов" not in signatures
    assert signatures.index("Д.Д. Замов") < signatures.index(MEMBERS[lang])


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_says_so_and_has_no_agreement_block_when_none_is_needed(lang, tmp_path):
    doc = conclusion(approved=None, agreement_body="", agreement_reference="",
                     agreement_date=None, participants=people(signed=False),
                     commission_kind="standing")
    text = pdf_text(doc, lang, tmp_path)
    assert DRAFT[lang] in text and DATE_LINE[lang] in text
    assert AGREE[lang] not in text and APPROVE[lang] in text
    assert STANDING[lang] in section(text, lang, "s2", "s3")
    assert ON_PAPER[lang] not in text and IN_PROGRAM[lang].split()[0] not in text


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_no_state_secrets_states_no_amount(lang, tmp_path):
    doc = conclusion(level=None, indicators=[], range_low_mci=None, range_high_mci=None,
                     single_copy=False, amount_mci=None, amount_tenge=None)
    text = pdf_text(doc, lang, tmp_path, Level.S)         # the lowest marking
    words = WORDS[lang]
    assert words["no_secrets"] in section(text, lang, "s4", "s5")
    assert words["no_indicators"] in section(text, lang, "s5", "s6")
    assert words["not_applied"] in section(text, lang, "s6", "s7")
    final = section(text, lang, "s7", "s8")
    assert words["no_amount"] in final
    assert "4 325 000" not in text and "тенге" not in final and "теңге" not in final
    assert words["mci"] not in text                       # no amount, so no MCI either
    assert cn.marking_level(doc) is Level.S


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_information_of_the_kyrgyz_party_carries_its_assessment(lang, tmp_path):
    doc = conclusion(range_low_mci=None, range_high_mci=None, single_copy=False,
                     amount_mci=None, amount_tenge=None, kyrgyz_reference="№ 45-с от 15.01.2026",
                     kyrgyz_amount="1 500 000", kyrgyz_currency="сом")
    text = pdf_text(doc, lang, tmp_path)
    words = WORDS[lang]
    methodology = section(text, lang, "s6", "s7")
    assert words["kyrgyz_law"] in methodology
    # Neither the ranges of p.10 nor the MCI apply (S001 a.12 p.2).
    assert "20 000" not in methodology and NO_METHODOLOGY[lang] not in methodology
    assert words["mci"] not in text and "1803,47" not in text
    final = section(text, lang, "s7", "s8")
    assert words["kyrgyz_amount"].format(ref="№ 45-с от 15.01.2026", amount="1 500 000",
                                         currency="сом") in final


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_the_owner_variant_has_the_owner_acknowledgement(lang, tmp_path):
    doc = conclusion(basis_kind="owner_claim", basis_reference="3", basis_date=None,
                     owner=OWNER, owner_read=None)
    text = pdf_text(doc, lang, tmp_path)
    words = WORDS[lang]
    assert words["subtitle_owner"] in text and words["s4_owner"] in text
    assert OWNER in section(text, lang, "s3", "s4_owner")        # whose claim
    signatures = text[text.index(OTHER) + len(OTHER):]
    ack = signatures.index(words["acknowledged"])
    assert signatures.index(ROLES[lang]["secretary"]) < ack       # after the commission
    assert OWNER in signatures[ack:] and OWNER not in signatures[:ack]
    assert words["owner"] in signatures[ack:] and DATE_LINE[lang] in signatures[ack:]
    read = conclusion(basis_kind="owner_claim", owner=OWNER, owner_read=dt.date(2026, 1, 25))
    text = pdf_text(read, lang, tmp_path)
    assert date_in_words(dt.date(2026, 1, 25), lang) in text[text.index(words["acknowledged"]):]


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_a_methodology_and_an_mci_set_by_an_order(lang, tmp_path):
    doc = conclusion(methodology="Методика оценки ущерба № 2", methodology_body="КНБ РК",
                     range_low_mci=None, range_high_mci=None, single_copy=False,
                     mci=3932, mci_date=dt.date(2025, 1, 1),
                     mci_override="постановление суда № 2-123 от 10.12.2025",
                     amount_mci=Decimal("1983.72"), amount_tenge=Decimal("7800000"),
                     basis_kind="court_order", basis_reference="2-123",
                     basis_date=dt.date(2025, 12, 10))
    text = pdf_text(doc, lang, tmp_path)
    words = WORDS[lang]
    methodology = section(text, lang, "s6", "s7")
    assert "Методика оценки ущерба № 2" in methodology and "КНБ РК" in methodology
    assert NO_METHODOLOGY[lang] not in methodology and "4325" not in methodology
    assert words["mci_override"].format(ref="постановление суда № 2-123 от 10.12.2025") \
        in methodology
    assert date_in_words(dt.date(2025, 1, 1), lang) in methodology
    final = section(text, lang, "s7", "s8")
    assert mci_with_words(Decimal("1983.72"), lang) in final
    assert tenge_with_words(Decimal("7800000"), lang) in final


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_of_special_importance_has_no_upper_bound(lang, tmp_path):
    doc = conclusion(level=Level.OV, range_low_mci=20_000, range_high_mci=None,
                     single_copy=False, amount_mci=Decimal(25_000),
                     amount_tenge=Decimal(108_125_000))
    text = pdf_text(doc, lang, tmp_path, Level.OV)
    assert RANGE_OV[lang] in text
    assert WORDS[lang]["single"] not in text
    assert tenge_with_words(108_125_000, lang) in text


def test_a_frame_marked_below_the_information_is_refused():
    with pytest.raises(ValueError):
        cn.render(conclusion(level=Level.OV), frame("ru", Level.SS))


def test_unknown_values_are_refused():
    with pytest.raises(ValueError):
        conclusion(commission_kind="ad hoc")
    with pytest.raises(ValueError):
        conclusion(basis_kind="rumour")
    with pytest.raises(ValueError):
        cn.Participant("owner", "", "А. Б", "", "", None)
    with pytest.raises(ValueError):
        cn.Participant("member", "", "А. Б", "", "telepathy", None)
    with pytest.raises(ValueError):
        cn.Indicator(13, Decimal(1), "")


def test_indicator_is_number_amount_and_justification():
    assert [f.name for f in dataclasses.fields(cn.Indicator)] == [
        "number", "amount_tenge", "justification"]
    doc = conclusion()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.number = "4/2026"  # type: ignore[misc]


def test_registration_title():
    assert cn.registration_title("ru", "3/2026") == (
        "Заключение № 3/2026 об определении размера ущерба")
    assert cn.registration_title("kk", "3/2026") == (
        "Зиянның мөлшерін айқындау туралы № 3/2026 қорытынды")
    assert cn.registration_title("ky", "3/2026") == (
        "Зыяндын өлчөмүн аныктоо жөнүндө № 3/2026 корутунду")
    with pytest.raises(ValueError):
        cn.registration_title("en", "3/2026")


# --- money in words ----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "4 325 000 (төрт миллион үш жүз жиырма бес мың) теңге"),
    ("ru", "4 325 000 (четыре миллиона триста двадцать пять тысяч) тенге"),
    ("ky", "4 325 000 (төрт миллион үч жүз жыйырма беш миң) теңге"),
])
def test_tenge_with_words(lang, expected):
    assert tenge_with_words(4_325_000, lang) == expected
    assert tenge_with_words(Decimal("4325000.00"), lang) == expected


def test_tiyn_only_when_there_are_some():
    assert tenge_with_words(Decimal("12.50"), "ru") == "12,50 (двенадцать) тенге 50 тиын"
    assert tenge_with_words(Decimal("12.05"), "kk") == "12,05 (он екі) теңге 05 тиын"
    assert tenge_with_words(Decimal("1.5"), "ky") == "1,50 (бир) теңге 50 тыйын"
    assert tenge_with_words(0, "ru") == "0 (ноль) тенге"


def test_billions_of_tenge():
    assert tenge_with_words(86_500_000_000, "ru") == (
        "86 500 000 000 (восемьдесят шесть миллиардов пятьсот миллионов) тенге")
    assert tenge_with_words(1_000_000_001, "kk") == "1 000 000 001 (бір миллиард бір) теңге"
    assert tenge_with_words(2_000_000_000, "ky") == "2 000 000 000 (эки миллиард) теңге"
    assert "два миллиарда" in tenge_with_words(2_000_000_000, "ru")
    with pytest.raises(ValueError):
        tenge_with_words(10**12, "ru")
    with pytest.raises(ValueError):
        tenge_with_words(Decimal(-1), "ru")


def test_mci_with_words():
    assert mci_with_words(20_000, "ru") == "20 000 (двадцать тысяч) МРП"
    assert mci_with_words(100, "kk") == "100 (жүз) АЕК"
    assert mci_with_words(1000, "ky") == "1000 (бир миң) АЭК"
    assert mci_with_words(Decimal("21.01"), "ru") == "21,01 (двадцать одна целая одна сотая) МРП"
    assert mci_with_words(Decimal("2.50"), "ru") == "2,50 (две целых пятьдесят сотых) МРП"
    assert mci_with_words(Decimal("1234.56"), "kk") == (
        "1234,56 (бір мың екі жүз отыз төрт бүтін жүзден елу алты) АЕК")
    assert mci_with_words(Decimal("0.5"), "ky") == "0,50 (нөл бүтүн жүздөн элүү) АЭК"

"""The visit request (S001 a.10 p.2): real PDFs in each print language, read back with
pdftotext (poppler-utils)."""

import dataclasses
import datetime as dt

import pytest

from desktop.domain.levels import Level, marking
from desktop.reports import visit_request as vr
from desktop.reports.signatures import Signer
from desktop.reports.text import date_in_words
from tests.reports.test_marking_forms import LANGS, check_frame, frame, needs_poppler, pdf_pages

HOSTILE = "<b>x</b> & <script>"
HEADING = {"ru": "ЗАЯВКА на визит № 3/2026", "kk": "Сапар туралы № 3/2026 ӨТІНІШ",
           "ky": "Сапар жөнүндө № 3/2026 ӨТҮНҮЧ"}
KZ_BODY = {"kk": "Қазақстан Республикасы Премьер-Министрінің Кеңсесі",
           "ru": "Канцелярия Премьер-Министра Республики Казахстан",
           "ky": "Казакстан Республикасынын Премьер-министринин Кеңсеси"}
KG_BODY = {"kk": "Қырғыз Республикасының Ұлттық қауіпсіздік қызметі",
           "ru": "Служба национальной безопасности Кыргызской Республики",
           "ky": "Кыргыз Республикасынын Улуттук коопсуздук кызматы"}
ARTICLE = {"ru": "пунктом 2 статьи 10 Соглашения", "kk": "10-бабының 2-тармағына сәйкес",
           "ky": "10-беренесинин 2-пунктуна ылайык"}
DURATION = {"ru": "5 (пять) дней", "kk": "5 (бес) күн", "ky": "5 (беш) күн"}
CLEARANCE = {"ru": "допуск к секретной информации степени «{level}»",
             "kk": "«{level}» құпиялылық дәрежесіндегі құпия ақпаратқа рұқсат",
             "ky": "«{level}» жашыруундук даражасындагы жашыруун маалыматка уруксат"}
LATE = {"ru": "позднее чем за 4 (четыре) недели", "kk": "4 (төрт) аптадан кешіктіріліп",
        "ky": "4 (төрт) жумадан кечиктирилип"}
DATE_LINE = {"ru": "«__» ________ 20__ г.", "kk": "20__ жылғы «__» ________",
             "ky": "20__-жылдын «__» ________"}
SIGNER = {"ru": "Руководитель уполномоченного органа", "kk": "Уәкілетті орган басшысы",
          "ky": "Ыйгарым укуктуу органдын жетекчиси"}
START = dt.date(2026, 4, 1)


def visitor(i, **kw):
    fields = dict(surname=f"Иванов{i}", name="Иван", birth_date=dt.date(1980, 5, 12 + i % 10),
                  birth_place="г. Алматы", citizenship="Республика Казахстан",
                  passport_no=f"N{i:04d}KZ", profession="инженер-связист",
                  position="главный специалист", organisation="ТОО «Связь-Сервис»",
                  clearance=Level.SS)
    fields.update(kw)
    return vr.Visitor(**fields)


def request(visitors=2, **kw):
    fields = dict(
        number="3/2026", direction="outgoing", request_date=dt.date(2026, 3, 2),
        request_ref="45/12-с", start=START, days=5,
        organisations="Министерство обороны Кыргызской Республики\nГКНБ Кыргызской Республики",
        purpose="Согласование плана работ\nОбсуждение технических требований",
        level=Level.SS, visitors=[visitor(i) for i in range(1, visitors + 1)],
        contacts=[vr.Contact("Начальник управления", "Асанов", "Бакыт"),
                  vr.Contact("Главный инженер", "Токтогулов", "Марат")],
        contract="№ 7-КР от 12.03.2026", late_reason="", organisation="ТОО «Тест»",
        signer=Signer("Директор", "А.Б. Начальников"))
    fields.update(kw)
    return vr.VisitRequest(**fields)


def text_of(doc, lang, tmp_path, level=Level.SS):
    pages = pdf_pages(vr.render(doc, frame(lang, level)), tmp_path)
    check_frame(pages, lang, level)
    return pages, " ".join(pages)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_request(lang, tmp_path):
    doc = request()
    _, text = text_of(doc, lang, tmp_path)
    assert HEADING[lang] in text
    assert date_in_words(dt.date(2026, 3, 2), lang) in text and "№ 45/12-с" in text
    assert KZ_BODY[lang] in text and KG_BODY[lang] in text
    assert text.index(KG_BODY[lang]) < text.index(KZ_BODY[lang])     # to Kyrgyzstan
    assert ARTICLE[lang] in text and "ТОО «Тест»" in text
    for n, v in enumerate(doc.visitors, start=1):
        assert f"{n}. " in text and f"{v.surname} {v.name}" in text
        assert v.passport_no in text and v.birth_date.strftime("%d.%m.%Y") in text
    for field in ("г. Алматы", "Республика Казахстан", "инженер-связист",
                  "главный специалист", "ТОО «Связь-Сервис»"):
        assert field in text
    assert CLEARANCE[lang].format(level=marking(Level.SS, lang)) in text
    assert date_in_words(START, lang) in text and DURATION[lang] in text
    assert date_in_words(dt.date(2026, 4, 5), lang) in text                  # the last day
    assert "Министерство обороны Кыргызской Республики" in text
    assert "Обсуждение технических требований" in text
    assert f"«{marking(Level.SS, lang)}»" in text and "№ 7-КР от 12.03.2026" in text
    for contact in ("Начальник управления", "Асанов Бакыт", "Главный инженер",
                    "Токтогулов Марат"):
        assert contact in text
    assert SIGNER[lang] in text and "Директор" in text and "А.Б. Начальников" in text
    assert LATE[lang] not in text and DATE_LINE[lang] not in text


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_incoming_is_sent_by_the_kyrgyz_body(lang, tmp_path):
    _, text = text_of(request(direction="incoming", level=Level.S, contract=""), lang,
                      tmp_path, Level.S)
    assert text.index(KZ_BODY[lang]) < text.index(KG_BODY[lang])     # to Kazakhstan
    assert f"«{marking(Level.S, lang)}»" in text and "7-КР" not in text


def test_bodies_per_direction():
    for lang in LANGS:
        assert vr.sender_body("outgoing", lang) == KZ_BODY[lang]
        assert vr.receiver_body("outgoing", lang) == KG_BODY[lang]
        assert vr.sender_body("incoming", lang) == KG_BODY[lang]
        assert vr.receiver_body("incoming", lang) == KZ_BODY[lang]
    with pytest.raises(ValueError):
        vr.sender_body("sideways", "ru")
    with pytest.raises(ValueError):
        vr.receiver_body("outgoing", "en")
    with pytest.raises(ValueError):
        request(direction="sideways")
    with pytest.raises(ValueError):
        request(days=0)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_user_text_is_printed_literally(lang, tmp_path):
    doc = request(visitors=1, organisation=HOSTILE, purpose=HOSTILE, organisations=HOSTILE,
                  contract=HOSTILE, late_reason=HOSTILE, signer=Signer(HOSTILE, HOSTILE),
                  contacts=[vr.Contact(HOSTILE, HOSTILE, "")], request_ref=HOSTILE,
                  number=HOSTILE)
    doc = dataclasses.replace(doc, visitors=[visitor(1, surname=HOSTILE, birth_place=HOSTILE,
                                                     profession=HOSTILE)])
    _, text = text_of(doc, lang, tmp_path)
    assert text.count(HOSTILE) >= 12


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_thirty_visitors_span_several_pages(lang, tmp_path):
    doc = request(visitors=30)
    pages, text = text_of(doc, lang, tmp_path)
    assert len(pages) >= 4
    for v in doc.visitors:
        assert text.count(v.passport_no) == 1
    # No visitor's block is split between pages: its name and clearance share a page.
    clearance = CLEARANCE[lang].format(level=marking(Level.SS, lang))
    for v in doc.visitors:
        page = next(p for p in pages if v.passport_no in p)
        assert f"{v.surname} {v.name}" in page
        assert page.count(clearance) >= 1
    assert SIGNER[lang] in pages[-1] and "Асанов Бакыт" in pages[-1]   # never alone


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_prints_blank_date_and_reference_lines(lang, tmp_path):
    _, text = text_of(request(request_date=None, request_ref=""), lang, tmp_path)
    assert DATE_LINE[lang] in text and "№ ____" in text


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_late_reason(lang, tmp_path):
    _, text = text_of(request(late_reason="Срочное изменение графика работ"), lang, tmp_path)
    assert LATE[lang] in text and "Срочное изменение графика работ" in text


@needs_poppler
def test_no_people_to_meet_prints_a_dash(tmp_path):
    _, text = text_of(request(contacts=[]), "ru", tmp_path)
    assert "№ Должность Фамилия и имя — — —" in text


def test_registration_title():
    assert vr.registration_title("ru", "3/2026") == "Заявка на визит № 3/2026"
    assert vr.registration_title("kk", "3/2026") == "Сапар туралы № 3/2026 өтініш"
    assert vr.registration_title("ky", "3/2026") == "Сапар жөнүндө № 3/2026 өтүнүч"
    with pytest.raises(ValueError):
        vr.registration_title("en", "3/2026")


@needs_poppler
def test_a_purpose_longer_than_a_page_splits_and_no_visitors_print_a_dash(tmp_path):
    long = "\n".join(f"Вопрос {i}: обсуждение технических требований" for i in range(120))
    _, text = text_of(request(purpose=long, visitors=0), "ru", tmp_path)
    assert "Вопрос 0:" in text and "Вопрос 119:" in text
    assert "1. Представители уполномоченного органа —" in text

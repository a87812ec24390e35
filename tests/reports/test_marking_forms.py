"""The act of the marking change and the copy request form (issue 5): real PDFs in each
print language, read back with pdftotext (poppler-utils)."""

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import time

import pytest

from desktop.domain.levels import Level, marking
from desktop.reports import copy_request as cr
from desktop.reports import marking_act as ma
from desktop.reports.frame import FrameInfo
from desktop.reports.numbers import count_with_words
from desktop.reports.signatures import Signer
from desktop.reports.text import date_in_words

LANGS = ["kk", "ru", "ky"]
PAGE = {"ru": "Лист {n} из {m}", "kk": "{m} парақтың {n}-парағы", "ky": "{m} барактын {n}-барагы"}
APPROVE = {"ru": "УТВЕРЖДАЮ", "kk": "БЕКІТЕМІН", "ky": "БЕКИТЕМ"}
ACT_HEADING = {"ru": "АКТ об изменении грифа секретности № 3/2026",
               "kk": "Құпиялылық белгісін өзгерту туралы № 3/2026 АКТ",
               "ky": "Жашыруундук грифин өзгөртүү жөнүндө № 3/2026 АКТ"}
DECLASSIFIED = {"ru": "рассекречено", "kk": "құпиясыздандырылды", "ky": "жашыруундан чыгарылды"}
LATE = {"ru": "исполнено с нарушением срока", "kk": "мерзімі өткеннен кейін орындалды",
        "ky": "мөөнөтү өткөндөн кийин аткарылды"}
CONFIRMED = {"ru": "собственным паролем в программе", "kk": "өз құпиясөзімен растады",
             "ky": "өз сырсөзү менен ырастады"}
COLUMNS = {"ru": "Учётный номер", "kk": "Тіркеу нөмірі", "ky": "Каттоо номери"}
REQUEST_HEADING = {"ru": "ЗАЯВКА на размножение № 7/2026", "kk": "Көбейтуге № 7/2026 ӨТІНІМ",
                   "ky": "Көбөйтүүгө № 7/2026 ӨТҮНМӨ"}
REFUSED = {"ru": "ОТКАЗАНО", "kk": "БАС ТАРТЫЛДЫ", "ky": "БАШ ТАРТЫЛДЫ"}
BY_ORIGINATOR = {"ru": "Письменное разрешение организации-источника",
                 "kk": "Ақпарат көзінің жазбаша рұқсаты",
                 "ky": "Маалымат булагынын жазуу жүзүндөгү уруксаты"}
BY_HEAD = {"ru": "Решение руководителя организации", "kk": "Ұйым басшысының шешімі",
           "ky": "Уюмдун жетекчисинин чечими"}
MADE = {"ru": "Экз. № 4, 5, 6", "kk": "Дана № 4, 5, 6", "ky": "Нуска № 4, 5, 6"}
NONE_YET = {"ru": "ещё не изготовлены", "kk": "әлі жасалған жоқ", "ky": "азырынча жасала элек"}
HOSTILE = "Акт <b>жирный</b> & <script>"
LONG_HOSTILE = 'План <b>жирный</b> & <script>alert(1)</script> <img src="file:///etc/passwd"/>'

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) not installed")


def pdf_pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f")[:-1]]


def frame(lang, level=Level.SS):
    return FrameInfo(organisation="ТОО «Тест»", marking=level, lang=lang,
                     printed_by="Т.К. Клерков", printed_at=dt.datetime(2026, 12, 5, 10, 0),
                     chain_head="ab" * 32, audit_seq=42, registration_no="П-15/2026")


def act(copies=3, *, new=Level.S, confirmed=True, completed=dt.date(2026, 12, 1), **kw):
    rows = [ma.ActCopy(reg_no=f"{i}сс/2026", copy_no=i % 4 + 1,
                       title=HOSTILE if i == 0 else f"Справка по проекту {i}", old=Level.SS,
                       new=new, where="сейф № 3" if i % 2 else "выдан: Е.К. Исполнителев",
                       remarked_by="Т.К. Клерков", remarked_at=dt.date(2026, 11, 20))
            for i in range(copies)]
    fields = dict(
        number="3/2026", head_position="Директор", head_name="А.Б. Начальников",
        notice_issuer="ГКНБ Кыргызской Республики", notice_reference="12/345-ж",
        notice_date=dt.date(2026, 11, 1), notice_received=dt.date(2026, 11, 3),
        partner_agreement="", partner_agreement_date=None, old_level=Level.SS, new_level=new,
        agreement_rule=True, window_days=30, deadline=dt.date(2026, 12, 3), completed=completed,
        copies=rows, opened_by=Signer("Делопроизводитель", "Т.К. Клерков"),
        confirmed_by=Signer("Начальник отдела", "Х.Х. Хедов") if confirmed else None,
        closed_by=Signer("Старший делопроизводитель", "Б.Б. Закрывалов"))
    fields.update(kw)
    return ma.MarkingAct(**fields)


def request(state, **kw):
    fields = dict(
        number="7/2026", requested=dt.date(2026, 11, 20), requester_name="Е.К. Исполнителев",
        requester_position="Главный специалист", reg_no="12сс/2026", title=LONG_HOSTILE,
        level=Level.SS, originator="Кыргыз Республикасынын УКМК", copies_asked=3,
        purpose="Для совещания", third_party="", third_party_consent="", state=state,
        permission_by_head=False, permitted_by="", permission_reference="",
        permission_date=None, authorised=0, refusal_reason="", copy_numbers=(),
        recorded_by=Signer("Делопроизводитель", "Т.К. Клерков"))
    fields.update(kw)
    return cr.CopyRequestForm(**fields)


def check_frame(pages, lang, level=Level.SS):
    for n, page in enumerate(pages, start=1):
        assert page.count(marking(level, lang)) >= 2          # top and bottom of the page
        assert PAGE[lang].format(n=n, m=len(pages)) in page
        assert "запись № 42" in page if lang == "ru" else "42" in page


# --- the act of the marking change ---------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_act(lang, tmp_path):
    doc = act(12)
    pages = pdf_pages(ma.render(doc, frame(lang)), tmp_path)
    text = " ".join(pages)
    assert ACT_HEADING[lang] in text
    assert APPROVE[lang] in text and "Директор" in text and "А.Б. Начальников" in text
    assert "ГКНБ Кыргызской Республики" in text and "12/345-ж" in text
    assert "01.11.2026" in text and date_in_words(dt.date(2026, 11, 3), lang) in text
    assert f"«{marking(Level.SS, lang)}»" in text and f"«{marking(Level.S, lang)}»" in text
    assert date_in_words(dt.date(2026, 12, 3), lang) in text                  # deadline
    assert date_in_words(dt.date(2026, 12, 1), lang) in text                  # completed
    assert LATE[lang] not in text
    for row in doc.copies:
        assert f" {row.reg_no} " in text
    assert HOSTILE in text                                                   # escaped
    assert count_with_words(12, lang) in text
    assert {"ru": "(двенадцать)", "kk": "(он екі)", "ky": "(он эки)"}[lang] in text
    for name in ("Т.К. Клерков", "Х.Х. Хедов", "Б.Б. Закрывалов"):
        assert name in text
    assert CONFIRMED[lang] in text
    assert "2006" in text                                 # S001 a.6 p.3 is named
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_a_long_act_repeats_its_header_on_every_page(lang, tmp_path):
    started = time.perf_counter()
    pdf = ma.render(act(300), frame(lang))
    assert time.perf_counter() - started < 10
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) >= 5
    header = " ".join(ma.WORDS[lang]["cols"].split("|"))
    rows_seen = 0
    for page in pages:
        rows = page.count("сс/2026 ")
        if rows:
            assert header in page                                 # the repeated header row
        rows_seen += rows
    assert rows_seen == 300
    assert count_with_words(300, lang) in " ".join(pages[-2:])
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_declassification(lang, tmp_path):
    doc = act(2, new=None, completed=dt.date(2026, 12, 10))
    text = " ".join(pdf_pages(ma.render(doc, frame(lang)), tmp_path))
    assert f"«{marking(Level.SS, lang)}» — {DECLASSIFIED[lang]}" in text
    # In the table the Kazakh word breaks at a soft hyphen: "құпиясыз- дандырылды".
    joined = re.sub(r"(\w)- (\w)", r"\1\2", text)
    assert joined.count(DECLASSIFIED[lang]) == 3          # the change and both rows
    assert LATE[lang] in text                             # completed after the deadline
    assert CONFIRMED[lang] in text


@needs_poppler
def test_a_raise_has_no_second_signature_and_an_open_case_no_completion(tmp_path):
    doc = act(1, new=Level.OV, confirmed=False, completed=None, closed_by=None,
              agreement_rule=False, window_days=21)
    text = " ".join(pdf_pages(ma.render(doc, frame("ru", Level.OV)), tmp_path))
    assert "с «Совершенно секретно» на «Особой важности»" in text
    assert "Подтвердил(а)" not in text and "собственным паролем" not in text
    assert "не завершено" in text
    assert "правило организации" in text and "21 календарный день" in text
    assert "Дело закрыл(а)" in text and "(И.О. Фамилия)" in text  # left to fill by hand


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_jointly_created_information_prints_the_partners_agreement(lang, tmp_path):
    doc = act(1, partner_agreement="77/2026", partner_agreement_date=dt.date(2026, 11, 2))
    text = " ".join(pdf_pages(ma.render(doc, frame(lang)), tmp_path))
    assert "№ 77/2026" in text and "02.11.2026" in text


def test_act_registration_title():
    assert ma.registration_title("ru", "3/2026") == "Акт об изменении грифа секретности № 3/2026"
    assert "№ 3/2026" in ma.registration_title("kk", "3/2026")
    assert "№ 3/2026" in ma.registration_title("ky", "3/2026")
    with pytest.raises(ValueError):
        ma.registration_title("en", "3/2026")


# --- the copy request -------------------------------------------------------------------------

def approved(state="approved", **kw):
    fields = dict(permitted_by="Кыргыз Республикасынын УКМК", permission_reference="12/999",
                  permission_date=dt.date(2026, 11, 22), authorised=3, copy_numbers=(6, 4, 5))
    fields.update(kw)
    return request(state, **fields)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_request_approved(lang, tmp_path):
    pages = pdf_pages(cr.render(approved(), frame(lang)), tmp_path)
    text = " ".join(pages)
    assert len(pages) == 1
    assert REQUEST_HEADING[lang] in text
    assert "Е.К. Исполнителев" in text and "Главный специалист" in text
    assert date_in_words(dt.date(2026, 11, 20), lang) in text
    assert "12сс/2026" in text and marking(Level.SS, lang) in text
    assert LONG_HOSTILE in text                                          # escaped
    assert text.count(count_with_words(3, lang)) == 2                    # asked, authorised
    assert BY_ORIGINATOR[lang] in text and "№ 12/999" in text
    assert date_in_words(dt.date(2026, 11, 22), lang) in text
    assert MADE[lang] in text and REFUSED[lang] not in text
    assert "Т.К. Клерков" in text
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_request_refused(lang, tmp_path):
    doc = request("refused", permitted_by="Кыргыз Республикасынын УКМК",
                  permission_reference="12/1000", permission_date=dt.date(2026, 11, 23),
                  refusal_reason="Цель не соответствует <цели передачи>")
    text = " ".join(pdf_pages(cr.render(doc, frame(lang)), tmp_path))
    assert REFUSED[lang] in text
    assert "Цель не соответствует <цели передачи>" in text
    assert "№ 12/1000" in text and NONE_YET[lang] in text
    assert BY_ORIGINATOR[lang] not in text


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_request_pending_leaves_the_block_to_fill_in(lang, tmp_path):
    doc = request("pending", permission_by_head=True)
    text = " ".join(pdf_pages(cr.render(doc, frame(lang)), tmp_path))
    assert REQUEST_HEADING[lang] in text and BY_HEAD[lang] in text
    assert text.count("_" * 24) >= 5                      # who, reference, date, copies, reason
    assert REFUSED[lang] not in text and NONE_YET[lang] in text


@needs_poppler
def test_request_to_a_third_party_names_the_consent(tmp_path):
    doc = approved(state="used_up", third_party="ТОО «Подрядчик» & <i>Ко</i>",
                   third_party_consent="письмо № 55 от 01.11.2026")
    text = " ".join(pdf_pages(cr.render(doc, frame("ru")), tmp_path))
    assert "Третья сторона ТОО «Подрядчик» & <i>Ко</i>" in text
    assert "письмо № 55 от 01.11.2026" in text and "Экз. № 4, 5, 6" in text
    missing = dataclasses.replace(doc, third_party_consent="")
    text = " ".join(pdf_pages(cr.render(missing, frame("ru")), tmp_path))
    assert "не представлено" in text


def test_request_rejects_an_unknown_state():
    with pytest.raises(ValueError):
        request("lost")


def test_request_registration_title():
    assert cr.registration_title("ru", "7/2026") == "Заявка на размножение № 7/2026"
    assert cr.registration_title("kk", "7/2026") == "Көбейтуге № 7/2026 өтінім"
    assert cr.registration_title("ky", "7/2026") == "Көбөйтүүгө № 7/2026 өтүнмө"


@needs_poppler
def test_an_unknown_position_is_left_as_a_line_to_fill_in(tmp_path):
    doc = request("pending", recorded_by=Signer("", "Т. Клерков"))
    text = " ".join(pdf_pages(cr.render(doc, frame("ru")), tmp_path))
    assert "Т. Клерков" in text and "(должность)" in text and "(И.О. Фамилия)" not in text

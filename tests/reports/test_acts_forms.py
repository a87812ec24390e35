"""The destruction act, the return list and the inventory-check act (issue 6): real PDFs in
each print language, read back with pdftotext (poppler-utils)."""

import dataclasses
import datetime as dt
import time

import pytest

from desktop.domain.levels import Level, marking
from desktop.reports import destruction_act as da
from desktop.reports import inventory_act as ia
from desktop.reports import return_list as rl
from desktop.reports.numbers import count_with_words
from desktop.reports.signatures import Signer
from desktop.reports.text import date_in_words, datetime_in_words
from tests.reports.test_marking_forms import (
    APPROVE,
    LANGS,
    check_frame,
    frame,
    needs_poppler,
    pdf_pages,
)

HOSTILE = "Акт <b>жирный</b> & <script>"
SIGNED_AT = dt.datetime(2026, 12, 4, 15, 30)
DESTRUCTION_HEADING = {
    "ru": "АКТ № 7/2026 об уничтожении носителей секретной информации",
    "kk": "Құпия ақпарат жеткізгіштерін жою туралы № 7/2026 АКТ",
    "ky": "Жашыруун маалыматты алып жүрүүчүлөрдү жок кылуу жөнүндө № 7/2026 АКТ"}
DRAFT = {"ru": "ПРОЕКТ — не исполнен", "kk": "ЖОБА — орындалмаған",
         "ky": "ДОЛБООР — аткарылган эмес"}
NOTICE = {"ru": "письменное уведомление стороны-источника (ГКНБ Кыргызской Республики) "
                "№ 12/345-ж от 01.11.2026",
          "kk": "ақпаратты берген Тараптың (ГКНБ Кыргызской Республики) жазбаша хабарламасы "
                "01.11.2026 № 12/345-ж",
          "ky": "маалыматты берген Тараптын (ГКНБ Кыргызской Республики) жазуу жүзүндөгү "
                "билдирүүсү 01.11.2026 № 12/345-ж"}
DESTROYED = {"ru": "Всего уничтожено экземпляров: 12 (двенадцать), листов: 338 (триста "
                   "тридцать восемь)",
             "kk": "Барлығы жойылған дана саны: 12 (он екі), парақ саны: 338 (үш жүз отыз "
                   "сегіз)",
             "ky": "Бардыгы жок кылынган нускалардын саны: 12 (он эки), барактардын саны: 338 "
                   "(үч жүз отуз сегиз)"}
NO_RECOVERY = {"ru": "исключающим возможность восстановления информации",
               "kk": "ақпаратты қалпына келтіру мүмкіндігін болдырмайтын",
               "ky": "маалыматты калыбына келтирүү мүмкүнчүлүгүн жокко чыгаруучу"}
ENTRIES = {"ru": "Отметки об уничтожении в учётные документы внесены.",
           "kk": "Жою туралы белгілер есепке алу құжаттарына енгізілді.",
           "ky": "Жок кылуу жөнүндө белгилер каттоо документтерине киргизилди."}
CHAIR = {"ru": "Председатель комиссии", "kk": "Комиссия төрағасы", "ky": "Комиссиянын төрагасы"}
MEMBERS = {"ru": "Члены комиссии", "kk": "Комиссия мүшелері", "ky": "Комиссиянын мүчөлөрү"}
IN_PROGRAM = {"ru": "подписано в программе {date}", "kk": "бағдарламада қол қойылды: {date}",
              "ky": "программада кол коюлду: {date}"}
ON_PAPER = {"ru": "подписано на бумаге", "kk": "қағазда қол қойылды", "ky": "кагазда кол коюлду"}
DATE_LINE = {"ru": "«__» ________ 20__ г.", "kk": "20__ жылғы «__» ________",
             "ky": "20__-жылдын «__» ________"}
RETURN_HEADING = {"ru": "ОПИСЬ № 4/2026 носителей, возвращаемых стороне-источнику",
                  "kk": "Ақпаратты берген Тарапқа қайтарылатын жеткізгіштердің № 4/2026 "
                        "ТІЗІМДЕМЕСІ",
                  "ky": "Маалыматты берген Тарапка кайтарылуучу алып жүрүүчүлөрдүн № 4/2026 "
                        "ТИЗМЕСИ"}
RETURNED = {"ru": "Всего возвращается экземпляров: 3 (три), листов: 23 (двадцать три)",
            "kk": "Барлығы қайтарылатын дана саны: 3 (үш), парақ саны: 23 (жиырма үш)",
            "ky": "Бардыгы кайтарылуучу нускалардын саны: 3 (үч), барактардын саны: 23 "
                  "(жыйырма үч)"}
INVENTORY_HEADING = {
    "ru": "АКТ № 1/2027 проверки наличия носителей секретной информации",
    "kk": "Құпия ақпарат жеткізгіштерінің бар-жоғын тексеру туралы № 1/2027 АКТ",
    "ky": "Жашыруун маалыматты алып жүрүүчүлөрдүн бар-жогун текшерүү жөнүндө № 1/2027 АКТ"}
INVENTORY_DRAFT = {"ru": "ПРОЕКТ — проверка не завершена", "kk": "ЖОБА — тексеру аяқталмаған",
                   "ky": "ДОЛБООР — текшерүү аяктай элек"}
FOUND_TOTAL = {
    "ru": "Всего в наличии экземпляров: 1 000 012 (один миллион двенадцать), листов: "
          "20 000 340 (двадцать миллионов триста сорок)",
    "kk": "Барлығы бар дана саны: 1 000 012 (бір миллион он екі), парақ саны: 20 000 340 "
          "(жиырма миллион үш жүз қырық)",
    "ky": "Бардыгы бар нускалардын саны: 1 000 012 (бир миллион он эки), барактардын саны: "
          "20 000 340 (жыйырма миллион үч жүз кырк)"}
MISSING_TOTAL = {"ru": "Всего отсутствует экземпляров: 2 (два), листов: 12 (двенадцать)",
                 "kk": "Барлығы табылмаған дана саны: 2 (екі), парақ саны: 12 (он екі)",
                 "ky": "Бардыгы табылбаган нускалардын саны: 2 (эки), барактардын саны: 12 "
                       "(он эки)"}
SURPLUS_TOTAL = {"ru": "Всего излишков: 1 (один)", "kk": "Барлығы артық жеткізгіштер саны: 1 (бір)",
                 "ky": "Бардыгы ашыкча алып жүрүүчүлөрдүн саны: 1 (бир)"}
SECTIONS = {"ru": ("I. Носители, имеющиеся в наличии", "II. Отсутствующие носители",
                   "III. Излишки (носители, не состоящие на учёте)",
                   "IV. Факты утраты, заведённые по отсутствующим экземплярам"),
            "kk": ("I. Бар жеткізгіштер", "II. Табылмаған жеткізгіштер",
                   "III. Артық жеткізгіштер (есепте тұрмағандар)",
                   "IV. Табылмаған даналар бойынша тіркелген жоғалту фактілері"),
            "ky": ("I. Бар болгон алып жүрүүчүлөр", "II. Табылбаган алып жүрүүчүлөр",
                   "III. Ашыкча алып жүрүүчүлөр (каттоодо турбагандар)",
                   "IV. Табылбаган нускалар боюнча катталган жоготуу фактылары")}
NONE = {"ru": "нет", "kk": "жоқ", "ky": "жок"}
NAMES = ("Х.Х. Хедов", "Е.К. Исполнителев", "Т.К. Клерков")


def commission(*, signed=True):
    # Given out of order: the chair prints first all the same.
    return [da.Member("member", "Главный специалист", "Е.К. Исполнителев",
                      "paper" if signed else "", None),
            da.Member("chair", "Начальник отдела", "Х.Х. Хедов", "program" if signed else "",
                      SIGNED_AT if signed else None),
            da.Member("member", "Делопроизводитель", "Т.К. Клерков",
                      "program" if signed else "", SIGNED_AT if signed else None)]


def destruction(copies=12, **kw):
    items = [da.ActItem(reg_no=f"{i}сс/2026", reg_date=dt.date(2026, 1, 5),
                        title=HOSTILE if i == 0 else f"Справка по проекту {i}",
                        level=Level.SS if i % 2 else Level.S, copy_no=i % 4 + 1,
                        sheets=None if i == 3 else 25 + i, note="черновик" if i == 1 else "")
             for i in range(copies)]
    fields = dict(
        number="7/2026", act_date=dt.date(2026, 12, 5), place="г. Астана",
        head_position="Директор", head_name="А.Б. Начальников", approved=dt.date(2026, 12, 6),
        basis_kind="originator_notice", basis_reference="12/345-ж",
        basis_date=dt.date(2026, 11, 1), originator="ГКНБ Кыргызской Республики",
        method="измельчение в шредере", method_note="Частицы не более 1×5 мм (класс P-5).",
        commission=commission(), items=items, executed=dt.date(2026, 12, 7))
    fields.update(kw)
    return da.DestructionAct(**fields)


def returns(**kw):
    items = [rl.ReturnItem("3сс/2026", 1, HOSTILE, "Абдан жашыруун", Level.SS, 14),
             rl.ReturnItem("4с/2026", 2, "План", "Жашыруун", Level.S, 9),
             rl.ReturnItem("5с/2026", 1, "Диск", "Жашыруун", Level.S, None)]
    fields = dict(number="4/2026", list_date=dt.date(2026, 12, 7),
                  addressee="ГКНБ Кыргызской Республики", notice_reference="12/345-ж",
                  notice_date=dt.date(2026, 11, 1), channel="фельдъегерская служба",
                  cover_letter="45/78-с", items=items,
                  sender=Signer("Делопроизводитель", "Т.К. Клерков"), received=None,
                  receipt_reference="")
    fields.update(kw)
    return rl.ReturnList(**fields)


def inventory(**kw):
    fields = dict(
        number="1/2027", kind="annual", reason="", as_of=dt.date(2027, 1, 1),
        head_position="Директор", head_name="А.Б. Начальников", approved=dt.date(2027, 1, 10),
        commission=commission(),
        found=[ia.FoundGroup("Т.К. Клерков", "сейф № 3", 1_000_000, 20_000_000),
               ia.FoundGroup("Е.К. Исполнителев", "сейф <№ 1>", 12, 340)],
        missing=[ia.MissingItem("15сс/2026", 2, HOSTILE, Level.SS, 12, "Т.К. Клерков",
                                "сейф № 3"),
                 ia.MissingItem("16с/2026", 1, "План", Level.S, None, "Т.К. Клерков",
                                "сейф № 3")],
        surplus=[ia.SurplusItem("99с/2025", None, "Папка без учётных реквизитов")],
        incidents=[("ЖФ-1/2027", "15сс/2026 / 2"), ("ЖФ-2/2027", "16с/2026 / 1")],
        finished=dt.date(2027, 1, 9))
    fields.update(kw)
    return ia.InventoryAct(**fields)


def check_commission(text, lang):
    assert text.index(CHAIR[lang]) < text.index(MEMBERS[lang])
    for name in NAMES:
        assert name in text
    # The chair's signature line comes before the members' ones.
    assert text.rindex("Х.Х. Хедов") < text.rindex("Е.К. Исполнителев")
    assert text.count(IN_PROGRAM[lang].format(date=datetime_in_words(SIGNED_AT, lang))) == 2
    assert ON_PAPER[lang] in text


# --- the destruction act ---------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_destruction_act(lang, tmp_path):
    doc = destruction()
    pages = pdf_pages(da.render(doc, frame(lang)), tmp_path)
    text = " ".join(pages)
    assert DESTRUCTION_HEADING[lang] in text
    assert APPROVE[lang] in text and "Директор" in text and "А.Б. Начальников" in text
    assert date_in_words(dt.date(2026, 12, 6), lang) in text         # approved
    assert DATE_LINE[lang] not in text
    assert date_in_words(dt.date(2026, 12, 5), lang) in text and "г. Астана" in text
    assert NOTICE[lang] in text
    for item in doc.items:
        assert f" {item.reg_no} " in text
    assert HOSTILE in text                                            # printed as typed
    assert marking(Level.S, lang) in text and "05.01.2026" in text and "черновик" in text
    assert DESTROYED[lang] in text
    assert "«измельчение в шредере»" in text and NO_RECOVERY[lang] in text
    assert "Частицы не более 1×5 мм (класс P-5)." in text
    assert ENTRIES[lang] in text
    assert DRAFT[lang] not in text
    check_commission(text, lang)
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_act_says_so_and_leaves_the_approval_date_blank(lang, tmp_path):
    doc = destruction(executed=None, approved=None, commission=commission(signed=False))
    text = " ".join(pdf_pages(da.render(doc, frame(lang)), tmp_path))
    assert DRAFT[lang] in text
    assert DATE_LINE[lang] in text
    assert ON_PAPER[lang] not in text and IN_PROGRAM[lang].split()[0] not in text
    for name in NAMES:
        assert name in text


@needs_poppler
def test_own_carriers_bases(tmp_path):
    expired = destruction(basis_kind="storage_expired", basis_reference="", basis_date=None,
                          originator="")
    text = " ".join(pdf_pages(da.render(expired, frame("ru")), tmp_path))
    assert "Основание истечение срока хранения" in text
    decision = destruction(basis_kind="decision", basis_reference="5-п",
                           basis_date=dt.date(2026, 12, 1), originator="директора")
    text = " ".join(pdf_pages(da.render(decision, frame("ru")), tmp_path))
    assert "решение (директора) № 5-п от 01.12.2026" in text
    kk = " ".join(pdf_pages(da.render(decision, frame("kk")), tmp_path))
    assert "шешім (директора) 01.12.2026 № 5-п" in kk


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_an_act_of_500_copies_repeats_its_header_on_every_page(lang, tmp_path):
    doc = destruction(500)
    started = time.perf_counter()
    pdf = da.render(doc, frame(lang))
    # The target is well under 2 s (benchmark act_pdf_500_ms); the test leaves room for a
    # busy machine.
    assert time.perf_counter() - started < 4
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) >= 5
    header = " ".join(da.WORDS[lang]["cols"].split("|"))
    rows_seen = 0
    for page in pages:
        rows = page.count("сс/2026 ")
        if rows:
            assert header in page                                 # the repeated header row
        rows_seen += rows
    assert rows_seen == 500
    tail = " ".join(pages[-2:])
    assert count_with_words(500, lang) in tail
    assert count_with_words(sum(item.sheets or 0 for item in doc.items), lang) in tail
    check_frame(pages, lang)


def test_destruction_refuses_unknown_values():
    with pytest.raises(ValueError):
        destruction(basis_kind="whim")
    with pytest.raises(ValueError):
        da.Member("secretary", "", "А. Б", "", None)
    with pytest.raises(ValueError):
        da.Member("member", "", "А. Б", "telepathy", None)


def test_destruction_registration_title():
    assert da.registration_title("ru", "7/2026") == "Акт № 7/2026 об уничтожении"
    assert da.registration_title("kk", "7/2026") == "№ 7/2026 жою актісі"
    assert da.registration_title("ky", "7/2026") == "№ 7/2026 жок кылуу актысы"
    with pytest.raises(ValueError):
        da.registration_title("en", "7/2026")


# --- the return list -------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_return_list(lang, tmp_path):
    doc = returns()
    pages = pdf_pages(rl.render(doc, frame(lang)), tmp_path)
    text = " ".join(pages)
    assert len(pages) == 1
    assert RETURN_HEADING[lang] in text
    assert "ГКНБ Кыргызской Республики" in text
    assert {"ru": "№ 12/345-ж от 01.11.2026", "kk": "01.11.2026 № 12/345-ж",
            "ky": "01.11.2026 № 12/345-ж"}[lang] in text
    assert date_in_words(dt.date(2026, 12, 7), lang) in text
    for item in doc.items:
        assert f" {item.reg_no} " in text
    assert HOSTILE in text
    assert "Абдан жашыруун" in text and "Жашыруун" in text
    comparable = marking(Level.SS, "ru" if lang == "ru" else "kk")
    assert comparable in text
    assert RETURNED[lang] in text
    assert "фельдъегерская служба" in text and "№ 45/78-с" in text
    assert "Т.К. Клерков" in text and "Делопроизводитель" in text
    assert "_" * 24 in text                             # the confirmation is still to come
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_return_list_with_the_receipt_confirmed(lang, tmp_path):
    doc = returns(received=dt.date(2026, 12, 20), receipt_reference="77/1")
    text = " ".join(pdf_pages(rl.render(doc, frame(lang)), tmp_path))
    assert {"ru": "№ 77/1 от 20.12.2026", "kk": "20.12.2026 № 77/1",
            "ky": "20.12.2026 № 77/1"}[lang] in text
    assert "_" * 24 not in text


def test_channels_print_in_the_print_language():
    assert rl.channel_words("courier", "ru") == "фельдъегерская служба"
    assert rl.channel_words("courier", "kk") == "фельдъегерлік қызмет"
    assert rl.channel_words("diplomatic", "ky") == "дипломатиялык каналдар"
    assert rl.channel_words("нарочным", "kk") == "нарочным"


def test_return_list_registration_title():
    assert rl.registration_title("ru", "4/2026") == (
        "Опись № 4/2026 носителей, возвращаемых стороне-источнику")
    assert "№ 4/2026" in rl.registration_title("kk", "4/2026")
    assert "№ 4/2026" in rl.registration_title("ky", "4/2026")


# --- the inventory-check act -------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_inventory_act(lang, tmp_path):
    doc = inventory()
    pages = pdf_pages(ia.render(doc, frame(lang)), tmp_path)
    text = " ".join(pages)
    assert INVENTORY_HEADING[lang] in text
    assert APPROVE[lang] in text and date_in_words(dt.date(2027, 1, 10), lang) in text
    assert date_in_words(dt.date(2027, 1, 1), lang) in text               # as of
    assert date_in_words(dt.date(2027, 1, 9), lang) in text               # finished
    assert INVENTORY_DRAFT[lang] not in text
    assert "г.." not in text
    found, missing, surplus, incidents = (text.index(s) for s in SECTIONS[lang])
    assert found < missing < surplus < incidents
    assert "1 000 000" in text and "сейф <№ 1>" in text
    assert FOUND_TOTAL[lang] in text
    for reg_no in ("15сс/2026", "16с/2026"):
        assert f" {reg_no} " in text[missing:surplus]
    assert HOSTILE in text
    assert MISSING_TOTAL[lang] in text
    assert "99с/2025" in text and "Папка без учётных реквизитов" in text
    assert SURPLUS_TOTAL[lang] in text
    assert "ЖФ-1/2027 15сс/2026 / 2" in text and "ЖФ-2/2027 16с/2026 / 1" in text
    check_commission(text, lang)
    check_frame(pages, lang)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_inventory_sections_with_nothing_say_none(lang, tmp_path):
    doc = inventory(missing=[], surplus=[], incidents=[], finished=None, approved=None,
                    kind="unscheduled", reason="Смена ответственного лица")
    text = " ".join(pdf_pages(ia.render(doc, frame(lang)), tmp_path))
    _, missing, surplus, incidents = SECTIONS[lang]
    for title in (missing, surplus, incidents):
        assert f"{title} {NONE[lang]}" in text
    assert FOUND_TOTAL[lang] in text
    assert "Смена ответственного лица" in text
    assert INVENTORY_DRAFT[lang] in text and DATE_LINE[lang] in text


def test_inventory_refuses_an_unknown_kind():
    with pytest.raises(ValueError):
        inventory(kind="weekly")


def test_inventory_registration_title():
    assert ia.registration_title("ru", "1/2027") == "Акт № 1/2027 проверки наличия"
    assert "№ 1/2027" in ia.registration_title("kk", "1/2027")
    assert "№ 1/2027" in ia.registration_title("ky", "1/2027")


def test_forms_are_plain_values():
    doc = destruction(1)
    assert dataclasses.replace(doc, number="8/2026").number == "8/2026"
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.number = "9/2026"  # type: ignore[misc]

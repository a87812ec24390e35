"""The inventory-check act (FORMS.md "Inventory-check act"): the approval block; the kind of
check (annual, as of 1 January, or unscheduled with its reason); the commission; the date
"as of" in words; then four sections: I found — a summary by custodian and location (an
annual check can hold a million copies, so not one row per copy), II missing — every missing
copy, III surplus — every item found that is not on the register, each with its totals in
words, IV the loss cases opened for the missing copies; the commission's signatures.
A section with nothing in it prints "нет" / "жоқ" / "жок".

The commission's blocks and the draft line are the destruction act's."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.domain.levels import Level, marking
from desktop.reports.destruction_act import (
    COMMISSION,
    Member,
    commission_rows,
    commission_signatures,
    draft_line,
)
from desktop.reports.frame import FrameInfo, build_pdf, styles
from desktop.reports.numbers import count_with_words, figures
from desktop.reports.signatures import approval_block, particulars
from desktop.reports.tables import grid, sheets_text
from desktop.reports.text import check_lang, date_in_words, escape

__all__ = ["FoundGroup", "InventoryAct", "Member", "MissingItem", "SurplusItem",
           "registration_title", "render", "story"]

KINDS = ("annual", "unscheduled")

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "АКТ № {number} проверки наличия носителей секретной информации",
           "draft": "ПРОЕКТ — проверка не завершена",
           "kind": "Вид проверки", "annual": "ежегодная (по состоянию на 1 января)",
           "unscheduled": "внеплановая", "reason": "Причина проверки",
           "finished": "Проверка завершена", "not_finished": "не завершена",
           "as_of": "Комиссия провела проверку наличия носителей секретной информации по "
                    "состоянию на {date}.",
           "found": "I. Носители, имеющиеся в наличии",
           "found_cols": "№ п/п|Ответственное лицо|Место хранения|Кол-во экземпляров|"
                         "Кол-во листов",
           "found_total": "Всего в наличии экземпляров: {copies}, листов: {sheets}",
           "missing": "II. Отсутствующие носители",
           "missing_cols": "№ п/п|Учётный номер|Экз. №|Наименование|Гриф секретности|"
                           "Кол-во листов|Ответственное лицо|Место хранения",
           "missing_total": "Всего отсутствует экземпляров: {copies}, листов: {sheets}",
           "surplus": "III. Излишки (носители, не состоящие на учёте)",
           "surplus_cols": "№ п/п|Учётный номер|Экз. №|Описание",
           "surplus_total": "Всего излишков: {copies}",
           "incidents": "IV. Факты утраты, заведённые по отсутствующим экземплярам",
           "incident_cols": "№ п/п|Номер факта утраты|Учётный номер / экз. №",
           "none": "нет"},
    "kk": {"heading": "Құпия ақпарат жеткізгіштерінің бар-жоғын тексеру туралы № {number} АКТ",
           "draft": "ЖОБА — тексеру аяқталмаған",
           "kind": "Тексеру түрі", "annual": "жыл сайынғы (1 қаңтардағы жағдай бойынша)",
           "unscheduled": "жоспардан тыс", "reason": "Тексеру себебі",
           "finished": "Тексеру аяқталды", "not_finished": "аяқталған жоқ",
           "as_of": "Комиссия {date} жағдай бойынша құпия ақпарат жеткізгіштерінің бар-жоғын "
                    "тексерді.",
           "found": "I. Бар жеткізгіштер",
           "found_cols": "Р/с №|Жауапты тұлға|Сақтау орны|Дана саны|Парақ саны",
           "found_total": "Барлығы бар дана саны: {copies}, парақ саны: {sheets}",
           "missing": "II. Табылмаған жеткізгіштер",
           "missing_cols": "Р/с №|Тіркеу нөмірі|Дана №|Атауы|Құпиялылық белгісі|Парақ саны|"
                           "Жауапты тұлға|Сақтау орны",
           "missing_total": "Барлығы табылмаған дана саны: {copies}, парақ саны: {sheets}",
           "surplus": "III. Артық жеткізгіштер (есепте тұрмағандар)",
           "surplus_cols": "Р/с №|Тіркеу нөмірі|Дана №|Сипаттамасы",
           "surplus_total": "Барлығы артық жеткізгіштер саны: {copies}",
           "incidents": "IV. Табылмаған даналар бойынша тіркелген жоғалту фактілері",
           "incident_cols": "Р/с №|Жоғалту фактісінің нөмірі|Тіркеу нөмірі / дана №",
           "none": "жоқ"},
    "ky": {"heading": "Жашыруун маалыматты алып жүрүүчүлөрдүн бар-жогун текшерүү жөнүндө "
                      "№ {number} АКТ",
           "draft": "ДОЛБООР — текшерүү аяктай элек",
           "kind": "Текшерүүнүн түрү", "annual": "жыл сайынкы (1-январдагы абал боюнча)",
           "unscheduled": "пландан тышкары", "reason": "Текшерүүнүн себеби",
           "finished": "Текшерүү аяктады", "not_finished": "аяктай элек",
           "as_of": "Комиссия {date} абалы боюнча жашыруун маалыматты алып жүрүүчүлөрдүн "
                    "бар-жогун текшерди.",
           "found": "I. Бар болгон алып жүрүүчүлөр",
           "found_cols": "№|Жооптуу адам|Сактоо орду|Нускалардын саны|Барак саны",
           "found_total": "Бардыгы бар нускалардын саны: {copies}, барактардын саны: {sheets}",
           "missing": "II. Табылбаган алып жүрүүчүлөр",
           "missing_cols": "№|Каттоо номери|Нуска №|Аталышы|Жашыруундук грифи|Барак саны|"
                           "Жооптуу адам|Сактоо орду",
           "missing_total": "Бардыгы табылбаган нускалардын саны: {copies}, барактардын "
                            "саны: {sheets}",
           "surplus": "III. Ашыкча алып жүрүүчүлөр (каттоодо турбагандар)",
           "surplus_cols": "№|Каттоо номери|Нуска №|Сыпаттамасы",
           "surplus_total": "Бардыгы ашыкча алып жүрүүчүлөрдүн саны: {copies}",
           "incidents": "IV. Табылбаган нускалар боюнча катталган жоготуу фактылары",
           "incident_cols": "№|Жоготуу фактысынын номери|Каттоо номери / нуска №",
           "none": "жок"},
}

# 175 mm each, the width of the portrait frame.
FOUND_WIDTHS = tuple(w * mm for w in (10, 60, 63, 21, 21))
MISSING_WIDTHS = tuple(w * mm for w in (8, 20, 10, 45, 22, 12, 29, 29))
SURPLUS_WIDTHS = tuple(w * mm for w in (10, 25, 15, 125))
INCIDENT_WIDTHS = tuple(w * mm for w in (10, 50, 115))


@dataclass(frozen=True)
class FoundGroup:
    custodian: str
    location: str
    copies: int
    sheets: int


@dataclass(frozen=True)
class MissingItem:
    reg_no: str
    copy_no: int
    title: str
    level: Level
    sheets: int | None
    custodian: str
    location: str


@dataclass(frozen=True)
class SurplusItem:
    reg_no: str
    copy_no: int | None        # None: no copy number could be read
    description: str


@dataclass(frozen=True)
class InventoryAct:
    number: str
    kind: str                  # "annual" | "unscheduled"
    reason: str
    as_of: dt.date
    head_position: str
    head_name: str             # "И.О. Фамилия"
    approved: dt.date | None
    commission: Sequence[Member]
    found: Sequence[FoundGroup]
    missing: Sequence[MissingItem]
    surplus: Sequence[SurplusItem]
    incidents: Sequence[tuple[str, str]]   # (loss case number, "reg_no / copy_no")
    finished: dt.date | None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of check {self.kind!r}; expected one of {KINDS}")


@functools.cache
def _section_style() -> ParagraphStyle:
    """A section's title stays on the page of its table's first rows."""
    return ParagraphStyle("section", parent=styles()["heading"], keepWithNext=1)


def _section(title: str, none: str, table_rows: Sequence[Sequence[str]], headings: str,
             widths: Sequence[float], total: str) -> list[Flowable]:
    """A numbered section: its table and total in words, or "нет" when it is empty."""
    st = styles()
    out: list[Flowable] = [Paragraph(escape(title), _section_style())]
    if not table_rows:
        return [*out, Paragraph(escape(none), st["body"]), Spacer(1, 3 * mm)]
    out += [grid(headings.split("|"), table_rows, widths), Spacer(1, 2 * mm)]
    if total:
        out.append(Paragraph(escape(total), st["body"]))
    return [*out, Spacer(1, 3 * mm)]


def sections(act: InventoryAct, lang: str) -> list[Flowable]:
    words = WORDS[lang]
    none = words["none"]
    found = [(str(n), g.custodian, g.location, figures(g.copies), figures(g.sheets))
             for n, g in enumerate(act.found, start=1)]
    found_total = words["found_total"].format(
        copies=count_with_words(sum(g.copies for g in act.found), lang),
        sheets=count_with_words(sum(g.sheets for g in act.found), lang))
    missing = [(str(n), m.reg_no, str(m.copy_no), m.title, marking(m.level, lang),
                sheets_text(m.sheets), m.custodian, m.location)
               for n, m in enumerate(act.missing, start=1)]
    missing_total = words["missing_total"].format(
        copies=count_with_words(len(act.missing), lang),
        sheets=count_with_words(sum(m.sheets or 0 for m in act.missing), lang))
    surplus = [(str(n), s.reg_no, "" if s.copy_no is None else str(s.copy_no), s.description)
               for n, s in enumerate(act.surplus, start=1)]
    surplus_total = words["surplus_total"].format(
        copies=count_with_words(len(act.surplus), lang))
    incidents = [(str(n), case, copy) for n, (case, copy) in enumerate(act.incidents, start=1)]
    return [
        *_section(words["found"], none, found, words["found_cols"], FOUND_WIDTHS, found_total),
        *_section(words["missing"], none, missing, words["missing_cols"], MISSING_WIDTHS,
                  missing_total),
        *_section(words["surplus"], none, surplus, words["surplus_cols"], SURPLUS_WIDTHS,
                  surplus_total),
        *_section(words["incidents"], none, incidents, words["incident_cols"],
                  INCIDENT_WIDTHS, ""),
    ]


def as_of_text(day: dt.date, lang: str) -> str:
    """The sentence with the date "as of"; one full stop after "2027 г."."""
    text = WORDS[lang]["as_of"].format(date=date_in_words(day, lang))
    return text.replace("г..", "г.")


def _particulars(act: InventoryAct, lang: str) -> list[tuple[str, str]]:
    words = WORDS[lang]
    rows = [(words["kind"], words[act.kind])]
    if act.reason.strip():
        rows.append((words["reason"], act.reason.strip()))
    finished = date_in_words(act.finished, lang) if act.finished else words["not_finished"]
    return [*rows, (words["finished"], finished)]


def story(act: InventoryAct, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    out: list[Flowable] = [
        *approval_block(lang, act.head_position, act.head_name, act.approved),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"].format(number=act.number)), st["title"]),
    ]
    if act.finished is None:
        out.append(draft_line(words["draft"]))
    return [
        *out,
        Spacer(1, 4 * mm),
        particulars(_particulars(act, lang)),
        Spacer(1, 3 * mm),
        Paragraph(escape(COMMISSION[lang]["commission"]), st["body"]),
        particulars(commission_rows(act.commission, lang)),
        Spacer(1, 3 * mm),
        Paragraph(escape(as_of_text(act.as_of, lang)), st["body"]),
        Spacer(1, 2 * mm),
        *sections(act, lang),
        Spacer(1, 8 * mm),
        *commission_signatures(act.commission, lang),
    ]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Акт № {number} проверки наличия",
            "kk": f"Бар-жоғын тексеру туралы № {number} акт",
            "ky": f"Бар-жогун текшерүү жөнүндө № {number} акт"}[lang]


def render(act: InventoryAct, info: FrameInfo) -> bytes:
    return build_pdf(story(act, info.lang), info)

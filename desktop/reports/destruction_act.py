"""The destruction act (FORMS.md "Destruction act"; SPEC §5, S001 a.6 p.4): the approval
block; the act's number, date and place; the commission; the basis; the table of copies
(page-sized, header repeated: `tables.grid`); the totals in words; the method and the words
that it rules out recovery; the entries made in the register; the commission's signatures,
each with a note when the member signed in the program or on paper.

An act not executed yet carries a small "draft" line under its heading, so a printout of a
draft cannot pass for an executed act. The commission's blocks (`commission_rows`,
`commission_signatures`, `draft_line`) are shared with the inventory-check act."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.levels import Level, marking
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.marking_act import reference
from desktop.reports.numbers import count_with_words
from desktop.reports.register_extract import numeric_date
from desktop.reports.signatures import Signer, approval_block, particulars, signature_block
from desktop.reports.tables import grid, sheets_text
from desktop.reports.text import check_lang, date_in_words, datetime_in_words, escape

__all__ = ["ActItem", "DestructionAct", "Member", "registration_title", "render", "story"]

ROLES = ("chair", "member")
SIGNED = ("program", "paper", "")
BASES = ("originator_notice", "storage_expired", "decision")

# The commission, its signatures and the draft line: shared with the inventory-check act.
COMMISSION: dict[str, dict[str, str]] = {
    "ru": {"commission": "Комиссия в составе:", "chair": "Председатель комиссии",
           "members": "Члены комиссии",
           "program": "подписано в программе {date}", "paper": "подписано на бумаге",
           "paper_dated": "подписано на бумаге, отметка внесена {date}"},
    "kk": {"commission": "Комиссия құрамы:", "chair": "Комиссия төрағасы",
           "members": "Комиссия мүшелері",
           "program": "бағдарламада қол қойылды: {date}", "paper": "қағазда қол қойылды",
           "paper_dated": "қағазда қол қойылды, белгі енгізілді: {date}"},
    "ky": {"commission": "Комиссиянын курамы:", "chair": "Комиссиянын төрагасы",
           "members": "Комиссиянын мүчөлөрү",
           "program": "программада кол коюлду: {date}", "paper": "кагазда кол коюлду",
           "paper_dated": "кагазда кол коюлду, белги киргизилди: {date}"},
}

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "АКТ № {number} об уничтожении носителей секретной информации",
           "draft": "ПРОЕКТ — не исполнен",
           "basis": "Основание",
           "originator_notice": "письменное уведомление стороны-источника{who} {ref}",
           "storage_expired": "истечение срока хранения {ref}",
           "decision": "решение{who} {ref}",
           "copies": "Перечень носителей секретной информации, подлежащих уничтожению:",
           "cols": "№ п/п|Учётный номер|Дата регистрации|Наименование|Гриф секретности|"
                   "Экз. №|Кол-во листов|Примечание",
           "total": "Всего уничтожено экземпляров: {copies}, листов: {sheets}",
           "method": "Перечисленные носители уничтожены способом «{method}», исключающим "
                     "возможность восстановления информации.",
           "entries": "Отметки об уничтожении в учётные документы внесены."},
    "kk": {"heading": "Құпия ақпарат жеткізгіштерін жою туралы № {number} АКТ",
           "draft": "ЖОБА — орындалмаған",
           "basis": "Негіздеме",
           "originator_notice": "ақпаратты берген Тараптың{who} жазбаша хабарламасы {ref}",
           "storage_expired": "сақтау мерзімінің өтуі {ref}",
           "decision": "шешім{who} {ref}",
           "copies": "Жойылуға жататын құпия ақпаратты жеткізгіштердің тізбесі:",
           "cols": "Р/с №|Тіркеу нөмірі|Тіркелген күні|Атауы|Құпиялылық белгісі|Дана №|"
                   "Парақ саны|Ескертпе",
           "total": "Барлығы жойылған дана саны: {copies}, парақ саны: {sheets}",
           "method": "Аталған жеткізгіштер ақпаратты қалпына келтіру мүмкіндігін "
                     "болдырмайтын «{method}» тәсілімен жойылды.",
           "entries": "Жою туралы белгілер есепке алу құжаттарына енгізілді."},
    "ky": {"heading": "Жашыруун маалыматты алып жүрүүчүлөрдү жок кылуу жөнүндө № {number} АКТ",
           "draft": "ДОЛБООР — аткарылган эмес",
           "basis": "Негиз",
           "originator_notice": "маалыматты берген Тараптын{who} жазуу жүзүндөгү "
                                "билдирүүсү {ref}",
           "storage_expired": "сактоо мөөнөтүнүн өтүшү {ref}",
           "decision": "чечим{who} {ref}",
           "copies": "Жок кылынууга тийиш болгон жашыруун маалыматты алып жүрүүчүлөрдүн "
                     "тизмеси:",
           "cols": "№|Каттоо номери|Катталган күнү|Аталышы|Жашыруундук грифи|Нуска №|"
                   "Барак саны|Эскертүү",
           "total": "Бардыгы жок кылынган нускалардын саны: {copies}, барактардын саны: "
                    "{sheets}",
           "method": "Аталган алып жүрүүчүлөр маалыматты калыбына келтирүү мүмкүнчүлүгүн "
                     "жокко чыгаруучу «{method}» ыкмасы менен жок кылынды.",
           "entries": "Жок кылуу жөнүндө белгилер каттоо документтерине киргизилди."},
}

# No., registration number, its date, title, level, copy no., sheets, note: 175 mm.
WIDTHS = tuple(w * mm for w in (8, 20, 20, 52, 22, 10, 12, 31))


@dataclass(frozen=True)
class ActItem:
    reg_no: str
    reg_date: dt.date | None
    title: str
    level: Level
    copy_no: int
    sheets: int | None
    note: str = ""


@dataclass(frozen=True)
class Member:
    role: str                  # "chair" | "member"
    position: str
    name: str                  # "И.О. Фамилия"
    signed: str                # "program" | "paper" | "" (not signed yet)
    signed_at: dt.datetime | None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown commission role {self.role!r}; expected one of {ROLES}")
        if self.signed not in SIGNED:
            raise ValueError(f"unknown way of signing {self.signed!r}; expected one of {SIGNED}")


@dataclass(frozen=True)
class DestructionAct:
    number: str
    act_date: dt.date
    place: str
    head_position: str
    head_name: str             # "И.О. Фамилия"
    approved: dt.date | None
    basis_kind: str            # "originator_notice" | "storage_expired" | "decision"
    basis_reference: str
    basis_date: dt.date | None
    originator: str
    method: str
    method_note: str
    commission: Sequence[Member]
    items: Sequence[ActItem]
    executed: dt.date | None

    def __post_init__(self) -> None:
        if self.basis_kind not in BASES:
            raise ValueError(f"unknown basis {self.basis_kind!r}; expected one of {BASES}")


# --- blocks shared with the inventory-check act ---------------------------------------------

@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {"right": ParagraphStyle("act-right", parent=st["body"], alignment=TA_RIGHT),
            "draft": ParagraphStyle("act-draft", parent=st["small"], alignment=TA_CENTER)}


def draft_line(text: str) -> Paragraph:
    """The small centred line that marks a printout of an act not finished yet."""
    return Paragraph(f"<b>{escape(text)}</b>", _styles()["draft"])


def labelled(commission: Sequence[Member], lang: str) -> list[tuple[str, Member]]:
    """The chair first, then the members in their given order, each with the label it
    prints under: the role, named once for all the members."""
    words = COMMISSION[lang]
    chairs = [m for m in commission if m.role == "chair"]
    members = [m for m in commission if m.role == "member"]
    return [*((words["chair"], m) for m in chairs),
            *((words["members"] if i == 0 else "", m) for i, m in enumerate(members))]


def commission_rows(commission: Sequence[Member], lang: str) -> list[tuple[str, str]]:
    """Particulars rows: the chair, then the members: "position, И.О. Фамилия"."""
    return [(label, ", ".join(p for p in (m.position.strip(), m.name.strip()) if p))
            for label, m in labelled(commission, lang)]


def signed_note(member: Member, lang: str) -> str:
    """"подписано в программе «05» декабря 2026 г., 10:00" / "подписано на бумаге" / ""."""
    words = COMMISSION[lang]
    when = datetime_in_words(member.signed_at, lang) if member.signed_at else ""
    if member.signed == "program":
        return words["program"].format(date=when).strip(" :")
    if member.signed == "paper":
        return words["paper_dated"].format(date=when) if when else words["paper"]
    return ""


def commission_signatures(commission: Sequence[Member], lang: str) -> list[Flowable]:
    """The chair's signature line, then the members' (the role named once)."""
    out: list[Flowable] = []
    for label, m in labelled(commission, lang):
        out += signature_block(lang, label, Signer(m.position, m.name), signed_note(m, lang))
    return out


# --- the act ---------------------------------------------------------------------------------

def basis_text(act: DestructionAct, lang: str) -> str:
    who = f" ({act.originator.strip()})" if act.originator.strip() else ""
    if act.basis_kind == "storage_expired":
        who = ""
    text = WORDS[lang][act.basis_kind].format(
        who=who, ref=reference(act.basis_reference.strip(), act.basis_date, lang))
    return " ".join(text.split())


def totals(items: Sequence[ActItem], template: str, lang: str) -> str:
    """The template filled with the copies and the sheets, each in figures and words."""
    sheets = sum(item.sheets or 0 for item in items)
    return template.format(copies=count_with_words(len(items), lang),
                           sheets=count_with_words(sheets, lang))


def items_table(items: Sequence[ActItem], lang: str) -> Table:
    rows = [(str(number), item.reg_no, numeric_date(item.reg_date), item.title,
             marking(item.level, lang), str(item.copy_no), sheets_text(item.sheets), item.note)
            for number, item in enumerate(items, start=1)]
    return grid(WORDS[lang]["cols"].split("|"), rows, WIDTHS)


def _date_and_place(act: DestructionAct, lang: str) -> Table:
    st = styles()
    table = Table([[Paragraph(escape(date_in_words(act.act_date, lang)), st["body"]),
                    Paragraph(escape(act.place), _styles()["right"])]],
                  colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def story(act: DestructionAct, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    method = words["method"].format(method=act.method.strip())
    if act.method_note.strip():
        method = f"{method} {act.method_note.strip()}"
    out: list[Flowable] = [
        *approval_block(lang, act.head_position, act.head_name, act.approved),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"].format(number=act.number)), st["title"]),
    ]
    if act.executed is None:
        out.append(draft_line(words["draft"]))
    out += [
        Spacer(1, 4 * mm),
        _date_and_place(act, lang),
        Spacer(1, 4 * mm),
        Paragraph(escape(COMMISSION[lang]["commission"]), st["body"]),
        particulars([*commission_rows(act.commission, lang),
                     (words["basis"], basis_text(act, lang))]),
        Spacer(1, 5 * mm),
        Paragraph(escape(words["copies"]), st["body"]),
        Spacer(1, 2 * mm),
        items_table(act.items, lang),
        Spacer(1, 2 * mm),
        Paragraph(escape(totals(act.items, words["total"], lang)), st["body"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(method), st["body"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(words["entries"]), st["body"]),
        Spacer(1, 10 * mm),
        *commission_signatures(act.commission, lang),
    ]
    return out


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Акт № {number} об уничтожении",
            "kk": f"№ {number} жою актісі",
            "ky": f"№ {number} жок кылуу актысы"}[lang]


def render(act: DestructionAct, info: FrameInfo) -> bytes:
    return build_pdf(story(act, info.lang), info)

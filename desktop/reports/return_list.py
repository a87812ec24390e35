"""The return list (FORMS.md "Return list"; S001 a.6 p.4): carriers sent back to the
originating Party on its written notice. The addressee and their notice; the list's number
and date; the table of carriers with the originator's marking as received and the
comparable Kazakh one (the columns of the receipt confirmation); the totals in words; the
channel and the cover letter; the sender's signature; the line for the recipient's
confirmation, filled once it has come (reference and date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.domain.levels import Level
from desktop.reports import copy_card, receipt_confirmation
from desktop.reports.frame import FrameInfo, build_pdf, styles
from desktop.reports.marking_act import reference
from desktop.reports.numbers import count_with_words
from desktop.reports.signatures import BLANK, Signer, particulars, signature_block
from desktop.reports.signatures import WORDS as SIGNATURE_WORDS
from desktop.reports.tables import grid, sheets_text
from desktop.reports.text import check_lang, date_in_words, escape

__all__ = ["ReturnItem", "ReturnList", "channel_words", "registration_title", "render",
           "story"]


WORDS: dict[str, dict[str, str]] = {
    "ru": {"to": "Кому", "notice": "Уведомление стороны-источника",
           "heading": "ОПИСЬ № {number} носителей, возвращаемых стороне-источнику",
           "body": "На основании письменного уведомления стороны-источника возвращаются "
                   "следующие носители секретной информации:",
           "total": "Всего возвращается экземпляров: {copies}, листов: {sheets}",
           "channel": "Канал отправки", "cover_letter": "Сопроводительное письмо",
           "sender": "Отправил(а)",
           "receipt": "Получение подтверждено стороной-источником",
           "receipt_blank": "№ {blank} от {date_line}"},
    "kk": {"to": "Кімге", "notice": "Ақпаратты берген Тараптың хабарламасы",
           "heading": "Ақпаратты берген Тарапқа қайтарылатын жеткізгіштердің № {number} "
                      "ТІЗІМДЕМЕСІ",
           "body": "Ақпаратты берген Тараптың жазбаша хабарламасы негізінде мынадай құпия "
                   "ақпаратты жеткізгіштер қайтарылады:",
           "total": "Барлығы қайтарылатын дана саны: {copies}, парақ саны: {sheets}",
           "channel": "Жіберу арнасы", "cover_letter": "Ілеспе хат",
           "sender": "Жіберген",
           "receipt": "Ақпаратты берген Тараптың алғандығын растауы",
           "receipt_blank": "{date_line} № {blank}"},
    "ky": {"to": "Кимге", "notice": "Маалыматты берген Тараптын билдирүүсү",
           "heading": "Маалыматты берген Тарапка кайтарылуучу алып жүрүүчүлөрдүн № {number} "
                      "ТИЗМЕСИ",
           "body": "Маалыматты берген Тараптын жазуу жүзүндөгү билдирүүсүнүн негизинде "
                   "төмөнкү жашыруун маалыматты алып жүрүүчүлөр кайтарылат:",
           "total": "Бардыгы кайтарылуучу нускалардын саны: {copies}, барактардын саны: "
                    "{sheets}",
           "channel": "Жөнөтүү каналы", "cover_letter": "Коштомо кат",
           "sender": "Жөнөткөн",
           "receipt": "Маалыматты берген Тараптын алгандыгын ырастоосу",
           "receipt_blank": "{date_line} № {blank}"},
}


@dataclass(frozen=True)
class ReturnItem:
    reg_no: str
    copy_no: int
    title: str
    foreign_marking: str       # the originator's marking as received
    level: Level               # the comparable Kazakh level
    sheets: int | None


@dataclass(frozen=True)
class ReturnList:
    number: str
    list_date: dt.date
    addressee: str             # the originator
    notice_reference: str
    notice_date: dt.date | None
    channel: str
    cover_letter: str
    items: Sequence[ReturnItem]
    sender: Signer
    received: dt.date | None   # the recipient's confirmation, once it has come
    receipt_reference: str


def channel_words(value: str, lang: str) -> str:
    """A channel's stored value ("courier") in the print language; any other channel (one
    the administrator named) prints as stored."""
    check_lang(lang)
    return copy_card.CHANNEL[lang].get(value, value)


def items_table(items: Sequence[ReturnItem], lang: str) -> Table:
    """No., registration number, copy no., title, the originator's marking, the comparable
    Kazakh marking, sheets: the columns of the receipt confirmation."""
    rows = [(str(number), item.reg_no, str(item.copy_no), item.title, item.foreign_marking,
             receipt_confirmation.comparable_marking(item.level, lang),
             sheets_text(item.sheets))
            for number, item in enumerate(items, start=1)]
    return grid(receipt_confirmation.WORDS[lang]["cols"].split("|"), rows,
                receipt_confirmation.WIDTHS)


def receipt_text(doc: ReturnList, lang: str) -> str:
    """The confirmation's reference and date, or blanks to fill in by hand."""
    if doc.received is not None or doc.receipt_reference.strip():
        return reference(doc.receipt_reference.strip(), doc.received, lang)
    return WORDS[lang]["receipt_blank"].format(blank=BLANK,
                                               date_line=SIGNATURE_WORDS[lang]["date_line"])


def story(doc: ReturnList, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    sheets = sum(item.sheets or 0 for item in doc.items)
    total = words["total"].format(copies=count_with_words(len(doc.items), lang),
                                  sheets=count_with_words(sheets, lang))
    return [
        Paragraph(f"{escape(words['to'])}: <b>{escape(doc.addressee)}</b>", st["body"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"].format(number=doc.number)), st["title"]),
        Paragraph(escape(date_in_words(doc.list_date, lang)), st["subtitle"]),
        Spacer(1, 4 * mm),
        particulars([(words["notice"],
                      reference(doc.notice_reference.strip(), doc.notice_date, lang))]),
        Spacer(1, 4 * mm),
        Paragraph(escape(words["body"]), st["body"]),
        Spacer(1, 2 * mm),
        items_table(doc.items, lang),
        Spacer(1, 2 * mm),
        Paragraph(escape(total), st["body"]),
        Spacer(1, 4 * mm),
        particulars([(words["channel"], doc.channel.strip() or BLANK),
                     (words["cover_letter"], f"№ {doc.cover_letter.strip() or BLANK}")]),
        Spacer(1, 10 * mm),
        *signature_block(lang, words["sender"], doc.sender),
        Spacer(1, 4 * mm),
        particulars([(words["receipt"], receipt_text(doc, lang))]),
    ]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Опись № {number} носителей, возвращаемых стороне-источнику",
            "kk": f"Берген Тарапқа қайтарылатын жеткізгіштердің № {number} тізімдемесі",
            "ky": f"Берген Тарапка кайтарылуучу алып жүрүүчүлөрдүн № {number} тизмеси"}[lang]


def render(doc: ReturnList, info: FrameInfo) -> bytes:
    return build_pdf(story(doc, info.lang), info)

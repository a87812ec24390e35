"""Confirmation of receipt of carriers from the other Party (S001 a.5 p.3; FORMS.md): the
addressee (the sending authorised body), their dispatch reference, the carriers with the
original marking and the comparable Kazakh one, the date of receipt and a signature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.levels import Level, marking
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.register_extract import numeric_date
from desktop.reports.text import check_lang, date_in_words, escape

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "ПОДТВЕРЖДЕНИЕ ПОЛУЧЕНИЯ", "to": "Кому",
           "body": "Подтверждаем получение носителей секретной информации, направленных "
                   "{ref}. Носители получены {received} и зарегистрированы под учётным "
                   "номером {reg_no}.",
           "ref": "по Вашему № {ref} от {date}", "ref_no_date": "по Вашему № {ref}",
           "ref_none": "в наш адрес",
           "cols": "№|Учётный номер|Экз. №|Наименование|Гриф стороны-источника|"
                   "Сопоставимый гриф Республики Казахстан|Кол-во листов",
           "total": "Всего экземпляров: {n}", "signature": "(подпись)",
           "date": "Дата"},
    "kk": {"heading": "АЛҒАНДЫҒЫН РАСТАУ", "to": "Кімге",
           "body": "{ref} жіберілген құпия ақпаратты жеткізгіштерді алғанымызды растаймыз. "
                   "Жеткізгіштер {received} алынды және {reg_no} тіркеу нөмірімен тіркелді.",
           "ref": "Сіздің {date} № {ref} хатыңызбен", "ref_no_date": "Сіздің № {ref} хатыңызбен",
           "ref_none": "Біздің мекенжайымызға",
           "cols": "№|Тіркеу нөмірі|Дана №|Атауы|Ақпаратты берген Тараптың белгісі|"
                   "Қазақстан Республикасының салыстырмалы белгісі|Парақ саны",
           "total": "Барлық дана саны: {n}", "signature": "(қолы)", "date": "Күні"},
    "ky": {"heading": "АЛГАНДЫГЫН ЫРАСТОО", "to": "Кимге",
           "body": "{ref} жөнөтүлгөн жашыруун маалыматты алып жүрүүчүлөрдү алганыбызды "
                   "ырастайбыз. Алып жүрүүчүлөр {received} алынды жана {reg_no} каттоо "
                   "номери менен катталды.",
           "ref": "Сиздин {date} № {ref} катыңыз менен",
           "ref_no_date": "Сиздин № {ref} катыңыз менен", "ref_none": "Биздин дарекке",
           "cols": "№|Каттоо номери|Нуска №|Аталышы|Маалыматты берген Тараптын грифи|"
                   "Казакстан Республикасынын салыштырма грифи|Барак саны",
           "total": "Бардык нускалардын саны: {n}", "signature": "(колу)", "date": "Күнү"},
}

WIDTHS = tuple(w * mm for w in (8, 20, 11, 56, 29, 37, 14))


@dataclass(frozen=True)
class ReceivedCarrier:
    reg_no: str
    copy_no: int
    title: str
    foreign_marking: str
    level: Level
    sheets: int | None


@dataclass(frozen=True)
class ReceiptConfirmation:
    addressee: str               # the sending authorised body
    reference: str               # their dispatch (outgoing) number
    reference_date: dt.date | None
    received: dt.date
    reg_no: str                  # our registration of what came
    carriers: Sequence[ReceivedCarrier]
    signer_position: str
    signer_name: str             # "И.О. Фамилия"
    signed: dt.date


def comparable_marking(level: Level, lang: str) -> str:
    """The Kazakh marking as it stands on our carriers: in Kazakh, or in Russian when the
    form is printed in Russian."""
    return marking(level, "ru" if lang == "ru" else "kk")


def _carriers(doc: ReceiptConfirmation, lang: str) -> Table:
    small = styles()["small"]
    words = WORDS[lang]
    data: list[list[Flowable]] = [[Paragraph(f"<b>{escape(c)}</b>", small)
                                   for c in words["cols"].split("|")]]
    for number, item in enumerate(doc.carriers, start=1):
        cells = (str(number), item.reg_no, str(item.copy_no), item.title, item.foreign_marking,
                 comparable_marking(item.level, lang),
                 "" if item.sheets is None else str(item.sheets))
        data.append([Paragraph(escape(c), small) for c in cells])
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _signature(doc: ReceiptConfirmation, lang: str) -> Table:
    st = styles()
    words = WORDS[lang]
    cells = [[Paragraph(escape(doc.signer_position), st["body"]),
              Paragraph("_" * 18, st["body"]),
              Paragraph(escape(doc.signer_name), st["body"])],
             ["", Paragraph(escape(words["signature"]), st["small"]), ""]]
    table = Table(cells, colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.3,
                                    CONTENT_WIDTH * 0.25])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def story(doc: ReceiptConfirmation, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    if doc.reference and doc.reference_date:
        ref = words["ref"].format(ref=doc.reference, date=numeric_date(doc.reference_date))
    elif doc.reference:
        ref = words["ref_no_date"].format(ref=doc.reference)
    else:
        ref = words["ref_none"]
    body = words["body"].format(ref=ref, received=date_in_words(doc.received, lang),
                                reg_no=doc.reg_no)
    return [
        Paragraph(f"{escape(words['to'])}: <b>{escape(doc.addressee)}</b>", st["body"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"]), st["title"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(body), st["body"]),
        Spacer(1, 4 * mm),
        _carriers(doc, lang),
        Spacer(1, 2 * mm),
        Paragraph(escape(words["total"].format(n=len(doc.carriers))), st["body"]),
        Spacer(1, 12 * mm),
        _signature(doc, lang),
        Spacer(1, 4 * mm),
        Paragraph(escape(f"{words['date']}: {date_in_words(doc.signed, lang)}"), st["body"]),
    ]


def registration_title(lang: str, reg_no: str) -> str:
    check_lang(lang)
    return {"ru": f"Подтверждение получения ({reg_no})",
            "kk": f"Алғандығын растау ({reg_no})",
            "ky": f"Алгандыгын ырастоо ({reg_no})"}[lang]


def render(doc: ReceiptConfirmation, info: FrameInfo) -> bytes:
    return build_pdf(story(doc, info.lang), info)

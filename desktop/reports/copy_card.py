"""A copy's card on one page (FORMS.md "Copy's card"): the registration and the copy, then
every move of the copy — date, from, to, basis, who recorded it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.carriers import CarrierKind, OriginatorType
from desktop.domain.levels import Level, marking
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.register_extract import KIND, STATE, numeric_date
from desktop.reports.text import check_lang, escape

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "КАРТОЧКА УЧЁТА ЭКЗЕМПЛЯРА", "reg_no": "Учётный номер",
           "reg_date": "Дата регистрации", "title": "Вид и наименование",
           "level": "Гриф секретности", "foreign": "гриф стороны-источника: «{m}»",
           "copy": "Экземпляр №", "copy_of": "{n} (всего экземпляров: {m})",
           "sheets": "Количество листов", "origin": "Откуда поступил", "own": "Собственный",
           "custodian": "Ответственное лицо", "now": "Где находится",
           "moves": "Движение экземпляра", "none": "—",
           "cols": "№|Дата|Откуда|Куда / кому|Основание|Кто записал"},
    "kk": {"heading": "ДАНАНЫ ЕСЕПКЕ АЛУ КАРТОЧКАСЫ", "reg_no": "Тіркеу нөмірі",
           "reg_date": "Тіркелген күні", "title": "Түрі мен атауы",
           "level": "Құпиялылық белгісі", "foreign": "ақпаратты берген Тараптың белгісі: «{m}»",
           "copy": "Дана №", "copy_of": "{n} (барлық дана саны: {m})",
           "sheets": "Парақ саны", "origin": "Қайдан түсті", "own": "Өз ұйымы",
           "custodian": "Жауапты тұлға", "now": "Қазір қайда",
           "moves": "Дананың қозғалысы", "none": "—",
           "cols": "№|Күні|Қайдан|Қайда / кімге|Негіздеме|Кім жазды"},
    "ky": {"heading": "НУСКАНЫ КАТТОО КАРТОЧКАСЫ", "reg_no": "Каттоо номери",
           "reg_date": "Катталган күнү", "title": "Түрү жана аталышы",
           "level": "Жашыруундук грифи", "foreign": "маалыматты берген Тараптын грифи: «{m}»",
           "copy": "Нуска №", "copy_of": "{n} (бардык нускалардын саны: {m})",
           "sheets": "Барак саны", "origin": "Кайдан келди", "own": "Өз уюму",
           "custodian": "Жооптуу адам", "now": "Азыр кайда",
           "moves": "Нусканын кыймылы", "none": "—",
           "cols": "№|Күнү|Кайдан|Кайда / кимге|Негиз|Ким жазды"},
}

# The channels of S001 a.5 p.3 by their stored code; a domestic channel is stored as text.
CHANNEL: dict[str, dict[str, str]] = {
    "ru": {"diplomatic": "дипломатические каналы",
           "encrypted_link": "шифрованная документальная связь",
           "courier": "фельдъегерская служба", "military_courier": "военная фельдъегерская служба"},
    "kk": {"diplomatic": "дипломатиялық арналар",
           "encrypted_link": "шифрланған құжаттық байланыс",
           "courier": "фельдъегерлік қызмет", "military_courier": "әскери фельдъегерлік қызмет"},
    "ky": {"diplomatic": "дипломатиялык каналдар",
           "encrypted_link": "шифрленген документалдык байланыш",
           "courier": "фельдъегердик кызмат", "military_courier": "аскердик фельдъегердик кызмат"},
}

MOVE_WIDTHS = tuple(w * mm for w in (8, 22, 34, 45, 38, 28))


@dataclass(frozen=True)
class CardMove:
    at: dt.datetime          # local time
    from_state: str          # stored state values ("" for the registration itself)
    to_state: str
    to_whom: str = ""        # person or organisation
    channel: str = ""        # code of S001 a.5 p.3, or a domestic channel as text
    basis: str = ""
    recorded_by: str = ""


@dataclass(frozen=True)
class CopyCardData:
    reg_no: str
    reg_date: dt.date
    kind: CarrierKind
    title: str
    level: Level
    copy_no: int
    copies: int
    sheets: int | None
    originator_type: OriginatorType
    originator: str
    foreign_marking: str
    reference: str
    reference_date: dt.date | None
    custodian: str
    state: str
    holder: str = ""
    location: str = ""
    dispatched_to: str = ""
    moves: Sequence[CardMove] = field(default_factory=tuple)


def _details(card: CopyCardData, lang: str) -> Table:
    st = styles()
    words = WORDS[lang]
    level = marking(card.level, lang)
    if card.foreign_marking:
        level += "; " + words["foreign"].format(m=card.foreign_marking)
    if card.originator_type is OriginatorType.OWN and not card.originator:
        origin = words["own"]
    else:
        origin = ", ".join(p for p in (card.originator,
                                       f"№ {card.reference}" if card.reference else "",
                                       numeric_date(card.reference_date)) if p)
    now = STATE[lang].get(card.state, card.state)
    extra = card.holder if card.state == "issued" else card.dispatched_to \
        if card.state in ("dispatched", "delivered") else card.location
    if extra:
        now += f": {extra}"
    rows = [
        (words["reg_no"], card.reg_no),
        (words["reg_date"], numeric_date(card.reg_date)),
        (words["title"], f"{KIND[lang][card.kind]}. {card.title}"),
        (words["level"], level),
        (words["copy"], words["copy_of"].format(n=card.copy_no, m=card.copies)),
        (words["sheets"], "" if card.sheets is None else str(card.sheets)),
        (words["origin"], origin),
        (words["custodian"], card.custodian),
        (words["now"], now),
    ]
    data = [[Paragraph(escape(label), st["label"]), Paragraph(escape(value), st["body"])]
            for label, value in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    return table


def _moves(card: CopyCardData, lang: str) -> Table:
    st = styles()
    small = st["small"]
    words = WORDS[lang]
    states = STATE[lang]
    head = [Paragraph(f"<b>{escape(c)}</b>", small) for c in words["cols"].split("|")]
    data = [head]
    for number, move in enumerate(card.moves, start=1):
        before = states.get(move.from_state, move.from_state) if move.from_state \
            else words["none"]
        after = states.get(move.to_state, move.to_state)
        whom = ", ".join(p for p in (move.to_whom, CHANNEL[lang].get(move.channel, move.channel))
                         if p)
        if whom:
            after += f": {whom}"
        cells = (str(number), move.at.strftime("%d.%m.%Y %H:%M"), before, after, move.basis,
                 move.recorded_by)
        data.append([Paragraph(escape(c), small) for c in cells])
    table = Table(data, colWidths=MOVE_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def story(card: CopyCardData, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    return [Paragraph(escape(words["heading"]), st["title"]), Spacer(1, 4 * mm),
            _details(card, lang), Spacer(1, 6 * mm),
            Paragraph(escape(words["moves"]), st["heading"]), _moves(card, lang)]


def registration_title(lang: str, reg_no: str, copy_no: int) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Карточка учёта экземпляра № {copy_no} ({reg_no})",
            "kk": f"Дананы есепке алу карточкасы, {copy_no}-дана ({reg_no})",
            "ky": f"Нусканы каттоо карточкасы, {copy_no}-нуска ({reg_no})"}[lang]


def render(card: CopyCardData, info: FrameInfo) -> bytes:
    return build_pdf(story(card, info.lang), info)

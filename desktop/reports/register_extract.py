"""The printed extract of the register (FORMS.md "Register extract").

Linear in rows (ARCHITECTURE rule 5): `layout` measures every row once and packs the rows
into pages; each page is one small Table with its row heights given, built only when that
page is drawn and dropped afterwards — never one long table that reportlab would split
again and again, and never thousands of tables held in memory at once. The number of pages
is known before anything is drawn, which lets the service register the printout with its
sheet count before it is rendered.

Body cells are wrapped here, with the font's own metrics, and drawn by the table as plain
lines of text: user text never goes through the markup parser at all, so "<b>", "&" or
"<img src=…>" in a title print as typed, and a page costs the same at page 2 000 as at
page 1 (measured: about 100 pages/s at 100 and at 2 000 pages on the build machine, where
Paragraph cells gave 55 pages/s at 100 pages and 25 at 2 000). The column headings, fixed
words of ours, are escaped Paragraphs."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from desktop.domain.carriers import CarrierKind, OriginatorType
from desktop.domain.levels import Level, marking
from desktop.reports import fonts
from desktop.reports.frame import (
    BOTTOM,
    CONTENT_WIDTH,
    FOOTER_HEIGHT,
    LATER_TOP,
    PAGE_HEIGHT,
    TOP,
    FrameInfo,
    build_pdf,
    first_page_header,
    styles,
)
from desktop.reports.tables import Cell
from desktop.reports.text import check_lang, date_in_words, escape

FONT_SIZE = 6.5
LEADING = 8.0
PAD_X = 1.2
PAD_TOP = 1.0
PAD_BOTTOM = 1.5
SAFETY = 2.0  # points kept free on every page against rounding in the frame

# No., registration number, date, where from, kind and title, level, copies, copy no.,
# sheets, where it is now, disposal: 175 mm, the width of the portrait frame.
WIDTHS = tuple(w * mm for w in (8, 17, 14.2, 21.5, 31, 18, 8, 8, 8, 24.5, 16.2))

HEADINGS: dict[str, tuple[str, ...]] = {
    "ru": ("№ п/п", "Учётный номер", "Дата", "Откуда поступил (организация, её номер и дата)",
           "Вид и наименование", "Гриф секретности", "Кол. экз.", "Экз. №",
           "Кол. лист.", "Где находится / кому выдан", "Акт / отправка (№, дата)"),
    "kk": ("Р/с №", "Тіркеу нөмірі", "Күні", "Қайдан түсті (ұйым, оның нөмірі мен күні)",
           "Түрі мен атауы", "Құпиялылық белгісі", "Дана саны", "Дана №", "Парақ саны",
           "Қазір қайда / кімге берілді", "Акт / жіберу (№, күні)"),
    "ky": ("Катар №", "Каттоо номери", "Күнү", "Кайдан келди (уюм, анын номери жана күнү)",
           "Түрү жана аталышы", "Жашыруундук грифи", "Нуска саны", "Нуска №", "Барак саны",
           "Азыр кайда / кимге берилди", "Акт / жөнөтүү (№, күнү)"),
}

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "ВЫПИСКА ИЗ РЕЕСТРА НОСИТЕЛЕЙ СЕКРЕТНОЙ ИНФОРМАЦИИ",
           "as_of": "по состоянию на {date}; записей: {n}",
           "own": "Собственный"},
    "kk": {"heading": "ҚҰПИЯ АҚПАРАТТЫ ЖЕТКІЗГІШТЕР ТІЗІЛІМІНЕН ҮЗІНДІ",
           "as_of": "{date} жағдай бойынша; жазбалар саны: {n}",
           "own": "Өз ұйымы"},
    "ky": {"heading": "ЖАШЫРУУН МААЛЫМАТТЫ АЛЫП ЖҮРҮҮЧҮЛӨРДҮН РЕЕСТРИНЕН КӨЧҮРМӨ",
           "as_of": "{date} абалы боюнча; жазуулардын саны: {n}",
           "own": "Өз уюму"},
}

# Words shared by the register's forms (copy card, receipt confirmation).
KIND: dict[str, dict[CarrierKind, str]] = {
    "ru": {CarrierKind.PAPER: "Бумажный документ", CarrierKind.ELECTRONIC: "Электронный носитель",
           CarrierKind.ITEM: "Изделие", CarrierKind.OTHER: "Иной объект"},
    "kk": {CarrierKind.PAPER: "Қағаз құжат", CarrierKind.ELECTRONIC: "Электрондық жеткізгіш",
           CarrierKind.ITEM: "Бұйым", CarrierKind.OTHER: "Өзге объект"},
    "ky": {CarrierKind.PAPER: "Кагаз документ",
           CarrierKind.ELECTRONIC: "Электрондук алып жүрүүчү",
           CarrierKind.ITEM: "Буюм", CarrierKind.OTHER: "Башка объект"},
}

# Copy states by their stored value; a state added later prints as its value until named.
STATE: dict[str, dict[str, str]] = {
    "ru": {"registered": "Зарегистрирован", "issued": "Выдан", "returned": "Возвращён",
           "dispatched": "Отправлен", "delivered": "Получение подтверждено",
           "destroyed": "Уничтожен",
           "returned_to_originator": "Возвращён стороне-источнику", "lost": "Утрачен"},
    "kk": {"registered": "Тіркелген", "issued": "Берілген", "returned": "Қайтарылған",
           "dispatched": "Жіберілген", "delivered": "Алғандығы расталған",
           "destroyed": "Жойылған",
           "returned_to_originator": "Берген Тарапқа қайтарылған", "lost": "Жоғалған"},
    "ky": {"registered": "Катталган", "issued": "Берилген", "returned": "Кайтарылган",
           "dispatched": "Жөнөтүлгөн", "delivered": "Алгандыгы ырасталган",
           "destroyed": "Жок кылынган",
           "returned_to_originator": "Берген Тарапка кайтарылган", "lost": "Жоготулган"},
}


def page_count(pdf: bytes) -> int:
    """Pages of a PDF made by `frame.build_pdf` (one page object per page)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def numeric_date(day: dt.date | None) -> str:
    """21.11.2026, as journals write dates in table cells."""
    return day.strftime("%d.%m.%Y") if day else ""


def registration_title(lang: str, rows: int) -> str:
    """The printout's own title in the register: "Выписка из реестра (25 строк)"."""
    check_lang(lang)
    if lang == "kk":
        return f"Тізілімнен үзінді ({rows} жол)"
    if lang == "ky":
        return f"Реестрден көчүрмө ({rows} сап)"
    tail, last = rows % 100, rows % 10
    word = ("строка" if last == 1 and tail != 11 else
            "строки" if 2 <= last <= 4 and not 12 <= tail <= 14 else "строк")
    return f"Выписка из реестра ({rows} {word})"


@dataclass(frozen=True)
class ExtractRow:
    """One copy as the extract prints it (plain data; the service fills it)."""

    reg_no: str
    reg_date: dt.date
    kind: CarrierKind
    title: str
    level: Level
    originator_type: OriginatorType = OriginatorType.OWN
    originator: str = ""
    foreign_marking: str = ""
    reference: str = ""
    reference_date: dt.date | None = None
    copies: int = 1
    copy_no: int = 1
    sheets: int | None = None
    state: str = "registered"
    holder: str = ""
    location: str = ""
    dispatched_to: str = ""
    disposal_ref: str = ""
    disposal_date: dt.date | None = None


def highest_level(rows: Sequence[ExtractRow]) -> Level:
    """The extract's marking: the highest level among its rows."""
    if not rows:
        raise ValueError("an extract has at least one row")
    return max((r.level for r in rows), key=lambda lv: lv.rank)


# --- cells --------------------------------------------------------------------------------

@functools.cache
def _heading_style() -> ParagraphStyle:
    fonts.register()
    return ParagraphStyle("extract-head", fontName=fonts.SANS_BOLD, fontSize=5.5, leading=6.6,
                          alignment=TA_CENTER)


def _width(text: str) -> float:
    return stringWidth(text, fonts.SANS, FONT_SIZE)


def _split_word(word: str, width: float) -> list[str]:
    """A word longer than the column, cut where it must be (as Paragraph's splitLongWords)."""
    parts, current = [], ""
    for ch in word:
        if current and _width(current + ch) > width:
            parts.append(current)
            current = ""
        current += ch
    return [*parts, current]


def wrap_text(text: str, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` at 6.5 pt DejaVu Sans: at spaces,
    and inside a word only when the word alone is too wide."""
    if _width(text) <= width:
        return [text]
    space = _width(" ")
    lines: list[str] = []
    current, used = "", 0.0
    for word in text.split(" "):
        size = _width(word)
        if size > width:
            pieces = _split_word(word, width)
            if current:
                lines.append(current)
            lines.extend(pieces[:-1])
            current, used = pieces[-1], _width(pieces[-1])
        elif current and used + space + size <= width:
            current, used = f"{current} {word}", used + space + size
        elif current:
            lines.append(current)
            current, used = word, size
        else:
            current, used = word, size
    return [*lines, current]


def _cell(lines: Sequence[str], width: float) -> list[str]:
    """A cell's logical lines, whitespace folded, wrapped to the column."""
    inner = width - 2 * PAD_X
    out: list[str] = []
    for line in lines:
        text = " ".join(str(line).split())
        if text:
            out.extend(wrap_text(text, inner))
    return out or [""]


def _row_lines(row: ExtractRow, number: int, lang: str) -> list[list[str]]:
    words = WORDS[lang]
    if row.originator_type is OriginatorType.OWN and not row.originator:
        origin = [words["own"]]
    else:
        origin = [row.originator, f"№ {row.reference}" if row.reference else "",
                  numeric_date(row.reference_date)]
    level = marking(row.level, lang)
    if row.foreign_marking and row.foreign_marking.casefold() != level.casefold():
        level = f"{level} ({row.foreign_marking})"
    state = STATE[lang].get(row.state, row.state)
    if row.state == "issued":
        where = [state, row.holder]
    elif row.dispatched_to and row.state in ("dispatched", "delivered"):
        where = [state, row.dispatched_to]
    else:
        where = [state, row.location]
    disposal = [f"№ {row.disposal_ref}" if row.disposal_ref else "",
                numeric_date(row.disposal_date)]
    return [[str(number)], [row.reg_no], [numeric_date(row.reg_date)], origin,
            [row.title, KIND[lang][row.kind]], [level], [str(row.copies)], [str(row.copy_no)],
            [str(row.sheets) if row.sheets is not None else ""], where, disposal]


# --- layout -------------------------------------------------------------------------------

@dataclass
class Layout:
    """The extract cut into pages: for each page its rows (each cell its printed lines)
    and the rows' heights. Only text is kept; a page's table is built when it is drawn."""

    lang: str
    rows: int
    heading: list[Flowable]
    heading_height: float
    pages: list[tuple[list[list[str]], list[float]]]
    intro: list[Flowable]


def _intro(lang: str, rows: int, as_of: dt.date) -> list[Flowable]:
    st = styles()
    words = WORDS[lang]
    return [Paragraph(escape(words["heading"]), st["title"]),
            Paragraph(escape(words["as_of"].format(date=date_in_words(as_of, lang), n=rows)),
                      st["subtitle"])]


def _height_of(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def layout(rows: Sequence[ExtractRow], lang: str, *, organisation: str,
           as_of: dt.date) -> Layout:
    """Measure every row and pack them into pages. The first page also holds the frame's
    header (organisation, marking, copy and registration numbers) and the heading."""
    check_lang(lang)
    heading = [Cell(escape(text), _heading_style()) for text in HEADINGS[lang]]
    heading_height = max(cell.wrap(w - 2 * PAD_X, PAGE_HEIGHT)[1]
                         for cell, w in zip(heading, WIDTHS, strict=True)) + PAD_TOP + PAD_BOTTOM
    intro = _intro(lang, len(rows), as_of)
    # The header's height does not depend on the registration number's digits: one line.
    probe = FrameInfo(organisation=organisation, marking=Level.OV, lang=lang, printed_by="",
                      printed_at=dt.datetime(2000, 1, 1), registration_no="0000000/0000")
    frame_height = PAGE_HEIGHT - TOP - BOTTOM - FOOTER_HEIGHT
    first = frame_height - _height_of(first_page_header(probe)) - _height_of(intro)
    later = frame_height - LATER_TOP
    pages: list[tuple[list[list[str]], list[float]]] = []
    data: list[list[str]] = []
    heights: list[float] = []
    room = first - heading_height - SAFETY
    for number, row in enumerate(rows, start=1):
        cells = [_cell(lines, width) for lines, width in zip(_row_lines(row, number, lang),
                                                             WIDTHS, strict=True)]
        height = max(len(c) for c in cells) * LEADING + PAD_TOP + PAD_BOTTOM
        if data and height > room:
            pages.append((data, heights))
            data, heights = [], []
            room = later - heading_height - SAFETY
        data.append(["\n".join(c) for c in cells])
        heights.append(height)
        room -= height
    if data:
        pages.append((data, heights))
    return Layout(lang, len(rows), heading, heading_height, pages, intro)


# --- rendering ----------------------------------------------------------------------------

@functools.cache
def _table_style() -> TableStyle:
    fonts.register()
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ])


class _Page(Flowable):
    """One page of the extract. Its table is built when the page is drawn and dropped
    afterwards, so memory and the cost per page stay flat however long the extract is."""

    def __init__(self, heading: list[Flowable], heading_height: float, data: list[list[str]],
                 heights: list[float], on_drawn: Callable[[], None]) -> None:
        super().__init__()
        self.heading, self.heading_height = heading, heading_height
        self.data, self.heights = data, heights
        self.on_drawn = on_drawn
        self.height = heading_height + sum(heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return sum(WIDTHS), self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # laid out to fit: never cut

    def draw(self) -> None:
        table = Table([self.heading, *self.data], colWidths=WIDTHS,
                      rowHeights=[self.heading_height, *self.heights])
        table.setStyle(_table_style())
        table.wrapOn(self.canv, sum(WIDTHS), self.height)
        table.drawOn(self.canv, 0, 0)
        self.on_drawn()


def render(plan: Layout, info: FrameInfo,
           on_page: Callable[[int, int], None] | None = None) -> bytes:
    """The PDF of a laid-out extract. `on_page(done, total)` is called after each page is
    drawn (it may raise to cancel)."""
    if info.lang != plan.lang:
        raise ValueError("the frame and the extract are in different languages")
    total = len(plan.pages)
    done = 0

    def drawn() -> None:
        nonlocal done
        done += 1
        if on_page is not None:
            on_page(done, total)

    story: list[Flowable] = list(plan.intro)
    for index, (data, heights) in enumerate(plan.pages):
        if index:
            story.append(PageBreak())
        story.append(_Page(plan.heading, plan.heading_height, data, heights, drawn))
    return build_pdf(story, info)

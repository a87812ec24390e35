"""The page frame every printed form shares (FORMS.md "The page frame").

First page: the organisation at the top left; the marking at the top right with the copy
number ("Экз. № 1" / "1-дана" / "1-нуска") and the document's registration number under it.
Every page: the marking at the top right (from page 2) and at the bottom right, "Page N of
M" in the form's language, and a footer with who printed it and when, the audit record of
the print and a short form of the journal's chain head.

M is known only once the story is laid out, so the canvas keeps each finished page's state
and draws the frame on all of them when the document is saved (the usual reportlab
"numbered canvas"): one layout pass, not two.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.levels import Level, marking
from desktop.reports import fonts
from desktop.reports.text import check_lang, datetime_in_words, escape

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm          # binding side
RIGHT = 15 * mm
TOP = 15 * mm           # from the paper's edge to the first line of the frame
BOTTOM = 12 * mm        # from the paper's edge to the last footer line
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT

MARK_SIZE = 10          # the marking at the top and bottom
SMALL = 7.5             # footer lines
FOOTER_HEIGHT = 34      # points above BOTTOM kept free of the story
LATER_TOP = 22          # points below TOP kept for the marking on pages 2..M

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "copy": "Экз. № {n}",
        "registration": "Уч. № {n}",
        "page": "Лист {n} из {m}",
        "printed": "Распечатано: {who}, {when}",
        "record": "Журнал регистрации событий: запись № {seq}",
        "chain": "хеш цепочки {hash}",
    },
    "kk": {
        "copy": "{n}-дана",
        "registration": "Тіркеу № {n}",
        "page": "{m} парақтың {n}-парағы",
        "printed": "Басып шығарылды: {who}, {when}",
        "record": "Оқиғаларды тіркеу журналы: № {seq} жазба",
        "chain": "тізбек хеші {hash}",
    },
    "ky": {
        "copy": "{n}-нуска",
        "registration": "Каттоо № {n}",
        "page": "{m} барактын {n}-барагы",
        "printed": "Басылып чыгарылды: {who}, {when}",
        "record": "Окуяларды каттоо журналы: № {seq} жазуу",
        "chain": "чынжырдын хеши {hash}",
    },
}

DOCUMENT_LANG = {"ru": "ru-RU", "kk": "kk-KZ", "ky": "ky-KG"}


@dataclass(frozen=True, kw_only=True)
class FrameInfo:
    """What the frame prints around a form's story.

    `chain_head` is the hex MAC of the journal record that the footer names (normally the
    print's own record, `audit_seq`); the footer shows its first 16 hex digits, enough to
    match the paper against the journal. `registration_no` stays None until the document
    has one in the register; the line is then left out."""

    organisation: str
    marking: Level
    lang: str
    printed_by: str
    printed_at: dt.datetime
    chain_head: str = ""
    audit_seq: int | None = None
    copy_no: int = 1
    registration_no: str | None = None
    title: str = ""  # PDF metadata only

    def __post_init__(self) -> None:
        check_lang(self.lang)
        if self.copy_no < 1:
            raise ValueError("copy numbers start at 1")


def short_hash(hex_digest: str, digits: int = 16) -> str:
    """"a1b2 c3d4 e5f6 0718": the first `digits` hex digits in groups of four."""
    head = "".join(ch for ch in hex_digest.lower() if ch in "0123456789abcdef")[:digits]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


# --- styles -------------------------------------------------------------------------------

@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles forms build on (DejaVu Sans, Cyrillic and Kazakh letters)."""
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=11, leading=14.5,
                          alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11.5),
        "label": ParagraphStyle("label", parent=body, fontSize=10, leading=13,
                                textColor=colors.HexColor("#333333")),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.SANS_BOLD, fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14,
                                   alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.SANS_BOLD,
                                  fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "organisation": ParagraphStyle("organisation", parent=body, fontName=fonts.SANS_BOLD,
                                       fontSize=10, leading=13),
        "marking": ParagraphStyle("marking", parent=body, fontSize=MARK_SIZE, leading=13,
                                  alignment=TA_RIGHT),
    }


# --- the first page's header --------------------------------------------------------------

def marking_block(info: FrameInfo) -> str:
    """Markup of the first page's top-right block: marking, copy no., registration no."""
    words = WORDS[info.lang]
    lines = [f"<b>{escape(marking(info.marking, info.lang))}</b>",
             escape(words["copy"].format(n=info.copy_no))]
    if info.registration_no:
        lines.append(escape(words["registration"].format(n=info.registration_no)))
    return "<br/>".join(lines)


def first_page_header(info: FrameInfo) -> list[Flowable]:
    """The organisation (left, wraps when long) beside the marking block (right)."""
    st = styles()
    left = Paragraph(escape(info.organisation), st["organisation"])
    right = Paragraph(marking_block(info), st["marking"])
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else the table names Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table, Spacer(1, 8 * mm)]


# --- what the canvas draws on every page --------------------------------------------------

def _fit(canv: Canvas, text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """Shrink the type down to 5.5 pt, then cut with an ellipsis, so a long name never
    runs into the right-hand column."""
    while size > 5.5 and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text += "…"
    return text, size


def footer_lines(info: FrameInfo) -> list[str]:
    words = WORDS[info.lang]
    who = " ".join(info.printed_by.split())
    lines = [words["printed"].format(who=who, when=datetime_in_words(info.printed_at,
                                                                     info.lang))]
    journal = []
    if info.audit_seq is not None:
        journal.append(words["record"].format(seq=info.audit_seq))
    if info.chain_head:
        journal.append(words["chain"].format(hash=short_hash(info.chain_head)))
    if journal:
        lines.append(", ".join(journal))
    return lines


def page_label(info: FrameInfo, page: int, total: int) -> str:
    return WORDS[info.lang]["page"].format(n=page, m=total)


def draw_frame(canv: Canvas, info: FrameInfo, page: int, total: int) -> None:
    mark = marking(info.marking, info.lang)
    right_x = PAGE_WIDTH - RIGHT
    canv.saveState()
    canv.setFillColor(colors.black)
    if page > 1:
        canv.setFont(fonts.SANS_BOLD, MARK_SIZE)
        canv.drawRightString(right_x, PAGE_HEIGHT - TOP - MARK_SIZE, mark)
    # Bottom: a thin rule; the footer text on the left, marking and page on the right.
    rule_y = BOTTOM + FOOTER_HEIGHT - 8
    canv.setLineWidth(0.4)
    canv.line(LEFT, rule_y, right_x, rule_y)
    canv.setFont(fonts.SANS_BOLD, MARK_SIZE)
    canv.drawRightString(right_x, BOTTOM + 12, mark)
    canv.setFont(fonts.SANS, 9)
    canv.drawRightString(right_x, BOTTOM, page_label(info, page, total))
    left_width = CONTENT_WIDTH - max(stringWidth(mark, fonts.SANS_BOLD, MARK_SIZE),
                                     stringWidth(page_label(info, page, total),
                                                 fonts.SANS, 9)) - 12
    y = BOTTOM + 12
    for line in footer_lines(info):
        text, size = _fit(canv, line, fonts.SANS, SMALL, left_width)
        canv.setFont(fonts.SANS, size)
        canv.drawString(LEFT, y, text)
        y -= 12
    canv.restoreState()


class _NumberedCanvas(Canvas):
    """Keeps every finished page and draws the frame on all of them at save(), when the
    number of pages is known."""

    def __init__(self, *args: Any, info: FrameInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame_info = info
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            draw_frame(self, self._frame_info, number, total)
            super().showPage()
        super().save()


# --- building a document ------------------------------------------------------------------

def build_pdf(story: Iterable[Flowable], info: FrameInfo) -> bytes:
    """Lay out `story` on A4 inside the frame and return the PDF. The first page's header
    (organisation, marking, copy and registration numbers) is put in front of the story."""
    fonts.register()
    styles()
    buffer = io.BytesIO()
    story_top = PAGE_HEIGHT - TOP
    story_bottom = BOTTOM + FOOTER_HEIGHT
    first = Frame(LEFT, story_bottom, CONTENT_WIDTH, story_top - story_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    later = Frame(LEFT, story_bottom, CONTENT_WIDTH, story_top - LATER_TOP - story_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later")
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, title=info.title, author=info.organisation, creator="Grif",
        subject="", lang=DOCUMENT_LANG[info.lang],
        initialFontName=fonts.SANS,
    )
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later]),
    ])
    doc.build([*first_page_header(info), *story],
              canvasmaker=functools.partial(_NumberedCanvas, info=info))
    return buffer.getvalue()

"""Blocks the acts and requests share (FORMS.md "Blocks"): the approval block at the top
right of the first page (and the agreement block at the top left where a rule asks for
one), signature lines at the end, and the two-column list of a form's particulars (label on
the left, value on the right)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.reports.frame import CONTENT_WIDTH, styles
from desktop.reports.text import check_lang, date_in_words, escape

WORDS: dict[str, dict[str, str]] = {
    "ru": {"approve": "УТВЕРЖДАЮ", "agree": "СОГЛАСОВАНО", "signature": "(подпись)",
           "name": "(И.О. Фамилия)", "position": "(должность)",
           "date_line": "«__» ________ 20__ г."},
    "kk": {"approve": "БЕКІТЕМІН", "agree": "КЕЛІСІЛДІ", "signature": "(қолы)",
           "name": "(аты-жөні)", "position": "(лауазымы)",
           "date_line": "20__ жылғы «__» ________"},
    "ky": {"approve": "БЕКИТЕМ", "agree": "МАКУЛДАШЫЛДЫ", "signature": "(колу)",
           "name": "(аты-жөнү)", "position": "(кызматы)",
           "date_line": "20__-жылдын «__» ________"},
}

LINE = "_" * 16          # where the signature goes
BLANK = "_" * 24         # a field left to be filled in by hand


@dataclass(frozen=True)
class Signer:
    """Who signs: the position and the name written as "И.О. Фамилия"."""

    position: str
    name: str


def _plain() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ])


def _corner(lang: str, word: str, position: str, name: str, day: dt.date | None,
            reference: str = "") -> Paragraph:
    """The lines of an approval or agreement block: the word in bold, the position (or the
    body), a signature line with "И.О. Фамилия", an optional reference line, the date in
    words once known (else the date line to fill in by hand)."""
    st = styles()
    words = WORDS[lang]
    lines = [f"<b>{escape(words[word])}</b>",
             escape(position) if position.strip() else BLANK,
             f"{LINE} {escape(name) if name.strip() else BLANK}"]
    if reference.strip():
        lines.append(escape(reference.strip()))
    lines.append(escape(date_in_words(day, lang) if day else words["date_line"]))
    return Paragraph("<br/>".join(lines), st["body"])


def _halves(left: Flowable | str, right: Flowable | str) -> list[Flowable]:
    """One row of two half-page cells: the agreement on the left, the approval on the right."""
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def approval_block(lang: str, position: str, name: str,
                   approved: dt.date | None = None) -> list[Flowable]:
    """УТВЕРЖДАЮ / БЕКІТЕМІН / БЕКИТЕМ, the head's position, a signature line with the
    head's "И.О. Фамилия", the date line (the approval date in words once approved); in
    the right-hand half of the page."""
    check_lang(lang)
    return _halves("", _corner(lang, "approve", position, name, approved))


def agreement_block(lang: str, position: str, name: str, agreed: dt.date | None = None,
                    reference: str = "", *,
                    approval: tuple[str, str, dt.date | None] | None = None) -> list[Flowable]:
    """СОГЛАСОВАНО / КЕЛІСІЛДІ / МАКУЛДАШЫЛДЫ, the same shape as the approval block (the
    agreeing body or its official's position, a signature line with the name, the date)
    plus the agreement's reference when there is one; in the left-hand half of the page.
    With `approval` = (position, name, approved) the approval block stands beside it in
    the right-hand half, as forms print the two side by side."""
    check_lang(lang)
    right = "" if approval is None else _corner(lang, "approve", *approval)
    return _halves(_corner(lang, "agree", position, name, agreed, reference), right)


def signature_block(lang: str, role: str, signer: Signer | None,
                    note: str = "") -> list[Flowable]:
    """A role, then position | line | "И.О. Фамилия" with "(подпись)" under the line, and
    an optional small note (e.g. how the person confirmed in the program). A position or
    name not known (or no signer at all) is left as a line to fill in by hand."""
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    position = signer.position.strip() if signer else ""
    name = signer.name.strip() if signer else ""
    under = [Paragraph(escape(words["position"]), st["small"]) if not position else "",
             Paragraph(escape(words["signature"]), st["small"]),
             Paragraph(escape(words["name"]), st["small"]) if not name else ""]
    position = escape(position) if position else BLANK
    name = escape(name) if name else BLANK
    rows = [[Paragraph(position, st["body"]), Paragraph(LINE, st["body"]),
             Paragraph(name, st["body"])], under]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.27,
                                   CONTENT_WIDTH * 0.28])
    table.setStyle(_plain())
    out: list[Flowable] = [Paragraph(f"<b>{escape(role)}</b>", st["label"]), table]
    if note:
        out.append(Paragraph(escape(note), st["small"]))
    out.append(Spacer(1, 10))
    return out


def particulars(rows: Sequence[tuple[str, str]], *, label_share: float = 0.34,
                width: float = CONTENT_WIDTH) -> Table:
    """The form's particulars: label | value per row, values escaped (user text)."""
    st = styles()
    data = [[Paragraph(escape(label), st["label"]), Paragraph(escape(value), st["body"])]
            for label, value in rows]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    return table

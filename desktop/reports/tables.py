"""The ruled table of the acts and lists (marking change, destruction, return, inventory):
a header row of small bold headings, then one row per item, split by rows across pages with
the header repeated on every page.

Its cells wrap once and keep the result (`Cell`): a split hands the same cells to the rest
of the table, and without the cache every split would wrap all remaining rows again
(quadratic in pages). Every cell is escaped: user text prints as typed."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.reports import fonts
from desktop.reports.text import escape


class Cell(Paragraph):
    """A table cell wrapped once per width: the table's splits reuse the result."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_width", None) == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


@functools.cache
def cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """(body, heading) styles of the cells."""
    fonts.register()
    body = ParagraphStyle("act-cell", fontName=fonts.SANS, fontSize=7.5, leading=9)
    head = ParagraphStyle("act-head", parent=body, fontName=fonts.SANS_BOLD, fontSize=6.5,
                          leading=8)
    return body, head


@functools.cache
def table_style() -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def grid(headings: Sequence[str], rows: Iterable[Sequence[str]],
         widths: Sequence[float]) -> Table:
    """The headings and the rows (plain text, one string per column) as one table that
    splits by rows with its header repeated on every page."""
    body, head = cell_styles()
    data: list[list[Flowable]] = [[Cell(escape(c), head) for c in headings]]
    data += [[Cell(escape(c), body) for c in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=1)
    table.setStyle(table_style())
    return table


def sheets_text(sheets: int | None) -> str:
    """A sheet count in a cell; unknown stays empty."""
    return "" if sheets is None else str(sheets)

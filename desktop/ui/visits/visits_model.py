"""The visit requests as a table: the service's list (tens, not millions) held whole; a filter
asks the service again. A draft's days left to send and their highlight follow the 4-week
rule (S001 a.10 p.2) and the warning setting, with the words in the cell, never the colour
alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.visits import VisitState
from desktop.services.visit_view import Visit
from desktop.ui.destruction.list_model import SectionListModel
from desktop.ui.models.rows_model import Index
from desktop.ui.register.level_badge import level_name
from desktop.ui.visits import texts

# (key, header source text in context "VisitsModel")
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("VisitsModel", "Request")),
    ("direction", QT_TRANSLATE_NOOP("VisitsModel", "Direction")),
    ("state", QT_TRANSLATE_NOOP("VisitsModel", "State")),
    ("dates", QT_TRANSLATE_NOOP("VisitsModel", "Proposed dates")),
    ("level", QT_TRANSLATE_NOOP("VisitsModel", "Level")),
    ("visitors", QT_TRANSLATE_NOOP("VisitsModel", "Visitors")),
    ("left", QT_TRANSLATE_NOOP("VisitsModel", "Days left to send")),
)
HIGHLIGHTED = ("number", "left")


def cell_text(row: Visit, key: str, today: dt.date, warn_days: int) -> str:
    if key == "number":
        return row.number
    if key == "direction":
        return texts.direction_text(row.direction)
    if key == "state":
        return texts.state_text(row.state)
    if key == "dates":
        return texts.period_text(row)
    if key == "level":
        return level_name(row.level)
    if key == "visitors":
        return str(len(row.visitors))
    if key == "left":
        if row.state is VisitState.DRAFT:
            return texts.left_text(row.start_date, today, warn_days)
        if row.late:
            return QCoreApplication.translate("VisitsModel", "sent late")
    return ""


class VisitsModel(SectionListModel):
    CONTEXT = "VisitsModel"
    COLUMNS = COLUMNS
    TYPED = frozenset({"number"})
    NUMBERS = frozenset({"visitors"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.warn_days = 7

    def set_rows(self, rows: list[Visit], today: dt.date | None = None,
                 warn_days: int | None = None) -> None:
        self.today = today or dt.date.today()
        if warn_days is not None:
            self.warn_days = warn_days
        super().set_rows(rows)

    def text(self, row: Visit, key: str) -> str:
        return cell_text(row, key, self.today, self.warn_days)

    def level(self, row: Visit) -> Level:
        return row.level

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index.row()) if index.isValid() else None
        key = self.key(index.column()) if row is not None else ""
        if row is not None and row.state is VisitState.DRAFT and key in HIGHLIGHTED \
                and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            found = texts.brushes(row.start_date, self.today, self.warn_days)
            if found is not None:
                return found[0] if role == Qt.ItemDataRole.BackgroundRole else found[1]
        return super().data(index, role)

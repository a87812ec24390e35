"""The marking-change cases as a table: the service's list (hundreds, not millions) held
whole; a filter asks the service again. Days left and their highlight come from the domain's
urgency, with the words in the cell, never the colour alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.domain.marking import CaseState
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.marking import CaseRow
from desktop.ui.marking import texts
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.widgets import display

CaseIdRole = Qt.ItemDataRole.UserRole + 1

# (key, header source text in context "MarkingCasesModel")
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("MarkingCasesModel", "Case")),
    ("named", QT_TRANSLATE_NOOP("MarkingCasesModel", "Registrations named")),
    ("change", QT_TRANSLATE_NOOP("MarkingCasesModel", "Change")),
    ("originator", QT_TRANSLATE_NOOP("MarkingCasesModel", "Originator")),
    ("deadline", QT_TRANSLATE_NOOP("MarkingCasesModel", "Deadline")),
    ("left", QT_TRANSLATE_NOOP("MarkingCasesModel", "Days left")),
    ("copies", QT_TRANSLATE_NOOP("MarkingCasesModel", "Copies re-marked")),
    ("state", QT_TRANSLATE_NOOP("MarkingCasesModel", "State")),
)


def cell_text(row: CaseRow, key: str, today: dt.date) -> str:
    if key == "number":
        return row.number
    if key == "named":
        return row.named
    if key == "change":
        return texts.change_text(row.old_level, row.new_level)
    if key == "originator":
        return display.originator_text(row.originator_type, row.originator)
    if key == "deadline":
        return display.day_text(row.deadline)
    if key == "left":
        if row.state is CaseState.CLOSED:
            return QCoreApplication.translate("MarkingCasesModel", "closed on %1").replace(
                "%1", display.moment_text(row.closed_at))
        return texts.days_text(row.deadline, today)
    if key == "copies":
        return f"{row.done}/{row.total}"
    if key == "state":
        return QCoreApplication.translate("Marking", row.state.label)
    return ""


class MarkingCasesModel(RowsModel):
    CONTEXT = "MarkingCasesModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_rows(self, rows: list[CaseRow], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, key, self.today)
        if role == CaseIdRole:
            return row.id
        highlighted = row.state is CaseState.OPEN and key in ("number", "deadline", "left")
        if highlighted and role in (Qt.ItemDataRole.BackgroundRole,
                                    Qt.ItemDataRole.ForegroundRole):
            found = texts.brushes(row.deadline, self.today)
            if found is not None:
                return found[0] if role == Qt.ItemDataRole.BackgroundRole else found[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "copies":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

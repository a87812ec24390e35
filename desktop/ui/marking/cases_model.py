"""The marking-change cases as a table: the service's list (hundreds, not millions) held
whole; a filter asks the service again. Days left and their highlight come from the domain's
urgency, with the words in the cell, never the colour alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.marking import CaseState
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.marking import CaseRow
from desktop.ui.marking import texts

CaseIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

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
KEYS = tuple(key for key, _ in COLUMNS)


def cell_text(row: CaseRow, key: str, today: dt.date) -> str:
    if key == "number":
        return row.number
    if key == "named":
        return row.named
    if key == "change":
        return texts.change_text(row.old_level, row.new_level)
    if key == "originator":
        return texts.originator_text(row.originator_type, row.originator)
    if key == "deadline":
        return texts.day_text(row.deadline)
    if key == "left":
        if row.state is CaseState.CLOSED:
            return QCoreApplication.translate("MarkingCasesModel", "closed on %1").replace(
                "%1", texts.moment_text(row.closed_at))
        return texts.days_text(row.deadline, today)
    if key == "copies":
        return f"{row.done}/{row.total}"
    if key == "state":
        return QCoreApplication.translate("Marking", row.state.label)
    return ""


class MarkingCasesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[CaseRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def case_row(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    @staticmethod
    def column_of(key: str) -> int:
        return KEYS.index(key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("MarkingCasesModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = KEYS[index.column()]
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

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

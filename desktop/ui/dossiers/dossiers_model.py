"""The dossiers as a table (dozens a year, held whole): number, variant, the case or the
owner, the level, the state, the deadline with the days left — highlighted amber when due
soon and red once overdue, and said in words too — the chair and the amount."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.dossier_view import Dossier
from desktop.ui.dossiers import texts
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.register.level_badge import LevelRole, level_name
from desktop.ui.widgets.display import day_text

HIGHLIGHTED = ("number", "deadline", "left")


class DossiersModel(RowsModel):
    CONTEXT = "DossiersModel"
    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("DossiersModel", "No.")),
        ("variant", QT_TRANSLATE_NOOP("DossiersModel", "Variant")),
        ("case", QT_TRANSLATE_NOOP("DossiersModel", "Case or owner")),
        ("level", QT_TRANSLATE_NOOP("DossiersModel", "Level")),
        ("state", QT_TRANSLATE_NOOP("DossiersModel", "State")),
        ("deadline", QT_TRANSLATE_NOOP("DossiersModel", "Deadline")),
        ("left", QT_TRANSLATE_NOOP("DossiersModel", "Days left")),
        ("chair", QT_TRANSLATE_NOOP("DossiersModel", "Commission chair")),
        ("amount", QT_TRANSLATE_NOOP("DossiersModel", "Amount")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_today(self, today: dt.date) -> None:
        self.today = today

    def text(self, d: Dossier, key: str) -> str:
        values = {
            "number": lambda: d.number,
            "variant": lambda: texts.label(d.variant),
            "case": lambda: texts.case_text(d),
            "level": lambda: level_name(d.level or d.top),
            "state": lambda: texts.label(d.state),
            "deadline": lambda: day_text(d.deadline) or "—",
            "left": lambda: texts.left_text(d, self.today),
            "chair": lambda: texts.chair_name(d),
            "amount": lambda: texts.amount_text(d),
        }
        return values[key]()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d: Dossier | None = self.item(index.row()) if index.isValid() else None
        if d is None:
            return None
        key = self.key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(d, key)
        if role == LevelRole:
            return (d.level or d.top).value if key == "level" else None
        if key in HIGHLIGHTED and role in (Qt.ItemDataRole.BackgroundRole,
                                           Qt.ItemDataRole.ForegroundRole):
            found = texts.highlight(d, self.today)
            if found is not None:
                return found[0] if role == Qt.ItemDataRole.BackgroundRole else found[1]
        return None

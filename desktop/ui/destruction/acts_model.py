"""The destruction acts as a table: the service's list (hundreds, not millions) held whole;
the state filter asks the service again. Also how an act's state and basis read on screen,
shared with the act's dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.destruction import ActState, BasisKind
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.destruction import ActRow
from desktop.ui.destruction.list_model import SectionListModel
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import day_text, fill

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("DestructionActsModel", "Act No.")),
    ("date", QT_TRANSLATE_NOOP("DestructionActsModel", "Date")),
    ("level", QT_TRANSLATE_NOOP("DestructionActsModel", "Level")),
    ("state", QT_TRANSLATE_NOOP("DestructionActsModel", "State")),
    ("basis", QT_TRANSLATE_NOOP("DestructionActsModel", "Basis")),
    ("copies", QT_TRANSLATE_NOOP("DestructionActsModel", "Copies")),
    ("method", QT_TRANSLATE_NOOP("DestructionActsModel", "Method")),
)


def state_text(state: ActState) -> str:
    return QCoreApplication.translate("Destruction", state.label)


def basis_text(kind: BasisKind, reference: str = "", day: dt.date | None = None) -> str:
    """"Decision of the organisation: No. 12 of 01.02.2026" (the reference when there is
    one)."""
    name = QCoreApplication.translate("Destruction", kind.label)
    if not reference:
        return name
    return fill(QCoreApplication.translate("DestructionActsModel", "%1: No. %2 of %3"), name,
                reference, day_text(day) or "—")


def cell_text(row: ActRow, key: str) -> str:
    values = {
        "number": row.number,
        "date": day_text(row.act_date),
        "level": level_name(row.top),
        "state": state_text(row.state),
        "basis": basis_text(row.basis_kind),
        "copies": str(row.copies),
        "method": row.method,
    }
    return values.get(key, "")


class DestructionActsModel(SectionListModel):
    CONTEXT = "DestructionActsModel"
    COLUMNS = COLUMNS
    TYPED = frozenset({"method"})

    def act_row(self, row: int) -> ActRow | None:
        return self.item(row)

    def text(self, row: ActRow, key: str) -> str:
        return cell_text(row, key)

    def level(self, row: ActRow) -> Level:
        return row.top

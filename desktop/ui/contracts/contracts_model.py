"""The contracts as a table: the service's list (tens, not millions) held whole, those in
force first. Also how a contract's state reads on screen, shared with its view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject

from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.contracts import Contract
from desktop.ui.destruction.list_model import SectionListModel
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import day_text, fill

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("ContractsModel", "Contract No.")),
    ("signed_on", QT_TRANSLATE_NOOP("ContractsModel", "Signed on")),
    ("subject", QT_TRANSLATE_NOOP("ContractsModel", "Subject")),
    ("other_body", QT_TRANSLATE_NOOP("ContractsModel", "Kyrgyz party's body")),
    ("level", QT_TRANSLATE_NOOP("ContractsModel", "Highest level")),
    ("state", QT_TRANSLATE_NOOP("ContractsModel", "State")),
    ("items", QT_TRANSLATE_NOOP("ContractsModel", "Items")),
)


def state_text(contract: Contract, today: dt.date) -> str:
    """In force, ended (on the day it was ended) or expired (after its last valid day)."""
    if contract.ended_on is not None:
        return fill(QCoreApplication.translate("ContractsModel", "Ended on %1"),
                    day_text(contract.ended_on))
    if not contract.in_force(today):
        return fill(QCoreApplication.translate("ContractsModel", "Expired on %1"),
                    day_text(contract.valid_until))
    return QCoreApplication.translate("ContractsModel", "In force")


class ContractsModel(SectionListModel):
    CONTEXT = "ContractsModel"
    COLUMNS = COLUMNS
    TYPED = frozenset({"number", "subject", "other_body"})
    NUMBERS = frozenset({"items"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_rows(self, rows: list[Contract], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().set_rows(rows)

    def text(self, row: Contract, key: str) -> str:
        values = {
            "number": row.number,
            "signed_on": day_text(row.signed_on),
            "subject": row.subject,
            "other_body": row.other_body,
            "level": level_name(row.top),
            "state": state_text(row, self.today),
            "items": str(len(row.items)),
        }
        return values.get(key, "")

    def level(self, row: Contract) -> Level:
        return row.top

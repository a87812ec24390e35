"""The return lists as a table: the service's list held whole, newest unconfirmed first.
Also how a return list's state reads on screen, shared with its dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.returns import ReturnList
from desktop.ui.destruction.list_model import SectionListModel
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import day_text, fill

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("ReturnListsModel", "List No.")),
    ("date", QT_TRANSLATE_NOOP("ReturnListsModel", "Date")),
    ("level", QT_TRANSLATE_NOOP("ReturnListsModel", "Level")),
    ("originator", QT_TRANSLATE_NOOP("ReturnListsModel", "Originator")),
    ("notice", QT_TRANSLATE_NOOP("ReturnListsModel", "Originator's notice")),
    ("copies", QT_TRANSLATE_NOOP("ReturnListsModel", "Copies")),
    ("state", QT_TRANSLATE_NOOP("ReturnListsModel", "State")),
)
def return_state_text(found: ReturnList) -> str:
    if found.confirmed:
        return QCoreApplication.translate("ReturnListsModel", "Receipt confirmed")
    return QCoreApplication.translate("ReturnListsModel", "Sent, awaiting confirmation")


def notice_text(found: ReturnList) -> str:
    return fill(QCoreApplication.translate("ReturnListsModel", "No. %1 of %2"),
                found.notice_reference, day_text(found.notice_date))


def cell_text(row: ReturnList, key: str) -> str:
    values = {
        "number": row.number,
        "date": day_text(row.list_date),
        "level": level_name(row.top),
        "originator": row.originator,
        "notice": notice_text(row),
        "copies": str(len(row.copies)),
        "state": return_state_text(row),
    }
    return values.get(key, "")


class ReturnListsModel(SectionListModel):
    CONTEXT = "ReturnListsModel"
    COLUMNS = COLUMNS
    TYPED = frozenset({"originator", "notice"})

    def return_row(self, row: int) -> ReturnList | None:
        return self.item(row)

    def text(self, row: ReturnList, key: str) -> str:
        return cell_text(row, key)

    def level(self, row: ReturnList) -> Level:
        return row.top

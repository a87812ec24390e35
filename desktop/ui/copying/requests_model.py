"""The copy requests as a table: the service's list (hundreds of rows, not millions), re-read
whenever a filter changes or a request moves on. Texts are translated when shown, so a
language switch only needs `retranslate()`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from desktop.domain.copying import RequestState
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.copying import CopyRequest
from desktop.ui.copying.form import safe_tooltip
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.register.level_badge import LevelRole, level_name
from desktop.ui.widgets.display import day_text, fill

COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("CopyRequestsModel", "No.")),
    ("reg_no", QT_TRANSLATE_NOOP("CopyRequestsModel", "Registration")),
    ("title", QT_TRANSLATE_NOOP("CopyRequestsModel", "Title")),
    ("level", QT_TRANSLATE_NOOP("CopyRequestsModel", "Level")),
    ("requester", QT_TRANSLATE_NOOP("CopyRequestsModel", "Requester")),
    ("asked", QT_TRANSLATE_NOOP("CopyRequestsModel", "Copies asked")),
    ("permitted", QT_TRANSLATE_NOOP("CopyRequestsModel", "Permitted / made")),
    ("state", QT_TRANSLATE_NOOP("CopyRequestsModel", "State")),
    ("permission", QT_TRANSLATE_NOOP("CopyRequestsModel", "Permission or refusal")),
)
WITH_TOOLTIP = {"title", "requester", "permitted", "permission"}

RequestIdRole = Qt.ItemDataRole.UserRole + 1


def state_text(state: RequestState) -> str:
    return QCoreApplication.translate("Copying", state.label)


def numbers_text(numbers: tuple[int, ...]) -> str:
    return fill(QCoreApplication.translate("CopyRequestsModel", "No. %1"),
                ", ".join(str(n) for n in numbers))


def permitted_text(req: CopyRequest) -> str:
    """Authorised / made, and the numbers of the copies made so far."""
    if req.state not in (RequestState.APPROVED, RequestState.USED_UP):
        return "—"
    text = f"{req.authorised} / {req.made}"
    if req.copy_numbers:
        text = fill(QCoreApplication.translate("CopyRequestsModel", "%1 (copies %2)"),
                    text, numbers_text(req.copy_numbers))
    return text


def permission_text(req: CopyRequest) -> str:
    """Who permitted, under which reference, when — or why it was refused, or who is to
    decide while the request waits."""
    if req.state is RequestState.PENDING:
        return fill(QCoreApplication.translate("CopyRequestsModel", "Awaited: %1"),
                    QCoreApplication.translate("Copying", req.source.label))
    parts = [req.permitted_by]
    if req.permission_reference:
        parts.append(fill(QCoreApplication.translate("CopyRequestsModel", "ref. %1"),
                          req.permission_reference))
    parts.append(day_text(req.permission_date))
    who = ", ".join(p for p in parts if p)
    if req.state is RequestState.REFUSED:
        reason = " ".join(req.refusal_reason.split())       # one line in the table
        if who:
            return fill(QCoreApplication.translate("CopyRequestsModel", "Refused: %1 (%2)"),
                        reason, who)
        return fill(QCoreApplication.translate("CopyRequestsModel", "Refused: %1"), reason)
    return who


class CopyRequestsModel(RowsModel):
    CONTEXT = "CopyRequestsModel"
    COLUMNS = COLUMNS

    def request(self, row: int) -> CopyRequest | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        req = self.request(index.row()) if index.isValid() else None
        if req is None:
            return None
        key = self.key(index.column())
        if role == RequestIdRole:
            return req.id
        if role == LevelRole:
            return req.level.value if key == "level" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("number", "asked"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(req, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in WITH_TOOLTIP:
            return safe_tooltip(self.text(req, key))
        return None

    def text(self, req: CopyRequest, key: str) -> str:
        if key == "number":
            return req.number
        if key == "reg_no":
            return req.reg_no
        if key == "title":
            return req.title
        if key == "level":
            return level_name(req.level)
        if key == "requester":
            return req.requester
        if key == "asked":
            return str(req.copies_asked)
        if key == "permitted":
            return permitted_text(req)
        if key == "state":
            return state_text(req.state)
        return permission_text(req)

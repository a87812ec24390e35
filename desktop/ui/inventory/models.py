"""The inventory checks and the loss/disclosure cases as tables: the services' lists (a
check a year and a few unscheduled ones; cases by the dozen) held whole and asked again on
every refresh. Texts are translated when shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.incidents import Incident, IncidentCopy
from desktop.services.inventory import Check
from desktop.ui.copying.form import safe_tooltip
from desktop.ui.inventory import texts
from desktop.ui.models.rows_model import Index, RowsModel
from desktop.ui.register.level_badge import LevelRole, level_name
from desktop.ui.widgets.display import day_text

COUNTS = ("expected", "found", "missing", "unchecked", "surplus")


def chair_of(check: Check) -> str:
    return next((m.full_name for m in check.commission if m.role == "chair"), "")


class ChecksModel(RowsModel):
    CONTEXT = "ChecksModel"
    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("ChecksModel", "No.")),
        ("kind", QT_TRANSLATE_NOOP("ChecksModel", "Kind")),
        ("as_of", QT_TRANSLATE_NOOP("ChecksModel", "As of")),
        ("chair", QT_TRANSLATE_NOOP("ChecksModel", "Commission chair")),
        ("expected", QT_TRANSLATE_NOOP("ChecksModel", "Expected")),
        ("found", QT_TRANSLATE_NOOP("ChecksModel", "Found")),
        ("missing", QT_TRANSLATE_NOOP("ChecksModel", "Missing")),
        ("unchecked", QT_TRANSLATE_NOOP("ChecksModel", "Not checked")),
        ("surplus", QT_TRANSLATE_NOOP("ChecksModel", "Surplus")),
        ("state", QT_TRANSLATE_NOOP("ChecksModel", "State")),
    )

    def check(self, row: int) -> Check | None:
        return self.item(row)

    def text(self, check: Check, key: str) -> str:
        if key == "number":
            return check.number
        if key == "kind":
            if check.custodian:
                return f"{texts.kind_text(check.kind)}: {check.custodian}"
            return texts.kind_text(check.kind)
        if key == "as_of":
            return day_text(check.as_of)
        if key == "chair":
            return chair_of(check)
        if key in COUNTS:
            return str(check.counts[key])
        return texts.check_state_text(check.state)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        check = self.check(index.row()) if index.isValid() else None
        if check is None:
            return None
        key = self.key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(check, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "kind" and check.reason:
            return safe_tooltip(check.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def concerned_text(case: Incident) -> str:
    """The copies of a case by their labels, or the information as it was described."""
    if case.copies:
        return ", ".join(texts.label_text(c.reg_no, c.copy_no) for c in case.copies)
    return texts.one_line(case.description)


class IncidentsModel(RowsModel):
    CONTEXT = "IncidentsModel"
    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("IncidentsModel", "No.")),
        ("kind", QT_TRANSLATE_NOOP("IncidentsModel", "Kind")),
        ("date_found", QT_TRANSLATE_NOOP("IncidentsModel", "Found on")),
        ("what", QT_TRANSLATE_NOOP("IncidentsModel", "Copies or information")),
        ("level", QT_TRANSLATE_NOOP("IncidentsModel", "Level")),
        ("state", QT_TRANSLATE_NOOP("IncidentsModel", "State")),
        ("check", QT_TRANSLATE_NOOP("IncidentsModel", "Inventory check")),
    )

    def incident(self, row: int) -> Incident | None:
        return self.item(row)

    def text(self, case: Incident, key: str) -> str:
        values = {
            "number": lambda: case.number,
            "kind": lambda: texts.incident_kind_text(case.kind),
            "date_found": lambda: day_text(case.date_found),
            "what": lambda: concerned_text(case),
            "level": lambda: level_name(case.level),
            "state": lambda: texts.incident_state_text(case.state),
            "check": lambda: case.check_number or "—",
        }
        return values[key]()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.incident(index.row()) if index.isValid() else None
        if case is None:
            return None
        key = self.key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(case, key)
        if role == LevelRole:
            return case.level.value if key == "level" else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "what":
            return safe_tooltip(case.description if not case.copies else concerned_text(case))
        return None


class IncidentCopiesModel(RowsModel):
    """The copies a case concerns, with the state each one is in now."""

    CONTEXT = "IncidentCopiesModel"
    COLUMNS = (
        ("reg_no", QT_TRANSLATE_NOOP("IncidentCopiesModel", "Registration")),
        ("copy_no", QT_TRANSLATE_NOOP("IncidentCopiesModel", "Copy")),
        ("title", QT_TRANSLATE_NOOP("IncidentCopiesModel", "Title")),
        ("level", QT_TRANSLATE_NOOP("IncidentCopiesModel", "Level")),
        ("state", QT_TRANSLATE_NOOP("IncidentCopiesModel", "State now")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        copy: IncidentCopy | None = self.item(index.row()) if index.isValid() else None
        if copy is None:
            return None
        key = self.key(index.column())
        if role == LevelRole:
            return copy.level.value if key == "level" else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "level":
            return level_name(copy.level)
        if key == "state":
            return QCoreApplication.translate("CopyState", copy.state.label)
        return str(getattr(copy, key))

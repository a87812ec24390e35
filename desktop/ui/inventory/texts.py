"""How inventory checks and loss cases read on screen, shared by their pages and dialogs: a
copy's label ("12с/2026 / 3") read back into its numbers, the check's counts, results and
the kinds and states in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.domain import fields
from desktop.domain.errors import InvalidInput
from desktop.domain.incidents import IncidentKind, IncidentState
from desktop.domain.inventory import CheckKind, CheckState, ItemResult
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.ui.widgets.display import fill

# A copy's label: the registration number, then the copy number after " / " (or "№", "#",
# or a space). The registration number may itself hold "/" ("12с/2026"), so the copy number
# is the last number and needs a separator that is not a bare "/".
LABEL = re.compile(r"\s*(?P<reg>.*?\S)(?:\s*[№#]\s*|\s+/\s*|\s*/\s+|\s+)(?P<copy>\d{1,9})\s*")
LABEL_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "write the registration number, a slash and the copy number, e.g. 12с/2026 / 3")
SEPARATORS = re.compile(r"[;\n]+")


def parse_label(text: str) -> tuple[str, int]:
    """(registration number, copy number) of a label; InvalidInput when it is not one."""
    found = LABEL.fullmatch(text)
    if found is None or int(found["copy"]) < 1:
        raise InvalidInput(fields.REG_NO, LABEL_FORMAT)
    return found["reg"], int(found["copy"])


def parse_labels(text: str) -> list[tuple[str, int]]:
    """Several labels, one a line or separated by semicolons; each once."""
    parts = [p for p in (s.strip() for s in SEPARATORS.split(text)) if p]
    return list(dict.fromkeys(parse_label(p) for p in parts))


def label_text(reg_no: str, copy_no: int) -> str:
    return f"{reg_no} / {copy_no}"


def kind_text(kind: CheckKind) -> str:
    return QCoreApplication.translate("Inventory", kind.label)


def check_state_text(state: CheckState) -> str:
    return QCoreApplication.translate("Inventory", state.label)


def result_text(result: ItemResult | None) -> str:
    if result is ItemResult.FOUND:
        return QCoreApplication.translate("InventoryTexts", "Found")
    if result is ItemResult.MISSING:
        return QCoreApplication.translate("InventoryTexts", "Missing")
    return QCoreApplication.translate("InventoryTexts", "Not checked yet")


def counts_text(counts: dict[str, int]) -> str:
    return fill(QCoreApplication.translate(
        "InventoryTexts", "Expected: %1 · found: %2 · missing: %3 · not checked: %4 · "
        "surplus: %5"), counts["expected"], counts["found"], counts["missing"],
        counts["unchecked"], counts["surplus"])


def incident_kind_text(kind: IncidentKind) -> str:
    return QCoreApplication.translate("Incidents", kind.label)


def incident_state_text(state: IncidentState) -> str:
    return QCoreApplication.translate("Incidents", state.label)


def one_line(text: str) -> str:
    return " ".join(text.split())

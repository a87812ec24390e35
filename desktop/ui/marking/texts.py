"""How a marking-change case reads on screen: days left with their urgency, the change, why
a copy is in a case, where it is and what must happen to it. Shared by the cases list, the
dialogs, the start page and the register's flag, so a deadline reads the same everywhere.

Urgency is never shown by colour alone: "due soon" and "overdue" are in the text too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desktop.domain.carriers import CopyState
from desktop.domain.levels import Level
from desktop.domain.marking import Reason, Urgency, days_left, urgency
from desktop.ui.widgets.display import fill

DAYS_LEFT = "%n day(s) left"
OVERDUE = "overdue by %n day(s)"
WINDOW = "%n day(s)"

# urgency -> (background, text): amber within DUE_SOON_DAYS, red once overdue
COLOURS: dict[Urgency, tuple[str, str]] = {
    Urgency.DUE_SOON: ("#ffd54f", "#1a1a1a"),
    Urgency.OVERDUE: ("#b71c1c", "#ffffff"),
}


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate("MarkingTexts", "%n day(s) left", "", 0)
    QCoreApplication.translate("MarkingTexts", "overdue by %n day(s)", "", 0)
    QCoreApplication.translate("MarkingTexts", "%n day(s)", "", 0)


def days_text(due: dt.date, today: dt.date) -> str:
    """"12 days left", "3 days left — due soon", "due today — due soon", "overdue by 2 days"."""
    left = days_left(due, today)
    if left < 0:
        return QCoreApplication.translate("MarkingTexts", OVERDUE, "", -left)
    if left == 0:
        text = QCoreApplication.translate("MarkingTexts", "due today")
    else:
        text = QCoreApplication.translate("MarkingTexts", DAYS_LEFT, "", left)
    if urgency(due, today) is Urgency.DUE_SOON:
        text = fill(QCoreApplication.translate("MarkingTexts", "%1 — due soon"), text)
    return text


def window_text(days: int) -> str:
    return QCoreApplication.translate("MarkingTexts", WINDOW, "", days)


def colours(due: dt.date, today: dt.date) -> tuple[str, str] | None:
    """(background, text) of a highlighted deadline, None when it is not close."""
    return COLOURS.get(urgency(due, today))


def brushes(due: dt.date, today: dt.date) -> tuple[QBrush, QBrush] | None:
    found = colours(due, today)
    return (QBrush(QColor(found[0])), QBrush(QColor(found[1]))) if found else None


def style_sheet(due: dt.date | None, today: dt.date) -> str:
    """A label's highlight (empty when the deadline is not close or the case is closed)."""
    found = colours(due, today) if due else None
    if not found:
        return ""
    return f"background: {found[0]}; color: {found[1]}; padding: 1px 4px; border-radius: 3px;"


def priority(due: dt.date, today: dt.date) -> tuple[int, dt.date]:
    """Sort key: overdue first, then due soon, then the rest, each by deadline."""
    order = {Urgency.OVERDUE: 0, Urgency.DUE_SOON: 1, Urgency.ON_TIME: 2}
    return order[urgency(due, today)], due


def level_text(level: Level | None) -> str:
    if level is None:
        return QCoreApplication.translate("MarkingTexts", "declassified")
    return QCoreApplication.translate("Level", level.label)


def change_text(old: Level, new: Level | None) -> str:
    """"Top secret → Secret" or "Top secret → declassified"."""
    return f"{level_text(old)} → {level_text(new)}"


def reason_text(reason: Reason, via: str) -> str:
    return fill(QCoreApplication.translate("Marking", reason.label), via)


def state_text(state: CopyState) -> str:
    return QCoreApplication.translate("CopyState", state.label)


def where_text(state: CopyState, task_for: str) -> str:
    """The copy's state and, when it is out, with whom or where."""
    return f"{state_text(state)}: {task_for}" if task_for else state_text(state)


def task_text(task: str) -> str:
    texts = {
        "none": QCoreApplication.translate("MarkingTexts", "In the safe: the registry re-marks it"),
        "holder": QCoreApplication.translate("MarkingTexts", "Issued: the holder re-marks it"),
        "recipient": QCoreApplication.translate(
            "MarkingTexts", "Sent away: the recipient is told and confirms"),
        "return": QCoreApplication.translate(
            "MarkingTexts", "Above the holder's clearance: bring it back first"),
    }
    return texts.get(task, task)


def flag_text(number: str, due: dt.date, today: dt.date) -> str:
    """The register's flag of a copy under an open case."""
    return fill(QCoreApplication.translate("MarkingTexts", "Marking change %1: %2"),
                number, days_text(due, today))

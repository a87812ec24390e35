"""How a visit request reads on screen, the same in the list, the request and its dialogs:
the labels of its enums, its days, the visitors' cells (personal data hidden unless shown),
and the 4-week line of S001 a.10 p.2 with its urgency — amber from `warn_days` before the
last day to send, red once it has passed, in words too, never by colour alone (the colours
are the marking cases')."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desktop.domain.levels import Level
from desktop.domain.marking import Urgency
from desktop.domain.visits import Direction, VisitState, days_to_limit, last_day_to_send
from desktop.services.visit_view import HIDDEN, Visit
from desktop.ui.marking.texts import COLOURS
from desktop.ui.widgets.display import day_text, fill

LEVELS = sorted(Level, key=lambda lv: lv.rank)

# Plural messages: declared with a literal count for lupdate (see audit/journal_page.py), shown
# with the real one through these names.
DAYS = "%n day(s)"
DAYS_LEFT = "%n day(s) left"
OVERDUE = "overdue by %n day(s)"


def _plural_messages() -> None:  # never called: read by lupdate only
    QCoreApplication.translate("VisitTexts", "%n day(s)", "", 0)
    QCoreApplication.translate("VisitTexts", "%n day(s) left", "", 0)
    QCoreApplication.translate("VisitTexts", "overdue by %n day(s)", "", 0)


def direction_text(direction: Direction) -> str:
    return QCoreApplication.translate("Visits", direction.label)


def state_text(state: VisitState) -> str:
    return QCoreApplication.translate("Visits", state.label)


def period_text(visit: Visit) -> str:
    """"12.05.2026 – 14.05.2026 (3 days)"."""
    days = QCoreApplication.translate("VisitTexts", DAYS, "", visit.days)
    return fill(QCoreApplication.translate("VisitTexts", "%1 – %2 (%3)"),
                day_text(visit.start_date), day_text(visit.end_date), days)


# --- the 4-week rule ---------------------------------------------------------------------------

def urgency(start: dt.date, today: dt.date, warn_days: int) -> Urgency:
    left = days_to_limit(start, today)
    if left < 0:
        return Urgency.OVERDUE
    return Urgency.DUE_SOON if left <= warn_days else Urgency.ON_TIME


def left_text(start: dt.date, today: dt.date, warn_days: int) -> str:
    """"12 days left", "3 days left — send soon", "last day today — send soon", "overdue by
    2 days"."""
    left = days_to_limit(start, today)
    if left < 0:
        return QCoreApplication.translate("VisitTexts", OVERDUE, "", -left)
    if left == 0:
        text = QCoreApplication.translate("VisitTexts", "last day today")
    else:
        text = QCoreApplication.translate("VisitTexts", DAYS_LEFT, "", left)
    if urgency(start, today, warn_days) is Urgency.DUE_SOON:
        text = fill(QCoreApplication.translate("VisitTexts", "%1 — send soon"), text)
    return text


def brushes(start: dt.date, today: dt.date, warn_days: int) -> tuple[QBrush, QBrush] | None:
    """(background, text) of a draft whose last day to send is near or past."""
    found = COLOURS.get(urgency(start, today, warn_days))
    return (QBrush(QColor(found[0])), QBrush(QColor(found[1]))) if found else None


def style_sheet(start: dt.date | None, today: dt.date, warn_days: int) -> str:
    """A label's highlight while the request is still to be sent (`start` None: it is not);
    empty when the last day is not near."""
    found = COLOURS.get(urgency(start, today, warn_days)) if start else None
    if not found:
        return ""
    return f"background: {found[0]}; color: {found[1]}; padding: 1px 4px; border-radius: 3px;"


def limit_line(visit: Visit, today: dt.date, warn_days: int) -> str:
    """The 4-week line of a request: what is left for a draft, how it went once sent."""
    last = day_text(visit.last_day_to_send)
    if visit.request_date is None:
        if visit.state is VisitState.DRAFT:
            return fill(QCoreApplication.translate("VisitTexts", "Last day to send: %1, %2"),
                        last, left_text(visit.start_date, today, warn_days))
        return fill(QCoreApplication.translate("VisitTexts", "Last day to send: %1"), last)
    if visit.late:
        return fill(QCoreApplication.translate(
            "VisitTexts", "Sent late on %1 (the last day was %2) — reason: %3"),
            day_text(visit.request_date), last, visit.late_reason)
    return fill(QCoreApplication.translate(
        "VisitTexts", "Sent in time on %1 (the last day was %2)"),
        day_text(visit.request_date), last)


def late_explanation(start: dt.date, request_date: dt.date) -> str:
    """Why the reason is asked (S001 a.10 p.2)."""
    return fill(QCoreApplication.translate(
        "VisitTexts", "The request must be sent no later than 4 weeks before the visit "
        "(S001 a.10 p.2): the last day was %1, and %2 is %3 day(s) before the visit. Record "
        "why it is late."), day_text(last_day_to_send(start)), day_text(request_date),
        (start - request_date).days)


# --- visitors ------------------------------------------------------------------------------

def visitor_headers() -> list[str]:
    return [QCoreApplication.translate("VisitTexts", "Surname and name"),
            QCoreApplication.translate("VisitTexts", "Date of birth"),
            QCoreApplication.translate("VisitTexts", "Place of birth"),
            QCoreApplication.translate("VisitTexts", "Citizenship"),
            QCoreApplication.translate("VisitTexts", "Passport No."),
            QCoreApplication.translate("VisitTexts", "Profession"),
            QCoreApplication.translate("VisitTexts", "Position"),
            QCoreApplication.translate("VisitTexts", "Organisation"),
            QCoreApplication.translate("VisitTexts", "Clearance")]


def visitor_cells(v) -> tuple[str | Level, ...]:
    """One visitor (a VisitorInput or a stored Visitor) in the columns of visitor_headers();
    personal data the reader may not see stay hidden."""
    born = day_text(v.birth_date) if v.birth_date is not None else HIDDEN
    clearance = v.clearance if isinstance(v.clearance, Level) else Level(v.clearance)
    return (f"{v.surname} {v.name}".strip(), born, v.birth_place, v.citizenship,
            v.passport_no, v.profession, v.position, v.organisation, clearance)


def contact_headers() -> list[str]:
    return [QCoreApplication.translate("VisitTexts", "Position"),
            QCoreApplication.translate("VisitTexts", "Surname"),
            QCoreApplication.translate("VisitTexts", "Name")]

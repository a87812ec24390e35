"""Visits that involve access to the other Party's classified information (S001 a.10).

The request goes from the sending Party's coordinating body to the receiving one no later
than 4 weeks before the visit (a.10 p.2) and names every visitor with the fields of that
point; only persons with the clearance of a.4 p.2 may be admitted (a.10 p.1); the visitors
are registered on arrival under the receiving state's law (a.10 p.3). Grif keeps both
directions: our representatives going to the Kyrgyz Republic (outgoing) and theirs coming
to us (incoming)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from desktop.domain.errors import IllegalMove, Label
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP

LEAD = dt.timedelta(weeks=4)     # a.10 p.2: "4 (төрт) аптадан кешіктірмей"
MAX_DAYS = 365                   # a visit longer than a year is a typing error
MAX_VISITORS = 50
MAX_CONTACTS = 50
MAX_SHOWN = 500


class Direction(enum.Enum):
    OUTGOING = "outgoing"   # our representatives to the Kyrgyz Republic
    INCOMING = "incoming"   # representatives of the Kyrgyz party to us

    @property
    def label(self) -> str:
        return _DIRECTION_LABELS[self]

    @property
    def sender(self) -> CoordinatingBody:
        return CoordinatingBody.KZ if self is Direction.OUTGOING else CoordinatingBody.KG

    @property
    def receiver(self) -> CoordinatingBody:
        return CoordinatingBody.KG if self is Direction.OUTGOING else CoordinatingBody.KZ


_DIRECTION_LABELS = {
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Visits", "Our representatives to the Kyrgyz Republic"),
    Direction.INCOMING: QT_TRANSLATE_NOOP("Visits", "Representatives of the Kyrgyz party to us"),
}


class CoordinatingBody(enum.Enum):
    """S001 a.8 p.1: the coordinating bodies of the Parties."""

    KZ = "kz"
    KG = "kg"

    @property
    def label(self) -> str:
        return _BODY_LABELS[self]


_BODY_LABELS = {
    CoordinatingBody.KZ: QT_TRANSLATE_NOOP(
        "Visits", "Office of the Prime Minister of the Republic of Kazakhstan"),
    CoordinatingBody.KG: QT_TRANSLATE_NOOP(
        "Visits", "National Security Service of the Kyrgyz Republic"),
}


class VisitState(enum.Enum):
    DRAFT = "draft"          # being prepared; visitors can still be changed
    SENT = "sent"            # outgoing: sent to the coordinating body; incoming: received
    AGREED = "agreed"        # the receiving Party agreed to the visit
    REFUSED = "refused"      # the receiving Party refused it (final)
    CLOSED = "closed"        # visitors registered and the information shown listed (final)
    CANCELLED = "cancelled"  # withdrawn before it took place (final)

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def final(self) -> bool:
        return self in (VisitState.REFUSED, VisitState.CLOSED, VisitState.CANCELLED)


_STATE_LABELS = {
    VisitState.DRAFT: QT_TRANSLATE_NOOP("Visits", "Draft"),
    VisitState.SENT: QT_TRANSLATE_NOOP("Visits", "Request sent / received"),
    VisitState.AGREED: QT_TRANSLATE_NOOP("Visits", "Visit agreed"),
    VisitState.REFUSED: QT_TRANSLATE_NOOP("Visits", "Visit refused"),
    VisitState.CLOSED: QT_TRANSLATE_NOOP("Visits", "Closed"),
    VisitState.CANCELLED: QT_TRANSLATE_NOOP("Visits", "Cancelled"),
}


class VisitStep(enum.Enum):
    SEND = "send"
    AGREE = "agree"
    REFUSE = "refuse"
    CLOSE = "close"
    CANCEL = "cancel"


_STEPS: dict[VisitStep, tuple[frozenset[VisitState], VisitState]] = {
    VisitStep.SEND: (frozenset({VisitState.DRAFT}), VisitState.SENT),
    VisitStep.AGREE: (frozenset({VisitState.SENT}), VisitState.AGREED),
    VisitStep.REFUSE: (frozenset({VisitState.SENT}), VisitState.REFUSED),
    VisitStep.CLOSE: (frozenset({VisitState.AGREED}), VisitState.CLOSED),
    VisitStep.CANCEL: (frozenset({VisitState.DRAFT, VisitState.SENT, VisitState.AGREED}),
                       VisitState.CANCELLED),
}


def next_state(step: VisitStep, current: VisitState) -> VisitState:
    allowed, result = _STEPS[step]
    if current not in allowed:
        raise IllegalMove(Label("Visits", current.label))
    return result


# --- the 4-week rule (a.10 p.2) --------------------------------------------------------------

def last_day_to_send(start: dt.date) -> dt.date:
    """The last day the request may be sent: exactly 4 weeks (28 days) before the first day
    of the visit, whatever the months in between."""
    return start - LEAD


def is_late(request_date: dt.date, start: dt.date) -> bool:
    return request_date > last_day_to_send(start)


def days_to_limit(start: dt.date, today: dt.date) -> int:
    """Days left to send the request in time; negative once the limit has passed."""
    return (last_day_to_send(start) - today).days


def limit_near(start: dt.date, today: dt.date, warn_days: int) -> bool:
    """Warn from `warn_days` before the last day on (and after it)."""
    return days_to_limit(start, today) <= warn_days


@dataclass(frozen=True)
class Visitor:
    """One representative (a.10 p.2, first three indents). The starred fields are personal
    data, shown only to holders of the personal-data permission."""

    surname: str
    name: str
    birth_date: dt.date | None     # * None when hidden
    birth_place: str               # *
    citizenship: str
    passport_no: str               # *
    profession: str
    position: str
    organisation: str
    clearance: Level
    id: int = 0
    attended: bool | None = None   # set when the visit is closed (a.10 p.3)
    registered_on: dt.date | None = None
    registration_ref: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name}".strip()


@dataclass(frozen=True)
class Contact:
    """A person the visitors are to meet (a.10 p.2, last indent)."""

    position: str
    surname: str
    name: str


@dataclass(frozen=True)
class ShownItem:
    """Information actually shown during the visit (closing record)."""

    description: str
    level: Level
    registration_id: int | None = None
    reg_no: str = ""


def uncleared(visitors: list[Visitor], level: Level) -> list[Visitor]:
    """a.10 p.1 with a.4 p.2: visitors whose clearance does not cover the level of the
    information they are to see."""
    return [v for v in visitors if v.clearance.rank < level.rank]

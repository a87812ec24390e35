"""Copy requests and permissions (SPEC §4; S001 a.4 p.1.5, a.6 p.4).

Copies of a carrier are made only under a written permission: of the originator for
received information, of the head of the organisation (or the official acting by order)
for own information. A permission authorises a number of copies and is used up as they
are made."""

from __future__ import annotations

import enum

from desktop.domain.carriers import OriginatorType
from desktop.domain.errors import IllegalMove, Label
from desktop.domain.tr import QT_TRANSLATE_NOOP


class RequestState(enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"       # copies may be made, up to the authorised number
    REFUSED = "refused"
    USED_UP = "used_up"         # every authorised copy has been made

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    RequestState.PENDING: QT_TRANSLATE_NOOP("Copying", "Awaiting permission"),
    RequestState.APPROVED: QT_TRANSLATE_NOOP("Copying", "Permitted"),
    RequestState.REFUSED: QT_TRANSLATE_NOOP("Copying", "Refused"),
    RequestState.USED_UP: QT_TRANSLATE_NOOP("Copying", "Copies made"),
}


class PermissionSource(enum.Enum):
    ORIGINATOR = "originator"   # the originator's written permission (received information)
    HEAD = "head"               # the head's decision (own information)

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    PermissionSource.ORIGINATOR: QT_TRANSLATE_NOOP("Copying", "Written permission of the originator"),
    PermissionSource.HEAD: QT_TRANSLATE_NOOP("Copying", "Decision of the head of the organisation"),
}


def permission_source(originator: OriginatorType) -> PermissionSource:
    """Who may permit copying: the head for own information (jointly created included, as
    the organisation holds it as its own), the originator for everything received."""
    if originator in (OriginatorType.OWN, OriginatorType.JOINT):
        return PermissionSource.HEAD
    return PermissionSource.ORIGINATOR


# state -> states it may move to
_MOVES = {
    RequestState.PENDING: {RequestState.APPROVED, RequestState.REFUSED},
    RequestState.APPROVED: {RequestState.USED_UP},
    RequestState.REFUSED: set(),
    RequestState.USED_UP: set(),
}


def check_move(current: RequestState, target: RequestState) -> None:
    if target not in _MOVES[current]:
        raise IllegalMove(Label("Copying", current.label))


def remaining(authorised: int, made: int) -> int:
    return max(authorised - made, 0)

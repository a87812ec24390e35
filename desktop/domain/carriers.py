"""Carriers in the register: registrations, copies and the copy state machine (SPEC §2).

A registration is one entry of the register; each of its numbered copies is a physical
carrier with its own custodian, location and state. Every move of a copy is checked here
before a service records it."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.errors import IllegalMove, Label
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP


class CarrierKind(enum.Enum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    ITEM = "item"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    CarrierKind.PAPER: QT_TRANSLATE_NOOP("CarrierKind", "Paper document"),
    CarrierKind.ELECTRONIC: QT_TRANSLATE_NOOP("CarrierKind", "Electronic medium"),
    CarrierKind.ITEM: QT_TRANSLATE_NOOP("CarrierKind", "Item"),
    CarrierKind.OTHER: QT_TRANSLATE_NOOP("CarrierKind", "Other object"),
}


class OriginatorType(enum.Enum):
    OWN = "own"              # this organisation
    DOMESTIC = "domestic"    # another Kazakh body
    KYRGYZ = "kyrgyz"        # the Kyrgyz party (S001): its own marking is kept
    JOINT = "joint"          # created jointly with the Kyrgyz party (S001 a.6 p.3)

    @property
    def label(self) -> str:
        return _ORIGINATOR_LABELS[self]

    @property
    def foreign(self) -> bool:
        return self is OriginatorType.KYRGYZ


_ORIGINATOR_LABELS = {
    OriginatorType.OWN: QT_TRANSLATE_NOOP("OriginatorType", "Own organisation"),
    OriginatorType.DOMESTIC: QT_TRANSLATE_NOOP("OriginatorType", "Another Kazakh body"),
    OriginatorType.KYRGYZ: QT_TRANSLATE_NOOP("OriginatorType", "The Kyrgyz party"),
    OriginatorType.JOINT: QT_TRANSLATE_NOOP(
        "OriginatorType", "Created jointly with the Kyrgyz party"),
}


class Derivation(enum.Enum):
    """How a registration derives from its parent (S001 a.6 p.1: never a lower marking)."""

    COPY = "copy"
    EXTRACT = "extract"
    TRANSLATION = "translation"
    PRINTOUT = "printout"    # a print made by Grif itself (SPEC §2)
    EXPORT = "export"        # a file exported by Grif itself

    @property
    def label(self) -> str:
        return _DERIVATION_LABELS[self]


_DERIVATION_LABELS = {
    Derivation.COPY: QT_TRANSLATE_NOOP("Derivation", "Copy"),
    Derivation.EXTRACT: QT_TRANSLATE_NOOP("Derivation", "Extract"),
    Derivation.TRANSLATION: QT_TRANSLATE_NOOP("Derivation", "Translation"),
    Derivation.PRINTOUT: QT_TRANSLATE_NOOP("Derivation", "Printout of Grif"),
    Derivation.EXPORT: QT_TRANSLATE_NOOP("Derivation", "Export of Grif"),
}


class CopyState(enum.Enum):
    REGISTERED = "registered"              # in the safe since registration
    ISSUED = "issued"                      # with a cleared person
    RETURNED = "returned"                  # back in the safe
    DISPATCHED = "dispatched"              # sent, receipt not yet confirmed
    DELIVERED = "delivered"                # the recipient confirmed receipt
    DESTROYED = "destroyed"
    RETURNED_TO_ORIGINATOR = "returned_to_originator"
    LOST = "lost"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def in_custody(self) -> bool:
        """Physically in the registry's safe."""
        return self in (CopyState.REGISTERED, CopyState.RETURNED)

    @property
    def final(self) -> bool:
        return self in (CopyState.DELIVERED, CopyState.DESTROYED,
                        CopyState.RETURNED_TO_ORIGINATOR, CopyState.LOST)


_STATE_LABELS = {
    CopyState.REGISTERED: QT_TRANSLATE_NOOP("CopyState", "Registered"),
    CopyState.ISSUED: QT_TRANSLATE_NOOP("CopyState", "Issued"),
    CopyState.RETURNED: QT_TRANSLATE_NOOP("CopyState", "Returned"),
    CopyState.DISPATCHED: QT_TRANSLATE_NOOP("CopyState", "Dispatched"),
    CopyState.DELIVERED: QT_TRANSLATE_NOOP("CopyState", "Receipt confirmed"),
    CopyState.DESTROYED: QT_TRANSLATE_NOOP("CopyState", "Destroyed"),
    CopyState.RETURNED_TO_ORIGINATOR: QT_TRANSLATE_NOOP("CopyState", "Returned to originator"),
    CopyState.LOST: QT_TRANSLATE_NOOP("CopyState", "Lost"),
}


class MoveKind(enum.Enum):
    REGISTER = "register"
    ISSUE = "issue"
    RETURN = "return"
    DISPATCH = "dispatch"
    CONFIRM_RECEIPT = "confirm_receipt"
    REMARK = "remark"        # the marking on the copy was changed (a marking-change case)
    DESTROY = "destroy"      # destroyed under an executed destruction act
    CONFIRM_RETURN = "confirm_return"   # the originator confirmed it got the copy back
    LOSS = "loss"            # found missing (an inventory check or a loss case)

    @property
    def label(self) -> str:
        return _MOVE_LABELS[self]


_MOVE_LABELS = {
    MoveKind.REGISTER: QT_TRANSLATE_NOOP("MoveKind", "Registered"),
    MoveKind.ISSUE: QT_TRANSLATE_NOOP("MoveKind", "Issued to a person"),
    MoveKind.RETURN: QT_TRANSLATE_NOOP("MoveKind", "Returned by the person"),
    MoveKind.DISPATCH: QT_TRANSLATE_NOOP("MoveKind", "Dispatched"),
    MoveKind.CONFIRM_RECEIPT: QT_TRANSLATE_NOOP("MoveKind", "Receipt confirmed"),
    MoveKind.REMARK: QT_TRANSLATE_NOOP("MoveKind", "Marking changed on the copy"),
    MoveKind.DESTROY: QT_TRANSLATE_NOOP("MoveKind", "Destroyed under an act"),
    MoveKind.CONFIRM_RETURN: QT_TRANSLATE_NOOP("MoveKind", "Return to the originator confirmed"),
    MoveKind.LOSS: QT_TRANSLATE_NOOP("MoveKind", "Found missing"),
}

# The legal moves of a copy: kind -> (allowed from, result).
MOVES: dict[MoveKind, tuple[frozenset[CopyState], CopyState]] = {
    MoveKind.ISSUE: (frozenset({CopyState.REGISTERED, CopyState.RETURNED}), CopyState.ISSUED),
    MoveKind.RETURN: (frozenset({CopyState.ISSUED}), CopyState.RETURNED),
    MoveKind.DISPATCH: (frozenset({CopyState.REGISTERED, CopyState.RETURNED}),
                        CopyState.DISPATCHED),
    MoveKind.CONFIRM_RECEIPT: (frozenset({CopyState.DISPATCHED}), CopyState.DELIVERED),
    # Only a copy in the safe goes on a destruction act (SPEC §5).
    MoveKind.DESTROY: (frozenset({CopyState.REGISTERED, CopyState.RETURNED}),
                       CopyState.DESTROYED),
    MoveKind.CONFIRM_RETURN: (frozenset({CopyState.DISPATCHED}),
                              CopyState.RETURNED_TO_ORIGINATOR),
    MoveKind.LOSS: (frozenset({CopyState.REGISTERED, CopyState.RETURNED, CopyState.ISSUED}),
                    CopyState.LOST),
}

def next_state(kind: MoveKind, current: CopyState) -> CopyState:
    """The state after `kind`, or IllegalMove naming the current state."""
    allowed, result = MOVES[kind]
    if current not in allowed:
        raise IllegalMove(Label("CopyState", current.label))
    return result


# S001 a.5 p.3: the only channels between the two states.
class InternationalChannel(enum.Enum):
    DIPLOMATIC = "diplomatic"
    ENCRYPTED_LINK = "encrypted_link"
    COURIER = "courier"              # фельдъегерская служба
    MILITARY_COURIER = "military_courier"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    InternationalChannel.DIPLOMATIC: QT_TRANSLATE_NOOP("Channel", "Diplomatic channels"),
    InternationalChannel.ENCRYPTED_LINK: QT_TRANSLATE_NOOP(
        "Channel", "Encrypted documentary communication"),
    InternationalChannel.COURIER: QT_TRANSLATE_NOOP("Channel", "Courier service"),
    InternationalChannel.MILITARY_COURIER: QT_TRANSLATE_NOOP("Channel", "Military courier service"),
}


@dataclass(frozen=True)
class Originator:
    type: OriginatorType
    name: str = ""                  # empty for own organisation
    foreign_marking: str = ""       # the Kyrgyz party's own marking, kept as received
    reference: str = ""             # their outgoing number
    reference_date: dt.date | None = None


@dataclass(frozen=True)
class RegistrationDraft:
    """What a clerk enters; checked by `check_draft` and the service."""

    kind: CarrierKind
    title: str
    level: Level
    reg_date: dt.date
    basis: str = ""                  # item of the list of classified information
    review_date: dt.date | None = None
    originator: Originator = field(default_factory=lambda: Originator(OriginatorType.OWN))
    incoming_no: str = ""
    incoming_date: dt.date | None = None
    sheets: int | None = None
    medium_serial: str = ""
    medium_capacity: str = ""
    copies: int = 1
    parent_id: int | None = None
    derivation: Derivation | None = None
    purpose: str = ""                # for foreign information (S001 a.4 p.1.4)
    contract: str = ""
    notes: str = ""
    journal: str = "main"
    location: str = ""
    contract_id: int | None = None   # received under this contract (S001 a.7)


@dataclass(frozen=True)
class Registration:
    id: int
    reg_no: str
    journal: str
    year: int
    number: int
    reg_date: dt.date
    kind: CarrierKind
    title: str
    level: Level
    basis: str
    review_date: dt.date | None
    originator: Originator
    incoming_no: str
    incoming_date: dt.date | None
    sheets: int | None
    medium_serial: str
    medium_capacity: str
    copies: int
    parent_id: int | None
    derivation: Derivation | None
    purpose: str
    contract: str
    notes: str
    created_by: str
    contract_id: int | None = None


@dataclass(frozen=True)
class Copy:
    id: int
    registration_id: int
    copy_no: int
    state: CopyState
    custodian_id: int | None
    holder_id: int | None
    location: str
    sheets: int | None


@dataclass(frozen=True)
class Move:
    id: int
    copy_id: int
    kind: str
    from_state: str
    to_state: str
    at: str
    by_user: str
    to_user: str
    to_org: str
    channel: str
    basis: str
    reference: str


def format_reg_no(template: str, *, prefix: str, number: int, level: Level, year: int,
                  suffixes: dict[str, str]) -> str:
    """E.g. "{prefix}{number}{suffix}/{year}" → "125с/2026"."""
    return template.format(prefix=prefix, number=number, suffix=suffixes.get(level.value, ""),
                           year=year)

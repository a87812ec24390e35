"""Destruction acts (SPEC §5; S001 a.6 p.4): documented destruction that rules out recovery.

An act moves draft → signed by the commission → approved by the head → executed; executing
it destroys every listed copy at once. An executed act is never edited or undone."""

from __future__ import annotations

import enum

from desktop.domain.errors import IllegalMove, Label
from desktop.domain.tr import QT_TRANSLATE_NOOP

MIN_MEMBERS = 2          # besides the chair (SPEC §5: a chair and at least two members)


class ActState(enum.Enum):
    DRAFT = "draft"
    SIGNED = "signed"        # every member of the commission has signed
    APPROVED = "approved"    # the head approved it
    EXECUTED = "executed"    # the copies are destroyed

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    ActState.DRAFT: QT_TRANSLATE_NOOP("Destruction", "Draft"),
    ActState.SIGNED: QT_TRANSLATE_NOOP("Destruction", "Signed by the commission"),
    ActState.APPROVED: QT_TRANSLATE_NOOP("Destruction", "Approved by the head"),
    ActState.EXECUTED: QT_TRANSLATE_NOOP("Destruction", "Executed"),
}

# state -> the states it may move to (an executed act goes nowhere). A signed or approved
# act goes back to a draft when it can no longer be executed as it stands (a listed copy
# was lost, a member's clearance lapsed): its signatures and approval are withdrawn.
_NEXT = {
    ActState.DRAFT: {ActState.SIGNED},
    ActState.SIGNED: {ActState.APPROVED, ActState.DRAFT},
    ActState.APPROVED: {ActState.EXECUTED, ActState.DRAFT},
    ActState.EXECUTED: set(),
}


def check_move(current: ActState, target: ActState) -> None:
    if target not in _NEXT[current]:
        raise IllegalMove(Label("Destruction", current.label))


def editable(state: ActState) -> bool:
    """Only a draft changes; a change withdraws the signatures already given."""
    return state is ActState.DRAFT


class BasisKind(enum.Enum):
    ORIGINATOR_NOTICE = "originator_notice"   # received information: the originator's notice
    STORAGE_EXPIRED = "storage_expired"       # own: the storage period has run out
    DECISION = "decision"                     # own: a decision (order) with its reference

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]


_BASIS_LABELS = {
    BasisKind.ORIGINATOR_NOTICE: QT_TRANSLATE_NOOP("Destruction", "Written notice of the originator"),
    BasisKind.STORAGE_EXPIRED: QT_TRANSLATE_NOOP("Destruction", "Expiry of the storage period"),
    BasisKind.DECISION: QT_TRANSLATE_NOOP("Destruction", "Decision of the organisation"),
}


class CommissionRole(enum.Enum):
    CHAIR = "chair"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    CommissionRole.CHAIR: QT_TRANSLATE_NOOP("Destruction", "Chair of the commission"),
    CommissionRole.MEMBER: QT_TRANSLATE_NOOP("Destruction", "Member of the commission"),
}


class Signature(enum.Enum):
    PROGRAM = "program"      # with their own password in Grif
    PAPER = "paper"          # on the printed act, recorded by a clerk

    @property
    def label(self) -> str:
        return _SIGNATURE_LABELS[self]


_SIGNATURE_LABELS = {
    Signature.PROGRAM: QT_TRANSLATE_NOOP("Destruction", "Signed in the program"),
    Signature.PAPER: QT_TRANSLATE_NOOP("Destruction", "Signed on paper"),
}

# The methods an administrator starts with (a store setting keeps the list).
DEFAULT_METHODS = [
    "Измельчение в шредере (частицы не более 0,8 × 12 мм)",
    "Сжигание",
    "Химическое уничтожение",
    "Размагничивание и физическое разрушение носителя",
    "Физическое разрушение носителя (дробление, распиловка)",
]

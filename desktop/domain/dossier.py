"""The damage-assessment dossier (seed 000 p.3–14): who assesses, in which order, by when.

Order of work (p.9, p.11): the secrecy degree of the information is established first;
then the damage is assessed (or the commission finds no state secrets, which ends the
assessment with no amount); where the head has no authority over state secrets the
conclusion is agreed with the body that has it; the commission signs; the head approves;
the conclusion is dispatched (p.12) and the dossier closes. The owner's variant (p.13–14)
has no term, no dispatch and an acknowledgement by the owner instead."""

from __future__ import annotations

import datetime as dt
import enum

from desktop.domain.errors import IllegalMove, Label
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP

TERM_DAYS = 30        # p.7: the commission works at most 30 days


class Variant(enum.Enum):
    BREACH = "breach"      # a loss or disclosure (p.3–12)
    OWNER = "owner"        # damage to the owner of the information source (p.13–14)

    @property
    def label(self) -> str:
        return _VARIANT_LABELS[self]


_VARIANT_LABELS = {
    Variant.BREACH: QT_TRANSLATE_NOOP("Dossier", "Loss or disclosure"),
    Variant.OWNER: QT_TRANSLATE_NOOP("Dossier", "Claim of the owner of the information source"),
}


class DossierState(enum.Enum):
    ASSIGNED = "assigned"            # the head assigned it; the commission starts
    DEGREE_SET = "degree_set"        # the secrecy degree is established (p.9)
    ASSESSED = "assessed"            # the amount (or "no state secrets") is set
    AGREED = "agreed"                # agreed with the body with authority (p.11, last par.)
    SIGNED = "signed"                # every signature of the conclusion given
    APPROVED = "approved"            # approved by the head
    CLOSED = "closed"                # dispatched (p.12), or acknowledged by the owner

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    DossierState.ASSIGNED: QT_TRANSLATE_NOOP("Dossier", "Assigned to the commission"),
    DossierState.DEGREE_SET: QT_TRANSLATE_NOOP("Dossier", "Secrecy degree established"),
    DossierState.ASSESSED: QT_TRANSLATE_NOOP("Dossier", "Damage assessed"),
    DossierState.AGREED: QT_TRANSLATE_NOOP("Dossier", "Agreed with the authorised body"),
    DossierState.SIGNED: QT_TRANSLATE_NOOP("Dossier", "Signed by the commission"),
    DossierState.APPROVED: QT_TRANSLATE_NOOP("Dossier", "Approved"),
    DossierState.CLOSED: QT_TRANSLATE_NOOP("Dossier", "Closed"),
}

_NEXT = {
    DossierState.ASSIGNED: {DossierState.DEGREE_SET},
    DossierState.DEGREE_SET: {DossierState.ASSESSED},
    DossierState.ASSESSED: {DossierState.AGREED, DossierState.SIGNED},
    DossierState.AGREED: {DossierState.SIGNED},
    DossierState.SIGNED: {DossierState.APPROVED},
    DossierState.APPROVED: {DossierState.CLOSED},
    DossierState.CLOSED: set(),
}


def check_move(current: DossierState, target: DossierState, *,
               agreement_needed: bool = False) -> None:
    """The order of p.9–12; signing waits for the agreement when one is needed."""
    allowed = _NEXT[current]
    if target not in allowed or (target is DossierState.SIGNED and agreement_needed
                                 and current is not DossierState.AGREED):
        raise IllegalMove(Label("Dossier", current.label))


class BasisKind(enum.Enum):
    INVESTIGATION = "investigation"   # an internal investigation (p.7)
    NOTICE = "notice"                 # a notice from another body
    COURT_ORDER = "court_order"       # a court or prosecution order
    OWNER_CLAIM = "owner_claim"       # the owner of the information source (p.13)

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]


_BASIS_LABELS = {
    BasisKind.INVESTIGATION: QT_TRANSLATE_NOOP("Dossier", "Internal investigation"),
    BasisKind.NOTICE: QT_TRANSLATE_NOOP("Dossier", "Notice from another body"),
    BasisKind.COURT_ORDER: QT_TRANSLATE_NOOP("Dossier", "Court or prosecution order"),
    BasisKind.OWNER_CLAIM: QT_TRANSLATE_NOOP("Dossier", "Claim of the owner"),
}


class CommissionKind(enum.Enum):
    STANDING = "standing"     # the standing commission for the protection of state secrets
    EXPERT = "expert"         # an expert commission created by the head's order

    @property
    def label(self) -> str:
        return _COMMISSION_LABELS[self]


_COMMISSION_LABELS = {
    CommissionKind.STANDING: QT_TRANSLATE_NOOP(
        "Dossier", "Standing commission for the protection of state secrets"),
    CommissionKind.EXPERT: QT_TRANSLATE_NOOP("Dossier", "Expert commission"),
}


class Role(enum.Enum):
    """p.4: who takes part."""

    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    SPECIALIST = "specialist"      # invited specialist
    AUTHORITY = "authority"        # the body with authority over state secrets
    EXPERT = "expert"              # representative with special knowledge
    CUSTOMER = "customer"          # customer of classified work

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]

    @property
    def signs(self) -> bool:
        """Signs the conclusion (p.11): the chair (or deputy), members and the secretary."""
        return self in (Role.CHAIR, Role.DEPUTY_CHAIR, Role.MEMBER, Role.SECRETARY)


_ROLE_LABELS = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Dossier", "Chair"),
    Role.DEPUTY_CHAIR: QT_TRANSLATE_NOOP("Dossier", "Deputy chair"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Dossier", "Member"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Dossier", "Secretary"),
    Role.SPECIALIST: QT_TRANSLATE_NOOP("Dossier", "Invited specialist"),
    Role.AUTHORITY: QT_TRANSLATE_NOOP("Dossier", "Representative of the body with authority over state secrets"),
    Role.EXPERT: QT_TRANSLATE_NOOP("Dossier", "Representative with special knowledge"),
    Role.CUSTOMER: QT_TRANSLATE_NOOP("Dossier", "Customer of classified work"),
}

# p.5: the clearance form the information requires.
FORM_FOR = {Level.OV: 1, Level.SS: 2, Level.S: 3}


def required_signers(roles_present: list[tuple[Role, bool]]) -> set[Role]:
    """Whose signature the conclusion needs (p.11): the chair — or, when the chair is
    recorded absent, the deputy chair — the members and the secretary."""
    chair_absent = any(role is Role.CHAIR and absent for role, absent in roles_present)
    needed = {role for role, _absent in roles_present if role.signs}
    if chair_absent:
        needed.discard(Role.CHAIR)
    else:
        needed.discard(Role.DEPUTY_CHAIR)
    return needed


def deadline(assigned: dt.date, materials: dt.date, *, from_materials: bool) -> dt.date:
    """p.7 does not say from which day the 30 days run: from the assignment by default, or
    from the day the materials reached the commission (a setting)."""
    return (materials if from_materials else assigned) + dt.timedelta(days=TERM_DAYS)

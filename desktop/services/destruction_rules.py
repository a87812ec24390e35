"""The rules a destruction act is checked against, when it is drawn up and again at every
step (SPEC §5; S001 a.6 p.4): the copies are in the safe, under no marking change and on no
other act; the basis fits the carriers; the commission is a chair and two or more members
cleared for the highest level and keeping none of the copies; the method is an allowed one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.carriers import CopyState, OriginatorType
from desktop.domain.destruction import MIN_MEMBERS, BasisKind, CommissionRole
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import settings
from desktop.services.register import scope_for
from desktop.services.session import Session
from desktop.store import destruction as repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

PLACE = QT_TRANSLATE_NOOP("Errors", "place")
ACT_DATE = QT_TRANSLATE_NOOP("Errors", "date of the act")
BASIS = QT_TRANSLATE_NOOP("Errors", "basis")
BASIS_REF = QT_TRANSLATE_NOOP("Errors", "reference of the basis")
BASIS_DATE = QT_TRANSLATE_NOOP("Errors", "date of the basis")
METHOD = QT_TRANSLATE_NOOP("Errors", "method of destruction")
METHOD_NOTE = QT_TRANSLATE_NOOP("Errors", "how the method rules out recovery")
COPIES = QT_TRANSLATE_NOOP("Errors", "copies on the act")
COMMISSION = QT_TRANSLATE_NOOP("Errors", "commission")
NOTE = QT_TRANSLATE_NOOP("Errors", "note")
NOT_IN_SAFE = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 cannot be destroyed: it is not in the safe (%2).")
UNDER_CASE = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 is under an open marking-change case and cannot be destroyed.")
ON_OTHER_ACT = QT_TRANSLATE_NOOP("Errors", "Copy %1 is already on destruction act %2.")
FOREIGN_NEEDS_NOTICE = QT_TRANSLATE_NOOP(
    "Errors", "carriers of the other Party are destroyed only on the originator's written notice (reference and date)")
NOT_FOREIGN_BASIS = QT_TRANSLATE_NOOP(
    "Errors", "own carriers are destroyed when their storage period expires or on a decision")
ONE_ORIGINATOR = QT_TRANSLATE_NOOP(
    "Errors", "one act on an originator's notice lists the carriers of that originator only")
TOO_FEW = QT_TRANSLATE_NOOP(
    "Errors", "a chair and at least two other members, each of them once")
MEMBER_NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "%1 has no valid clearance covering the highest level on the act")
MEMBER_IS_CUSTODIAN = QT_TRANSLATE_NOOP(
    "Errors", "%1 keeps a copy listed on the act and cannot sit on its commission")
NOT_A_METHOD = QT_TRANSLATE_NOOP(
    "Errors", "not one of the methods the administrator allows")


@dataclass(frozen=True)
class ActDraft:
    act_date: dt.date
    basis_kind: BasisKind
    method: str
    method_note: str
    copies: tuple[tuple[int, str], ...]     # (copy id, note)
    chair: str                              # user names
    members: tuple[str, ...]
    place: str = ""
    basis_reference: str = ""
    basis_date: dt.date | None = None


def methods(session: Session) -> list[str]:
    return list(settings.current(session)["destruction.methods"])



def clean(session: Session, draft: ActDraft) -> ActDraft:
    if draft.act_date > session.today:
        raise InvalidInput(ACT_DATE, fields.FUTURE)
    if draft.basis_date is not None and draft.basis_date > session.today:
        raise InvalidInput(BASIS_DATE, fields.FUTURE)
    method = clean_text(METHOD, draft.method, max_len=200)
    if method not in methods(session):
        raise InvalidInput(METHOD, NOT_A_METHOD)
    copies = tuple((int(copy_id), clean_text(NOTE, note, max_len=200, required=False))
                   for copy_id, note in dict(draft.copies).items())
    if not copies:
        raise InvalidInput(COPIES, fields.EMPTY)
    return ActDraft(
        act_date=draft.act_date, basis_kind=draft.basis_kind, method=method,
        method_note=clean_text(METHOD_NOTE, draft.method_note, max_len=1000, multiline=True),
        copies=copies, chair=draft.chair.strip(),
        members=tuple(m.strip() for m in draft.members if m.strip()),
        place=clean_text(PLACE, draft.place, max_len=200, required=False),
        basis_reference=clean_text(BASIS_REF, draft.basis_reference, max_len=100,
                                   required=False),
        basis_date=draft.basis_date)


def destroyable(conn: Connection, user: User, act_id: int | None,
            copy_ids: list[int]) -> list[dict]:
    """The copies, each still destroyable now, within the user's clearance."""
    rows = repo.copy_rows(conn, copy_ids)
    if len(rows) != len(set(copy_ids)):
        raise NotFound(COPIES)
    max_rank = scope_for(user).max_rank
    for row in rows:
        name = f"{row['reg_no']} / {row['copy_no']}"
        if row["level_rank"] > max_rank:
            raise NotFound(COPIES)             # the same answer as an unknown copy
        state = CopyState(row["state"])
        if not state.in_custody:
            raise IllegalState(name, Label("CopyState", state.label), message=NOT_IN_SAFE)
        if row["marking_case_id"] is not None:
            raise IllegalState(name, message=UNDER_CASE)
        if row["on_act"] is not None and row["on_act"] != act_id:
            other = repo.act(conn, row["on_act"])
            raise IllegalState(name, other["number"] if other else "?", message=ON_OTHER_ACT)
    return rows


def basis_of(draft: ActDraft, rows: list[dict]) -> str:
    """The basis fits the carriers (S001 a.6 p.4); returns the originator on a notice."""
    foreign = [r for r in rows if OriginatorType(r["originator_type"]) in
               (OriginatorType.KYRGYZ, OriginatorType.JOINT)]
    if foreign:
        if draft.basis_kind is not BasisKind.ORIGINATOR_NOTICE or not draft.basis_reference \
                or draft.basis_date is None:
            raise InvalidInput(BASIS, FOREIGN_NEEDS_NOTICE)
        origins = {r["originator"].casefold() for r in rows}
        if len(origins) != 1 or len(foreign) != len(rows):
            raise InvalidInput(COPIES, ONE_ORIGINATOR)
        return foreign[0]["originator"]
    if draft.basis_kind is BasisKind.ORIGINATOR_NOTICE:
        if any(OriginatorType(r["originator_type"]) is OriginatorType.OWN for r in rows):
            raise InvalidInput(BASIS, NOT_FOREIGN_BASIS)
        if not draft.basis_reference or draft.basis_date is None:
            raise InvalidInput(BASIS_REF, fields.EMPTY)
        origins = {r["originator"].casefold() for r in rows}
        if len(origins) != 1:
            raise InvalidInput(COPIES, ONE_ORIGINATOR)
        return rows[0]["originator"]
    if draft.basis_kind is BasisKind.DECISION and (not draft.basis_reference or
                                                   draft.basis_date is None):
        raise InvalidInput(BASIS_REF, fields.EMPTY)
    return ""


def commission_of(conn: Connection, draft: ActDraft, rows: list[dict],
                today: dt.date) -> list[tuple[User, CommissionRole]]:
    names = [draft.chair, *draft.members]
    if not draft.chair or len(draft.members) < MIN_MEMBERS or \
            len({n.casefold() for n in names}) != len(names):
        raise InvalidInput(COMMISSION, TOO_FEW)
    top = max((Level(r["level"]) for r in rows), key=lambda lv: lv.rank)
    custodians = {r["custodian_id"] for r in rows}
    out = []
    for name in names:
        person = user_repo.by_name(conn, name)
        if person is None or not person.active:
            raise NotFound(name)
        if person.clearance is None or not person.clearance.covers(top, today):
            raise InvalidInput(person.full_name, message=MEMBER_NOT_CLEARED)
        if person.id in custodians:
            raise InvalidInput(person.full_name, message=MEMBER_IS_CUSTODIAN)
        out.append((person, CommissionRole.CHAIR if name == draft.chair
                    else CommissionRole.MEMBER))
    return out

"""Destruction acts (SPEC §5; S001 a.6 p.4).

A clerk draws up the act: basis, commission, method, copies. Each member signs with their
own password in Grif, or the signatures given on the printed act are recorded; the head
approves; executing it — confirmed by the chair and one member with their passwords —
destroys every listed copy in one transaction and writes the act into the register. The
contents are checked again at every step: a copy issued, dispatched, lost, under an open
marking change or already destroyed never gets destroyed by an act."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import CopyState, MoveKind
from desktop.domain.destruction import (
    ActState,
    BasisKind,
    CommissionRole,
    Signature,
    check_move,
    editable,
)
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import auth, stored
from desktop.services.destruction_rules import (
    ACT_DATE,
    BASIS,
    BASIS_DATE,
    BASIS_REF,
    COMMISSION,
    COPIES,
    MEMBER_IS_CUSTODIAN,
    MEMBER_NOT_CLEARED,
    METHOD,
    METHOD_NOTE,
    NOT_IN_SAFE,
    NOTE,
    ON_OTHER_ACT,
    PLACE,
    UNDER_CASE,
    ActDraft,
    basis_of,
    clean,
    commission_of,
    destroyable,
    methods,
)
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, Tx, action
from desktop.store import destruction as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

# The rules' names are part of this service's interface (the screens route errors to fields
# by them and offer the methods).
__all__ = [
    "ACT_DATE",
    "BASIS",
    "BASIS_DATE",
    "BASIS_REF",
    "COMMISSION",
    "COPIES",
    "MEMBER_IS_CUSTODIAN",
    "MEMBER_NOT_CLEARED",
    "METHOD",
    "METHOD_NOTE",
    "NOTE",
    "NOT_IN_SAFE",
    "ON_OTHER_ACT",
    "PLACE",
    "UNDER_CASE",
    "Act",
    "ActCopy",
    "ActDraft",
    "ActRow",
    "Member",
    "act",
    "act_in",
    "acts",
    "approve",
    "create_act",
    "execute",
    "methods",
    "record_paper_signatures",
    "sign",
    "update_act",
    "withdraw",
]

SIGNER = QT_TRANSLATE_NOOP("Errors", "member of the commission")
CHAIR = QT_TRANSLATE_NOOP("Errors", "chair of the commission")

EXECUTED = QT_TRANSLATE_NOOP("Errors", "an executed act can never be changed")
NOT_ON_COMMISSION = QT_TRANSLATE_NOOP("Errors", "%1 is not on this act's commission")
NOT_THE_CHAIR = QT_TRANSLATE_NOOP("Errors", "%1 is not the chair of this act's commission")
ALREADY_SIGNED = QT_TRANSLATE_NOOP("Errors", "%1 has signed already")


@dataclass(frozen=True)
class ActCopy:
    copy_id: int
    registration_id: int
    reg_no: str
    reg_date: dt.date | None
    title: str
    level: Level
    copy_no: int
    sheets: int | None
    state: CopyState
    note: str


@dataclass(frozen=True)
class Member:
    user_id: int
    username: str
    full_name: str
    position: str
    role: CommissionRole
    signed: Signature | None
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class Act:
    id: int
    number: str
    act_date: dt.date
    place: str
    state: ActState
    basis_kind: BasisKind
    basis_reference: str
    basis_date: dt.date | None
    originator: str
    method: str
    method_note: str
    top: Level
    copies: tuple[ActCopy, ...]
    commission: tuple[Member, ...]
    created_by: str
    approved_by: str
    approved_at: dt.datetime | None
    executed_at: dt.datetime | None
    execution_chair: str
    execution_member: str

    @property
    def sheets(self) -> int:
        return sum(c.sheets or 0 for c in self.copies)

    @property
    def unsigned(self) -> tuple[Member, ...]:
        return tuple(m for m in self.commission if m.signed is None)


@dataclass(frozen=True)
class ActRow:
    id: int
    number: str
    act_date: dt.date
    state: ActState
    basis_kind: BasisKind
    method: str
    copies: int
    top: Level


def _check_all(tx: Tx, session: Session, row: dict) -> Act:
    """The act as stored, with every rule checked again (copies may have moved, people's
    clearances may have lapsed since it was drawn up)."""
    repo.update(tx.conn, "destruction_acts", row["id"], {"top_rank": row["top_rank"]})
    act = _act(tx.conn, row)
    rows = destroyable(tx.conn, tx.user, act.id, [c.copy_id for c in act.copies])
    draft = ActDraft(act.act_date, act.basis_kind, act.method, act.method_note,
                     tuple((c.copy_id, c.note) for c in act.copies),
                     next(m.username for m in act.commission if m.role is CommissionRole.CHAIR),
                     tuple(m.username for m in act.commission
                           if m.role is CommissionRole.MEMBER),
                     act.place, act.basis_reference, act.basis_date)
    basis_of(draft, rows)
    commission_of(tx.conn, draft, rows, session.today)
    return act


# --- reading ------------------------------------------------------------------------------

def _act(conn: Connection, row: dict) -> Act:
    copies = tuple(ActCopy(
        copy_id=c["copy_id"], registration_id=c["registration_id"], reg_no=c["reg_no"],
        reg_date=stored.day(c["reg_date"]), title=c["title"], level=Level(c["level"]),
        copy_no=c["copy_no"], sheets=c["sheets"], state=CopyState(c["state"]), note=c["note"])
        for c in repo.act_copies(conn, row["id"]))
    commission = tuple(Member(
        user_id=m["user_id"], username=m["username"], full_name=m["full_name"],
        position=m["position"], role=CommissionRole(m["role"]),
        signed=Signature(m["signed"]) if m["signed"] else None,
        signed_at=stored.moment(m["signed_at"])) for m in repo.commission(conn, row["id"]))
    approver = user_repo.by_name(conn, row["approved_by"]) if row["approved_by"] else None
    author = user_repo.by_name(conn, row["created_by"])
    return Act(
        id=row["id"], number=row["number"], act_date=stored.day(row["act_date"]),
        place=row["place"], state=ActState(row["state"]),
        basis_kind=BasisKind(row["basis_kind"]), basis_reference=row["basis_reference"],
        basis_date=stored.day(row["basis_date"]), originator=row["originator"],
        method=row["method"], method_note=row["method_note"],
        top=next(lv for lv in Level if lv.rank == row["top_rank"]), copies=copies,
        commission=commission,
        created_by=author.full_name if author else row["created_by"],
        approved_by=approver.full_name if approver else (row["approved_by"] or ""),
        approved_at=stored.moment(row["approved_at"]), executed_at=stored.moment(row["executed_at"]),
        execution_chair=row["execution_chair"] or "",
        execution_member=row["execution_member"] or "")


def _sees_all(user: User) -> bool:
    """Who keeps the register or approves acts sees every act within the clearance; anyone
    else (a commission member, an auditor) only the acts whose commission they sit on."""
    return user.has_role(*CLERKS, Role.ORG_HEAD)


def _visible(conn: Connection, user: User, act_id: int) -> dict:
    row = repo.act(conn, act_id)
    # The level is that of the copies now: a marking change may have raised one.
    rank = max(row["top_rank"], repo.live_rank(conn, act_id)) if row else 0
    if row is None or rank > scope_for(user).max_rank or (
            not _sees_all(user) and not repo.is_member(conn, act_id, user.id)):
        raise NotFound(str(act_id))
    row["top_rank"] = rank
    return row


def act_in(conn: Connection, user: User, act_id: int) -> Act:
    """An act the user may see, read in the caller's transaction (its print)."""
    return _act(conn, _visible(conn, user, act_id))


READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR, Role.COMMISSION)


def act(session: Session, act_id: int) -> Act:
    with action(session, "destruction.view") as tx:
        require_role(tx.user, *READERS)
        found = act_in(tx.conn, tx.user, act_id)
        tx.object = found.number
        return found


def acts(session: Session, state: ActState | None = None) -> list[ActRow]:
    with action(session, "destruction.list") as tx:
        require_role(tx.user, *READERS)
        rows = repo.acts(tx.conn, state=state.value if state else None,
                         max_rank=scope_for(tx.user).max_rank,
                         member_id=None if _sees_all(tx.user) else tx.user.id)
        tx.details = {"state": state.value if state else None, "rows": len(rows)}
    return [ActRow(r["id"], r["number"], stored.day(r["act_date"]), ActState(r["state"]),
                   BasisKind(r["basis_kind"]), r["method"], r["copies"],
                   next(lv for lv in Level if lv.rank == r["top_rank"])) for r in rows]


# --- drawing up ---------------------------------------------------------------------------

def _write(tx: Tx, session: Session, act_id: int | None, draft: ActDraft) -> int:
    rows = destroyable(tx.conn, tx.user, act_id, [c for c, _ in draft.copies])
    originator = basis_of(draft, rows)
    members = commission_of(tx.conn, draft, rows, session.today)
    top = max((Level(r["level"]) for r in rows), key=lambda lv: lv.rank)
    require_clearance(tx.user, top, session.today)
    values = {"act_date": draft.act_date, "place": draft.place,
              "basis_kind": draft.basis_kind.value, "basis_reference": draft.basis_reference,
              "basis_date": draft.basis_date, "originator": originator,
              "method": draft.method, "method_note": draft.method_note, "top_rank": top.rank}
    if act_id is None:
        year = draft.act_date.year
        number = f"{register_repo.allocate_number(tx.conn, 'destruction_act', year)}/{year}"
        act_id = repo.insert(tx.conn, "destruction_acts", {
            **values, "number": number, "state": ActState.DRAFT.value,
            "created_at": register_repo.today_iso(), "created_by": session.actor})
    else:
        repo.update(tx.conn, "destruction_acts", act_id, values)
    repo.set_copies(tx.conn, act_id, list(draft.copies))
    repo.set_commission(tx.conn, act_id, [(p.id, role.value) for p, role in members])
    tx.details = {"copies": len(rows), "level": top.value, "basis": draft.basis_kind.value,
                  "method": draft.method, "chair": draft.chair, "members": list(draft.members)}
    return act_id


def create_act(session: Session, draft: ActDraft) -> int:
    draft = clean(session, draft)
    with action(session, "destruction.create") as tx:
        require_role(tx.user, *CLERKS)
        act_id = _write(tx, session, None, draft)
        tx.object = repo.act(tx.conn, act_id)["number"]
    return act_id


def update_act(session: Session, act_id: int, draft: ActDraft) -> None:
    """Change a draft; the signatures already given are withdrawn (they signed another
    text)."""
    draft = clean(session, draft)
    with action(session, "destruction.update") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, act_id)
        state = ActState(row["state"])
        if state is ActState.EXECUTED:
            raise IllegalState(EXECUTED)
        if not editable(state):
            raise IllegalState(Label("Destruction", state.label))
        _write(tx, session, act_id, draft)
        repo.clear_signatures(tx.conn, act_id)
        tx.object = row["number"]


# --- signatures, approval, execution --------------------------------------------------------

def _member(act: Act, user_id: int, name: str) -> Member:
    member = next((m for m in act.commission if m.user_id == user_id), None)
    if member is None:
        raise InvalidInput(name, message=NOT_ON_COMMISSION)
    return member


def _after_signature(tx: Tx, act: Act) -> None:
    if all(m.signed for m in _act(tx.conn, repo.act(tx.conn, act.id)).commission):
        check_move(ActState.DRAFT, ActState.SIGNED)
        repo.update(tx.conn, "destruction_acts", act.id, {"state": ActState.SIGNED.value})
        tx.details["state"] = ActState.SIGNED.value


def sign(session: Session, act_id: int, username: str, password: str) -> None:
    """A member signs the draft with their own password (checked like a login)."""
    person = auth.confirm_person(session.store, username, password)
    with action(session, "destruction.sign") as tx:
        row = _visible(tx.conn, tx.user, act_id)
        if ActState(row["state"]) is not ActState.DRAFT:
            raise IllegalState(Label("Destruction", ActState(row["state"]).label))
        act = _check_all(tx, session, row)
        member = _member(act, person.id, person.full_name)
        if member.signed is not None:
            raise IllegalState(person.full_name, message=ALREADY_SIGNED)
        repo.sign(tx.conn, act_id, person.id, Signature.PROGRAM.value,
                  register_repo.today_iso(), session.actor)
        tx.object = act.number
        tx.details = {"member": person.username, "how": Signature.PROGRAM.value}
        _after_signature(tx, act)


def record_paper_signatures(session: Session, act_id: int, usernames: list[str]) -> None:
    """A clerk records the signatures the members gave on the printed act."""
    with action(session, "destruction.sign") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, act_id)
        if ActState(row["state"]) is not ActState.DRAFT:
            raise IllegalState(Label("Destruction", ActState(row["state"]).label))
        act = _check_all(tx, session, row)
        by_name = {m.username: m for m in act.commission}
        if not usernames:
            raise InvalidInput(SIGNER, fields.EMPTY)
        for name in usernames:
            member = by_name.get(name)
            if member is None:
                raise InvalidInput(name, message=NOT_ON_COMMISSION)
            if member.signed is not None:
                raise IllegalState(member.full_name, message=ALREADY_SIGNED)
            repo.sign(tx.conn, act_id, member.user_id, Signature.PAPER.value,
                      register_repo.today_iso(), session.actor)
        tx.object = act.number
        tx.details = {"members": list(usernames), "how": Signature.PAPER.value}
        _after_signature(tx, act)


def approve(session: Session, act_id: int) -> None:
    """The head of the organisation approves the signed act."""
    with action(session, "destruction.approve") as tx:
        require_role(tx.user, Role.ORG_HEAD)
        row = _visible(tx.conn, tx.user, act_id)
        check_move(ActState(row["state"]), ActState.APPROVED)
        act = _check_all(tx, session, row)
        require_clearance(tx.user, act.top, session.today)
        repo.update(tx.conn, "destruction_acts", act_id, {
            "state": ActState.APPROVED.value, "approved_at": register_repo.today_iso(),
            "approved_by": session.actor})
        tx.object = act.number


def withdraw(session: Session, act_id: int) -> None:
    """Send a signed or approved act back to a draft (signatures and approval withdrawn),
    so that it can be corrected; an executed act never moves."""
    with action(session, "destruction.withdraw") as tx:
        require_role(tx.user, *CLERKS, Role.ORG_HEAD)
        row = _visible(tx.conn, tx.user, act_id)
        check_move(ActState(row["state"]), ActState.DRAFT)
        repo.clear_signatures(tx.conn, act_id)
        repo.update(tx.conn, "destruction_acts", act_id, {
            "state": ActState.DRAFT.value, "approved_at": None, "approved_by": None})
        tx.object = row["number"]
        tx.details = {"from": row["state"]}


def execute(session: Session, act_id: int, chair: tuple[str, str],
            member: tuple[str, str]) -> None:
    """Destroy every listed copy at once, confirmed by the chair and one member with their
    own passwords; the register gets the act's number and date on each copy."""
    chair_user = auth.confirm_person(session.store, *chair)
    member_user = auth.confirm_person(session.store, *member)
    with action(session, "destruction.execute") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, act_id)
        check_move(ActState(row["state"]), ActState.EXECUTED)
        act = _check_all(tx, session, row)
        if _member(act, chair_user.id, chair_user.full_name).role is not CommissionRole.CHAIR:
            raise InvalidInput(chair_user.full_name, message=NOT_THE_CHAIR)
        if member_user.id == chair_user.id or _member(
                act, member_user.id, member_user.full_name).role is not CommissionRole.MEMBER:
            raise InvalidInput(member_user.full_name, message=NOT_ON_COMMISSION)
        now = register_repo.today_iso()
        basis = f"{act.number} ({session.today.isoformat()})"
        for copy in act.copies:
            register_repo.set_copy_state(tx.conn, copy.copy_id, CopyState.DESTROYED,
                                         holder_id=None, now=now)
            register_repo.insert_move(tx.conn, {
                "copy_id": copy.copy_id, "kind": MoveKind.DESTROY.value,
                "from_state": copy.state.value, "to_state": CopyState.DESTROYED.value,
                "at": now, "by_user": session.actor, "basis": basis,
                "reference": act.number})
        repo.update(tx.conn, "destruction_acts", act_id, {
            "state": ActState.EXECUTED.value, "executed_at": now,
            "executed_by": session.actor, "execution_chair": chair_user.username,
            "execution_member": member_user.username})
        tx.object = act.number
        tx.details = {"copies": [f"{c.reg_no} / {c.copy_no}" for c in act.copies],
                      "chair": chair_user.username, "member": member_user.username}

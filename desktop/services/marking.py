"""Marking-change cases (SPEC §3; S001 a.4 p.1.2, a.6 p.1 and p.3).

A case is opened from a written notice, works out every copy to re-mark (of the named
registrations and of what derives from them, wherever the copies are), counts the window,
ticks copies off as they are re-marked, and on closing gives the registrations their new
level (the old one stays in the level history). Lowering or removing a marking needs a
second person, cleared for the original level, who confirms with their own password."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import CopyState, MoveKind, OriginatorType
from desktop.domain.errors import (
    ClearanceInsufficient,
    IllegalState,
    InvalidInput,
    NotFound,
)
from desktop.domain.levels import Level, kyrgyz_equivalent
from desktop.domain.marking import (
    CaseState,
    ChangeKind,
    PlannedChange,
    Reason,
    WindowRule,
)
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import auth, stored

# The plan's names are part of this service's interface (the screens build drafts with them).
from desktop.services.marking_plan import (
    TASK_RECIPIENT,
    TASK_RETURN,
    AffectedCopy,
    CaseDraft,
    Notice,
    Plan,
    check_notice,
    clean_notice,
    task_of,
    work_out,
)
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, action, record_outcome
from desktop.store import marking as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

CONFIRMER = QT_TRANSLATE_NOOP("Errors", "second person")
NOTE = QT_TRANSLATE_NOOP("Errors", "note")
SAME_PERSON = QT_TRANSLATE_NOOP(
    "Errors", "the second person must be someone other than the one opening the case")
NOT_A_CONFIRMER = QT_TRANSLATE_NOOP(
    "Errors", "the second person must be a registry clerk, the head of the protection unit or the head of the organisation")
NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "the second person has no valid clearance for the original level")
CONFIRMATION_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "lowering or removing a marking needs a second person's confirmation")
NOT_DONE = QT_TRANSLATE_NOOP(
    "Errors", "%1 copies are not re-marked yet")
NOT_IN_CASE = QT_TRANSLATE_NOOP("Errors", "the copy is not in this case or is already ticked off")
RECIPIENT_NOTE = QT_TRANSLATE_NOOP(
    "Errors", "a copy that was sent away is ticked off on the recipient's confirmation: give its reference")
CLOSED = QT_TRANSLATE_NOOP("Errors", "the case is closed")
RETURN_FIRST = QT_TRANSLATE_NOOP(
    "Errors", "the copy's holder is not cleared for the new level: take the copy back first")
HOLDER_NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 is held by someone not cleared for the new level: take it back before closing the case.")

# Who may confirm a lowering with their own password: people who answer for the register.
CONFIRMERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD)
READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class Case:
    id: int
    number: str
    state: CaseState
    notice: Notice
    originator_type: OriginatorType
    originator: str
    kind: ChangeKind
    old_level: Level
    new_level: Level | None
    rule: WindowRule
    window_days: int
    deadline: dt.date
    opened_at: dt.datetime
    opened_by: str                # full names from here on
    confirmed_by: str
    closed_at: dt.datetime | None
    closed_by: str
    notes: str
    changes: list[PlannedChange]
    copies: list[AffectedCopy]

    @property
    def done(self) -> int:
        return sum(1 for c in self.copies if c.remarked_at is not None)


@dataclass(frozen=True)
class CaseRow:
    """A line of the cases list."""

    id: int
    number: str
    state: CaseState
    originator_type: OriginatorType
    originator: str
    named: str
    kind: ChangeKind
    old_level: Level
    new_level: Level | None
    deadline: dt.date
    done: int
    total: int
    closed_at: dt.datetime | None


def _level(value: str | None) -> Level | None:
    return Level(value) if value else None


def preview(session: Session, draft: CaseDraft) -> Plan:
    """The plan of a case as it would be opened today. Nothing of the register changes;
    the look at its copies and holders is journalled like any read of the register."""
    notice = clean_notice(draft.notice, session.today)
    with action(session, "marking.preview") as tx:
        require_role(tx.user, *CLERKS)
        result = work_out(tx.conn, session, tx.user, draft)
        check_notice(notice, result.originator_type, result.originator)
        tx.object = ", ".join(c.reg_no for c in result.changes if c.reason is Reason.NAMED)
        tx.details = {"notice": notice.reference, "copies": len(result.copies)}
    return result


def _confirm(session: Session, confirmer: tuple[str, str] | None, old_level: Level) -> User:
    """The second person of a lowering: someone else, answering for the register, cleared
    for the original level, with their own password."""
    if confirmer is None or not confirmer[0].strip():
        raise InvalidInput(CONFIRMER, CONFIRMATION_NEEDED)
    username, password = confirmer
    if username.strip().casefold() == session.user.username.casefold():
        raise InvalidInput(CONFIRMER, SAME_PERSON)
    person = auth.confirm_person(session.store, username, password)
    reason = None
    if person.id == session.user.id:
        reason = SAME_PERSON
    elif not person.has_role(*CONFIRMERS):
        reason = NOT_A_CONFIRMER
    elif not _cleared(person, old_level, session.today):
        reason = NOT_CLEARED
    if reason is not None:
        # A right password of someone who may not confirm is a fact for the journal too.
        record_outcome(session, "marking.open", "", "denied",
                       {"confirmer": person.username, "reason": reason})
        raise InvalidInput(CONFIRMER, reason)
    return person


def _cleared(person: User | None, level: Level | None, day: dt.date) -> bool:
    return person is not None and person.active and person.clearance is not None and (
        level is None or person.clearance.covers(level, day))


def _plan(session: Session, draft: CaseDraft) -> Plan | None:
    """The plan read without a journal record of its own (the opening journals itself, and
    a refused opening must not leave a "preview done" behind); None when the user may not
    open it, which the action then refuses and journals."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*CLERKS):
            return None
        try:
            return work_out(conn, session, me, draft)
        except ClearanceInsufficient:
            return None


def open_case(session: Session, draft: CaseDraft,
              confirmer: tuple[str, str] | None = None) -> int:
    """Open a case: the notice, the plan, every affected copy put under it, in one
    transaction with its audit record. `confirmer` = (username, password) of the second
    person, required when the marking is lowered or removed."""
    notes = clean_text(NOTE, draft.notes, max_len=2000, required=False, multiline=True)
    draft = CaseDraft(clean_notice(draft.notice, session.today), draft.reg_nos,
                      draft.new_level, notes)
    notice = draft.notice
    before = _plan(session, draft)
    if before is not None:      # a wrong notice is refused before anyone's password is asked
        check_notice(notice, before.originator_type, before.originator)
    # The password is checked before the action, so a wrong one is journalled on its own.
    second = _confirm(session, confirmer, before.old_level) \
        if before is not None and before.needs_confirmation else None
    with action(session, "marking.open") as tx:
        require_role(tx.user, *CLERKS)
        result = work_out(tx.conn, session, tx.user, draft)
        check_notice(notice, result.originator_type, result.originator)
        require_clearance(tx.user, result.top, session.today)
        if result.needs_confirmation:
            # Re-read: the confirmer's account or clearance may have changed meanwhile.
            again = user_repo.by_id(tx.conn, second.id) if second else None
            if again is None or not again.has_role(*CONFIRMERS) or \
                    not _cleared(again, result.old_level, session.today):
                raise InvalidInput(CONFIRMER, CONFIRMATION_NEEDED)
        year = session.today.year
        number = f"{register_repo.allocate_number(tx.conn, 'marking_case', year)}/{year}"
        now = register_repo.today_iso()
        case_id = repo.insert_case(tx.conn, {
            "number": number, "state": CaseState.OPEN.value,
            "originator_type": result.originator_type.value, "originator": result.originator,
            "notice_issuer": notice.issuer, "notice_reference": notice.reference,
            "notice_date": notice.date, "notice_received": notice.received,
            "partner_agreement": notice.partner_agreement,
            "partner_agreement_date": notice.partner_agreement_date,
            "change": result.kind.value, "old_level": result.old_level.value,
            "new_level": draft.new_level.value if draft.new_level else None,
            "top_rank": result.top.rank, "rule": result.rule.value,
            "window_days": result.window_days, "deadline": result.deadline,
            "opened_at": now, "opened_by": session.actor,
            "confirmed_by": second.username if second else None, "notes": notes})
        for change in result.changes:
            repo.insert_change(tx.conn, {
                "case_id": case_id, "registration_id": change.registration_id,
                "old_level": change.old.value,
                "new_level": change.new.value if change.new else None,
                "reason": change.reason.value, "via": change.via})
        for item in result.copies:
            repo.insert_case_copy(tx.conn, {
                "case_id": case_id, "copy_id": item.copy_id,
                "registration_id": item.registration_id, "state_at_open": item.state.value,
                "task": item.task, "task_for": item.task_for})
        tx.object = number
        tx.details = {"notice": notice.reference, "issuer": notice.issuer,
                      "received": notice.received.isoformat(), "change": result.kind.value,
                      "new_level": draft.new_level.value if draft.new_level else None,
                      "registrations": [c.reg_no for c in result.changes if c.changes],
                      "copies": len(result.copies), "deadline": result.deadline.isoformat(),
                      "rule": result.rule.value,
                      "confirmed_by": second.username if second else None}
    return case_id


def _visible_case(conn: Connection, user: User, case_id: int, today: dt.date) -> dict:
    row = repo.case(conn, case_id)
    if row is None or row["top_rank"] > scope_for(user, today).max_rank:
        raise NotFound(str(case_id))
    return row


def _names(conn: Connection, *usernames: str | None) -> dict[str, str]:
    out = {}
    for name in usernames:
        if name:
            found = user_repo.by_name(conn, name)
            out[name] = found.full_name if found else name
    return out


def _case(conn: Connection, row: dict) -> Case:
    names = _names(conn, row["opened_by"], row["confirmed_by"], row["closed_by"])
    changes = [PlannedChange(c["registration_id"], c["reg_no"], Level(c["old_level"]),
                             _level(c["new_level"]), Reason(c["reason"]), c["via"])
               for c in repo.changes(conn, row["id"])]
    by_reg = {c.registration_id: c for c in changes}
    copies = [AffectedCopy(
        copy_id=c["copy_id"], registration_id=c["registration_id"], reg_no=c["reg_no"],
        copy_no=c["copy_no"], state=CopyState(c["state"]),
        reason=by_reg[c["registration_id"]].reason, via=by_reg[c["registration_id"]].via,
        old=by_reg[c["registration_id"]].old, new=by_reg[c["registration_id"]].new,
        task=c["task"], task_for=c["task_for"],
        remarked_by=c["remarked_by_name"] or c["remarked_by"] or "",
        remarked_at=stored.moment(c["remarked_at"]), state_at_open=CopyState(c["state_at_open"]))
        for c in repo.case_copies(conn, row["id"])]
    notice = Notice(row["notice_issuer"], row["notice_reference"], row["notice_date"],
                    row["notice_received"], row["partner_agreement"],
                    row["partner_agreement_date"])
    return Case(
        id=row["id"], number=row["number"], state=CaseState(row["state"]), notice=notice,
        originator_type=OriginatorType(row["originator_type"]), originator=row["originator"],
        kind=ChangeKind(row["change"]), old_level=Level(row["old_level"]),
        new_level=_level(row["new_level"]), rule=WindowRule(row["rule"]),
        window_days=row["window_days"], deadline=row["deadline"],
        opened_at=stored.moment(row["opened_at"]), opened_by=names.get(row["opened_by"], ""),
        confirmed_by=names.get(row["confirmed_by"] or "", ""),
        closed_at=stored.moment(row["closed_at"]), closed_by=names.get(row["closed_by"] or "", ""),
        notes=row["notes"], changes=changes, copies=copies)


def case(session: Session, case_id: int) -> Case:
    """A case with its copies, for the people who keep or check the register (journalled)."""
    with action(session, "marking.view") as tx:
        require_role(tx.user, *READERS)
        found = case_in(tx.conn, tx.user, case_id, session.today)
        tx.object = found.number
        return found


def case_in(conn: Connection, user: User, case_id: int, today: dt.date) -> Case:
    """A case the user may see, read in the caller's transaction (its prints)."""
    return _case(conn, _visible_case(conn, user, case_id, today))


def case_row(conn: Connection, case_id: int) -> dict:
    """The stored row (user names as stored) of a case already checked by `case_in`."""
    row = repo.case(conn, case_id)
    assert row is not None
    return row


def cases(session: Session, *, state: CaseState | None = None,
          originator_type: OriginatorType | None = None,
          due_within: int | None = None) -> list[CaseRow]:
    """The cases list (newest deadlines first among open ones); `due_within` days keeps the
    open cases due by then, overdue included."""
    with action(session, "marking.list") as tx:
        require_role(tx.user, *READERS)
        due = session.today + dt.timedelta(days=due_within) if due_within is not None else None
        rows = repo.cases(tx.conn, state=state.value if state else None,
                          originator_type=originator_type.value if originator_type else None,
                          due_before=due, max_rank=scope_for(tx.user, session.today).max_rank)
        tx.details = {"state": state.value if state else None, "due_within": due_within,
                      "rows": len(rows)}
    return [_row(r) for r in rows]


def _row(r: dict) -> CaseRow:
    return CaseRow(id=r["id"], number=r["number"], state=CaseState(r["state"]),
                   originator_type=OriginatorType(r["originator_type"]),
                   originator=r["originator"], named=r["named"] or "",
                   kind=ChangeKind(r["change"]), old_level=Level(r["old_level"]),
                   new_level=_level(r["new_level"]), deadline=stored.day(r["deadline"]),
                   done=r["done"], total=r["total"], closed_at=stored.moment(r["closed_at"]))


def open_deadlines(session: Session) -> list[CaseRow]:
    """Open cases the user should watch (a plain read for the start page): for people who
    keep or check the register, every open case within their clearance."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*READERS):
            return []
        rows = repo.cases(conn, state=CaseState.OPEN.value, originator_type=None,
                          due_before=None, max_rank=scope_for(me, session.today).max_rank)
    return [_row(r) for r in rows]


@dataclass(frozen=True)
class HolderTask:
    case_id: int
    case_number: str
    deadline: dt.date
    reg_no: str
    copy_no: int
    copy_id: int
    new_level: Level | None


def my_tasks(session: Session) -> list[HolderTask]:
    """Copies the user holds that an open case waits to see re-marked (start page)."""
    with session.store.read() as conn:
        rows = repo.holder_tasks(conn, session.user.id)
    return [HolderTask(r["case_id"], r["number"], stored.day(r["deadline"]), r["reg_no"],
                       r["copy_no"], r["copy_id"], _level(r["new_level"])) for r in rows]


def remark(session: Session, case_id: int, copy_id: int, note: str = "") -> None:
    """Tick off one copy as physically re-marked: by a clerk, or by the person holding it
    (cleared for the new level). What it needs is worked out where the copy is now: a copy
    sent away is ticked off on the recipient's confirmation, whose reference is the note;
    one raised above its holder's clearance must come back first."""
    note = clean_text(NOTE, note, max_len=200, required=False)
    with action(session, "marking.remark") as tx:
        copy = register_repo.copy(tx.conn, copy_id)
        row = repo.case(tx.conn, case_id)
        if copy is None or row is None:
            raise NotFound(str(case_id))
        entry = next((c for c in repo.case_copies(tx.conn, case_id) if c["copy_id"] == copy_id),
                     None)
        new = _level(next((c["new_level"] for c in repo.changes(tx.conn, case_id)
                           if entry and c["registration_id"] == entry["registration_id"]),
                          None))
        own_copy = copy.holder_id == tx.user.id and entry is not None and \
            _cleared(tx.user, new, session.today)
        if not own_copy:
            require_role(tx.user, *CLERKS)
            _visible_case(tx.conn, tx.user, case_id, session.today)
        if row["state"] != CaseState.OPEN.value:
            raise IllegalState(CLOSED)
        if entry is None or entry["remarked_at"] is not None:
            raise IllegalState(NOT_IN_CASE)
        task, _who = task_of(tx.conn, copy.state, copy.holder_id, entry["holder"] or "",
                             entry["task_for"], new, session.today)
        if task == TASK_RETURN:
            raise IllegalState(RETURN_FIRST)
        if task == TASK_RECIPIENT and not note:
            raise InvalidInput(NOTE, RECIPIENT_NOTE)
        now = register_repo.today_iso()
        if not repo.mark_remarked(tx.conn, case_id, copy_id, session.actor, now):
            raise IllegalState(NOT_IN_CASE)
        # The copy stays where it is; its record changed (updated_at follows its last move).
        register_repo.set_copy_state(tx.conn, copy_id, copy.state, holder_id=copy.holder_id,
                                     now=now)
        register_repo.insert_move(tx.conn, {
            "copy_id": copy_id, "kind": MoveKind.REMARK.value, "from_state": copy.state.value,
            "to_state": copy.state.value, "at": now, "by_user": session.actor,
            "basis": f"{row['number']}", "reference": note})
        tx.object = f"{row['number']}: {entry['reg_no']} / {entry['copy_no']}"
        tx.details = {"case": row["number"], "note": note, "task": task}


def close_case(session: Session, case_id: int) -> None:
    """Close a case whose copies are all re-marked: the registrations take their new level
    (the old one goes to the history) and the copies leave the case."""
    with action(session, "marking.close") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible_case(tx.conn, tx.user, case_id, session.today)
        if row["state"] != CaseState.OPEN.value:
            raise IllegalState(CLOSED)
        require_clearance(tx.user, Level(row["old_level"]), session.today)
        copies = repo.case_copies(tx.conn, case_id)
        left = [c for c in copies if c["remarked_at"] is None]
        if left:
            raise IllegalState(str(len(left)), message=NOT_DONE)
        # Nobody may be left holding a copy above their clearance (issued after a tick).
        levels = {c["registration_id"]: _level(c["new_level"])
                  for c in repo.changes(tx.conn, case_id)}
        for c in copies:
            if c["state"] == CopyState.ISSUED.value and not _cleared(
                    user_repo.by_id(tx.conn, c["holder_id"]), levels[c["registration_id"]],
                    session.today):
                raise IllegalState(f"{c['reg_no']} / {c['copy_no']}", message=HOLDER_NOT_CLEARED)
        now = register_repo.today_iso()
        changed = []
        for change in repo.changes(tx.conn, case_id):
            if change["reason"] == Reason.UNCHANGED.value:
                continue
            registration = register_repo.registration(tx.conn, change["registration_id"])
            assert registration is not None
            # The Party's own marking follows its notice (S001 a.3: the comparable one).
            kyrgyz = registration.originator.type is OriginatorType.KYRGYZ and \
                change["new_level"] is not None
            repo.set_level(tx.conn, change["registration_id"], change["old_level"],
                           change["new_level"], case_id=case_id, by_user=session.actor,
                           at=now, today=session.today,
                           foreign_marking=kyrgyz_equivalent(Level(change["new_level"]))
                           if kyrgyz else None)
            changed.append(change["reg_no"])
        repo.close(tx.conn, case_id, session.actor, now)
        tx.object = row["number"]
        tx.details = {"registrations": changed, "new_level": row["new_level"],
                      "late": session.today > row["deadline"]}


def pending_level(conn: Connection, registration_id: int) -> tuple[str, Level | None] | None:
    """(case number, level) when the registration is under an open case."""
    found = repo.open_case_of(conn, [registration_id])
    if found is None:
        return None
    return found["number"], _level(found["new_level"])


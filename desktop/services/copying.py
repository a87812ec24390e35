"""Copy requests (SPEC §4; S001 a.4 p.1.5, a.6 p.4): the only way Grif makes copies.

A request names the registration, how many copies, why, and any third party. The
permission comes from the originator in writing (received information: a clerk records
it) or from the head of the organisation (own information: the head decides in the
program). Copies made under an approved request get the next copy numbers of the
registration, keep its level, and are registered in the same transaction; a permission is
used up as copies are made and never exceeded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import CopyState, MoveKind, OriginatorType
from desktop.domain.copying import (
    PermissionSource,
    RequestState,
    check_move,
    permission_source,
    remaining,
)
from desktop.domain.errors import (
    ClearanceInsufficient,
    IllegalState,
    InvalidInput,
    NotFound,
)
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import stored
from desktop.services.marking import pending_level
from desktop.services.register import CLERKS, MAX_COPIES, scope_for
from desktop.services.session import Session, action
from desktop.store import copying as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

PURPOSE = QT_TRANSLATE_NOOP("Errors", "purpose of copying")
COPIES = QT_TRANSLATE_NOOP("Errors", "number of copies")
THIRD_PARTY = QT_TRANSLATE_NOOP("Errors", "third party")
CONSENT = QT_TRANSLATE_NOOP("Errors", "prior written consent of the originator")
PERMITTED_BY = QT_TRANSLATE_NOOP("Errors", "who gave the permission")
PERMISSION_REF = QT_TRANSLATE_NOOP("Errors", "permission reference")
PERMISSION_DATE = QT_TRANSLATE_NOOP("Errors", "permission date")
AUTHORISED = QT_TRANSLATE_NOOP("Errors", "copies authorised")
REASON = QT_TRANSLATE_NOOP("Errors", "reason for the refusal")
REQUESTER = QT_TRANSLATE_NOOP("Errors", "requester")
LOCATION = QT_TRANSLATE_NOOP("Errors", "location")
REQUESTER_NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "the requester has no valid clearance covering this level")
NOT_THE_ORIGINATOR = QT_TRANSLATE_NOOP(
    "Errors", "the permission must come from the originator")
MORE_THAN_ASKED = QT_TRANSLATE_NOOP("Errors", "more than were asked for")
MORE_THAN_LEFT = QT_TRANSLATE_NOOP(
    "Errors", "more than the permission has left")
UNDER_CASE = QT_TRANSLATE_NOOP(
    "Errors",
    "the registration is under the open marking-change case %1: make copies after it closes")

NO_SOURCE = QT_TRANSLATE_NOOP(
    "Errors", "no copy of the registration is in the registry's safe to copy from")
MAX_COPY_NO = 9999         # copy numbers of one registration

READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class CopyRequest:
    id: int
    number: str
    registration_id: int
    reg_no: str
    title: str
    level: Level
    originator_type: OriginatorType
    originator: str
    requester: str                  # full name
    requester_position: str
    requested_at: dt.datetime
    copies_asked: int
    purpose: str
    third_party: str
    third_party_consent: str
    state: RequestState
    source: PermissionSource
    permitted_by: str
    permission_reference: str
    permission_date: dt.date | None
    authorised: int
    made: int
    refusal_reason: str
    decided_by: str
    copy_numbers: tuple[int, ...] = ()

    @property
    def left(self) -> int:
        return remaining(self.authorised, self.made) if self.state is RequestState.APPROVED \
            else 0


def _request(row: dict, numbers: list[int] | None = None) -> CopyRequest:
    return CopyRequest(
        id=row["id"], number=row["number"], registration_id=row["registration_id"],
        reg_no=row["reg_no"], title=row["title"], level=Level(row["level"]),
        originator_type=OriginatorType(row["originator_type"]), originator=row["originator"],
        requester=row["requester"], requester_position=row.get("requester_position") or "",
        requested_at=stored.moment(row["requested_at"]) or dt.datetime.now(),
        copies_asked=row["copies_asked"], purpose=row["purpose"],
        third_party=row["third_party"], third_party_consent=row["third_party_consent"],
        state=RequestState(row["state"]), source=PermissionSource(row["permission_source"]),
        permitted_by=row["permitted_by"], permission_reference=row["permission_reference"],
        permission_date=stored.day(row["permission_date"]), authorised=row["authorised"],
        made=row["made"], refusal_reason=row["refusal_reason"],
        decided_by=row["decided_by"] or "", copy_numbers=tuple(numbers or ()))


def _registration(conn: Connection, user: User, reg_no: str):
    """The registration if the user may see it: within the clearance and, for someone who
    does not keep the register, only what they hold."""
    reg_no = clean_text(fields.REG_NO, reg_no, max_len=64)
    found = register_repo.registration_by_no(conn, reg_no)
    scope = scope_for(user)
    if found is None or found.level.rank > scope.max_rank:
        raise NotFound(reg_no)
    if scope.holder_id is not None and not any(
            c.holder_id == user.id for c in register_repo.copies_of(conn, found.id)):
        raise NotFound(reg_no)
    return found


def _third_party_rule(otype: OriginatorType) -> bool:
    """S001 a.4 p.1.5: information of the other Party (received, or created with it) goes to
    a third party only with its prior written consent."""
    return otype in (OriginatorType.KYRGYZ, OriginatorType.JOINT)


def create_request(session: Session, reg_no: str, copies: int, purpose: str, *,
                   requester: str | None = None, third_party: str = "",
                   third_party_consent: str = "") -> int:
    """Record a request. Anyone cleared for the registration may ask for themselves; a
    clerk may record one on behalf of a cleared colleague."""
    purpose = clean_text(PURPOSE, purpose, max_len=500, multiline=True)
    third_party = clean_text(THIRD_PARTY, third_party, max_len=300, required=False)
    third_party_consent = clean_text(CONSENT, third_party_consent, max_len=200,
                                     required=False)
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise InvalidInput(COPIES, str(copies))
    with action(session, "copying.request") as tx:
        registration = _registration(tx.conn, tx.user, reg_no)
        person = tx.user
        if requester and requester.strip() != tx.user.username:
            require_role(tx.user, *CLERKS)
            person = user_repo.by_name(tx.conn, requester.strip())
            if person is None or not person.active:
                raise NotFound(requester)
        if person.clearance is None or not person.clearance.covers(registration.level,
                                                                   session.today):
            raise InvalidInput(REQUESTER, REQUESTER_NOT_CLEARED)
        otype = registration.originator.type
        if third_party and _third_party_rule(otype) and not third_party_consent:
            raise InvalidInput(CONSENT, fields.EMPTY)
        year = session.today.year
        number = f"{register_repo.allocate_number(tx.conn, 'copy_request', year)}/{year}"
        request_id = repo.insert_request(tx.conn, {
            "number": number, "registration_id": registration.id, "requester_id": person.id,
            "requested_at": register_repo.today_iso(), "recorded_by": session.actor,
            "copies_asked": copies, "purpose": purpose, "third_party": third_party,
            "third_party_consent": third_party_consent, "state": RequestState.PENDING.value,
            "permission_source": permission_source(otype).value})
        tx.object = number
        tx.details = {"registration": registration.reg_no, "copies": copies,
                      "requester": person.username, "third_party": third_party or None}
    return request_id


def _pending(conn: Connection, user: User, request_id: int, today: dt.date,
             target: RequestState) -> dict:
    row = _visible(conn, user, request_id, today)
    check_move(RequestState(row["state"]), target)     # a decision is taken once
    return row


def _decider(tx_user: User, row: dict, today: dt.date) -> None:
    """The head decides on own information; a clerk records the originator's answer."""
    if row["permission_source"] == PermissionSource.HEAD.value:
        require_role(tx_user, Role.ORG_HEAD)
    else:
        require_role(tx_user, *CLERKS)
    require_clearance(tx_user, Level(row["level"]), today)


def approve(session: Session, request_id: int, authorised: int, *, reference: str = "",
            permitted_by: str = "", permission_date: dt.date | None = None) -> None:
    """The permission: for own information the head's decision (the head is the user; the
    reference is optional, e.g. the order by which an official acts for the head); for
    received information the originator's written permission, whose body, reference and
    date are required."""
    reference = clean_text(PERMISSION_REF, reference, max_len=100, required=False)
    with action(session, "copying.approve") as tx:
        row = _pending(tx.conn, tx.user, request_id, session.today, RequestState.APPROVED)
        _decider(tx.user, row, session.today)
        if isinstance(authorised, bool) or not isinstance(authorised, int) or authorised < 1:
            raise InvalidInput(AUTHORISED, str(authorised))
        if authorised > row["copies_asked"]:
            raise InvalidInput(AUTHORISED, MORE_THAN_ASKED)
        if row["permission_source"] == PermissionSource.HEAD.value:
            who = ", ".join(p for p in (tx.user.position, tx.user.full_name) if p)
            day = session.today
        else:
            who = clean_text(PERMITTED_BY, permitted_by, max_len=300)
            if row["originator"] and who.casefold() != row["originator"].casefold():
                raise InvalidInput(PERMITTED_BY, NOT_THE_ORIGINATOR)
            reference = clean_text(PERMISSION_REF, reference, max_len=100)
            if permission_date is None:
                raise InvalidInput(PERMISSION_DATE, fields.EMPTY)
            if permission_date > session.today:
                raise InvalidInput(PERMISSION_DATE, fields.FUTURE)
            day = permission_date
        repo.update_request(tx.conn, request_id, {
            "state": RequestState.APPROVED.value, "permitted_by": who,
            "permission_reference": reference, "permission_date": day,
            "authorised": authorised, "decided_at": register_repo.today_iso(),
            "decided_by": session.actor})
        tx.object = row["number"]
        tx.details = {"authorised": authorised, "reference": reference, "by": who}


def refuse(session: Session, request_id: int, reason: str, *, permitted_by: str = "",
           reference: str = "", permission_date: dt.date | None = None) -> None:
    """The refusal with its reason (by the head, or the originator's answer recorded)."""
    reason = clean_text(REASON, reason, max_len=500, multiline=True)
    reference = clean_text(PERMISSION_REF, reference, max_len=100, required=False)
    permitted_by = clean_text(PERMITTED_BY, permitted_by, max_len=300, required=False)
    if permission_date is not None and permission_date > session.today:
        raise InvalidInput(PERMISSION_DATE, fields.FUTURE)
    with action(session, "copying.refuse") as tx:
        row = _pending(tx.conn, tx.user, request_id, session.today, RequestState.REFUSED)
        _decider(tx.user, row, session.today)
        if row["permission_source"] == PermissionSource.HEAD.value:
            permitted_by = ", ".join(p for p in (tx.user.position, tx.user.full_name) if p)
            permission_date = session.today
        repo.update_request(tx.conn, request_id, {
            "state": RequestState.REFUSED.value, "refusal_reason": reason,
            "permitted_by": permitted_by, "permission_reference": reference,
            "permission_date": permission_date, "decided_at": register_repo.today_iso(),
            "decided_by": session.actor})
        tx.object = row["number"]
        tx.details = {"reason": reason}


def make_copies(session: Session, request_id: int, count: int, *,
                location: str = "") -> list[int]:
    """Make `count` copies under an approved request: the next copy numbers of the
    registration, its level, the clerk as custodian, registered now. Returns the numbers."""
    location = clean_text(LOCATION, location, max_len=100, required=False)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidInput(COPIES, str(count))
    with action(session, "copying.make") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, request_id, session.today)
        state = RequestState(row["state"])
        if state is not RequestState.APPROVED:
            raise IllegalState(state.label)
        require_clearance(tx.user, Level(row["level"]), session.today)
        if count > remaining(row["authorised"], row["made"]):
            raise InvalidInput(COPIES, MORE_THAN_LEFT)
        pending = pending_level(tx.conn, row["registration_id"])
        if pending is not None:
            raise IllegalState(pending[0], message=UNDER_CASE)
        first = register_repo.next_copy_no(tx.conn, row["registration_id"])
        # Copies are made from a copy in the registry's safe.
        source = [c for c in register_repo.copies_of(tx.conn, row["registration_id"])
                  if c.state.in_custody]
        if not source:
            raise IllegalState(NO_SOURCE)
        if first - 1 + count > MAX_COPY_NO:
            raise InvalidInput(COPIES, str(count))
        sheets = source[0].sheets
        now = register_repo.today_iso()
        ids = register_repo.insert_copies(
            tx.conn, row["registration_id"], first, count, custodian_id=tx.user.id,
            location=location or source[0].location, sheets=sheets, now=now)
        for copy_id in ids:
            register_repo.insert_move(tx.conn, {
                "copy_id": copy_id, "kind": MoveKind.REGISTER.value, "from_state": "",
                "to_state": CopyState.REGISTERED.value, "at": now, "by_user": session.actor,
                "basis": row["number"], "reference": row["permission_reference"]})
        repo.add_copies(tx.conn, request_id, ids)
        repo.set_copies_count(tx.conn, row["registration_id"])
        made = row["made"] + count
        if made == row["authorised"]:
            check_move(state, RequestState.USED_UP)
            state = RequestState.USED_UP
        repo.update_request(tx.conn, request_id, {"made": made, "state": state.value})
        numbers = list(range(first, first + count))
        tx.object = f"{row['number']}: {row['reg_no']}"
        tx.details = {"copies": numbers, "level": row["level"], "permission":
                      row["permission_reference"], "made": made,
                      "authorised": row["authorised"]}
    return numbers


def _visible(conn: Connection, user: User, request_id: int, today: dt.date) -> dict:
    row = repo.request(conn, request_id)
    if row is None or row["level_rank"] > scope_for(user, today).max_rank:
        raise NotFound(str(request_id))
    if not user.has_role(*READERS) and row["requester_id"] != user.id:
        raise ClearanceInsufficient()
    return row


def request(session: Session, request_id: int) -> CopyRequest:
    """One request with the copy numbers made under it (journalled view)."""
    with action(session, "copying.view") as tx:
        found = request_in(tx.conn, tx.user, request_id, session.today)
        tx.object = found.number
        return found


def request_in(conn: Connection, user: User, request_id: int, today: dt.date) -> CopyRequest:
    """A request the user may see, read in the caller's transaction (its print)."""
    row = _visible(conn, user, request_id, today)
    return _request(row, repo.copy_numbers(conn, request_id))


def request_row(conn: Connection, request_id: int) -> dict:
    """The stored row of a request already checked by `request_in`."""
    row = repo.request(conn, request_id)
    assert row is not None
    return row


def requests(session: Session, *, state: RequestState | None = None,
             originator_type: OriginatorType | None = None) -> list[CopyRequest]:
    """The requests the user may see: everything within the clearance for the people who
    keep or check the register and for heads, one's own requests for everybody else."""
    with action(session, "copying.list") as tx:
        me = tx.user
        rows = repo.requests(
            tx.conn, state=state.value if state else None,
            originator_type=originator_type.value if originator_type else None,
            max_rank=scope_for(me, session.today).max_rank,
            requester_id=None if me.has_role(*READERS) else me.id)
        # The list shows the copy numbers made under each request, as request() does.
        tx.details = {"state": state.value if state else None, "rows": len(rows)}
    return [_request(r, [int(n) for n in (r["copy_numbers"] or "").split(",") if n])
            for r in rows]


def awaiting_decision(session: Session) -> list[CopyRequest]:
    """Pending requests this user can decide (start page): own information for the head,
    received information for clerks."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active:
            return []
        rows = repo.requests(conn, state=RequestState.PENDING.value, originator_type=None,
                             max_rank=scope_for(me, session.today).max_rank, requester_id=None)
    head, clerk = me.has_role(Role.ORG_HEAD), me.has_role(*CLERKS)
    return [_request(r) for r in rows
            if (r["permission_source"] == PermissionSource.HEAD.value and head)
            or (r["permission_source"] == PermissionSource.ORIGINATOR.value and clerk)]

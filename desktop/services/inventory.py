"""Inventory checks of carriers: every year as of 1 January, or unscheduled when a custodian
changes. The check lists every copy that should be present (in the safe or issued), the
commission ticks off each one it finds (by registration and copy number, for speed), records
anything found that is not expected, and marks what it cannot find as missing. Nothing is
skipped: the check finishes only when every expected copy is found or missing, and each
missing copy opens a loss case (S000 p.7)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.incidents import IncidentKind
from desktop.domain.inventory import MIN_COMMISSION, CheckKind, CheckState, ItemResult, totals
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import incidents, stored
from desktop.services.copying import MAX_COPY_NO
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, action
from desktop.store import incidents as incident_repo
from desktop.store import inventory as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

AS_OF = QT_TRANSLATE_NOOP("Errors", "date of the check")
REASON = QT_TRANSLATE_NOOP("Errors", "reason for the check")
COMMISSION = QT_TRANSLATE_NOOP("Errors", "commission")
COPY = QT_TRANSLATE_NOOP("Errors", "copy")
COPY_NO = QT_TRANSLATE_NOOP("Errors", "copy number")
DESCRIPTION = QT_TRANSLATE_NOOP("Errors", "description")
NOT_JANUARY = QT_TRANSLATE_NOOP("Errors", "an annual check is made as of 1 January")
TOO_FEW = QT_TRANSLATE_NOOP("Errors", "at least three members, each of them once")
MEMBER_NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "%1 has no valid clearance covering the carriers of the check")
ONE_OPEN = QT_TRANSLATE_NOOP("Errors", "finish check %1 before starting another")
NOTHING = QT_TRANSLATE_NOOP("Errors", "no carriers to check")
NOT_EXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "%1 is not among the carriers of this check: record it as surplus if it is here")
UNCHECKED = QT_TRANSLATE_NOOP(
    "Errors", "%1 copies are neither found nor marked missing: nothing is skipped silently")
FINISHED = QT_TRANSLATE_NOOP("Errors", "the check is finished")
NO_LONGER_EXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 is no longer where a check finds it (%2).")
MOVED = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 has moved since it was marked missing (now: %2): mark it found or missing again.")

READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR, Role.COMMISSION)
EXPECTED = repo.EXPECTED        # where a copy should be found


@dataclass(frozen=True)
class CheckMember:
    username: str
    full_name: str
    position: str
    role: str                       # "chair" | "member"


@dataclass(frozen=True)
class Check:
    id: int
    number: str
    kind: CheckKind
    reason: str
    as_of: dt.date
    custodian: str
    location: str                   # the safe checked ("" for all of them)
    state: CheckState
    top: Level
    commission: tuple[CheckMember, ...]
    counts: dict[str, int]          # expected, found, missing, unchecked, surplus
    incidents: tuple[tuple[str, str], ...]   # (case number, "reg_no / copy_no")
    finished_at: str | None


@dataclass(frozen=True)
class CheckItem:
    copy_id: int
    reg_no: str
    copy_no: int
    title: str
    level: Level
    sheets: int | None
    custodian: str
    location: str
    result: ItemResult | None
    key: int                        # register order: pass it as `after` for the next page


def start_check(session: Session, kind: CheckKind, as_of: dt.date, commission: list[str], *,
                reason: str = "", custodian_id: int | None = None, location: str = "") -> int:
    """Open a check: the commission (the first name chairs it) and every copy it expects."""
    reason = clean_text(REASON, reason, max_len=500, required=kind is CheckKind.UNSCHEDULED)
    if as_of > session.today:
        raise InvalidInput(AS_OF, fields.FUTURE)
    if kind is CheckKind.ANNUAL and (as_of.month, as_of.day) != (1, 1):
        raise InvalidInput(AS_OF, NOT_JANUARY)
    names = [n.strip() for n in commission if n.strip()]
    if len(names) < MIN_COMMISSION or len({n.casefold() for n in names}) != len(names):
        raise InvalidInput(COMMISSION, TOO_FEW)
    with action(session, "inventory.start") as tx:
        require_role(tx.user, *CLERKS)
        busy = repo.open_check(tx.conn)
        if busy is not None:
            raise IllegalState(busy["number"], message=ONE_OPEN)
        top_rank = repo.expected_top_rank(tx.conn, custodian_id, location or None)
        if not top_rank:
            raise IllegalState(NOTHING)
        top = next(lv for lv in Level if lv.rank == top_rank)
        require_clearance(tx.user, top, session.today)
        members = []
        for name in names:
            person = user_repo.by_name(tx.conn, name)
            if person is None or not person.active:
                raise NotFound(name)
            if person.clearance is None or not person.clearance.covers(top, session.today):
                raise InvalidInput(person.full_name, message=MEMBER_NOT_CLEARED)
            members.append(person)
        year = session.today.year
        number = f"{register_repo.allocate_number(tx.conn, 'inventory_check', year)}/{year}"
        check_id = repo.insert_check(tx.conn, {
            "number": number, "kind": kind.value, "reason": reason, "as_of": as_of,
            "custodian_id": custodian_id, "location": location, "state": CheckState.OPEN.value,
            "top_rank": top_rank, "created_at": register_repo.today_iso(),
            "created_by": session.actor})
        for i, person in enumerate(members):
            repo.add_member(tx.conn, check_id, person.id, "chair" if i == 0 else "member")
        count = repo.add_expected_copies(tx.conn, check_id, custodian_id, location or None)
        tx.object = number
        tx.details = {"kind": kind.value, "as_of": as_of.isoformat(), "copies": count,
                      "commission": names, "custodian": custodian_id, "location": location}
    return check_id


def _open(conn: Connection, user: User, check_id: int) -> dict:
    row = _visible(conn, user, check_id)
    if row["state"] != CheckState.OPEN.value:
        raise IllegalState(FINISHED)
    return row


def _sees_all(user: User) -> bool:
    """Who keeps the register or heads the organisation sees every check within the
    clearance; anyone else only the checks whose commission they sit on."""
    return user.has_role(*CLERKS, Role.ORG_HEAD)


def _visible(conn: Connection, user: User, check_id: int) -> dict:
    row = repo.check_row(conn, check_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank or (
            not _sees_all(user) and not repo.is_member(conn, check_id, user.id)):
        raise NotFound(str(check_id))
    return row


def _mark(session: Session, check_id: int, copy_ids: list[int], result: ItemResult) -> int:
    with action(session, f"inventory.{result.value}") as tx:
        require_role(tx.user, *CLERKS)
        row = _open(tx.conn, tx.user, check_id)
        now = register_repo.today_iso()
        marked = 0
        for copy_id in dict.fromkeys(copy_ids):
            _still_expected(tx.conn, int(copy_id), NO_LONGER_EXPECTED)
            marked += repo.mark(tx.conn, check_id, int(copy_id), result.value, now,
                                session.actor)
        if marked != len(dict.fromkeys(copy_ids)):
            raise InvalidInput(COPY, fields.WRONG_TYPE)
        tx.object = row["number"]
        tx.details = {"copies": list(dict.fromkeys(copy_ids))}
    return marked


def _still_expected(conn: Connection, copy_id: int, message: str) -> None:
    """A copy that has left (dispatched, destroyed, lost…) since the check listed it is
    no longer found or missing in it: the clerk must look at it again."""
    copy = register_repo.copy(conn, copy_id)
    if copy is not None and copy.state.value not in repo.EXPECTED:
        registration = register_repo.registration(conn, copy.registration_id)
        name = f"{registration.reg_no if registration else '?'} / {copy.copy_no}"
        raise IllegalState(name, Label("CopyState", copy.state.label), message=message)


def mark_found(session: Session, check_id: int, copy_ids: list[int]) -> int:
    return _mark(session, check_id, copy_ids, ItemResult.FOUND)


def mark_missing(session: Session, check_id: int, copy_ids: list[int]) -> int:
    return _mark(session, check_id, copy_ids, ItemResult.MISSING)


def _copy_no(value: object) -> int:
    """A copy number as read from a label: a whole number a registration can have."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_COPY_NO:
        raise InvalidInput(COPY_NO, str(value)[:20])
    return value


def find(session: Session, check_id: int, reg_no: str, copy_no: int) -> int:
    """The copy id of an expected copy read from its label (registration and copy number),
    or NotExpected (then it is surplus if it is physically here)."""
    reg_no = clean_text(fields.REG_NO, reg_no, max_len=64)
    copy_no = _copy_no(copy_no)
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None:
            raise NotFound(reg_no)
        require_role(me, *CLERKS)
        _visible(conn, me, check_id)
        copy_id = repo.expected_copy(conn, check_id, reg_no, copy_no)
    if copy_id is None:
        raise InvalidInput(f"{reg_no} / {copy_no}", message=NOT_EXPECTED)
    return copy_id


def add_surplus(session: Session, check_id: int, description: str, *, reg_no: str = "",
                copy_no: int | None = None) -> None:
    description = clean_text(DESCRIPTION, description, max_len=500, multiline=True)
    reg_no = clean_text(fields.REG_NO, reg_no, max_len=64, required=False)
    copy_no = None if copy_no is None else _copy_no(copy_no)
    with action(session, "inventory.surplus") as tx:
        require_role(tx.user, *CLERKS)
        row = _open(tx.conn, tx.user, check_id)
        repo.insert_surplus(tx.conn, {
            "check_id": check_id, "reg_no": reg_no, "copy_no": copy_no,
            "description": description, "recorded_at": register_repo.today_iso(),
            "recorded_by": session.actor})
        tx.object = row["number"]
        tx.details = {"reg_no": reg_no, "copy_no": copy_no}


def _counts(conn: Connection, check_id: int) -> dict[str, int]:
    got = repo.counts(conn, check_id)
    return totals(got["expected"], got["found"], got["missing"], got["surplus"])


def finish(session: Session, check_id: int) -> list[str]:
    """Close the check: every expected copy found or missing; each missing copy opens its
    own loss case (and is lost). Returns the case numbers."""
    with action(session, "inventory.finish") as tx:
        require_role(tx.user, *CLERKS)
        row = _open(tx.conn, tx.user, check_id)
        counts = _counts(tx.conn, check_id)
        if counts["unchecked"]:
            raise IllegalState(str(counts["unchecked"]), message=UNCHECKED)
        missing = repo.missing(tx.conn, check_id)
        for item in missing:          # all checked before any case is opened
            _still_expected(tx.conn, item["copy_id"], MOVED)
        opened = []
        for item in missing:
            _id, number = incidents.create_in(
                tx, session, IncidentKind.LOSS, date_found=session.today,
                circumstances=f"{row['number']}: {item['reg_no']} / {item['copy_no']}",
                copy_ids=[item["copy_id"]], check_id=check_id)
            opened.append(number)
        repo.update_check(tx.conn, check_id, {
            "state": CheckState.FINISHED.value, "finished_at": register_repo.today_iso(),
            "finished_by": session.actor})
        tx.object = row["number"]
        tx.details = {**counts, "incidents": opened}
    return opened


def check_in(conn: Connection, user: User, check_id: int) -> Check:
    row = _visible(conn, user, check_id)
    members = tuple(CheckMember(m["username"], m["full_name"], m["position"], m["role"])
                    for m in repo.commission(conn, check_id))
    custodian = user_repo.by_id(conn, row["custodian_id"]) if row["custodian_id"] else None
    opened = tuple((r["number"], f"{r['reg_no']} / {r['copy_no']}")
                   for r in incident_repo.of_check(conn, check_id))
    return Check(
        id=row["id"], number=row["number"], kind=CheckKind(row["kind"]), reason=row["reason"],
        as_of=stored.day(row["as_of"]), custodian=custodian.full_name if custodian else "",
        location=row["location"], state=CheckState(row["state"]), top=next(lv for lv in Level
                                                 if lv.rank == row["top_rank"]),
        commission=members, counts=_counts(conn, check_id), incidents=opened,
        finished_at=row["finished_at"])


def check(session: Session, check_id: int) -> Check:
    with action(session, "inventory.view") as tx:
        require_role(tx.user, *READERS)
        found = check_in(tx.conn, tx.user, check_id)
        tx.object = found.number
        return found


def check_again(session: Session, check_id: int) -> Check:
    """The same check read again after a tick (its counts and state): a plain read, as the
    view that shows it was journalled when it opened and every tick is journalled itself."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*READERS):
            raise NotFound(str(check_id))
        return check_in(conn, me, check_id)


def checks(session: Session) -> list[Check]:
    with action(session, "inventory.list") as tx:
        require_role(tx.user, *READERS)
        ids = repo.check_ids(tx.conn, max_rank=scope_for(tx.user).max_rank,
                             member_id=None if _sees_all(tx.user) else tx.user.id)
        found = [check_in(tx.conn, tx.user, i) for i in ids]
        tx.details = {"rows": len(found)}
    return found


def items(session: Session, check_id: int, *, result: ItemResult | str | None = "all",
          after: int | None = None, limit: int = 200) -> list[CheckItem]:
    """A page of the check's copies in register order; `result` None = not yet checked."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*READERS):
            raise NotFound(str(check_id))
        _visible(conn, me, check_id)
        # any other value (the default "all") lists every copy
        wanted = (None if result is None else
                  result.value if isinstance(result, ItemResult) else repo.ANY_RESULT)
        found = repo.items_page(conn, check_id, wanted, after, limit)
    return [CheckItem(r["copy_id"], r["reg_no"], r["copy_no"], r["title"], Level(r["level"]),
                      r["sheets"], r["custodian"] or "", r["location"],
                      ItemResult(r["result"]) if r["result"] else None,
                      r["seq"]) for r in found]


@dataclass(frozen=True)
class CheckReport:
    """What the act of a check lists: found by custodian and safe, missing, surplus."""

    found: tuple[tuple[str, str, int, int], ...]       # custodian, location, copies, sheets
    missing: tuple[tuple[str, int, str, Level, int | None, str, str], ...]
    surplus: tuple[tuple[str, int | None, str], ...]   # reg_no, copy_no, description


def report_in(conn: Connection, check_id: int) -> CheckReport:
    """The act's lists of a check already read with `check_in` (same transaction)."""
    return CheckReport(
        found=tuple((g["custodian"], g["location"], g["copies"], g["sheets"])
                    for g in repo.found_groups(conn, check_id)),
        missing=tuple((m["reg_no"], m["copy_no"], m["title"], Level(m["level"]), m["sheets"],
                       m["custodian"], m["location"]) for m in repo.missing_items(conn, check_id)),
        surplus=tuple((s["reg_no"], s["copy_no"], s["description"])
                      for s in repo.surplus_items(conn, check_id)))


def first_registration(conn: Connection, check_id: int) -> int | None:
    return repo.first_registration(conn, check_id)

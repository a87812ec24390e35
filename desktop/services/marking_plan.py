"""Working out a marking-change case before it is opened (SPEC §3; S001 a.6 p.1 and p.3):
the notice checked, the registrations it reaches, every live copy of them with why it is
included and what must happen to it, the window and its deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.carriers import CopyState, OriginatorType
from desktop.domain.errors import ClearanceInsufficient, IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.domain.marking import (
    AGREEMENT_DAYS,
    ChangeKind,
    Node,
    PlannedChange,
    Reason,
    WindowRule,
    change_kind,
    deadline,
    plan,
    window_rule,
)
from desktop.domain.people import User
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import settings
from desktop.services.register import scope_for
from desktop.services.session import Session
from desktop.store import marking as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

ISSUER = QT_TRANSLATE_NOOP("Errors", "who issued the notice")
REFERENCE = QT_TRANSLATE_NOOP("Errors", "notice reference")
NOTICE_DATES = QT_TRANSLATE_NOOP("Errors", "notice dates")
PARTNER = QT_TRANSLATE_NOOP("Errors", "agreement of the other Party")
RECEIVED_BEFORE_ISSUED = QT_TRANSLATE_NOOP(
    "Errors", "the notice cannot be received before it was written")
ONE_ORIGINATOR = QT_TRANSLATE_NOOP(
    "Errors", "one case covers the information of one originator")
IN_OPEN_CASE = QT_TRANSLATE_NOOP(
    "Errors", "%1 is already under the open marking-change case %2")
DECLASSIFIED = QT_TRANSLATE_NOOP("Errors", "%1 is already declassified")


# What must happen to a copy that is not in the safe: its holder re-marks it, the recipient
# is told and confirms, or (raised above the holder's clearance) it comes back first.
TASK_NONE, TASK_HOLDER, TASK_RECIPIENT, TASK_RETURN = "none", "holder", "recipient", "return"


@dataclass(frozen=True)
class Notice:
    """The written notice a case starts from."""

    issuer: str                   # the originator, or the authorised official for own
    reference: str
    date: dt.date
    received: dt.date
    partner_agreement: str = ""   # jointly created information: the other Party's consent
    partner_agreement_date: dt.date | None = None


@dataclass(frozen=True)
class CaseDraft:
    notice: Notice
    reg_nos: tuple[str, ...]      # the registrations the notice names
    new_level: Level | None       # None: declassify
    notes: str = ""


@dataclass(frozen=True)
class AffectedCopy:
    copy_id: int
    registration_id: int
    reg_no: str
    copy_no: int
    state: CopyState
    reason: Reason
    via: str
    old: Level
    new: Level | None
    task: str                     # TASK_*: who must re-mark it when it is not in the safe
    task_for: str
    remarked_by: str = ""         # full name
    remarked_at: dt.datetime | None = None
    state_at_open: CopyState | None = None   # where it was when the case was opened


@dataclass(frozen=True)
class Plan:
    """What a case will do, worked out before it is opened (and kept by it)."""

    kind: ChangeKind
    originator_type: OriginatorType
    originator: str
    changes: list[PlannedChange]
    copies: list[AffectedCopy]
    rule: WindowRule
    window_days: int
    deadline: dt.date
    old_level: Level              # the highest level before the change
    top: Level                    # the highest level the case touches (who may see it)

    @property
    def needs_confirmation(self) -> bool:
        return self.kind.lowers


def clean_notice(notice: Notice, today: dt.date) -> Notice:
    issuer = clean_text(ISSUER, notice.issuer, max_len=300)
    reference = clean_text(REFERENCE, notice.reference, max_len=100)
    for day in (notice.date, notice.received, notice.partner_agreement_date):
        if day is not None and day > today:
            raise InvalidInput(NOTICE_DATES, fields.FUTURE)
    if notice.received < notice.date:
        raise InvalidInput(NOTICE_DATES, RECEIVED_BEFORE_ISSUED)
    partner = clean_text(PARTNER, notice.partner_agreement, max_len=200, required=False)
    return Notice(issuer, reference, notice.date, notice.received, partner,
                  notice.partner_agreement_date if partner else None)


def _named_ids(conn: Connection, user: User, reg_nos: tuple[str, ...]) -> list[int]:
    ids = []
    scope = scope_for(user)
    for reg_no in dict.fromkeys(clean_text(fields.REG_NO, n, max_len=64) for n in reg_nos):
        found = register_repo.registration_by_no(conn, reg_no)
        if found is None or found.level.rank > scope.max_rank:
            raise NotFound(reg_no)        # the same answer whether absent or above clearance
        ids.append(found.id)
    if not ids:
        raise InvalidInput(fields.REG_NO, "0")
    return ids


def task_of(conn: Connection, state: CopyState, holder_id: int | None, holder: str,
            sent_to: str, new: Level | None, today: dt.date) -> tuple[str, str]:
    """What must happen to a copy where it is now (worked out again when it is ticked off:
    a copy may have moved since the case was opened)."""
    if state is CopyState.ISSUED:
        person = user_repo.by_id(conn, holder_id) if holder_id else None
        cleared = person is not None and person.active and person.clearance is not None and (
            new is None or person.clearance.covers(new, today))
        return (TASK_HOLDER if cleared else TASK_RETURN), holder or ""
    if state in (CopyState.DISPATCHED, CopyState.DELIVERED):
        return TASK_RECIPIENT, sent_to or ""
    return TASK_NONE, ""


def work_out(conn: Connection, session: Session, user: User, draft: CaseDraft) -> Plan:
    named = _named_ids(conn, user, draft.reg_nos)
    rows = repo.tree(conn, named)
    # A case shows everything derived from what it names: whoever works on it must be
    # cleared for all of it (else a derivative above their clearance would show through).
    if max(Level(r["level"]).rank for r in rows) > scope_for(user, session.today).max_rank:
        raise ClearanceInsufficient()
    nodes = {r["id"]: Node(r["id"], r["reg_no"], Level(r["level"]), r["parent_id"],
                           r["declassified_on"] is not None) for r in rows}
    by_id = {r["id"]: r for r in rows}
    # The notice is the originator's of the sources it names; derivatives named with them
    # (our own translations, printouts) follow their source.
    roots = [i for i in named if not _derives_from(nodes, i, set(named))]
    origins = {(by_id[i]["originator_type"], by_id[i]["originator"].casefold()) for i in roots}
    if len(origins) != 1:
        raise InvalidInput(fields.REG_NO, ONE_ORIGINATOR)
    first = by_id[roots[0]]
    otype, originator = OriginatorType(first["originator_type"]), first["originator"]
    for reg_id in named:
        if nodes[reg_id].declassified:
            raise IllegalState(nodes[reg_id].reg_no, message=DECLASSIFIED)
    changes = plan(nodes, named, draft.new_level)
    planned = {c.registration_id: c for c in changes if c.changes}
    busy = repo.open_case_of(conn, list(planned))     # one open case changes a registration
    if busy is not None:
        raise IllegalState(nodes[busy["registration_id"]].reg_no, busy["number"],
                           message=IN_OPEN_CASE)
    copies = []
    for row in repo.live_copies(conn, list(planned)):
        change = planned[row["registration_id"]]
        task, task_for = task_of(conn, CopyState(row["state"]), row["holder_id"], row["holder"],
                                 row["sent_to"], change.new, session.today)
        copies.append(AffectedCopy(
            copy_id=row["id"], registration_id=row["registration_id"], reg_no=change.reg_no,
            copy_no=row["copy_no"], state=CopyState(row["state"]), reason=change.reason,
            via=change.via, old=change.old, new=change.new, task=task, task_for=task_for,
            state_at_open=CopyState(row["state"])))
    rule = window_rule(otype)
    days = AGREEMENT_DAYS if rule is WindowRule.AGREEMENT else \
        int(settings.current(session)["marking.window_days"])
    first_named = next(c for c in changes if c.reason is Reason.NAMED)
    old_level = max((c.old for c in changes if c.changes), key=lambda lv: lv.rank)
    top = max([c.old for c in changes] + ([draft.new_level] if draft.new_level else []),
              key=lambda lv: lv.rank)
    return Plan(kind=change_kind(first_named.old, draft.new_level), originator_type=otype,
                originator=originator, changes=changes, copies=copies, rule=rule,
                window_days=days, deadline=deadline(draft.notice.received, days),
                old_level=old_level, top=top)


def _derives_from(nodes: dict[int, Node], reg_id: int, sources: set[int]) -> bool:
    parent = nodes[reg_id].parent_id
    while parent is not None and parent in nodes:
        if parent in sources:
            return True
        parent = nodes[parent].parent_id
    return False


def check_notice(notice: Notice, otype: OriginatorType, originator: str) -> None:
    """S001 a.6 p.3: received information changes only on its originator's notice; jointly
    created information only by mutual agreement."""
    if otype in (OriginatorType.KYRGYZ, OriginatorType.DOMESTIC) and \
            notice.issuer.casefold() != originator.casefold():
        raise NotOriginator(originator)
    if otype is OriginatorType.JOINT and not (notice.partner_agreement and
                                              notice.partner_agreement_date):
        raise InvalidInput(PARTNER, fields.EMPTY)


class NotOriginator(InvalidInput):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The marking of received information is changed only on its originator's notice: the notice must come from %1.")

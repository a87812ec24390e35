"""Loss and disclosure cases (S000 p.7): the fact, what it concerns (registered copies, or
information described in words), when it was found, the circumstances, and the internal
investigation that confirms it (order number and date, then its findings). Opened by hand
or by an inventory check for each copy found missing; a lost copy leaves the safe's count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import CopyState, MoveKind, OriginatorType, next_state
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.incidents import IncidentKind, IncidentState
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import stored
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, Tx, action
from desktop.store import incidents as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

DATE_FOUND = QT_TRANSLATE_NOOP("Errors", "date found")
CIRCUMSTANCES = QT_TRANSLATE_NOOP("Errors", "circumstances")
DESCRIPTION = QT_TRANSLATE_NOOP("Errors", "information concerned")
ORDER = QT_TRANSLATE_NOOP("Errors", "order of the internal investigation")
ORDER_DATE = QT_TRANSLATE_NOOP("Errors", "date of the order")
FINDINGS = QT_TRANSLATE_NOOP("Errors", "findings of the investigation")
NOTHING_CONCERNED = QT_TRANSLATE_NOOP(
    "Errors", "name the copies concerned or describe the information in words, with its level")

PARTY_TYPES = (OriginatorType.KYRGYZ.value, OriginatorType.JOINT.value)
NOTICE_TEXT = QT_TRANSLATE_NOOP("Errors", "what the Kyrgyz party was told")
NOTICE_DATE = QT_TRANSLATE_NOOP("Errors", "date the notice was sent")
NOT_INVOLVED = QT_TRANSLATE_NOOP(
    "Errors", "the case does not involve information of the Kyrgyz party")

READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class IncidentCopy:
    copy_id: int
    reg_no: str
    copy_no: int
    title: str
    level: Level
    state: CopyState


@dataclass(frozen=True)
class Incident:
    id: int
    number: str
    kind: IncidentKind
    state: IncidentState
    date_found: dt.date
    circumstances: str
    description: str
    investigation_order: str
    investigation_date: dt.date | None
    findings: str
    check_number: str
    level: Level
    copies: tuple[IncidentCopy, ...]
    created_by: str
    party_involved: bool = False          # information of the Kyrgyz party (S001 a.12)
    party_notice_sent: dt.date | None = None
    party_notice_text: str = ""


def create_in(tx: Tx, session: Session, kind: IncidentKind, *, date_found: dt.date,
              circumstances: str, description: str = "", copy_ids: list[int] | None = None,
              level: Level | None = None, check_id: int | None = None,
              party_involved: bool = False) -> tuple[int, str]:
    """Record a case inside the caller's action; a lost copy moves to "lost". Returns (id,
    number). Information of the Kyrgyz party is involved when a copy came from it or was
    made with it, or when the clerk says so of information described in words."""
    found = _copies(tx.conn, tx.user, copy_ids or [])
    party_involved = party_involved or any(c["originator_type"] in PARTY_TYPES for c in found)
    if not found and (not description or level is None):
        raise InvalidInput(DESCRIPTION, NOTHING_CONCERNED)
    top = max([Level(c["level"]) for c in found] + ([level] if level else []),
              key=lambda lv: lv.rank)
    year = date_found.year
    number = f"{register_repo.allocate_number(tx.conn, 'incident', year)}/{year}"
    now = register_repo.today_iso()
    incident_id = repo.insert_incident(tx.conn, {
        "number": number, "kind": kind.value, "state": IncidentState.OPEN.value,
        "date_found": date_found, "circumstances": circumstances, "description": description,
        "check_id": check_id, "top_rank": top.rank, "created_at": now,
        "created_by": session.actor, "party_involved": party_involved})
    for copy in found:
        repo.add_copy(tx.conn, incident_id, copy["copy_id"])
        if kind is IncidentKind.LOSS:
            state = CopyState(copy["state"])
            new = next_state(MoveKind.LOSS, state)
            register_repo.set_copy_state(tx.conn, copy["copy_id"], new, holder_id=None,
                                         now=now)
            register_repo.insert_move(tx.conn, {
                "copy_id": copy["copy_id"], "kind": MoveKind.LOSS.value,
                "from_state": state.value, "to_state": new.value, "at": now,
                "by_user": session.actor, "basis": number, "reference": number})
    return incident_id, number


def _copies(conn: Connection, user: User, copy_ids: list[int]) -> list[dict]:
    if not copy_ids:
        return []
    found = repo.copy_rows(conn, copy_ids)
    if len(found) != len(set(copy_ids)) or any(
            r["level_rank"] > scope_for(user).max_rank for r in found):
        raise NotFound(DESCRIPTION)
    return found


def open_incident(session: Session, kind: IncidentKind, *, date_found: dt.date,
                  circumstances: str, description: str = "",
                  copy_ids: list[int] | None = None, level: Level | None = None,
                  party_involved: bool = False) -> int:
    """A case opened by hand: a loss or a disclosure found outside an inventory check."""
    circumstances = clean_text(CIRCUMSTANCES, circumstances, max_len=4000, multiline=True)
    description = clean_text(DESCRIPTION, description, max_len=4000, required=False,
                             multiline=True)
    if date_found > session.today:
        raise InvalidInput(DATE_FOUND, fields.FUTURE)
    with action(session, "incident.open") as tx:
        require_role(tx.user, *CLERKS)
        if level is not None:
            require_clearance(tx.user, level, session.today)
        incident_id, number = create_in(tx, session, kind, date_found=date_found,
                                        circumstances=circumstances, description=description,
                                        copy_ids=copy_ids, level=level,
                                        party_involved=party_involved)
        tx.object = number
        tx.details = {"kind": kind.value, "copies": len(copy_ids or []),
                      "date_found": date_found.isoformat()}
    return incident_id


def order_investigation(session: Session, incident_id: int, order: str,
                        order_date: dt.date) -> None:
    """The internal investigation is ordered (S000 p.7: the fact is confirmed by it)."""
    order = clean_text(ORDER, order, max_len=100)
    if order_date > session.today:
        raise InvalidInput(ORDER_DATE, fields.FUTURE)
    _move(session, incident_id, "incident.investigate", IncidentState.OPEN,
          IncidentState.INVESTIGATION,
          {"investigation_order": order, "investigation_date": order_date})


def record_findings(session: Session, incident_id: int, findings: str) -> None:
    findings = clean_text(FINDINGS, findings, max_len=8000, multiline=True)
    _move(session, incident_id, "incident.close", IncidentState.INVESTIGATION,
          IncidentState.CLOSED, {"findings": findings, "closed_at": register_repo.today_iso(),
                                 "closed_by": session.actor})


def _move(session: Session, incident_id: int, name: str, current: IncidentState,
          target: IncidentState, values: dict) -> None:
    with action(session, name) as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, incident_id)
        state = IncidentState(row["state"])
        if state is not current:
            raise IllegalState(Label("Incidents", state.label))
        repo.update_incident(tx.conn, incident_id, {**values, "state": target.value})
        tx.object = row["number"]
        # The journal is read by people without clearance: no findings or order text in it.
        tx.details = {"state": target.value,
                      "lengths": {k: len(str(v)) for k, v in values.items()}}


def _visible(conn: Connection, user: User, incident_id: int) -> dict:
    row = repo.incident_row(conn, incident_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise NotFound(str(incident_id))
    return row


def _incident(conn: Connection, row: dict) -> Incident:
    copies = tuple(IncidentCopy(r["copy_id"], r["reg_no"], r["copy_no"], r["title"],
                                Level(r["level"]), CopyState(r["state"]))
                   for r in repo.incident_copies(conn, row["id"]))
    return Incident(
        id=row["id"], number=row["number"], kind=IncidentKind(row["kind"]),
        state=IncidentState(row["state"]), date_found=stored.day(row["date_found"]),
        circumstances=row["circumstances"], description=row["description"],
        investigation_order=row["investigation_order"],
        investigation_date=stored.day(row["investigation_date"]), findings=row["findings"],
        check_number=row["check_number"] or "",
        level=next(lv for lv in Level if lv.rank == row["top_rank"]), copies=copies,
        created_by=row["created_by"], party_involved=bool(row["party_involved"]),
        party_notice_sent=stored.day(row["party_notice_sent"]),
        party_notice_text=row["party_notice_text"])


def incident(session: Session, incident_id: int) -> Incident:
    with action(session, "incident.view") as tx:
        require_role(tx.user, *READERS)
        row = _visible(tx.conn, tx.user, incident_id)
        tx.object = row["number"]
        return _incident(tx.conn, row)


def incidents(session: Session, state: IncidentState | None = None) -> list[Incident]:
    with action(session, "incident.list") as tx:
        require_role(tx.user, *READERS)
        found = [_incident(tx.conn, r) for r in repo.incident_rows(
            tx.conn, state=state.value if state else None,
            max_rank=scope_for(tx.user).max_rank)]
        tx.details = {"state": state.value if state else None, "rows": len(found)}
    return found


def record_party_notice(session: Session, incident_id: int, sent_on: dt.date,
                        text: str) -> None:
    """S001 a.12 p.1: the other Party is told at once of a breach involving its information
    — the circumstances, the consequences and the measures taken. The text stays out of
    the journal (it is read by people without clearance)."""
    text = clean_text(NOTICE_TEXT, text, max_len=4000, multiline=True)
    if sent_on > session.today:
        raise InvalidInput(NOTICE_DATE, fields.FUTURE)
    with action(session, "incident.party_notice") as tx:
        require_role(tx.user, *CLERKS)
        row = _visible(tx.conn, tx.user, incident_id)
        if not row["party_involved"]:
            raise IllegalState(NOT_INVOLVED)
        if sent_on < stored.day(row["date_found"]):
            raise InvalidInput(NOTICE_DATE, sent_on.isoformat())
        repo.update_incident(tx.conn, incident_id, {"party_notice_sent": sent_on,
                                                    "party_notice_text": text})
        tx.object = row["number"]
        tx.details = {"sent_on": sent_on.isoformat(), "length": len(text)}


@dataclass(frozen=True)
class NoticeDue:
    incident_id: int
    number: str
    date_found: dt.date
    days: int                       # since the case was found: "at once" means day 0


def party_notices_due(session: Session) -> list[NoticeDue]:
    """Cases whose notice to the Kyrgyz party is not recorded yet (start page: from the
    first day)."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*CLERKS):
            return []
        found = repo.party_notices_due(conn, scope_for(me).max_rank)
    return [NoticeDue(r["id"], r["number"], stored.day(r["date_found"]),
                      (session.today - stored.day(r["date_found"])).days) for r in found]

"""Visit requests (S001 a.10; SPEC §7): prepared as a draft, sent no later than 4 weeks before
the visit (or with the reason recorded), answered by the receiving Party, and closed with the
registration of the visitors (a.10 p.3) and the list of information actually shown.

Visitors' personal data (date and place of birth, passport number) leave the store only for
holders of the personal-data permission, and each such view is journalled (services/
visit_view.py); everything here journals names and counts, never those fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.domain import fields
from desktop.domain import visits as rules
from desktop.domain.access import require_role
from desktop.domain.errors import IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import contracts, stored, visit_input
from desktop.services.register import CLERKS, described_information, scope_for
from desktop.services.session import Session, Tx, action
from desktop.services.visit_input import VisitDraft
from desktop.store import register as register_repo
from desktop.store import visits as repo

REQUEST_REF = QT_TRANSLATE_NOOP("Errors", "reference of the request letter")
REQUEST_DATE = QT_TRANSLATE_NOOP("Errors", "date the request was sent or received")
LATE_REASON = QT_TRANSLATE_NOOP("Errors", "reason for sending the request late")
ANSWER_REF = QT_TRANSLATE_NOOP("Errors", "reference of the answer")
ANSWER_DATE = QT_TRANSLATE_NOOP("Errors", "date of the answer")
CANCEL_REASON = QT_TRANSLATE_NOOP("Errors", "reason for cancelling")
REGISTERED_ON = QT_TRANSLATE_NOOP("Errors", "date the visitor was registered")
REGISTRATION_REF = QT_TRANSLATE_NOOP("Errors", "registration record of the visitor")
ATTENDANCE = QT_TRANSLATE_NOOP("Errors", "attendance of the visitors")
SHOWN = QT_TRANSLATE_NOOP("Errors", "information shown")
NOTE = QT_TRANSLATE_NOOP("Errors", "closing note")

LATE = QT_TRANSLATE_NOOP(
    "Errors", "The request is dated %1 day(s) before the visit; S001 a.10 p.2 requires at "
              "least 4 weeks (the last day was %2). Record the reason it is late.")
AFTER_START = QT_TRANSLATE_NOOP("Errors", "the date is not before the first day of the visit")
BEFORE_REQUEST = QT_TRANSLATE_NOOP("Errors", "the date is before the request")
NOT_BEGUN = QT_TRANSLATE_NOOP("Errors", "the visit has not begun yet")
OUTSIDE_VISIT = QT_TRANSLATE_NOOP("Errors", "the date lies outside the days of the visit")
EVERY_VISITOR = QT_TRANSLATE_NOOP("Errors", "say for every visitor whether they came")
NOBODY_CAME = QT_TRANSLATE_NOOP(
    "Errors", "nobody came: cancel the visit instead of closing it")
ABOVE_AGREED = QT_TRANSLATE_NOOP(
    "Errors", "«%1» is above the secrecy degree agreed for the visit: it could not be shown")
NOTHING_SHOWN = QT_TRANSLATE_NOOP(
    "Errors", "when nothing was shown, say so in the closing note")

EDITORS = CLERKS
READERS = (*CLERKS, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class Attendance:
    """How one visitor's visit went (a.10 p.3)."""

    visitor_id: int
    attended: bool
    registered_on: dt.date | None = None
    registration_ref: str = ""


@dataclass(frozen=True)
class ShownInput:
    description: str = ""
    level: Level | str | None = None
    registration_id: int | None = None


def _number(tx: Tx, today: dt.date) -> str:
    return f"{register_repo.allocate_number(tx.conn, 'visit', today.year)}/{today.year}"


def _contract(tx: Tx, contract_id: int | None, today: dt.date) -> None:
    if contract_id is not None:
        contracts.usable(tx.conn, tx.user, contract_id, today)


def _row(tx: Tx, visit_id: int) -> dict:
    row = repo.visit_row(tx.conn, visit_id)
    if row is None or row["top_rank"] > scope_for(tx.user).max_rank:
        raise NotFound(str(visit_id))
    tx.object = row["number"]
    return row


def _step(row: dict, step: rules.VisitStep) -> rules.VisitState:
    return rules.next_state(step, rules.VisitState(row["state"]))


def create(session: Session, draft: VisitDraft) -> int:
    checked = visit_input.check(draft, session.today)
    with action(session, "visit.create") as tx:
        require_role(tx.user, *EDITORS)
        _contract(tx, checked.values["contract_id"], session.today)
        number = _number(tx, session.today)
        visit_id = repo.insert_visit(tx.conn, {
            **checked.values, "number": number, "state": rules.VisitState.DRAFT.value,
            "created_at": register_repo.today_iso(), "created_by": session.actor})
        repo.replace_people(tx.conn, visit_id, checked.visitors, checked.contacts)
        tx.object = number
        tx.details = _summary(checked)
    return visit_id


def update(session: Session, visit_id: int, draft: VisitDraft) -> None:
    """A draft may change as a whole; once sent, the request is what the other side has.
    A visitor already on the draft whose personal data come back hidden (the editor may not
    see them) keeps the stored ones."""
    with action(session, "visit.update") as tx:
        require_role(tx.user, *EDITORS)
        row = _row(tx, visit_id)
        if rules.VisitState(row["state"]) is not rules.VisitState.DRAFT:
            raise IllegalState(rules.VisitState(row["state"]).label)
        checked = visit_input.check(_with_stored(tx, visit_id, draft), session.today)
        _contract(tx, checked.values["contract_id"], session.today)
        repo.update_visit(tx.conn, visit_id, checked.values)
        repo.replace_people(tx.conn, visit_id, checked.visitors, checked.contacts)
        tx.details = _summary(checked)


def _with_stored(tx: Tx, visit_id: int, draft: VisitDraft) -> VisitDraft:
    stored_people = {v["id"]: v for v in repo.visitors(tx.conn, visit_id)}
    people = []
    for person in draft.visitors:
        if person.id is not None and person.id not in stored_people:
            raise InvalidInput(visit_input.VISITORS, str(person.id))
        if person.personal_data_hidden:
            kept = stored_people[person.id]
            person = replace(person, birth_date=stored.day(kept["birth_date"]),
                             birth_place=kept["birth_place"], passport_no=kept["passport_no"])
        people.append(person)
    return replace(draft, visitors=people)


def _summary(checked: visit_input.CheckedVisit) -> dict:
    v = checked.values
    return {"direction": v["direction"], "start": v["start_date"].isoformat(),
            "days": v["days"], "level": v["level"], "visitors": len(checked.visitors),
            "names": [f"{p['surname']} {p['name']}" for p in checked.visitors]}


def send(session: Session, visit_id: int, *, request_ref: str, request_date: dt.date,
         late_reason: str = "") -> None:
    """Outgoing: the request went to the coordinating body; incoming: it came from it. A
    request dated less than 4 weeks before the visit needs the reason recorded (a.10 p.2)."""
    request_ref = clean_text(REQUEST_REF, request_ref, max_len=100)
    if not isinstance(request_date, dt.date) or isinstance(request_date, dt.datetime):
        raise InvalidInput(REQUEST_DATE, fields.WRONG_TYPE)
    if request_date > session.today:
        raise InvalidInput(REQUEST_DATE, fields.FUTURE)
    late_reason = clean_text(LATE_REASON, late_reason, max_len=500, required=False)
    with action(session, "visit.send") as tx:
        require_role(tx.user, *EDITORS)
        row = _row(tx, visit_id)
        state = _step(row, rules.VisitStep.SEND)
        start = dt.date.fromisoformat(str(row["start_date"]))
        if request_date >= start:
            raise InvalidInput(REQUEST_DATE, AFTER_START)
        late = rules.is_late(request_date, start)
        if late and not late_reason:
            raise InvalidInput((start - request_date).days,
                               rules.last_day_to_send(start).strftime("%d.%m.%Y"), message=LATE)
        repo.update_visit(tx.conn, visit_id, {
            "state": state.value, "request_ref": request_ref, "request_date": request_date,
            "late_reason": late_reason if late else ""})
        tx.details = {"reference": request_ref, "date": request_date.isoformat(),
                      "late": late, "reason": late_reason if late else ""}


def answer(session: Session, visit_id: int, *, agreed: bool, reference: str,
           answer_date: dt.date) -> None:
    """The receiving Party's answer: the visit is agreed or refused."""
    reference = clean_text(ANSWER_REF, reference, max_len=100)
    if not isinstance(answer_date, dt.date) or isinstance(answer_date, dt.datetime):
        raise InvalidInput(ANSWER_DATE, fields.WRONG_TYPE)
    if answer_date > session.today:
        raise InvalidInput(ANSWER_DATE, fields.FUTURE)
    with action(session, "visit.agree" if agreed else "visit.refuse") as tx:
        require_role(tx.user, *EDITORS)
        row = _row(tx, visit_id)
        state = _step(row, rules.VisitStep.AGREE if agreed else rules.VisitStep.REFUSE)
        if answer_date < dt.date.fromisoformat(str(row["request_date"])):
            raise InvalidInput(ANSWER_DATE, BEFORE_REQUEST)
        repo.update_visit(tx.conn, visit_id, {"state": state.value, "answer_ref": reference,
                                              "answer_date": answer_date})
        tx.details = {"reference": reference, "date": answer_date.isoformat()}


def cancel(session: Session, visit_id: int, reason: str) -> None:
    reason = clean_text(CANCEL_REASON, reason, max_len=1000, multiline=True)
    with action(session, "visit.cancel") as tx:
        require_role(tx.user, *EDITORS)
        row = _row(tx, visit_id)
        state = _step(row, rules.VisitStep.CANCEL)
        repo.update_visit(tx.conn, visit_id, {"state": state.value, "closing_note": reason,
                                              "closed_at": register_repo.today_iso()})
        tx.details = {"reason": reason}


def close(session: Session, visit_id: int, *, attendance: Sequence[Attendance],
          shown: Sequence[ShownInput], note: str = "") -> None:
    """Close the visit: every visitor came (registered on arrival, a.10 p.3) or did not;
    the information shown is listed, none of it above the degree agreed."""
    note = clean_text(NOTE, note, max_len=1000, required=False, multiline=True)
    with action(session, "visit.close") as tx:
        require_role(tx.user, *EDITORS)
        row = _row(tx, visit_id)
        state = _step(row, rules.VisitStep.CLOSE)
        start = dt.date.fromisoformat(str(row["start_date"]))
        end = start + dt.timedelta(days=row["days"] - 1)
        if session.today < start:
            raise IllegalState(NOT_BEGUN)
        people = _attendance(tx, visit_id, attendance, start, min(end, session.today))
        items = _shown(tx, shown, Level(row["level"]))
        if not items and not note:
            raise InvalidInput(SHOWN, NOTHING_SHOWN)
        for visitor_id, values in people.items():
            repo.update_visitor(tx.conn, visitor_id, values)
        repo.add_shown(tx.conn, visit_id, items)
        repo.update_visit(tx.conn, visit_id, {"state": state.value, "closing_note": note,
                                              "closed_at": register_repo.today_iso()})
        tx.details = {"attended": sum(1 for v in people.values() if v["attended"]),
                      "absent": sum(1 for v in people.values() if not v["attended"]),
                      "shown": [i["description"] for i in items]}


def _attendance(tx: Tx, visit_id: int, attendance: Sequence[Attendance], start: dt.date,
                last: dt.date) -> dict[int, dict]:
    ids = {v["id"] for v in repo.visitors(tx.conn, visit_id)}
    given = {a.visitor_id: a for a in attendance}
    if set(given) != ids or len(given) != len(attendance):
        raise InvalidInput(ATTENDANCE, EVERY_VISITOR)
    out: dict[int, dict] = {}
    for visitor_id, a in given.items():
        if not a.attended:
            out[visitor_id] = {"attended": False, "registered_on": None,
                               "registration_ref": ""}
            continue
        if not isinstance(a.registered_on, dt.date) or isinstance(a.registered_on, dt.datetime):
            raise InvalidInput(REGISTERED_ON, fields.EMPTY if a.registered_on is None
                               else fields.WRONG_TYPE)
        if not start <= a.registered_on <= last:
            raise InvalidInput(REGISTERED_ON, OUTSIDE_VISIT)
        out[visitor_id] = {"attended": True, "registered_on": a.registered_on,
                           "registration_ref": clean_text(REGISTRATION_REF, a.registration_ref,
                                                          max_len=100)}
    if not any(v["attended"] for v in out.values()):
        raise InvalidInput(ATTENDANCE, NOBODY_CAME)
    return out


def _shown(tx: Tx, shown: Sequence[ShownInput], agreed: Level) -> list[dict]:
    if len(shown) > rules.MAX_SHOWN:
        raise InvalidInput(SHOWN, str(rules.MAX_SHOWN), message=visit_input.TOO_MANY)
    items = []
    for item in shown:
        values = described_information(
            tx.conn, tx.user, label=SHOWN, description=item.description, level=item.level,
            registration_id=item.registration_id, unknown=SHOWN)
        if Level(values["level"]).rank > agreed.rank:
            raise InvalidInput(values["description"], message=ABOVE_AGREED)
        items.append(values)
    return items

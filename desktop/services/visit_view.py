"""Reading visit requests: the list, one request, the personal data of its visitors (only
with the permission, each view journalled), the 4-week warnings for the start page, and the
printed request (registered as a carrier at the request's own marking)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain import visits as rules
from desktop.domain.access import require_permission, require_role
from desktop.domain.carriers import Derivation
from desktop.domain.errors import NotFound
from desktop.domain.levels import Level
from desktop.domain.people import short_name
from desktop.domain.roles import Permission
from desktop.reports import visit_request as form
from desktop.reports.register_extract import page_count
from desktop.reports.signatures import Signer
from desktop.services import outputs, settings, stored
from desktop.services.register import scope_for
from desktop.services.session import Session, action
from desktop.services.visit_input import HIDDEN
from desktop.services.visits import READERS
from desktop.store import visits as repo
from desktop.store.engine import Connection


@dataclass(frozen=True)
class Visit:
    id: int
    number: str
    direction: rules.Direction
    state: rules.VisitState
    start_date: dt.date
    days: int
    organisations: str
    purpose: str
    level: Level
    marking: Level
    contract_id: int | None
    contract: str                      # "№ … of dd.mm.yyyy", "" when none
    request_ref: str
    request_date: dt.date | None
    late_reason: str
    answer_ref: str
    answer_date: dt.date | None
    closing_note: str
    closed_at: dt.datetime | None
    created_by: str
    visitors: tuple[rules.Visitor, ...]
    contacts: tuple[rules.Contact, ...]
    shown: tuple[rules.ShownItem, ...]
    personal_data: bool                # the visitors' personal data are filled in

    @property
    def end_date(self) -> dt.date:
        return self.start_date + dt.timedelta(days=self.days - 1)

    @property
    def last_day_to_send(self) -> dt.date:
        return rules.last_day_to_send(self.start_date)

    def days_to_limit(self, today: dt.date) -> int | None:
        """Days left to send in time, for a draft only."""
        if self.state is not rules.VisitState.DRAFT:
            return None
        return rules.days_to_limit(self.start_date, today)

    @property
    def late(self) -> bool:
        return self.request_date is not None and rules.is_late(self.request_date,
                                                              self.start_date)


def contract_label(number: str | None, signed_on: object) -> str:
    if not number:
        return ""
    day = stored.day(signed_on)
    return f"№ {number} ({day.strftime('%d.%m.%Y')})" if day else f"№ {number}"


def _visitor(row: dict, personal: bool) -> rules.Visitor:
    return rules.Visitor(
        id=row["id"], surname=row["surname"], name=row["name"],
        birth_date=stored.day(row["birth_date"]) if personal else None,
        birth_place=row["birth_place"] if personal else HIDDEN,
        citizenship=row["citizenship"],
        passport_no=row["passport_no"] if personal else HIDDEN,
        profession=row["profession"], position=row["position"],
        organisation=row["organisation"], clearance=Level(row["clearance"]),
        attended=None if row["attended"] is None else bool(row["attended"]),
        registered_on=stored.day(row["registered_on"]),
        registration_ref=row["registration_ref"])


def visit_in(conn: Connection, user, visit_id: int, *, personal: bool = False) -> Visit:
    row = repo.visit_row(conn, visit_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise NotFound(str(visit_id))
    ids = [visit_id]
    return _visit(row, repo.visitors_of(conn, ids)[visit_id], repo.contacts_of(conn, ids)[
        visit_id], repo.shown_of(conn, ids)[visit_id], personal)


def _visit(row: dict, visitors: list[dict], contacts: list[dict], shown: list[dict],
           personal: bool) -> Visit:
    return Visit(
        id=row["id"], number=row["number"], direction=rules.Direction(row["direction"]),
        state=rules.VisitState(row["state"]), start_date=stored.day(row["start_date"]),
        days=row["days"], organisations=row["organisations"], purpose=row["purpose"],
        level=Level(row["level"]), marking=Level(row["marking"]),
        contract_id=row["contract_id"],
        contract=contract_label(row["contract_number"], row["contract_signed_on"]),
        request_ref=row["request_ref"], request_date=stored.day(row["request_date"]),
        late_reason=row["late_reason"], answer_ref=row["answer_ref"],
        answer_date=stored.day(row["answer_date"]), closing_note=row["closing_note"],
        closed_at=stored.moment(row["closed_at"]), created_by=row["created_by"],
        visitors=tuple(_visitor(r, personal) for r in visitors),
        contacts=tuple(rules.Contact(r["position"], r["surname"], r["name"]) for r in contacts),
        shown=tuple(rules.ShownItem(r["description"], Level(r["level"]), r["registration_id"],
                                    r["reg_no"] or "") for r in shown),
        personal_data=personal)


def visit(session: Session, visit_id: int) -> Visit:
    """One request with the visitors' personal data hidden."""
    with action(session, "visit.view") as tx:
        require_role(tx.user, *READERS)
        found = visit_in(tx.conn, tx.user, visit_id)
        tx.object = found.number
        return found


def personal_data(session: Session, visit_id: int) -> Visit:
    """The request with the visitors' dates and places of birth and passport numbers: only
    with the personal-data permission, and the view is journalled (who, which request,
    whose data; never the data)."""
    with action(session, "visit.personal_data_view") as tx:
        require_role(tx.user, *READERS)
        require_permission(tx.user, Permission.PERSONAL_DATA)
        found = visit_in(tx.conn, tx.user, visit_id, personal=True)
        tx.object = found.number
        tx.details = {"visitors": [v.full_name for v in found.visitors]}
        return found


def may_see_personal_data(session: Session) -> bool:
    return Permission.PERSONAL_DATA in session.user.permissions


def visits(session: Session) -> list[Visit]:
    with action(session, "visit.list") as tx:
        require_role(tx.user, *READERS)
        rows = repo.visit_rows(tx.conn, max_rank=scope_for(tx.user).max_rank)
        ids = [r["id"] for r in rows]
        people, contacts, shown = (repo.visitors_of(tx.conn, ids), repo.contacts_of(tx.conn, ids),
                                   repo.shown_of(tx.conn, ids))
        found = [_visit(r, people[r["id"]], contacts[r["id"]], shown[r["id"]], False)
                 for r in rows]
        tx.details = {"rows": len(found)}
    return found


def warn_days(session: Session) -> int:
    return int(settings.current(session)["visits.warn_days"])


@dataclass(frozen=True)
class RequestDue:
    id: int
    number: str
    direction: rules.Direction
    last_day: dt.date
    days_left: int


def requests_due(session: Session) -> list[RequestDue]:
    """Drafts whose last day to send is near or past, soonest first, for the start page. A
    plain read, like the other start-page panels."""
    if not session.user.has_role(*READERS):
        return []
    today, warn = session.today, warn_days(session)
    with session.store.read() as conn:
        rows = repo.drafts_to_send(conn, max_rank=scope_for(session.user).max_rank)
    out = []
    for row in rows:
        start = stored.day(row["start_date"])
        if rules.limit_near(start, today, warn):
            out.append(RequestDue(row["id"], row["number"], rules.Direction(row["direction"]),
                                  rules.last_day_to_send(start),
                                  rules.days_to_limit(start, today)))
    return out


def _form(session: Session, found: Visit) -> form.VisitRequest:
    values = settings.current(session)
    return form.VisitRequest(
        number=found.number, direction=found.direction.value,
        request_date=found.request_date, request_ref=found.request_ref,
        start=found.start_date, days=found.days, organisations=found.organisations,
        purpose=found.purpose, level=found.level,
        visitors=[form.Visitor(v.surname, v.name, v.birth_date, v.birth_place, v.citizenship,
                               v.passport_no, v.profession, v.position, v.organisation,
                               v.clearance) for v in found.visitors],
        contacts=[form.Contact(c.position, c.surname, c.name) for c in found.contacts],
        contract=found.contract, late_reason=found.late_reason,
        organisation=values["org.name"],
        signer=Signer(values["org.head_position"], _short(values["org.head_name"])))


def _short(full_name: str) -> str:
    return short_name(full_name) if full_name.strip() else ""


def request_pdf(session: Session, visit_id: int, lang: str | None) -> bytes:
    """The request as the coordinating body receives it. It carries the visitors' personal
    data, so printing needs the permission; the printout is registered as a carrier at the
    request's own marking."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.visit_request") as tx:
        require_role(tx.user, *READERS)
        require_permission(tx.user, Permission.PERSONAL_DATA)
        found = visit_in(tx.conn, tx.user, visit_id, personal=True)
        doc = _form(session, found)
        title = form.registration_title(lang, found.number)
        probe = replace(outputs.frame_info(session, lang, found.marking, "",
                                           outputs.JournalRecord(), title),
                        registration_no="0000000/0000", audit_seq=999_999_999)
        printout = outputs.register_output(
            tx, session, title=title, level=found.marking, derivation=Derivation.PRINTOUT,
            parent_id=None, sheets=page_count(form.render(doc, probe)))
        tx.object = printout.reg_no
        tx.details = {"visit": found.number, "lang": lang,
                      "visitors": [v.full_name for v in found.visitors]}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, printout.level, printout.reg_no, record, title)
    return outputs.produce(session, "print.visit_request", printout.reg_no,
                           lambda: form.render(doc, info))

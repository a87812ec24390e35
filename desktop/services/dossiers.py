"""The damage-assessment dossier (seed 000 p.3–14; S001 a.12): from the head's assignment to
the approved conclusion and its dispatch.

The head assigns a loss or disclosure case (or an owner's claim, p.13–14) to the standing
commission or to an expert commission created by order. The commission establishes the
secrecy degree first (p.9), then the damage: by a methodology with the indicators of p.8,
or by the ranges of p.10 with the MCI in force on the day the materials arrived (or on the
date a court or prosecution order names); "no state secrets" ends the assessment with no
amount; for information of the Kyrgyz party its own assessment is recorded (a.12 p.2).
Agreement with the body with authority (when the head has none) comes before the
signatures; the head approves; the dossier closes on dispatch (p.12), or for the owner's
claim when the owner has read the conclusion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.damage import check_amount, default_range, to_mci
from desktop.domain.dossier import (
    FORM_FOR,
    BasisKind,
    CommissionKind,
    DossierState,
    Variant,
    check_move,
    deadline,
)
from desktop.domain.dossier import (
    Role as DossierRole,
)
from desktop.domain.errors import (
    IllegalMove,
    IllegalState,
    InvalidInput,
    Label,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import mci, settings, stored
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, Tx, action
from desktop.store import dossiers as repo
from desktop.store import incidents as incident_repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

BASIS_REF = QT_TRANSLATE_NOOP("Errors", "reference of the basis")
DATES = QT_TRANSLATE_NOOP("Errors", "dates of the dossier")
EXPERT_ORDER = QT_TRANSLATE_NOOP("Errors", "order creating the expert commission")
OWNER = QT_TRANSLATE_NOOP("Errors", "owner of the information source")
INCIDENT = QT_TRANSLATE_NOOP("Errors", "loss or disclosure case")
CONTENT = QT_TRANSLATE_NOOP("Errors", "content of the information")
AMOUNT = QT_TRANSLATE_NOOP("Errors", "amount of damage")
INDICATOR = QT_TRANSLATE_NOOP("Errors", "indicator")
METHODOLOGY = QT_TRANSLATE_NOOP("Errors", "methodology")
PARTY = QT_TRANSLATE_NOOP("Errors", "assessment of the Kyrgyz party")
AGREEMENT = QT_TRANSLATE_NOOP("Errors", "agreement with the body with authority")
DISPATCH = QT_TRANSLATE_NOOP("Errors", "outgoing number of the dispatch")
NOTE = QT_TRANSLATE_NOOP("Errors", "other matters")
RECEIVED_BEFORE = QT_TRANSLATE_NOOP(
    "Errors", "the materials cannot reach the commission before the loss or disclosure was found")
NEEDS_CASE = QT_TRANSLATE_NOOP("Errors", "a loss or disclosure is assessed on its case")
NO_AGREEMENT_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "the head has authority over state secrets: no agreement is needed")
NOT_THE_OWNER_VARIANT = QT_TRANSLATE_NOOP("Errors", "only the owner's claim has this step")
NOT_THE_ASSIGNING_HEAD = QT_TRANSLATE_NOOP(
    "Errors", "the head who assigned the assessment")
NO_INDICATORS = QT_TRANSLATE_NOOP(
    "Errors", "an assessment under a methodology sums the indicators considered: enter them first")
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Errors", "the internal investigation has not confirmed the fact yet: record its findings first")
NOTICE_FIRST = QT_TRANSLATE_NOOP(
    "Errors", "the notice to the Kyrgyz party is not recorded: it is due at once")
NOT_A_BREACH = QT_TRANSLATE_NOOP("Errors", "the owner's claim is not dispatched (p.14)")

READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR, Role.COMMISSION)


@dataclass(frozen=True)
class Assignment:
    """The head's assignment (p.3, p.7, p.13)."""

    variant: Variant
    basis_kind: BasisKind
    assigned_on: dt.date
    materials_received: dt.date
    commission_kind: CommissionKind
    incident_id: int | None = None
    basis_reference: str = ""
    basis_date: dt.date | None = None
    expert_order: str = ""
    expert_order_date: dt.date | None = None
    owner: str = ""
    place: str = ""
    head_has_authority: bool = True
    level: Level | None = None      # the owner's claim: the level of the information


def _amount(text: object, field: str = AMOUNT) -> Decimal:
    try:
        value = Decimal(str(text).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise InvalidInput(field, str(text)) from None
    if not value.is_finite() or value < 0 or value > Decimal(10) ** 15:
        raise InvalidInput(field, str(text))
    return value


def sees_all(user: User) -> bool:
    return user.has_role(*CLERKS, Role.ORG_HEAD)


def visible(conn: Connection, user: User, dossier_id: int) -> dict:
    """The dossier if the user may read it: within the clearance, and for anyone who does not
    keep the register or head the organisation, only a dossier on whose commission they sit."""
    row = repo.dossier(conn, dossier_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank or not user.has_role(
            *READERS) or (not sees_all(user) and not any(
                p["user_id"] == user.id for p in repo.participants(conn, dossier_id))):
        raise NotFound(str(dossier_id))
    return row


# --- who may take part (p.5) ----------------------------------------------------------------

NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "%1 has no valid clearance of form %2 or higher, which the information requires")
SIGNING_ROLES = (DossierRole.CHAIR.value, DossierRole.DEPUTY_CHAIR.value,
                 DossierRole.MEMBER.value, DossierRole.SECRETARY.value)


def required_form(row: dict) -> int:
    return FORM_FOR[next(lv for lv in Level if lv.rank == row["top_rank"])]


def covers(form: int | None, expires: dt.date | None, needed: int, today: dt.date) -> bool:
    return form is not None and form <= needed and (expires is None or expires >= today)


def participants_cleared(conn: Connection, row: dict, people: list[dict],
                         today: dt.date) -> None:
    """Everyone on the commission holds, today, the form the information requires now (it
    may require more once the degree is established than when they were seated)."""
    needed = required_form(row)
    for p in people:
        if p["user_id"] is not None:
            person = user_repo.by_id(conn, p["user_id"])
            clearance = person.clearance if person and person.active else None
            ok = clearance is not None and covers(clearance.form, clearance.expires, needed,
                                                  today)
        else:
            ok = covers(p["clearance_form"], stored.day(p["clearance_expires"]), needed, today)
        if not ok:
            raise InvalidInput(p["name"], str(needed), message=NOT_CLEARED)


def assign(session: Session, a: Assignment) -> int:
    """The head of the organisation assigns the assessment."""
    reference = clean_text(BASIS_REF, a.basis_reference, max_len=200,
                           required=a.basis_kind is not BasisKind.INVESTIGATION)
    owner = clean_text(OWNER, a.owner, max_len=300, required=a.variant is Variant.OWNER)
    place = clean_text("place", a.place, max_len=200, required=False)
    if max(a.assigned_on, a.materials_received, a.basis_date or a.assigned_on) > session.today:
        raise InvalidInput(DATES, fields.FUTURE)
    if a.commission_kind is CommissionKind.EXPERT:
        clean_text(EXPERT_ORDER, a.expert_order, max_len=100)
        if a.expert_order_date is None:
            raise InvalidInput(EXPERT_ORDER, fields.EMPTY)
    with action(session, "dossier.assign") as tx:
        require_role(tx.user, Role.ORG_HEAD)
        if a.variant is Variant.BREACH:
            if a.incident_id is None:
                raise InvalidInput(INCIDENT, NEEDS_CASE)
            case = _incident(tx.conn, tx.user, a.incident_id)
            if a.materials_received < stored.day(case["date_found"]):
                raise InvalidInput(DATES, RECEIVED_BEFORE)
            if a.basis_kind is BasisKind.INVESTIGATION and not case["findings"]:
                # p.7: the fact is confirmed by the materials of the investigation.
                raise IllegalState(NOT_CONFIRMED)
            rank = case["top_rank"]
        else:
            if a.level is None:
                raise InvalidInput(fields.LEVEL, fields.EMPTY)
            rank = a.level.rank
        top = next(lv for lv in Level if lv.rank == rank)
        require_clearance(tx.user, top, session.today)
        from_materials = settings.current(session)["dossier.term_from"] == "materials"
        due = None if a.variant is Variant.OWNER else deadline(
            a.assigned_on, a.materials_received, from_materials=from_materials)
        year = a.assigned_on.year
        number = f"{register_repo.allocate_number(tx.conn, 'dossier', year)}/{year}"
        dossier_id = repo.insert(tx.conn, {
            "number": number, "variant": a.variant.value,
            "state": DossierState.ASSIGNED.value, "incident_id": a.incident_id,
            "basis_kind": a.basis_kind.value, "basis_reference": reference,
            "basis_date": a.basis_date, "assigned_on": a.assigned_on,
            "assigned_by": session.actor, "materials_received": a.materials_received,
            "commission_kind": a.commission_kind.value, "expert_order": a.expert_order,
            "expert_order_date": a.expert_order_date, "deadline": due, "owner": owner,
            "place": place, "top_rank": rank, "head_has_authority": a.head_has_authority,
            "created_at": register_repo.today_iso()})
        tx.object = number
        tx.details = {"variant": a.variant.value, "basis": a.basis_kind.value,
                      "commission": a.commission_kind.value,
                      "deadline": due.isoformat() if due else None}
    return dossier_id


def _incident(conn: Connection, user: User, incident_id: int) -> dict:
    """The loss or disclosure case the dossier assesses, if the user may see it."""
    row = incident_repo.incident_row(conn, incident_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise NotFound(str(incident_id))
    return row


def _open(tx: Tx, session: Session, dossier_id: int, target: DossierState,
          *roles: Role) -> dict:
    """The dossier moving to `target`, by someone of `roles` cleared for it."""
    require_role(tx.user, *(roles or (*CLERKS, Role.COMMISSION)))
    row = visible(tx.conn, tx.user, dossier_id)
    if not roles and not tx.user.has_role(*CLERKS) and not any(
            p["user_id"] == tx.user.id and p["role"] in SIGNING_ROLES
            for p in repo.participants(tx.conn, dossier_id)):
        # A commission member enters the work of the commission; invited people advise.
        raise PermissionDenied(Role.COMMISSION.label)
    needs = not row["head_has_authority"]
    check_move(DossierState(row["state"]), target, agreement_needed=needs)
    require_clearance(tx.user, next(lv for lv in Level if lv.rank == row["top_rank"]),
                      session.today)
    tx.object = row["number"]
    return row


def establish_degree(session: Session, dossier_id: int, level: Level | None,
                     content: str) -> None:
    """Step one (p.9): the secrecy degree of the information; None: the commission finds no
    state secrets in it or its carriers, which ends the assessment with no amount (p.11)."""
    content = clean_text(CONTENT, content, max_len=4000, multiline=True)
    with action(session, "dossier.degree") as tx:
        row = _open(tx, session, dossier_id, DossierState.DEGREE_SET)
        values = {"state": DossierState.DEGREE_SET.value, "content": content,
                  "level": level.value if level else None, "no_state_secrets": level is None}
        if level is None:
            values["state"] = DossierState.ASSESSED.value     # nothing to assess
            values["assessed_at"] = register_repo.today_iso()
        elif level.rank > row["top_rank"]:
            values["top_rank"] = level.rank
            require_clearance(tx.user, level, session.today)
            participants_cleared(tx.conn, {**row, "top_rank": level.rank},
                                 repo.participants(tx.conn, dossier_id), session.today)
        repo.update(tx.conn, dossier_id, values)
        tx.details = {"level": level.value if level else None}


def set_indicator(session: Session, dossier_id: int, number: int, amount_tenge: object,
                  justification: str) -> None:
    """An indicator of p.8 (1–12): its amount in tenge and its justification."""
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 12:
        raise InvalidInput(INDICATOR, str(number))
    amount = _amount(amount_tenge)
    justification = clean_text(INDICATOR, justification, max_len=4000, multiline=True)
    with action(session, "dossier.indicator") as tx:
        require_role(tx.user, *CLERKS, Role.COMMISSION)
        row = visible(tx.conn, tx.user, dossier_id)
        if DossierState(row["state"]) is not DossierState.DEGREE_SET:
            raise IllegalState(QT_TRANSLATE_NOOP("Errors", "indicators are set once the degree is established and before the assessment"))
        repo.put_indicator(tx.conn, dossier_id, number, str(amount), justification)
        tx.object = row["number"]
        tx.details = {"indicator": number, "amount": str(amount)}


@dataclass(frozen=True)
class Assessment:
    methodology: str = ""            # "" with methodology_body "": none exists
    methodology_body: str = ""
    amount_mci: object = None        # by the ranges of p.10
    single_copy: bool = False
    mci_override_date: dt.date | None = None
    mci_override: str = ""           # the court or prosecution order naming that date
    party_reference: str = ""        # information of the Kyrgyz party (S001 a.12 p.2)
    party_amount: str = ""
    party_currency: str = ""
    other_matters: str = ""


def assess(session: Session, dossier_id: int, a: Assessment) -> None:
    """Step two: the amount. By a methodology: the sum of the indicators; without one: a
    final amount inside the range of p.10 (the minimum for a lost single copy); for
    information of the Kyrgyz party: that Party's own assessment."""
    other = clean_text(NOTE, a.other_matters, max_len=4000, required=False, multiline=True)
    with action(session, "dossier.assess") as tx:
        row = _open(tx, session, dossier_id, DossierState.ASSESSED)
        values: dict = {"state": DossierState.ASSESSED.value, "other_matters": other,
                        "assessed_at": register_repo.today_iso()}
        if row["party_involved"]:
            values.update(
                party_reference=clean_text(PARTY, a.party_reference, max_len=200),
                party_amount=str(_amount(a.party_amount, PARTY)),
                party_currency=clean_text(PARTY, a.party_currency, max_len=16))
        else:
            override = clean_text(BASIS_REF, a.mci_override, max_len=200,
                                  required=a.mci_override_date is not None)
            day = a.mci_override_date or stored.day(row["materials_received"])
            since, value = mci.on(tx.conn, day)
            values.update(mci_date=since, mci_value=value, mci_override=override)
            if a.methodology.strip():
                values.update(
                    methodology=clean_text(METHODOLOGY, a.methodology, max_len=300),
                    methodology_body=clean_text(METHODOLOGY, a.methodology_body, max_len=300))
                considered = repo.indicators(tx.conn, dossier_id)
                if not considered:
                    raise InvalidInput(METHODOLOGY, NO_INDICATORS)
                total = sum((_amount(i["amount_tenge"]) for i in considered), Decimal(0))
                values.update(amount_tenge=str(total), amount_mci=str(to_mci(total, value)))
            else:
                loss = row["incident_kind"] == "loss"
                rng = default_range(Level(row["level"]), value, loss=loss,
                                    single_copy=_single_copy(tx.conn, row, a.single_copy))
                amount = check_amount(rng, _amount(a.amount_mci))
                values.update(single_copy=rng.single, amount_mci=str(amount),
                              amount_tenge=str(amount * value))
        repo.update(tx.conn, dossier_id, values)
        tx.details = {k: str(v) for k, v in values.items()
                      if k in ("amount_mci", "amount_tenge", "mci_value", "party_amount")}


def _single_copy(conn: Connection, row: dict, stated: bool) -> bool:
    """Whether the document existed in a single copy (p.10): from the register when the case
    names registered copies; as the commission states it for information described in
    words."""
    if row["incident_id"] is None:
        return stated
    copies = repo.incident_copies(conn, row["incident_id"])
    return copies == 1 if copies else stated


def agree(session: Session, dossier_id: int, body: str, reference: str,
          agreed_on: dt.date) -> None:
    """p.11, last paragraph: where the head has no authority over state secrets, the
    conclusion is agreed with the body that has it, before the signatures."""
    body = clean_text(AGREEMENT, body, max_len=300)
    reference = clean_text(AGREEMENT, reference, max_len=100)
    if agreed_on > session.today:
        raise InvalidInput(AGREEMENT, fields.FUTURE)
    with action(session, "dossier.agree") as tx:
        row = _open(tx, session, dossier_id, DossierState.AGREED, *CLERKS, Role.ORG_HEAD)
        if row["head_has_authority"]:
            raise IllegalState(NO_AGREEMENT_NEEDED)
        repo.update(tx.conn, dossier_id, {
            "state": DossierState.AGREED.value, "agreement_body": body,
            "agreement_reference": reference, "agreement_date": agreed_on})
        tx.details = {"body": body, "reference": reference}


def approve(session: Session, dossier_id: int) -> None:
    """The head who created the commission (or a person he authorised) approves."""
    with action(session, "dossier.approve") as tx:
        row = _open(tx, session, dossier_id, DossierState.APPROVED, Role.ORG_HEAD)
        if row["assigned_by"] != session.actor:
            raise PermissionDenied(NOT_THE_ASSIGNING_HEAD)
        repo.update(tx.conn, dossier_id, {
            "state": DossierState.APPROVED.value, "approved_by": session.actor,
            "approved_at": register_repo.today_iso()})


def dispatch(session: Session, dossier_id: int, number: str, sent_on: dt.date,
             pretrial_body: str = "") -> None:
    """p.12: the conclusion with copies of the materials to the national security bodies
    (one copy stays with the protection unit); the result to the body of a pre-trial
    investigation when the materials came from one. The dossier then closes."""
    number = clean_text(DISPATCH, number, max_len=100)
    pretrial_body = clean_text(DISPATCH, pretrial_body, max_len=300, required=False)
    if sent_on > session.today:
        raise InvalidInput(DISPATCH, fields.FUTURE)
    with action(session, "dossier.dispatch") as tx:
        row = _open(tx, session, dossier_id, DossierState.CLOSED, *CLERKS)
        if row["variant"] != Variant.BREACH.value:
            raise IllegalState(NOT_A_BREACH)
        case = incident_repo.incident_row(tx.conn, row["incident_id"])
        if case is not None and case["party_involved"] and not case["party_notice_sent"]:
            raise IllegalState(NOTICE_FIRST)      # S001 a.12 p.1: the Party is told at once
        repo.update(tx.conn, dossier_id, {
            "state": DossierState.CLOSED.value, "dispatch_number": number,
            "dispatch_date": sent_on, "pretrial_body": pretrial_body,
            "closed_at": register_repo.today_iso()})
        tx.details = {"number": number, "sent_on": sent_on.isoformat()}


def owner_read(session: Session, dossier_id: int, read_on: dt.date,
               attended: bool) -> None:
    """The owner's claim (p.14): the owner read the materials and the conclusion and signed
    that they did (and whether they attended); the dossier then closes."""
    if read_on > session.today:
        raise InvalidInput(DATES, fields.FUTURE)
    with action(session, "dossier.owner_read") as tx:
        row = _open(tx, session, dossier_id, DossierState.CLOSED, *CLERKS)
        if row["variant"] != Variant.OWNER.value:
            raise IllegalState(NOT_THE_OWNER_VARIANT)
        repo.update(tx.conn, dossier_id, {
            "state": DossierState.CLOSED.value, "owner_read_on": read_on,
            "owner_attended": attended, "closed_at": register_repo.today_iso()})
        tx.details = {"read_on": read_on.isoformat(), "attended": attended}


@dataclass(frozen=True)
class RangePreview:
    """What p.10 allows for this dossier now: the range (MCI and tenge) and the MCI used."""

    low_mci: int
    high_mci: int | None
    low_tenge: int
    high_tenge: int | None
    single: bool
    mci: int
    mci_date: dt.date


def range_preview(session: Session, dossier_id: int, *, single_copy: bool,
                  override_date: dt.date | None = None) -> RangePreview:
    """The range the assessment dialog shows before an amount is entered (a plain read)."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active:
            raise NotFound(str(dossier_id))
        row = visible(conn, me, dossier_id)
        if not row["level"]:
            raise IllegalMove(Label("Dossier", DossierState(row["state"]).label))
        since, value = mci.on(conn, override_date or stored.day(row["materials_received"]))
        single_copy = _single_copy(conn, row, single_copy)
    rng = default_range(Level(row["level"]), value, loss=row["incident_kind"] == "loss",
                        single_copy=single_copy)
    return RangePreview(rng.low, None if rng.single else rng.high, rng.low_tenge,
                        rng.low_tenge if rng.single else rng.high_tenge, rng.single, value,
                        since)

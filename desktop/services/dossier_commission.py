"""The dossier's commission (seed 000 p.4–5, p.11): who takes part, in which role, each
cleared for the form the information requires (invited people too); an expert commission
includes an employee of the protection unit; people without an account sign on paper.
The conclusion is signed by the chair (the deputy chair when the chair is recorded absent),
the members and the secretary, each with their own password or on paper."""

from __future__ import annotations

import datetime as dt

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.clearance import HIGHEST_BY_FORM
from desktop.domain.dossier import (
    CommissionKind,
    DossierState,
    Role,
    check_move,
    required_signers,
)
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.roles import Role as UserRole
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import auth
from desktop.services.dossiers import covers, participants_cleared, required_form, visible
from desktop.services.register import CLERKS
from desktop.services.session import Session, Tx, action
from desktop.store import dossiers as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo

PARTICIPANT = QT_TRANSLATE_NOOP("Errors", "participant")
CLEARANCE = QT_TRANSLATE_NOOP("Errors", "clearance of the participant")
NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "%1 has no valid clearance of form %2 or higher, which the information requires")
NO_PROTECTION_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "an expert commission includes an employee of the protection unit")
ONE_CHAIR = QT_TRANSLATE_NOOP("Errors", "a commission has one chair, one deputy chair and one secretary")
NOT_A_SIGNER = QT_TRANSLATE_NOOP("Errors", "%1 does not sign the conclusion")
SIGNED = QT_TRANSLATE_NOOP("Errors", "%1 has signed already")
FIXED = QT_TRANSLATE_NOOP("Errors", "the commission is fixed once the conclusion is being signed")
ONLY_THE_CHAIR = QT_TRANSLATE_NOOP(
    "Errors", "only the chair is recorded absent (the deputy chair then signs): %1 signs")
NO_CHAIR = QT_TRANSLATE_NOOP(
    "Errors", "the conclusion is signed by the chair (or the deputy chair when the chair is absent) and the secretary: seat them first")
PROTECTION_ROLES = (UserRole.CLERK, UserRole.PROTECTION_HEAD)
SINGLE = (Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY)


def _editable(tx: Tx, row: dict) -> None:
    """The commission is fixed once anyone has signed: they signed with these people."""
    if DossierState(row["state"]) in (DossierState.SIGNED, DossierState.APPROVED,
                                      DossierState.CLOSED) or any(
            p["signed"] for p in repo.participants(tx.conn, row["id"])):
        raise IllegalState(FIXED)


def add_member(session: Session, dossier_id: int, role: Role, username: str) -> int:
    """A participant with an account: their clearance is the one Grif keeps."""
    with action(session, "dossier.participant") as tx:
        require_role(tx.user, *CLERKS, UserRole.ORG_HEAD)
        row = visible(tx.conn, tx.user, dossier_id)
        _editable(tx, row)
        person = user_repo.by_name(tx.conn, username.strip())
        if person is None or not person.active:
            raise NotFound(username)
        needed = required_form(row)
        clearance = person.clearance
        if clearance is None or not covers(clearance.form, clearance.expires, needed,
                                            session.today):
            raise InvalidInput(person.full_name, str(needed), message=NOT_CLEARED)
        _single_roles(tx, dossier_id, role)
        participant_id = repo.add_participant(tx.conn, {
            "dossier_id": dossier_id, "user_id": person.id, "name": person.full_name,
            "position": person.position, "role": role.value,
            "protection_unit": person.has_role(*PROTECTION_ROLES),
            "clearance_form": clearance.form, "clearance_number": clearance.number,
            "clearance_expires": clearance.expires})
        tx.object = row["number"]
        tx.details = {"add": person.username, "role": role.value}
    return participant_id


def add_outsider(session: Session, dossier_id: int, role: Role, *, name: str, position: str,
                 organisation: str, clearance_form: int | None, clearance_number: str,
                 clearance_expires: dt.date | None) -> int:
    """An invited person without an account (p.4–5): their clearance as shown on paper is
    checked too; they sign on paper."""
    name = clean_text(PARTICIPANT, name, max_len=200)
    position = clean_text(PARTICIPANT, position, max_len=200, required=False)
    organisation = clean_text(PARTICIPANT, organisation, max_len=300)
    number = clean_text(CLEARANCE, clearance_number, max_len=40)
    # A form that does not exist (0, -1, True) would pass `covers` as the highest one.
    if isinstance(clearance_form, bool) or clearance_form not in HIGHEST_BY_FORM:
        raise InvalidInput(fields.CLEARANCE_FORM, str(clearance_form)[:20])
    if isinstance(clearance_expires, dt.datetime) or \
            not isinstance(clearance_expires, dt.date):
        raise InvalidInput(fields.CLEARANCE_EXPIRY, fields.EMPTY)
    with action(session, "dossier.participant") as tx:
        require_role(tx.user, *CLERKS, UserRole.ORG_HEAD)
        row = visible(tx.conn, tx.user, dossier_id)
        _editable(tx, row)
        needed = required_form(row)
        if not covers(clearance_form, clearance_expires, needed, session.today):
            raise InvalidInput(name, str(needed), message=NOT_CLEARED)
        _single_roles(tx, dossier_id, role)
        participant_id = repo.add_participant(tx.conn, {
            "dossier_id": dossier_id, "name": name, "position": position,
            "organisation": organisation, "role": role.value,
            "clearance_form": clearance_form, "clearance_number": number,
            "clearance_expires": clearance_expires})
        tx.object = row["number"]
        tx.details = {"add": name, "role": role.value, "outsider": True}
    return participant_id


def _single_roles(tx: Tx, dossier_id: int, role: Role) -> None:
    if role in SINGLE and any(p["role"] == role.value
                              for p in repo.participants(tx.conn, dossier_id)):
        raise InvalidInput(Label("Dossier", role.label), message=ONE_CHAIR)


def remove(session: Session, dossier_id: int, participant_id: int) -> None:
    with action(session, "dossier.participant") as tx:
        require_role(tx.user, *CLERKS, UserRole.ORG_HEAD)
        row = visible(tx.conn, tx.user, dossier_id)
        _editable(tx, row)
        if not repo.remove_participant(tx.conn, dossier_id, participant_id):
            raise NotFound(str(participant_id))
        tx.object = row["number"]
        tx.details = {"remove": participant_id}


def set_absent(session: Session, dossier_id: int, participant_id: int, absent: bool) -> None:
    """The chair recorded absent: the deputy chair signs instead (p.11). Only the chair's
    absence changes who signs; anyone else named on the commission signs."""
    with action(session, "dossier.participant") as tx:
        require_role(tx.user, *CLERKS, UserRole.ORG_HEAD)
        row = visible(tx.conn, tx.user, dossier_id)
        _editable(tx, row)
        person = next((p for p in repo.participants(tx.conn, dossier_id)
                       if p["id"] == participant_id), None)
        if person is None:
            raise NotFound(str(participant_id))
        if person["role"] != Role.CHAIR.value:
            raise InvalidInput(Label("Dossier", Role(person["role"]).label),
                               message=ONLY_THE_CHAIR)
        repo.update_participant(tx.conn, dossier_id, participant_id, {"absent": absent})
        tx.object = row["number"]
        tx.details = {"absent": absent, "participant": participant_id}


def _check_commission(tx: Tx, row: dict, people: list[dict], today: dt.date) -> None:
    """Before the conclusion is signed: an expert commission has an employee of the
    protection unit (p.4); a chair, or a deputy chair when the chair is absent, and a
    secretary sign (p.11); everyone still holds the clearance the information requires."""
    if row["commission_kind"] == CommissionKind.EXPERT.value and not any(
            p["protection_unit"] for p in people):
        raise IllegalState(NO_PROTECTION_UNIT)
    roles = {Role(p["role"]): bool(p["absent"]) for p in people}
    chair_there = Role.CHAIR in roles and not roles[Role.CHAIR]
    deputy_there = Role.DEPUTY_CHAIR in roles and not roles[Role.DEPUTY_CHAIR]
    if not (chair_there or (Role.CHAIR in roles and deputy_there)) or \
            Role.SECRETARY not in roles:
        raise IllegalState(NO_CHAIR)
    participants_cleared(tx.conn, row, people, today)


def _signers(people: list[dict]) -> list[dict]:
    needed = required_signers([(Role(p["role"]), bool(p["absent"])) for p in people])
    return [p for p in people if Role(p["role"]) in needed and not p["absent"]]


def _sign(tx: Tx, session: Session, dossier_id: int, participant: dict, how: str) -> None:
    repo.update_participant(tx.conn, dossier_id, participant["id"], {
        "signed": how, "signed_at": register_repo.today_iso(), "recorded_by": session.actor})
    people = repo.participants(tx.conn, dossier_id)
    if all(p["signed"] for p in _signers(people)):
        repo.update(tx.conn, dossier_id, {"state": DossierState.SIGNED.value})
        tx.details["state"] = DossierState.SIGNED.value


def _ready(tx: Tx, dossier_id: int, today: dt.date) -> tuple[dict, list[dict]]:
    row = visible(tx.conn, tx.user, dossier_id)
    check_move(DossierState(row["state"]), DossierState.SIGNED,
               agreement_needed=not row["head_has_authority"])
    people = repo.participants(tx.conn, dossier_id)
    _check_commission(tx, row, people, today)
    tx.object = row["number"]
    return row, people


def sign(session: Session, dossier_id: int, username: str, password: str) -> None:
    """A signer of the conclusion confirms with their own password."""
    person = auth.confirm_person(session.store, username, password)
    with action(session, "dossier.sign") as tx:
        _row, people = _ready(tx, dossier_id, session.today)
        mine = next((p for p in people if p["user_id"] == person.id), None)
        if mine is None or mine not in _signers(people):
            raise InvalidInput(person.full_name, message=NOT_A_SIGNER)
        if mine["signed"]:
            raise IllegalState(person.full_name, message=SIGNED)
        tx.details = {"signer": person.username, "how": "program"}
        _sign(tx, session, dossier_id, mine, "program")


def record_paper(session: Session, dossier_id: int, participant_id: int) -> None:
    """A signature given on the printed conclusion (anyone; the only way for people
    without an account), recorded by a clerk."""
    with action(session, "dossier.sign") as tx:
        require_role(tx.user, *CLERKS)
        _row, people = _ready(tx, dossier_id, session.today)
        mine = next((p for p in people if p["id"] == participant_id), None)
        if mine is None or mine not in _signers(people):
            raise InvalidInput(str(participant_id), message=NOT_A_SIGNER)
        if mine["signed"]:
            raise IllegalState(mine["name"], message=SIGNED)
        tx.details = {"signer": mine["name"], "how": "paper"}
        _sign(tx, session, dossier_id, mine, "paper")


"""Moves of a copy (SPEC §2; S001 a.4 p.1.5, a.5 p.1 and p.3): issue, return, dispatch,
receipt confirmation. Each records who, when, to whom and on what basis, in the same
transaction as its audit record; an illegal move is refused with the reason."""

from __future__ import annotations

import datetime as dt

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.carriers import MoveKind, OriginatorType, Registration, next_state
from desktop.domain.errors import IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import settings
from desktop.services.register import CLERKS, visible_copy
from desktop.services.session import Session, Tx, action
from desktop.store import destruction as destruction_repo
from desktop.store import marking as marking_repo
from desktop.store import register as repo
from desktop.store import transfers as transfer_repo
from desktop.store import users as user_repo

BASIS = QT_TRANSLATE_NOOP("Errors", "basis")
RECIPIENT = QT_TRANSLATE_NOOP("Errors", "recipient")
CHANNEL = QT_TRANSLATE_NOOP("Errors", "channel")
COVER_LETTER = QT_TRANSLATE_NOOP("Errors", "cover letter number")
CONSENT = QT_TRANSLATE_NOOP("Errors", "prior written consent of the originator")
NOT_CLEARED = QT_TRANSLATE_NOOP(
    "Errors", "the recipient has no valid clearance covering this level")
ON_ACT = QT_TRANSLATE_NOOP(
    "Errors", "the copy is on destruction act %1: take it off the act before moving it")
NOT_ALLOWED_CHANNEL = QT_TRANSLATE_NOOP(
    "Errors", "not one of the allowed channels")


def move(tx: Tx, session: Session, copy_id: int, kind: MoveKind, *, holder_id: int | None,
          basis: str, to_user_id: int | None = None, to_org: str = "", channel: str = "",
          reference: str = "") -> None:
    row = visible_copy(tx.conn, tx.user, copy_id)
    copy = repo.copy(tx.conn, copy_id)
    assert copy is not None
    act = destruction_repo.act_of_copy(tx.conn, copy_id)
    if act is not None and act["state"] != "executed":
        raise IllegalState(act["number"], message=ON_ACT)
    new_state = next_state(kind, copy.state)
    now = repo.today_iso()
    repo.set_copy_state(tx.conn, copy_id, new_state, holder_id=holder_id, now=now)
    repo.insert_move(tx.conn, {
        "copy_id": copy_id, "kind": kind.value, "from_state": copy.state.value,
        "to_state": new_state.value, "at": now, "by_user": session.actor,
        "to_user_id": to_user_id, "to_org": to_org, "channel": channel, "basis": basis,
        "reference": reference})
    tx.object = f"{row['reg_no']} / {row['copy_no']}"
    tx.details.update({"from": copy.state.value, "to": new_state.value})


def issue(session: Session, copy_id: int, to_username: str, basis: str) -> None:
    """To a person whose valid clearance covers the level; the receipt is this record."""
    basis = clean_text(BASIS, basis, max_len=300)
    with action(session, "copy.issue") as tx:
        require_role(tx.user, *CLERKS)
        recipient = user_repo.by_name(tx.conn, to_username.strip())
        if recipient is None or not recipient.active:
            raise NotFound(to_username)
        row = visible_copy(tx.conn, tx.user, copy_id)
        level = repo.registration(tx.conn, row["registration_id"]).level
        pending = marking_repo.open_case_of(tx.conn, [row["registration_id"]])
        if pending is not None and pending["new_level"] and \
                Level(pending["new_level"]).rank > level.rank:
            level = Level(pending["new_level"])   # being raised: the level it is going to
        if recipient.clearance is None or not recipient.clearance.covers(level, dt.date.today()):
            raise IllegalState(NOT_CLEARED)
        move(tx, session, copy_id, MoveKind.ISSUE, holder_id=recipient.id, basis=basis,
              to_user_id=recipient.id)
        tx.details["to"] = recipient.username


def return_copy(session: Session, copy_id: int, basis: str = "") -> None:
    basis = clean_text(BASIS, basis, max_len=300, required=False)
    with action(session, "copy.return") as tx:
        require_role(tx.user, *CLERKS)
        move(tx, session, copy_id, MoveKind.RETURN, holder_id=None, basis=basis)


def check_consent(registration: Registration, to_org: str, *, international: bool,
                  consent: str) -> str:
    """Foreign-originated information goes to anyone but its originator only with the
    originator's prior written consent (a.4 p.1.5): its reference, cleaned; "" when none is
    needed."""
    foreign = registration.originator.type is OriginatorType.KYRGYZ
    back_to_originator = foreign and international and \
        to_org.casefold() == registration.originator.name.casefold()
    if foreign and not back_to_originator:
        return clean_text(CONSENT, consent, max_len=200)
    return ""


def dispatch(session: Session, copy_id: int, *, to_org: str, channel: str, cover_letter: str,
             basis: str, originator_consent: str = "") -> None:
    """To another organisation at home, through a channel the administrator lists. To the
    other state see services/transfers.py (S001 a.5)."""
    to_org = clean_text(fields.ORGANISATION, to_org, max_len=300)
    cover_letter = clean_text(COVER_LETTER, cover_letter, max_len=100)
    basis = clean_text(BASIS, basis, max_len=300)
    channel = clean_text(CHANNEL, channel, max_len=100)
    if channel not in settings.current(session)["dispatch.channels"]:
        raise InvalidInput(CHANNEL, NOT_ALLOWED_CHANNEL)
    with action(session, "copy.dispatch") as tx:
        require_role(tx.user, *CLERKS)
        row = visible_copy(tx.conn, tx.user, copy_id)
        registration = repo.registration(tx.conn, row["registration_id"])
        assert registration is not None
        consent = check_consent(registration, to_org, international=False,
                                consent=originator_consent)
        move(tx, session, copy_id, MoveKind.DISPATCH, holder_id=None, basis=basis,
             to_org=to_org, channel=channel, reference=cover_letter)
        tx.details.update({"to_org": to_org, "channel": channel, "international": False,
                           "consent": consent})


def confirm_receipt(session: Session, copy_id: int, reference: str) -> None:
    """The recipient's confirmation closes the dispatch."""
    reference = clean_text(BASIS, reference, max_len=200)
    with action(session, "copy.confirm_receipt") as tx:
        require_role(tx.user, *CLERKS)
        move(tx, session, copy_id, MoveKind.CONFIRM_RECEIPT, holder_id=None, basis=reference,
             reference=reference)
        transfer = transfer_repo.open_transfer_of(tx.conn, copy_id)
        if transfer is not None:   # a transfer to the Kyrgyz party ends here (a.5 p.3)
            transfer_repo.close_transfer(tx.conn, transfer["id"], reference, session.today)
            tx.details["transfer"] = transfer["id"]



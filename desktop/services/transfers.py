"""Transfers of carriers to the Kyrgyz party (S001 a.5; SPEC §7).

A dispatch to the other state needs the recorded written confirmation that the recipient
holds the clearance and can protect the information (a.5 p.1), goes only through the
channels of a.5 p.3, and for a large carrier names the transport, the route and the escort
(a.5 p.4). It is one move of the copy plus one transfer record, in one transaction; the
recipient's receipt confirmation (services/moves.confirm_receipt) closes both."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.carriers import InternationalChannel, MoveKind
from desktop.domain.errors import InvalidInput
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import contracts, moves, stored
from desktop.services.register import CLERKS, visible_copy
from desktop.services.session import Session, action
from desktop.store import register as repo
from desktop.store import transfers as transfer_repo

CONFIRMATION = QT_TRANSLATE_NOOP(
    "Errors", "written confirmation of the recipient's clearance and capability")
CONFIRMATION_DATE = QT_TRANSLATE_NOOP("Errors", "date of the written confirmation")
TRANSPORT = QT_TRANSLATE_NOOP("Errors", "method of transport")
ROUTE = QT_TRANSLATE_NOOP("Errors", "route")
ESCORT = QT_TRANSLATE_NOOP("Errors", "escort")


@dataclass(frozen=True)
class Transfer:
    """What the other state was sent (a.5), as the contract page and the card show it."""

    id: int
    copy_id: int
    reg_no: str
    copy_no: int
    title: str
    to_org: str
    channel: InternationalChannel
    confirmation_ref: str
    confirmation_date: dt.date
    consent_ref: str
    contract_id: int | None
    large: bool
    transport: str
    route: str
    escort: str
    sent_on: dt.date
    receipt_ref: str
    received_on: dt.date | None


def transfer_of(row: dict) -> Transfer:
    return Transfer(
        id=row["id"], copy_id=row["copy_id"], reg_no=row["reg_no"], copy_no=row["copy_no"],
        title=row["title"], to_org=row["to_org"], channel=InternationalChannel(row["channel"]),
        confirmation_ref=row["confirmation_ref"],
        confirmation_date=stored.day(row["confirmation_date"]),
        consent_ref=row["consent_ref"], contract_id=row["contract_id"], large=bool(row["large"]),
        transport=row["transport"], route=row["route"], escort=row["escort"],
        sent_on=stored.day(row["sent_on"]), receipt_ref=row["receipt_ref"],
        received_on=stored.day(row["received_on"]))


def send_abroad(session: Session, copy_id: int, *, to_org: str, channel: str,
                cover_letter: str, basis: str, confirmation_ref: str,
                confirmation_date: dt.date | None, consent_ref: str = "",
                contract_id: int | None = None, large: bool = False, transport: str = "",
                route: str = "", escort: str = "") -> int:
    """Dispatch one copy to the Kyrgyz party; the transfer record's id."""
    to_org = clean_text(fields.ORGANISATION, to_org, max_len=300)
    cover_letter = clean_text(moves.COVER_LETTER, cover_letter, max_len=100)
    basis = clean_text(moves.BASIS, basis, max_len=300)
    try:
        channel_kind = InternationalChannel(channel)
    except ValueError:
        raise InvalidInput(moves.CHANNEL, moves.NOT_ALLOWED_CHANNEL) from None
    confirmation_ref = clean_text(CONFIRMATION, confirmation_ref, max_len=200)
    if confirmation_date is None:
        raise InvalidInput(CONFIRMATION_DATE, fields.EMPTY)
    if isinstance(confirmation_date, dt.datetime) or not isinstance(confirmation_date, dt.date):
        raise InvalidInput(CONFIRMATION_DATE, fields.WRONG_TYPE)
    if confirmation_date > session.today:
        raise InvalidInput(CONFIRMATION_DATE, fields.FUTURE)
    if not isinstance(large, bool):
        raise InvalidInput(TRANSPORT, fields.WRONG_TYPE)
    # a.5 p.4: a large carrier travels by a method, route and escort fixed for this case.
    plan = {"transport": clean_text(TRANSPORT, transport, max_len=300, required=large),
            "route": clean_text(ROUTE, route, max_len=500, required=large),
            "escort": clean_text(ESCORT, escort, max_len=300, required=large)}
    if not large:
        plan = {key: "" for key in plan}
    with action(session, "copy.transfer") as tx:
        require_role(tx.user, *CLERKS)
        row = visible_copy(tx.conn, tx.user, copy_id)
        registration = repo.registration(tx.conn, row["registration_id"])
        assert registration is not None
        consent = moves.check_consent(registration, to_org, international=True,
                                      consent=consent_ref)
        if contract_id is not None:
            contracts.usable(tx.conn, tx.user, contract_id, session.today)
        moves.move(tx, session, copy_id, MoveKind.DISPATCH, holder_id=None, basis=basis,
                   to_org=to_org, channel=channel_kind.value, reference=cover_letter)
        transfer_id = transfer_repo.insert_transfer(tx.conn, {
            "copy_id": copy_id, "move_id": transfer_repo.last_move_id(tx.conn, copy_id),
            "contract_id": contract_id, "to_org": to_org, "channel": channel_kind.value,
            "confirmation_ref": confirmation_ref, "confirmation_date": confirmation_date,
            "consent_ref": consent, "large": large, **plan, "sent_on": session.today,
            "created_by": session.actor})
        tx.details.update({"to_org": to_org, "channel": channel_kind.value,
                           "international": True, "confirmation": confirmation_ref,
                           "confirmation_date": confirmation_date.isoformat(),
                           "consent": consent, "contract": contract_id, "large": large,
                           **plan})
    return transfer_id


def transfers_of_copy(session: Session, copy_id: int) -> list[Transfer]:
    """The copy's transfers abroad, for its card (the card's own view is journalled)."""
    with session.store.read() as conn:
        visible_copy(conn, session.user, copy_id)
        return [transfer_of(r) for r in transfer_repo.of_copy(conn, copy_id)]

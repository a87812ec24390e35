"""Return of carriers to the originator (S001 a.6 p.4): on its written notice the copies are
sent back through a channel of a.5 p.3, listed on a return list, and leave the register when
the originator confirms their receipt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.carriers import CopyState, InternationalChannel, MoveKind, OriginatorType
from desktop.domain.errors import IllegalState, InvalidInput, Label, NotFound
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import stored
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, action
from desktop.store import register as register_repo
from desktop.store import returns as repo
from desktop.store.engine import Connection

NOTICE_REF = QT_TRANSLATE_NOOP("Errors", "notice reference")
NOTICE_DATE = QT_TRANSLATE_NOOP("Errors", "notice date")
CHANNEL = QT_TRANSLATE_NOOP("Errors", "channel")
COVER_LETTER = QT_TRANSLATE_NOOP("Errors", "cover letter number")
COPIES = QT_TRANSLATE_NOOP("Errors", "copies to return")
RECEIPT = QT_TRANSLATE_NOOP("Errors", "the originator's confirmation of receipt")
NOT_RETURNABLE = QT_TRANSLATE_NOOP(
    "Errors", "Copy %1 cannot be returned: it is not in the safe (%2).")
NOT_FROM_THEM = QT_TRANSLATE_NOOP(
    "Errors", "a return list holds carriers received from the other Party, from one originator")
NOT_ALLOWED_CHANNEL = QT_TRANSLATE_NOOP("Errors", "not one of the allowed channels")
CONFIRMED = QT_TRANSLATE_NOOP("Errors", "the return is confirmed already")

READERS = (Role.CLERK, Role.PROTECTION_HEAD, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class ReturnCopy:
    copy_id: int
    reg_no: str
    copy_no: int
    title: str
    level: Level
    foreign_marking: str
    sheets: int | None
    state: CopyState


@dataclass(frozen=True)
class ReturnList:
    id: int
    number: str
    list_date: dt.date
    originator: str
    notice_reference: str
    notice_date: dt.date
    channel: InternationalChannel
    cover_letter: str
    confirmed: bool
    receipt_reference: str
    received_at: dt.datetime | None
    created_by: str
    copies: tuple[ReturnCopy, ...]
    top: Level


def _copy(row: dict) -> ReturnCopy:
    return ReturnCopy(row["copy_id"], row["reg_no"], row["copy_no"], row["title"],
                      Level(row["level"]), row["foreign_marking"], row["sheets"],
                      CopyState(row["state"]))


def _returnable(conn: Connection, user: User, copy_ids: list[int]) -> list[dict]:
    if not copy_ids:
        raise InvalidInput(COPIES, fields.EMPTY)
    found = repo.copy_rows(conn, copy_ids)
    max_rank = scope_for(user).max_rank
    if len(found) != len(set(copy_ids)) or any(r["level_rank"] > max_rank for r in found):
        raise NotFound(COPIES)
    for row in found:
        state = CopyState(row["state"])
        if not state.in_custody or row["marking_case_id"] is not None or row["on_act"]:
            raise IllegalState(f"{row['reg_no']} / {row['copy_no']}",
                               Label("CopyState", state.label), message=NOT_RETURNABLE)
    origins = {(r["originator_type"], r["originator"].casefold()) for r in found}
    if len(origins) != 1 or found[0]["originator_type"] != OriginatorType.KYRGYZ.value:
        raise InvalidInput(COPIES, NOT_FROM_THEM)
    return found


def send_back(session: Session, copy_ids: list[int], *, notice_reference: str,
              notice_date: dt.date, channel: InternationalChannel | str,
              cover_letter: str) -> int:
    """Dispatch the copies back to their originator on its notice, as one return list."""
    notice_reference = clean_text(NOTICE_REF, notice_reference, max_len=100)
    cover_letter = clean_text(COVER_LETTER, cover_letter, max_len=100)
    if notice_date > session.today:
        raise InvalidInput(NOTICE_DATE, fields.FUTURE)
    try:
        channel = InternationalChannel(channel)
    except ValueError:
        raise InvalidInput(CHANNEL, NOT_ALLOWED_CHANNEL) from None
    with action(session, "return.send") as tx:
        require_role(tx.user, *CLERKS)
        found = _returnable(tx.conn, tx.user, copy_ids)
        top = max((Level(r["level"]) for r in found), key=lambda lv: lv.rank)
        require_clearance(tx.user, top, session.today)
        originator = found[0]["originator"]
        year = session.today.year
        number = f"{register_repo.allocate_number(tx.conn, 'return_list', year)}/{year}"
        now = register_repo.today_iso()
        list_id = repo.insert_list(tx.conn, {
            "number": number, "list_date": session.today, "originator": originator,
            "notice_reference": notice_reference, "notice_date": notice_date,
            "channel": channel.value, "cover_letter": cover_letter, "state": "sent",
            "top_rank": top.rank, "created_at": now, "created_by": session.actor})
        for row in found:
            repo.add_copy(tx.conn, list_id, row["copy_id"])
            register_repo.set_copy_state(tx.conn, row["copy_id"], CopyState.DISPATCHED,
                                         holder_id=None, now=now)
            register_repo.insert_move(tx.conn, {
                "copy_id": row["copy_id"], "kind": MoveKind.DISPATCH.value,
                "from_state": row["state"], "to_state": CopyState.DISPATCHED.value,
                "at": now, "by_user": session.actor, "to_org": originator,
                "channel": channel.value, "basis": f"{notice_reference} ({number})",
                "reference": cover_letter})
        tx.object = number
        tx.details = {"to": originator, "notice": notice_reference, "channel": channel.value,
                      "copies": [f"{r['reg_no']} / {r['copy_no']}" for r in found]}
    return list_id


def confirm(session: Session, list_id: int, reference: str) -> None:
    """The originator confirmed the receipt: the copies leave the register."""
    reference = clean_text(RECEIPT, reference, max_len=200)
    with action(session, "return.confirm") as tx:
        require_role(tx.user, *CLERKS)
        found = list_in(tx.conn, tx.user, list_id)
        if found.confirmed:
            raise IllegalState(CONFIRMED)
        now = register_repo.today_iso()
        for copy in found.copies:
            if copy.state is not CopyState.DISPATCHED:
                raise IllegalState(f"{copy.reg_no} / {copy.copy_no}",
                                   Label("CopyState", copy.state.label),
                                   message=NOT_RETURNABLE)
            register_repo.set_copy_state(tx.conn, copy.copy_id,
                                         CopyState.RETURNED_TO_ORIGINATOR, holder_id=None,
                                         now=now)
            register_repo.insert_move(tx.conn, {
                "copy_id": copy.copy_id, "kind": MoveKind.CONFIRM_RETURN.value,
                "from_state": CopyState.DISPATCHED.value,
                "to_state": CopyState.RETURNED_TO_ORIGINATOR.value, "at": now,
                "by_user": session.actor, "to_org": found.originator, "basis": reference,
                "reference": reference})
        repo.update_list(tx.conn, list_id, {
            "state": "confirmed", "receipt_reference": reference, "received_at": now,
            "confirmed_by": session.actor})
        tx.object = found.number
        tx.details = {"reference": reference, "copies": len(found.copies)}


def list_in(conn: Connection, user: User, list_id: int) -> ReturnList:
    row = repo.list_row(conn, list_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise NotFound(str(list_id))
    copies = tuple(_copy(r) for r in repo.list_copies(conn, list_id))
    return ReturnList(
        id=row["id"], number=row["number"], list_date=stored.day(row["list_date"]),
        originator=row["originator"], notice_reference=row["notice_reference"],
        notice_date=stored.day(row["notice_date"]), channel=InternationalChannel(row["channel"]),
        cover_letter=row["cover_letter"], confirmed=row["state"] == "confirmed",
        receipt_reference=row["receipt_reference"], received_at=stored.moment(row["received_at"]),
        created_by=row["created_by"], copies=copies,
        top=next(lv for lv in Level if lv.rank == row["top_rank"]))


def return_list(session: Session, list_id: int) -> ReturnList:
    with action(session, "return.view") as tx:
        require_role(tx.user, *READERS)
        found = list_in(tx.conn, tx.user, list_id)
        tx.object = found.number
        return found


def return_lists(session: Session) -> list[ReturnList]:
    with action(session, "return.list") as tx:
        require_role(tx.user, *READERS)
        ids = repo.list_ids(tx.conn, max_rank=scope_for(tx.user).max_rank)
        found = [list_in(tx.conn, tx.user, i) for i in ids]
        tx.details = {"rows": len(found)}
    return found

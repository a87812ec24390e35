"""Contracts between authorised bodies that involve classified information (S001 a.7; a.4
p.3): each has its separate section — the list of classified information with its secrecy
degrees (linked to registrations where they exist), the specifics of its protection, and
the order of resolving disputes and compensating damage. Carriers received under a contract
link to it; its page shows what was received and sent under it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain.access import require_clearance, require_role
from desktop.domain.errors import AlreadyExists, IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import stored
from desktop.services.register import (
    CLERKS,
    check_contract_originator,
    contract_in_force,
    described_information,
    scope_for,
)
from desktop.services.session import Session, Tx, action
from desktop.store import contracts as repo
from desktop.store import register as register_repo
from desktop.store import transfers as transfer_repo
from desktop.store.engine import Connection

NUMBER = QT_TRANSLATE_NOOP("Errors", "contract number")
SIGNED_ON = QT_TRANSLATE_NOOP("Errors", "date of signing")
VALID_UNTIL = QT_TRANSLATE_NOOP("Errors", "valid until")
SUBJECT = QT_TRANSLATE_NOOP("Errors", "subject of the contract")
OUR_BODY = QT_TRANSLATE_NOOP("Errors", "our authorised body")
OTHER_BODY = QT_TRANSLATE_NOOP("Errors", "authorised body of the Kyrgyz party")
PROTECTION = QT_TRANSLATE_NOOP("Errors", "specifics of protection")
DISPUTES = QT_TRANSLATE_NOOP("Errors", "order of resolving disputes and compensating damage")
ITEMS = QT_TRANSLATE_NOOP("Errors", "list of classified information")
ITEM = QT_TRANSLATE_NOOP("Errors", "item of the list")
ENDED_ON = QT_TRANSLATE_NOOP("Errors", "date the contract ended")
ENDED_NOTE = QT_TRANSLATE_NOOP("Errors", "why the contract ended")

BEFORE_SIGNING = QT_TRANSLATE_NOOP("Errors", "the date is before the contract was signed")
ENDED = QT_TRANSLATE_NOOP("Errors", "the contract has ended: it can no longer be changed")
NONE_GIVEN = QT_TRANSLATE_NOOP("Errors", "give at least one")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "Invalid value for %1: too many entries (at most %2)")
MAX_ITEMS = 200

READERS = (*CLERKS, Role.ORG_HEAD, Role.AUDITOR)


@dataclass(frozen=True)
class ItemInput:
    description: str = ""
    level: Level | str | None = None
    registration_id: int | None = None   # the registration's title and level are used


@dataclass(frozen=True)
class ContractDraft:
    number: str
    signed_on: dt.date | None
    subject: str
    our_body: str
    other_body: str
    protection: str
    disputes: str
    items: Sequence[ItemInput]
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class ContractItem:
    description: str
    level: Level
    registration_id: int | None
    reg_no: str


@dataclass(frozen=True)
class Contract:
    id: int
    number: str
    signed_on: dt.date
    subject: str
    our_body: str
    other_body: str
    valid_until: dt.date | None
    protection: str
    disputes: str
    top: Level
    ended_on: dt.date | None
    ended_note: str
    created_by: str
    items: tuple[ContractItem, ...]

    @property
    def label(self) -> str:
        return f"№ {self.number} ({self.signed_on.strftime('%d.%m.%Y')})"

    def in_force(self, today: dt.date) -> bool:
        return self.ended_on is None and (self.valid_until is None or today <= self.valid_until)


@dataclass(frozen=True)
class ContractPage:
    """A contract with what was received and sent under it (within the reader's reach)."""

    contract: Contract
    received: list[dict]     # registrations
    sent: list[dict]         # transfers with their copy and registration
    hidden: int              # registrations under it above the reader's clearance


def _day(label: str, value: object, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise InvalidInput(label, fields.EMPTY)
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidInput(label, fields.WRONG_TYPE)
    return value


def _items(conn: Connection, user, items: Sequence[ItemInput]) -> list[dict]:
    if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
        raise InvalidInput(ITEMS, fields.WRONG_TYPE)
    if not items:
        raise InvalidInput(ITEMS, NONE_GIVEN)
    if len(items) > MAX_ITEMS:
        raise InvalidInput(ITEMS, str(MAX_ITEMS), message=TOO_MANY)
    return [described_information(conn, user, label=ITEM, description=item.description,
                                  level=item.level, registration_id=item.registration_id)
            for item in items]


def _values(tx: Tx, draft: ContractDraft, today: dt.date) -> tuple[dict, list[dict]]:
    signed_on = _day(SIGNED_ON, draft.signed_on)
    assert signed_on is not None
    if signed_on > today:
        raise InvalidInput(SIGNED_ON, fields.FUTURE)
    valid_until = _day(VALID_UNTIL, draft.valid_until, required=False)
    if valid_until is not None and valid_until < signed_on:
        raise InvalidInput(VALID_UNTIL, BEFORE_SIGNING)
    values = {
        "number": clean_text(NUMBER, draft.number, max_len=100), "signed_on": signed_on,
        "subject": clean_text(SUBJECT, draft.subject, max_len=500),
        "our_body": clean_text(OUR_BODY, draft.our_body, max_len=300),
        "other_body": clean_text(OTHER_BODY, draft.other_body, max_len=300),
        "valid_until": valid_until,
        "protection": clean_text(PROTECTION, draft.protection, max_len=4000, multiline=True),
        "disputes": clean_text(DISPUTES, draft.disputes, max_len=4000, multiline=True)}
    items = _items(tx.conn, tx.user, draft.items)
    top = max((Level(i["level"]) for i in items), key=lambda lv: lv.rank)
    require_clearance(tx.user, top, today)
    values["top_rank"] = top.rank
    return values, items


def create(session: Session, draft: ContractDraft) -> int:
    with action(session, "contract.create") as tx:
        require_role(tx.user, *CLERKS)
        values, items = _values(tx, draft, session.today)
        if repo.same_number(tx.conn, values["number"], values["signed_on"]):
            raise AlreadyExists(values["number"])
        contract_id = repo.insert_contract(tx.conn, {
            **values, "created_at": register_repo.today_iso(), "created_by": session.actor})
        repo.replace_items(tx.conn, contract_id, items)
        tx.object = values["number"]
        tx.details = {"signed_on": values["signed_on"].isoformat(), "items": len(items),
                      "other_body": values["other_body"]}
    return contract_id


def update(session: Session, contract_id: int, draft: ContractDraft) -> None:
    """Amendments (a.14) replace the section as a whole; the journal keeps each version's
    summary. An ended contract stays as it was."""
    with action(session, "contract.update") as tx:
        require_role(tx.user, *CLERKS)
        found = contract_in(tx.conn, tx.user, contract_id)
        tx.object = found.number
        if found.ended_on is not None:
            raise IllegalState(ENDED)
        values, items = _values(tx, draft, session.today)
        if repo.same_number(tx.conn, values["number"], values["signed_on"],
                            other_than=contract_id):
            raise AlreadyExists(values["number"])
        repo.update_contract(tx.conn, contract_id, values)
        repo.replace_items(tx.conn, contract_id, items)
        tx.details = {"items": len(items), "number": values["number"]}


def end(session: Session, contract_id: int, ended_on: dt.date, note: str) -> None:
    """The contract expired or was terminated: nothing new comes under it; the protection
    of what was received under it goes on (a.15 p.3)."""
    note = clean_text(ENDED_NOTE, note, max_len=300)
    day = _day(ENDED_ON, ended_on)
    with action(session, "contract.end") as tx:
        require_role(tx.user, *CLERKS)
        found = contract_in(tx.conn, tx.user, contract_id)
        tx.object = found.number
        if found.ended_on is not None:
            raise IllegalState(ENDED)
        assert day is not None
        if day > session.today:
            raise InvalidInput(ENDED_ON, fields.FUTURE)
        if day < found.signed_on:
            raise InvalidInput(ENDED_ON, BEFORE_SIGNING)
        repo.update_contract(tx.conn, contract_id, {"ended_on": day, "ended_note": note})
        tx.details = {"ended_on": day.isoformat(), "note": note}


def contract_in(conn: Connection, user, contract_id: int) -> Contract:
    row = repo.contract_row(conn, contract_id) \
        if isinstance(contract_id, int) and not isinstance(contract_id, bool) else None
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise NotFound(str(contract_id))
    items = tuple(ContractItem(r["description"], Level(r["level"]), r["registration_id"],
                               r["reg_no"] or "") for r in repo.items(conn, contract_id))
    return Contract(
        id=row["id"], number=row["number"], signed_on=stored.day(row["signed_on"]),
        subject=row["subject"], our_body=row["our_body"], other_body=row["other_body"],
        valid_until=stored.day(row["valid_until"]), protection=row["protection"],
        disputes=row["disputes"], top=next(lv for lv in Level if lv.rank == row["top_rank"]),
        ended_on=stored.day(row["ended_on"]), ended_note=row["ended_note"],
        created_by=row["created_by"], items=items)


def usable(conn: Connection, user, contract_id: object, today: dt.date) -> Contract:
    """A contract something new may come under: visible, not ended, not expired."""
    row = contract_in_force(conn, user, contract_id, today)
    return contract_in(conn, user, row["id"])


def contract(session: Session, contract_id: int) -> ContractPage:
    with action(session, "contract.view") as tx:
        require_role(tx.user, *READERS)
        found = contract_in(tx.conn, tx.user, contract_id)
        tx.object = found.number
        max_rank = scope_for(tx.user).max_rank
        return ContractPage(
            contract=found,
            received=repo.received(tx.conn, contract_id, max_rank=max_rank),
            sent=transfer_repo.under_contract(tx.conn, contract_id, max_rank=max_rank),
            hidden=repo.hidden_received(tx.conn, contract_id, max_rank=max_rank))


def contracts(session: Session) -> list[Contract]:
    with action(session, "contract.list") as tx:
        require_role(tx.user, *READERS)
        ids = repo.contract_ids(tx.conn, max_rank=scope_for(tx.user).max_rank)
        found = [contract_in(tx.conn, tx.user, i) for i in ids]
        tx.details = {"rows": len(found)}
    return found


def choices(session: Session) -> list[tuple[int, str]]:
    """Contracts in force that the user may see, for a chooser: (id, label). A plain read."""
    with session.store.read() as conn:
        ids = repo.contract_ids(conn, max_rank=scope_for(session.user).max_rank)
        found = [contract_in(conn, session.user, i) for i in ids]
    return [(c.id, f"{c.label} {c.subject}") for c in found if c.in_force(session.today)]


def link(session: Session, contract_id: int, registration_id: int) -> None:
    """Record that a registration already in the register was received under the
    contract."""
    with action(session, "contract.link") as tx:
        require_role(tx.user, *CLERKS)
        found = usable(tx.conn, tx.user, contract_id, session.today)
        reg = register_repo.registration(tx.conn, registration_id) \
            if isinstance(registration_id, int) else None
        if reg is None or reg.level.rank > scope_for(tx.user).max_rank:
            raise NotFound(str(registration_id))
        check_contract_originator(reg.originator.type)
        repo.link_registration(tx.conn, reg.id, found.id)
        tx.object = reg.reg_no
        tx.details = {"contract": found.number}

"""Registering carriers and reading the register (SPEC §2).

Every path that reads the register goes through `scope_for`, so a user never sees, finds,
prints or exports a copy above their clearance or outside their need-to-know."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop.domain import fields
from desktop.domain.access import register_scope, require_clearance, require_role
from desktop.domain.carriers import (
    Copy,
    CopyState,
    Derivation,
    Move,
    MoveKind,
    OriginatorType,
    Registration,
    RegistrationDraft,
    format_reg_no,
)
from desktop.domain.errors import ClearanceInsufficient, IllegalState, InvalidInput
from desktop.domain.levels import Level, kazakh_equivalent_of_kyrgyz
from desktop.domain.people import User
from desktop.domain.roles import Role
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import stored
from desktop.services.session import Session, Tx, action
from desktop.settings import defaults
from desktop.store import contracts as contract_repo
from desktop.store import marking as marking_repo
from desktop.store import register as repo
from desktop.store import register_query as query
from desktop.store import settings as settings_repo
from desktop.store import transfers as transfer_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

CLERKS = (Role.CLERK, Role.PROTECTION_HEAD)
MAX_COPIES = 999

TITLE = QT_TRANSLATE_NOOP("Errors", "title")
COPIES = QT_TRANSLATE_NOOP("Errors", "number of copies")
SHEETS = QT_TRANSLATE_NOOP("Errors", "number of sheets")
PARENT = QT_TRANSLATE_NOOP("Errors", "parent registration")
REGISTRATION = QT_TRANSLATE_NOOP("Errors", "registration")
NOT_FROM_PARTY = QT_TRANSLATE_NOOP(
    "Errors", "only carriers received from the Kyrgyz party or created jointly with it come "
              "under a contract")
FOREIGN_MARKING = QT_TRANSLATE_NOOP("Errors", "marking of the Kyrgyz party")
PURPOSE = QT_TRANSLATE_NOOP("Errors", "purpose of transfer")
DATES = QT_TRANSLATE_NOOP("Errors", "dates")
BELOW_PARENT = QT_TRANSLATE_NOOP(
    "Errors", "derived information cannot have a lower level than its source")
NOT_EQUIVALENT = QT_TRANSLATE_NOOP(
    "Errors", "the level must be the comparable Kazakh level of the Kyrgyz marking")
FUTURE = fields.FUTURE
DERIVATION = QT_TRANSLATE_NOOP("Errors", "derivation")
JOURNAL = QT_TRANSLATE_NOOP("Errors", "journal of the register")
STATE = QT_TRANSLATE_NOOP("Errors", "state of the copy")
ORIGIN = QT_TRANSLATE_NOOP("Errors", "originator")
CUSTODIAN = QT_TRANSLATE_NOOP("Errors", "custodian")
COPY_BY_REQUEST = QT_TRANSLATE_NOOP(
    "Errors", "copies are made only under a permitted copy request (Copy permissions section)")
SOURCE_BEING_RAISED = QT_TRANSLATE_NOOP(
    "Errors", "the source is being raised under the open marking-change case %1: register derived carriers after it closes")


def scope_for(user: User, day: dt.date | None = None) -> query.Scope:
    scope = register_scope(user, day or dt.date.today())
    max_rank = max((lv.rank for lv in scope.levels), default=0)
    return query.Scope(max_rank=max_rank,
                       holder_id=None if scope.whole_register else user.id)


def check_draft(draft: RegistrationDraft, today: dt.date) -> RegistrationDraft:
    """The draft with its texts cleaned, or InvalidInput naming the field (also used by
    CSV import and by Grif's own outputs before they register)."""
    title = clean_text(TITLE, draft.title, max_len=500)
    if draft.derivation is Derivation.COPY:
        # S001 a.6 p.4: reproduction only with a written permission (services/copying.py).
        raise InvalidInput(DERIVATION, COPY_BY_REQUEST)
    if not 1 <= draft.copies <= MAX_COPIES:
        raise InvalidInput(COPIES, str(draft.copies))
    if draft.sheets is not None and not 1 <= draft.sheets <= 100_000:
        raise InvalidInput(SHEETS, str(draft.sheets))
    for day in (draft.reg_date, draft.incoming_date, draft.originator.reference_date):
        if day is not None and day > today:
            raise InvalidInput(DATES, FUTURE)
    for day in (draft.reg_date, draft.incoming_date, draft.originator.reference_date,
                draft.review_date):
        if day is not None and day < fields.EARLIEST_DAY:
            raise InvalidInput(DATES, fields.TOO_EARLY)
    if draft.journal != "main":
        # One numbering for the register: another journal name would repeat its numbers.
        raise InvalidInput(JOURNAL, draft.journal[:20])
    origin = draft.originator
    if origin.type is OriginatorType.KYRGYZ:
        # S001 a.6 p.1: the original marking is kept and the comparable one added; a.4 p.1.4:
        # the purpose of transfer travels with it.
        marking = clean_text(FOREIGN_MARKING, origin.foreign_marking, max_len=64)
        if kazakh_equivalent_of_kyrgyz(marking) is not draft.level:
            raise InvalidInput(FOREIGN_MARKING, NOT_EQUIVALENT)
        clean_text(PURPOSE, draft.purpose, max_len=500)
    elif origin.type in (OriginatorType.DOMESTIC, OriginatorType.JOINT):
        clean_text(fields.ORGANISATION, origin.name, max_len=300)
    return replace(
        draft, title=title,
        basis=clean_text("basis", draft.basis, max_len=300, required=False),
        notes=clean_text("notes", draft.notes, max_len=4000, required=False, multiline=True),
        purpose=clean_text(PURPOSE, draft.purpose, max_len=500, required=False),
        contract=clean_text("contract", draft.contract, max_len=200, required=False),
        incoming_no=clean_text("incoming number", draft.incoming_no, max_len=100,
                               required=False),
        medium_serial=clean_text("serial", draft.medium_serial, max_len=100, required=False),
        medium_capacity=clean_text("capacity", draft.medium_capacity, max_len=50,
                                   required=False),
        location=clean_text("location", draft.location, max_len=100, required=False))


def _reg_no(conn: Connection, number: int, draft: RegistrationDraft) -> str:
    # Read on the transaction's own connection: imports number thousands of rows.
    values = {**defaults("store"), **settings_repo.all_values(conn)}
    suffixes = {lv: values[f"register.suffix.{lv}"] for lv in ("S", "SS", "OV")}
    return format_reg_no(values["register.format"], prefix=values["register.prefix"],
                         number=number, level=draft.level, year=draft.reg_date.year,
                         suffixes=suffixes)


def add_registration(tx: Tx, session: Session, draft: RegistrationDraft,
                     custodian_id: int | None) -> Registration:
    """Insert a checked registration and its copies inside the caller's audited action.
    Used by registration itself and by every service that makes a derived carrier."""
    if draft.parent_id is not None:
        parent = repo.registration(tx.conn, draft.parent_id)
        if parent is None or parent.level.rank > scope_for(tx.user).max_rank:
            raise InvalidInput(PARENT, str(draft.parent_id))
        if draft.level.rank < parent.level.rank:
            raise InvalidInput(PARENT, BELOW_PARENT)
        pending = marking_repo.open_case_of(tx.conn, [parent.id])
        if pending is not None and pending["new_level"] and \
                Level(pending["new_level"]).rank > draft.level.rank:
            raise IllegalState(pending["number"], message=SOURCE_BEING_RAISED)
    contract_text = draft.contract
    if draft.contract_id is not None:
        check_contract_originator(draft.originator.type)
        found = contract_in_force(tx.conn, tx.user, draft.contract_id, draft.reg_date)
        contract_text = contract_text or \
            f"№ {found['number']} ({stored.day(found['signed_on']):%d.%m.%Y})"
    number = repo.allocate_number(tx.conn, draft.journal, draft.reg_date.year)
    reg_no = _reg_no(tx.conn, number, draft)
    now = repo.today_iso()
    origin = draft.originator
    reg_id = repo.insert_registration(tx.conn, {
        "journal": draft.journal, "year": draft.reg_date.year, "number": number,
        "reg_no": reg_no, "reg_date": draft.reg_date, "kind": draft.kind.value,
        "title": draft.title, "level": draft.level.value, "level_rank": draft.level.rank,
        "basis": draft.basis, "review_date": draft.review_date,
        "originator_type": origin.type.value, "originator": origin.name,
        "foreign_marking": origin.foreign_marking, "foreign_reference": origin.reference,
        "foreign_reference_date": origin.reference_date, "incoming_no": draft.incoming_no,
        "incoming_date": draft.incoming_date, "sheets": draft.sheets,
        "medium_serial": draft.medium_serial, "medium_capacity": draft.medium_capacity,
        "copies": draft.copies, "parent_id": draft.parent_id,
        "derivation": draft.derivation.value if draft.derivation else None,
        "purpose": draft.purpose, "contract": contract_text, "notes": draft.notes,
        "contract_id": draft.contract_id, "created_at": now, "created_by": session.actor})
    copy_ids = repo.insert_copies(tx.conn, reg_id, 1, draft.copies, custodian_id=custodian_id,
                                  location=draft.location, sheets=draft.sheets, now=now)
    for copy_id in copy_ids:
        repo.insert_move(tx.conn, {"copy_id": copy_id, "kind": MoveKind.REGISTER.value,
                                   "from_state": "", "to_state": CopyState.REGISTERED.value,
                                   "at": now, "by_user": session.actor,
                                   "basis": draft.incoming_no or draft.basis})
    registration = repo.registration(tx.conn, reg_id)
    assert registration is not None
    return registration


def register_carrier(session: Session, draft: RegistrationDraft) -> Registration:
    """A new registration with its copies in the custody of the registering clerk."""
    today = dt.date.today()
    draft = check_draft(draft, today)
    with action(session, "register.add") as tx:
        require_role(tx.user, *CLERKS)
        require_clearance(tx.user, draft.level, today)
        registration = add_registration(tx, session, draft, custodian_id=tx.user.id)
        tx.object = registration.reg_no
        tx.details = {"level": draft.level.value, "copies": draft.copies,
                      "kind": draft.kind.value, "originator": draft.originator.type.value,
                      "parent": draft.parent_id}
    return registration


@dataclass(frozen=True)
class LevelChange:
    """An earlier level of the registration, changed by a marking-change case."""

    old: Level
    new: Level | None           # None: declassified
    case_number: str
    at: str                     # UTC ISO time of closing the case


@dataclass(frozen=True)
class CopyCard:
    registration: Registration
    copy: Copy
    row: dict
    moves: list[Move]
    derived: Derivation | None
    levels: tuple[LevelChange, ...] = ()
    transfers: dict[int, dict] = field(default_factory=dict)  # dispatch move id -> transfer


def contract_in_force(conn: Connection, user: User, contract_id: object,
                      day: dt.date) -> dict:
    """The row of a contract something new may come under (S001 a.7): visible to the user,
    not ended, not expired on `day`."""
    if not isinstance(contract_id, int) or isinstance(contract_id, bool):
        raise InvalidInput(fields.CONTRACT, str(contract_id))
    row = contract_repo.contract_row(conn, contract_id)
    if row is None or row["top_rank"] > scope_for(user).max_rank:
        raise InvalidInput(fields.CONTRACT, str(contract_id))
    until = stored.day(row["valid_until"])
    if row["ended_on"] is not None or (until is not None and day > until):
        raise InvalidInput(fields.CONTRACT, fields.CONTRACT_ENDED)
    return row


def described_information(conn: Connection, user: User, *, label: str, description: str,
                          level: Level | str | None, registration_id: object,
                          unknown: str = REGISTRATION) -> dict:
    """One entry of a list of classified information (a contract's section, what a visit
    showed): a registration the user may see — its title unless described otherwise, and
    its level — or a description with a level. Stored values, or InvalidInput."""
    if registration_id is not None:
        reg = repo.registration(conn, registration_id) \
            if isinstance(registration_id, int) and not isinstance(registration_id, bool) \
            else None
        if reg is None or reg.level.rank > scope_for(user).max_rank:
            raise InvalidInput(unknown, str(registration_id))
        return {"description": clean_text(label, description or reg.title, max_len=500),
                "level": reg.level.value, "registration_id": reg.id}
    text = clean_text(label, description, max_len=500)
    if level in (None, ""):
        raise InvalidInput(fields.LEVEL, fields.EMPTY)
    found = level if isinstance(level, Level) else Level.parse(str(level))
    return {"description": text, "level": found.value, "registration_id": None}


def check_contract_originator(kind: OriginatorType) -> None:
    """Contracts are between the Parties' authorised bodies: what comes under one was
    received from the Kyrgyz party or made jointly with it."""
    if kind not in (OriginatorType.KYRGYZ, OriginatorType.JOINT):
        raise InvalidInput(fields.CONTRACT, NOT_FROM_PARTY)


def visible_copy(conn: Connection, user: User, copy_id: int) -> dict:
    row = query.row(conn, scope_for(user), copy_id)
    if row is None:
        raise ClearanceInsufficient()
    return row


def card(session: Session, copy_id: int) -> CopyCard:
    """A copy's card with its whole history; viewing it is journalled."""
    with action(session, "register.view_card") as tx:
        row = visible_copy(tx.conn, tx.user, copy_id)
        registration = repo.registration(tx.conn, row["registration_id"])
        copy = repo.copy(tx.conn, copy_id)
        assert registration is not None and copy is not None
        tx.object = f"{registration.reg_no} / {copy.copy_no}"
        history = repo.moves_of(tx.conn, copy_id)
        levels = tuple(LevelChange(Level(h["old_level"]),
                                   Level(h["new_level"]) if h["new_level"] else None,
                                   h["number"], h["at"])
                       for h in marking_repo.history(tx.conn, registration.id))
        abroad = {t["move_id"]: t for t in transfer_repo.of_copy(tx.conn, copy_id)}
    return CopyCard(registration, copy, row, history, registration.derivation, levels, abroad)


def find(session: Session, reg_no: str) -> Registration:
    """A registration by its number, if the user may see it."""
    reg_no = clean_text("registration number", reg_no, max_len=64)
    with action(session, "register.find", reg_no) as tx:
        found = repo.registration_by_no(tx.conn, reg_no)
        if found is None or found.level.rank > scope_for(tx.user).max_rank:
            raise ClearanceInsufficient()
        if scope_for(tx.user).holder_id is not None and not any(
                c.holder_id == tx.user.id for c in repo.copies_of(tx.conn, found.id)):
            raise ClearanceInsufficient()
    return found


class RegisterCursor:
    """The register as one user may see it, filtered and sorted; opened once (journalled),
    then read page by page."""

    def __init__(self, session: Session, flt: query.RegisterFilter, sort: str,
                 descending: bool) -> None:
        if sort not in query.SORT_KEYS:
            raise InvalidInput("sort", sort)
        self.session, self.flt, self.sort, self.descending = session, flt, sort, descending
        self.scope = scope_for(session.user)

    def _scope(self, conn: Connection) -> query.Scope:
        """Re-read on every page: a disabled account or an expired or lowered clearance
        stops showing rows at once, not at the next search."""
        user = user_repo.by_id(conn, self.session.user.id)
        if user is None or not user.active:
            self.scope = query.Scope(max_rank=0, holder_id=self.session.user.id)
        else:
            self.scope = scope_for(user)
        return self.scope

    def fetch(self, after: tuple | None = None, limit: int = 200) -> list[dict]:
        with self.session.store.read() as conn:
            return query.page(conn, self._scope(conn), self.flt, sort=self.sort,
                              descending=self.descending, after=after, limit=limit)

    def count(self) -> int:
        with self.session.store.read() as conn:
            return query.count(conn, self._scope(conn), self.flt)


def check_filter(flt: query.RegisterFilter | None) -> query.RegisterFilter:
    """The filter with its words cleaned and its codes known (an empty code is no filter),
    or InvalidInput: checked before a search, print or export is journalled."""
    flt = flt or query.RegisterFilter()
    for label, value, codes in ((fields.LEVEL, flt.level, Level),
                                (STATE, flt.state, CopyState),
                                (ORIGIN, flt.originator_type, OriginatorType)):
        if value not in (None, "") and value not in {c.value for c in codes}:
            raise InvalidInput(label, str(value)[:40])
    custodian = flt.custodian_id
    if custodian is not None and (isinstance(custodian, bool) or not isinstance(custodian, int)
                                  or not 0 < custodian < 2 ** 63):
        raise InvalidInput(CUSTODIAN, str(custodian)[:40])
    for day in (flt.date_from, flt.date_to):
        if day is not None and (isinstance(day, dt.datetime) or not isinstance(day, dt.date)):
            raise InvalidInput(DATES, fields.WRONG_TYPE)
    words = None if flt.search is None else \
        clean_text("search", flt.search, max_len=200, required=False) or None
    origin = None if flt.originator is None else \
        clean_text(fields.ORGANISATION, flt.originator, max_len=300, required=False) or None
    return replace(flt, search=words, originator=origin)


def open_register(session: Session, flt: query.RegisterFilter | None = None, *,
                  sort: str = "number", descending: bool = False) -> RegisterCursor:
    if sort not in query.SORT_KEYS:     # before the search is journalled as done
        raise InvalidInput("sort", str(sort)[:40])
    flt = check_filter(flt)
    with action(session, "register.search") as tx:
        if register_scope(tx.user, dt.date.today()).levels == ():
            tx.outcome = "empty"
        tx.details = {k: str(v) for k, v in flt.__dict__.items() if v is not None}
        tx.details["sort"] = sort
    return RegisterCursor(session, flt, sort, descending)



# --- lists for the register's forms --------------------------------------------------------

RegisterFilter = query.RegisterFilter   # the UI builds filters without importing the store


def _clerk(conn: Connection, session: Session) -> User:
    """The session's user as stored now; only clerks and the protection head get the lists."""
    current = user_repo.by_id(conn, session.user.id)
    if current is None:
        raise ClearanceInsufficient()
    require_role(current, *CLERKS)   # refuses a disabled account too
    return current


def custodians(session: Session) -> list[tuple[int, str]]:
    """(user id, full name) of the active users who keep copies the caller may see: the
    choices of the register's custodian filter. A plain read (no journal record): names of
    colleagues, no carrier data."""
    with session.store.read() as conn:
        me = _clerk(conn, session)
        scope = scope_for(me)
        out = []
        for person in user_repo.all_users(conn):
            if not person.active:
                continue
            # Keyset on (custodian_id, id): one index seek per person.
            if query.page(conn, scope, query.RegisterFilter(custodian_id=person.id),
                          sort="custodian", limit=1):
                out.append((person.id, person.full_name))
    return sorted(out, key=lambda item: item[1].casefold())


def recipients(session: Session, level: Level) -> list[tuple[str, str]]:
    """(username, full name) of the active users whose clearance covers `level` today: the
    people a copy of that level may be issued to."""
    today = dt.date.today()
    with session.store.read() as conn:
        _clerk(conn, session)
        people = user_repo.all_users(conn)
    return sorted(((p.username, p.full_name) for p in people
                   if p.active and p.clearance is not None and p.clearance.covers(level, today)),
                  key=lambda item: item[1].casefold())


def copy_row(session: Session, copy_id: int) -> dict | None:
    """A copy's register row as the caller may see it now (None: no longer visible); used
    to refresh one row after a move the caller just made (that move is journalled)."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active:
            return None
        return query.row(conn, scope_for(me), copy_id)

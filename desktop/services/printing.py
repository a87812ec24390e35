"""Printing: a print is an audited action; the page footer names its journal record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.carriers import CarrierKind, Copy, Derivation, OriginatorType, Registration
from desktop.domain.errors import (
    AuthenticationFailed,
    ClearanceInsufficient,
    IllegalState,
    InvalidInput,
)
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.reports import copy_card, receipt_confirmation, recovery_sheet, register_extract
from desktop.reports.text import LANGUAGES
from desktop.security import keyfile, recovery
from desktop.services import outputs, register, settings, stored
from desktop.services.keys import WRONG_RECOVERY, kek_from_recovery
from desktop.services.session import Session, action, record_outcome
from desktop.store import meta, register_export
from desktop.store import register as repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection
from desktop.store.register_query import RegisterFilter, Scope

NOT_FOREIGN = QT_TRANSLATE_NOOP(
    "Errors", "a receipt confirmation is printed for carriers received from the other Party")

# The register may hold carriers of every level, so its own key material is handled as the
# highest one until a store setting for the register's marking exists.
STORE_MARKING = Level.OV
PRINT_RECOVERY_SHEET = "print.recovery_sheet"


def recovery_sheet_pdf(session: Session, code: str, lang: str) -> bytes:
    """The recovery-code sheet (administrators only). The code must be the one that opens
    this register: a sheet with a typo would be worse than none.

    The role is checked first (a non-admin never gets to try a code); a code that does not
    open the store is journalled as a failed print and refused. The code never reaches the
    journal. The footer names the print's own journal record and its MAC, captured just
    before the commit (outputs.own_record), so no later writer can shift them; the sheet is
    drawn after the commit, and a drawing failure is journalled too."""
    if lang not in LANGUAGES:
        raise InvalidInput(fields.LANGUAGE, lang)
    store = session.store
    normal = recovery.normalize(code)
    wrong_code = False
    try:
        with action(session, PRINT_RECOVERY_SHEET, store.store_id) as tx:
            require_role(tx.user, Role.ADMIN)
            kf = keyfile.load(store.keyfile_path)  # the slot in force, not the login's copy
            if normal is None or kek_from_recovery(kf, normal) != store.keys.kek:
                wrong_code = True
                raise AuthenticationFailed(message=WRONG_RECOVERY)
            created = meta.get(tx.conn, "created_at") or dt.datetime.now(dt.UTC).isoformat()
            tx.details = {"lang": lang, "marking": STORE_MARKING.value}  # never the code
            record = outputs.own_record(tx)
    except AuthenticationFailed:
        if wrong_code:
            record_outcome(session, PRINT_RECOVERY_SHEET, store.store_id, "failed",
                           {"reason": "the code does not open this store"})
        raise
    sheet = recovery_sheet.RecoverySheet(
        organisation=settings.current(session)["org.name"], store_name=store.path.name,
        store_id=store.store_id, created=stored.moment(created).date(), code=normal,
        marking=STORE_MARKING)
    try:
        return recovery_sheet.render(sheet, lang=lang, printed_by=session.user.short_name,
                                     printed_at=dt.datetime.now(), audit_seq=record.seq,
                                     chain_head=record.mac)
    except Exception as exc:
        record_outcome(session, PRINT_RECOVERY_SHEET, store.store_id, "failed",
                       {"error": type(exc).__name__})
        raise


# --- the register's forms (each printout is registered as a carrier: services/outputs.py) --

MAX_EXTRACT_ROWS = 100_000   # about 4 000 pages; a bigger selection is narrowed first


def extract_row(row: dict) -> register_extract.ExtractRow:
    """A row of store.register_export as the extract prints it."""
    sent = row.get("dispatch_reference") or ""
    return register_extract.ExtractRow(
        reg_no=row["reg_no"], reg_date=stored.day(row["reg_date"]), kind=CarrierKind(row["kind"]),
        title=row["title"], level=Level(row["level"]),
        originator_type=OriginatorType(row["originator_type"]),
        originator=row["originator"] or "", foreign_marking=row["foreign_marking"] or "",
        reference=row["foreign_reference"] or row["incoming_no"] or "",
        reference_date=stored.day(row.get("foreign_reference_date"))
        or stored.day(row["incoming_date"]),
        copies=row.get("copies") or 1, copy_no=row["copy_no"], sheets=row["sheets"],
        state=row["state"], holder=row["holder"] or "", location=row["location"] or "",
        dispatched_to=row.get("dispatch_to") or "", disposal_ref=sent,
        disposal_date=stored.moment(row["dispatch_at"]).date() if sent and row.get("dispatch_at")
        else None)


def visible_rows(session: Session, flt: RegisterFilter, *, sort: str, descending: bool,
                 tick: Callable[[int, int], None]) -> tuple[Scope, list[dict]]:
    """The rows this user may see (the register's one scope filter), for a print or an
    export; refuses an empty or oversized selection before anything is registered."""
    scope = register.scope_for(session.user)
    with session.store.read() as conn:
        total = outputs.selection_size(conn, scope, flt, sort, limit=MAX_EXTRACT_ROWS)
        tick(0, total)
        rows = register_export.rows(conn, scope, flt, sort=sort, descending=descending,
                                    on_batch=lambda n: tick(n, total))
    if not rows:
        raise IllegalState(outputs.NOTHING)
    return scope, rows


def register_extract_pdf(session: Session, flt: RegisterFilter | None, lang: str | None,
                         sort: str = "number", *, descending: bool = False,
                         progress: Callable[[int, int], bool] | None = None) -> bytes:
    """The printed extract of what this user sees of the register (filtered, sorted). The
    printout is registered (paper, one copy, the highest level of its rows) before it is
    drawn; its number, marking and journal record are printed on every page.
    `progress(done, total)`: reading rows, then drawing pages; False cancels."""
    lang = outputs.print_language(session, lang)
    flt = outputs.clean_filter(flt)
    tick = outputs.ticker(progress)
    scope, rows = visible_rows(session, flt, sort=sort, descending=descending,
                               tick=lambda n, total: tick(n, 2 * total))
    extract = [extract_row(r) for r in rows]
    level = register_extract.highest_level(extract)
    plan = register_extract.layout(extract, lang,
                                   organisation=settings.current(session)["org.name"],
                                   as_of=dt.date.today())
    parents = {r["registration_id"] for r in rows}
    title = register_extract.registration_title(lang, len(extract))
    with action(session, "print.register_extract") as tx:
        if register.scope_for(tx.user) != scope:  # clearance or roles changed meanwhile
            raise ClearanceInsufficient()
        printout = outputs.register_output(
            tx, session, title=title, level=level, derivation=Derivation.PRINTOUT,
            parent_id=next(iter(parents)) if len(parents) == 1 else None,
            sheets=len(plan.pages))
        tx.object = printout.reg_no
        tx.details = {"rows": len(extract), "level": level.value, "lang": lang,
                      "pages": len(plan.pages), "sort": sort, "descending": descending,
                      "filter": outputs.filter_details(flt)}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, level, printout.reg_no, record, title)
    total = len(extract)
    pages = max(len(plan.pages), 1)
    return outputs.produce(session, "print.register_extract", printout.reg_no, lambda: (
        register_extract.render(plan, info, on_page=lambda done, _m: tick(
            total + total * done // pages, 2 * total))))


def _card_data(conn: Connection, row: dict, registration: Registration,
               copy: Copy) -> copy_card.CopyCardData:
    names: dict[str, str] = {}

    def name(username: str) -> str:
        if username not in names:
            found = user_repo.by_name(conn, username)
            names[username] = found.full_name if found else username
        return names[username]

    moves, sent_to = [], ""
    for move in repo.moves_of(conn, copy.id):
        basis = ", ".join(p for p in dict.fromkeys((move.basis, move.reference)) if p)
        moves.append(copy_card.CardMove(at=stored.moment(move.at), from_state=move.from_state,
                                        to_state=move.to_state,
                                        to_whom=move.to_user or move.to_org,
                                        channel=move.channel, basis=basis,
                                        recorded_by=name(move.by_user)))
        sent_to = move.to_org or sent_to
    origin = registration.originator
    return copy_card.CopyCardData(
        reg_no=registration.reg_no, reg_date=registration.reg_date, kind=registration.kind,
        title=registration.title, level=registration.level, copy_no=copy.copy_no,
        copies=registration.copies, sheets=copy.sheets or registration.sheets,
        originator_type=origin.type, originator=origin.name,
        foreign_marking=origin.foreign_marking,
        reference=origin.reference or registration.incoming_no,
        reference_date=origin.reference_date or registration.incoming_date,
        custodian=row["custodian"] or "", state=copy.state.value, holder=row["holder"] or "",
        location=copy.location, dispatched_to=sent_to, moves=moves)


def copy_card_pdf(session: Session, copy_id: int, lang: str | None) -> bytes:
    """A copy's card with every move, for a user who may see the copy; registered as a
    printout derived from the copy's registration."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.copy_card") as tx:
        row = register.visible_copy(tx.conn, tx.user, copy_id)
        registration = repo.registration(tx.conn, row["registration_id"])
        copy = repo.copy(tx.conn, copy_id)
        assert registration is not None and copy is not None
        card = _card_data(tx.conn, row, registration, copy)
        title = copy_card.registration_title(lang, registration.reg_no, copy.copy_no)
        printout = outputs.register_form(tx, session, lang, registration, title,
                                  lambda info: copy_card.render(card, info))
        tx.details = {"copy": f"{registration.reg_no} / {copy.copy_no}", "lang": lang,
                      "level": registration.level.value}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, registration.level, printout.reg_no, record, title)
    return outputs.produce(session, "print.copy_card", printout.reg_no,
                           lambda: copy_card.render(card, info))


def receipt_confirmation_pdf(session: Session, registration_id: int, lang: str | None) -> bytes:
    """The confirmation of receipt to the Party that sent the carriers (S001 a.5 p.3),
    printed by a clerk; registered as a printout derived from the registration."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.receipt_confirmation") as tx:
        require_role(tx.user, *register.CLERKS)
        registration = repo.registration(tx.conn, registration_id)
        if registration is None or \
                registration.level.rank > register.scope_for(tx.user).max_rank:
            raise ClearanceInsufficient()
        origin = registration.originator
        if not origin.type.foreign:
            raise IllegalState(NOT_FOREIGN)
        doc = receipt_confirmation.ReceiptConfirmation(
            addressee=origin.name, reference=origin.reference,
            reference_date=origin.reference_date,
            received=registration.incoming_date or registration.reg_date,
            reg_no=registration.reg_no,
            carriers=[receipt_confirmation.ReceivedCarrier(
                reg_no=registration.reg_no, copy_no=c.copy_no, title=registration.title,
                foreign_marking=origin.foreign_marking, level=registration.level,
                sheets=c.sheets or registration.sheets)
                for c in repo.copies_of(tx.conn, registration.id)],
            signer_position=tx.user.position, signer_name=tx.user.short_name,
            signed=dt.date.today())
        title = receipt_confirmation.registration_title(lang, registration.reg_no)
        printout = outputs.register_form(tx, session, lang, registration, title,
                                  lambda info: receipt_confirmation.render(doc, info))
        tx.details = {"registration": registration.reg_no, "lang": lang,
                      "level": registration.level.value}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, registration.level, printout.reg_no, record, title)
    return outputs.produce(session, "print.receipt_confirmation", printout.reg_no,
                           lambda: receipt_confirmation.render(doc, info))


# The forms of marking-change cases and copy requests (SPEC §3–4) live in case_forms.py.
from desktop.services.case_forms import copy_request_pdf, marking_act_pdf  # noqa: E402

__all__ = [
    "copy_card_pdf",
    "copy_request_pdf",
    "marking_act_pdf",
    "receipt_confirmation_pdf",
    "recovery_sheet_pdf",
    "register_extract_pdf",
]

"""Reading a dossier, its files (kept inside the encrypted store with their SHA-256, every
opening journalled) and the printed conclusion (seed 000 p.11), registered as a carrier."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain.access import require_role
from desktop.domain.carriers import Derivation
from desktop.domain.damage import RANGES
from desktop.domain.dossier import BasisKind, CommissionKind, DossierState, Role, Variant
from desktop.domain.errors import IllegalState, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.domain.marking import days_left
from desktop.domain.people import short_name
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.reports import conclusion as form
from desktop.reports.register_extract import page_count
from desktop.services import outputs, settings, stored
from desktop.services.dossiers import READERS, sees_all, visible
from desktop.services.register import CLERKS, scope_for
from desktop.services.session import Session, action
from desktop.store import dossiers as repo
from desktop.store import register as register_repo
from desktop.store import users as user_repo

FILE = QT_TRANSLATE_NOOP("Errors", "file")
FILES_CLOSED = QT_TRANSLATE_NOOP(
    "Errors", "files are added until the conclusion is signed")
MAX_FILE = 50 * 2**20          # a scan of many pages; bigger files are split by the clerk
KINDS = ("material", "calculation", "order", "other")


@dataclass(frozen=True)
class Participant:
    id: int
    user_id: int | None
    username: str
    name: str
    position: str
    organisation: str
    role: Role
    protection_unit: bool
    clearance_form: int | None
    absent: bool
    signed: str                    # "program" | "paper" | ""
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class Dossier:
    id: int
    number: str
    variant: Variant
    state: DossierState
    incident_number: str
    party_involved: bool
    basis_kind: BasisKind
    basis_reference: str
    basis_date: dt.date | None
    assigned_on: dt.date
    materials_received: dt.date
    commission_kind: CommissionKind
    expert_order: str
    deadline: dt.date | None
    level: Level | None
    no_state_secrets: bool
    content: str
    amount_mci: Decimal | None
    amount_tenge: Decimal | None
    mci_value: int | None
    mci_date: dt.date | None
    methodology: str
    owner: str
    participants: tuple[Participant, ...]
    indicators: tuple[tuple[int, Decimal, str], ...]
    files: tuple[dict, ...]
    top: Level
    row: dict                      # everything stored, for the conclusion

    def days_left(self, today: dt.date) -> int | None:
        return None if self.deadline is None else days_left(self.deadline, today)


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value else None


def dossier_in(conn, user, dossier_id: int) -> Dossier:
    row = visible(conn, user, dossier_id)
    for key in ("approved_by", "assigned_by"):       # shown by name, stored by account
        person = user_repo.by_name(conn, row[key]) if row[key] else None
        row[f"{key}_name"] = person.full_name if person else (row[key] or "")
    people = tuple(Participant(
        id=p["id"], user_id=p["user_id"], username=p["username"] or "", name=p["name"],
        position=p["position"], organisation=p["organisation"], role=Role(p["role"]),
        protection_unit=bool(p["protection_unit"]), clearance_form=p["clearance_form"],
        absent=bool(p["absent"]), signed=p["signed"] or "",
        signed_at=stored.moment(p["signed_at"])) for p in repo.participants(conn, dossier_id))
    return Dossier(
        id=row["id"], number=row["number"], variant=Variant(row["variant"]),
        state=DossierState(row["state"]), incident_number=row["incident_number"] or "",
        party_involved=bool(row["party_involved"]), basis_kind=BasisKind(row["basis_kind"]),
        basis_reference=row["basis_reference"], basis_date=stored.day(row["basis_date"]),
        assigned_on=stored.day(row["assigned_on"]),
        materials_received=stored.day(row["materials_received"]),
        commission_kind=CommissionKind(row["commission_kind"]),
        expert_order=row["expert_order"], deadline=stored.day(row["deadline"]),
        level=Level(row["level"]) if row["level"] else None,
        no_state_secrets=bool(row["no_state_secrets"]), content=row["content"],
        amount_mci=_decimal(row["amount_mci"]), amount_tenge=_decimal(row["amount_tenge"]),
        mci_value=row["mci_value"], mci_date=stored.day(row["mci_date"]),
        methodology=row["methodology"], owner=row["owner"], participants=people,
        indicators=tuple((i["number"], Decimal(i["amount_tenge"]), i["justification"])
                         for i in repo.indicators(conn, dossier_id)),
        files=tuple(repo.files(conn, dossier_id)),
        top=next(lv for lv in Level if lv.rank == row["top_rank"]), row=row)


def dossier(session: Session, dossier_id: int) -> Dossier:
    with action(session, "dossier.view") as tx:
        require_role(tx.user, *READERS)
        found = dossier_in(tx.conn, tx.user, dossier_id)
        tx.object = found.number
        return found


def dossiers(session: Session) -> list[Dossier]:
    """The dossiers the user may read: all within the clearance for clerks and heads, the
    ones on whose commission they sit for everybody else."""
    with action(session, "dossier.list") as tx:
        require_role(tx.user, *READERS)
        ids = repo.dossier_ids(tx.conn, max_rank=scope_for(tx.user).max_rank,
                               member_id=None if sees_all(tx.user) else tx.user.id)
        found = [dossier_in(tx.conn, tx.user, i) for i in ids]
        tx.details = {"rows": len(found)}
    return found


def add_file(session: Session, dossier_id: int, name: str, data: bytes,
             kind: str = "material") -> int:
    """A scan or file of the materials, calculations or orders, kept inside the store."""
    name = clean_text(FILE, name, max_len=200)
    if kind not in KINDS:
        raise InvalidInput(FILE, kind)
    if not isinstance(data, bytes) or not 0 < len(data) <= MAX_FILE:
        raise InvalidInput(FILE, str(len(data) if isinstance(data, bytes) else 0))
    with action(session, "dossier.file_add") as tx:
        require_role(tx.user, *CLERKS, *READERS)
        row = visible(tx.conn, tx.user, dossier_id)
        if DossierState(row["state"]) in (DossierState.SIGNED, DossierState.APPROVED,
                                          DossierState.CLOSED):
            raise IllegalState(FILES_CLOSED)      # the conclusion was signed on these files
        digest = hashlib.sha256(data).hexdigest()
        file_id = repo.add_file(tx.conn, {
            "dossier_id": dossier_id, "name": name, "kind": kind, "size": len(data),
            "sha256": digest, "content": data, "added_at": register_repo.today_iso(),
            "added_by": session.actor})
        tx.object = row["number"]
        tx.details = {"file": name, "size": len(data), "sha256": digest}
    return file_id


def open_file(session: Session, file_id: int) -> tuple[str, bytes]:
    """(name, content) of a file, for someone who may read its dossier; journalled, and
    refused if the content no longer matches its hash."""
    with action(session, "dossier.file_open") as tx:
        found = repo.file_content(tx.conn, file_id)
        if found is None:
            raise NotFound(str(file_id))
        row = visible(tx.conn, tx.user, found["dossier_id"])
        content = bytes(found["content"])
        if hashlib.sha256(content).hexdigest() != found["sha256"]:
            raise InvalidInput(FILE, found["name"])
        tx.object = row["number"]
        tx.details = {"file": found["name"], "sha256": found["sha256"]}
    return found["name"], content


def _conclusion(session: Session, d: Dossier) -> form.Conclusion:
    values, row = settings.current(session), d.row
    low, high = RANGES[d.level] if d.level and not row["methodology"] else (None, None)
    return form.Conclusion(
        number=d.number, place=row["place"],
        made_at=stored.moment(row["assessed_at"]) or dt.datetime.now().replace(microsecond=0),
        head_position=values["org.head_position"], head_name=values["org.head_name"],
        approved=stored.day(row["approved_at"]), agreement_body=row["agreement_body"],
        agreement_reference=row["agreement_reference"],
        agreement_date=stored.day(row["agreement_date"]),
        commission_kind=d.commission_kind.value, expert_order=d.expert_order,
        expert_order_date=stored.day(row["expert_order_date"]),
        participants=[form.Participant(
            role=p.role.value, position=p.position, name=short_name(p.name),
            organisation=p.organisation, signed=p.signed, signed_at=p.signed_at,
            absent=p.absent) for p in d.participants],
        basis_kind=d.basis_kind.value, basis_reference=d.basis_reference,
        basis_date=d.basis_date, materials_received=d.materials_received, content=d.content,
        level=d.level, indicators=[form.Indicator(n, a, j) for n, a, j in d.indicators],
        methodology=row["methodology"], methodology_body=row["methodology_body"],
        range_low_mci=low, range_high_mci=high, single_copy=bool(row["single_copy"]),
        mci=d.mci_value, mci_date=d.mci_date, mci_override=row["mci_override"],
        amount_mci=d.amount_mci, amount_tenge=d.amount_tenge,
        kyrgyz_reference=row["party_reference"], kyrgyz_amount=row["party_amount"],
        kyrgyz_currency=row["party_currency"], other_matters=row["other_matters"],
        owner=d.owner, owner_read=stored.day(row["owner_read_on"]))


def conclusion_pdf(session: Session, dossier_id: int, lang: str | None) -> bytes:
    """The conclusion (p.11), registered as a printout at the level of the information."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.conclusion") as tx:
        require_role(tx.user, *READERS)
        d = dossier_in(tx.conn, tx.user, dossier_id)
        doc = _conclusion(session, d)
        level = max(form.marking_level(doc), d.top, key=lambda lv: lv.rank)
        title = form.registration_title(lang, d.number)
        # Its sheets: laid out once with placeholders for the numbers known only after.
        probe = replace(outputs.frame_info(session, lang, level, "", outputs.JournalRecord(),
                                           title),
                        registration_no="0000000/0000", audit_seq=999_999_999)
        printout = outputs.register_output(
            tx, session, title=title, level=level, derivation=Derivation.PRINTOUT,
            parent_id=None, sheets=page_count(form.render(doc, probe)))
        tx.object = printout.reg_no
        tx.details = {"dossier": d.number, "lang": lang}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, printout.level, printout.reg_no, record, title)
    return outputs.produce(session, "print.conclusion", printout.reg_no,
                           lambda: form.render(doc, info))


def open_deadlines(session: Session) -> list[Dossier]:
    """Open dossiers with a deadline, for the start page: a plain read (the start page is
    refreshed often; opening a dossier is what the journal records)."""
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        if me is None or not me.active or not me.has_role(*READERS):
            return []
        ids = repo.dossier_ids(conn, max_rank=scope_for(me).max_rank,
                               member_id=None if sees_all(me) else me.id)
        found = [dossier_in(conn, me, i) for i in ids]
    return [d for d in found if d.deadline is not None and d.state is not DossierState.CLOSED]

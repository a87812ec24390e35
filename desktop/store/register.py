"""The register's tables: numbering, registrations, copies, moves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from desktop.domain.carriers import (
    CarrierKind,
    Copy,
    CopyState,
    Derivation,
    Move,
    Originator,
    OriginatorType,
    Registration,
)
from desktop.domain.levels import Level
from desktop.store.schema import copies, moves, registrations, users


def allocate_number(conn: Connection, journal: str, year: int) -> int:
    """The next number of the journal and year, in the caller's transaction: a rolled-back
    registration rolls the counter back too, so numbers are neither reused nor skipped."""
    return conn.execute(text(
        "INSERT INTO reg_numbers(journal, year, last) VALUES (:j, :y, 1) "
        "ON CONFLICT(journal, year) DO UPDATE SET last = last + 1 RETURNING last"),
        {"j": journal, "y": year}).scalar_one()


def last_number(conn: Connection, journal: str, year: int) -> int:
    return conn.execute(text("SELECT last FROM reg_numbers WHERE journal = :j AND year = :y"),
                        {"j": journal, "y": year}).scalar() or 0


def insert_registration(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(registrations).values(**values)).inserted_primary_key[0])


def insert_copies(conn: Connection, registration_id: int, first_no: int, count: int, *,
                  custodian_id: int | None, location: str, sheets: int | None,
                  now: str) -> list[int]:
    ids = []
    for copy_no in range(first_no, first_no + count):
        ids.append(int(conn.execute(insert(copies).values(
            registration_id=registration_id, copy_no=copy_no, state=CopyState.REGISTERED.value,
            custodian_id=custodian_id, holder_id=None, location=location, sheets=sheets,
            updated_at=now)).inserted_primary_key[0]))
    return ids


def next_copy_no(conn: Connection, registration_id: int) -> int:
    return (conn.execute(text("SELECT max(copy_no) FROM copies WHERE registration_id = :r"),
                         {"r": registration_id}).scalar() or 0) + 1


def _registration(row) -> Registration:
    return Registration(
        id=row.id, reg_no=row.reg_no, journal=row.journal, year=row.year, number=row.number,
        reg_date=row.reg_date, kind=CarrierKind(row.kind), title=row.title,
        level=Level(row.level), basis=row.basis, review_date=row.review_date,
        originator=Originator(OriginatorType(row.originator_type), row.originator,
                              row.foreign_marking, row.foreign_reference,
                              row.foreign_reference_date),
        incoming_no=row.incoming_no, incoming_date=row.incoming_date, sheets=row.sheets,
        medium_serial=row.medium_serial, medium_capacity=row.medium_capacity, copies=row.copies,
        parent_id=row.parent_id,
        derivation=Derivation(row.derivation) if row.derivation else None,
        purpose=row.purpose, contract=row.contract, notes=row.notes, created_by=row.created_by,
        contract_id=row.contract_id)


def _copy(row) -> Copy:
    return Copy(id=row.id, registration_id=row.registration_id, copy_no=row.copy_no,
                state=CopyState(row.state), custodian_id=row.custodian_id,
                holder_id=row.holder_id, location=row.location, sheets=row.sheets)


def registration(conn: Connection, registration_id: int) -> Registration | None:
    row = conn.execute(select(registrations).where(registrations.c.id == registration_id)).first()
    return _registration(row) if row else None


def registration_by_no(conn: Connection, reg_no: str) -> Registration | None:
    row = conn.execute(select(registrations).where(registrations.c.reg_no == reg_no)).first()
    return _registration(row) if row else None


def copy(conn: Connection, copy_id: int) -> Copy | None:
    row = conn.execute(select(copies).where(copies.c.id == copy_id)).first()
    return _copy(row) if row else None


def copies_of(conn: Connection, registration_id: int) -> list[Copy]:
    rows = conn.execute(select(copies).where(copies.c.registration_id == registration_id)
                        .order_by(copies.c.copy_no))
    return [_copy(r) for r in rows]


def set_copy_state(conn: Connection, copy_id: int, state: CopyState, *, holder_id: int | None,
                   now: str, location: str | None = None) -> None:
    values: dict[str, Any] = {"state": state.value, "holder_id": holder_id, "updated_at": now}
    if location is not None:
        values["location"] = location
    conn.execute(update(copies).where(copies.c.id == copy_id).values(**values))


def insert_move(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(moves).values(**values)).inserted_primary_key[0])


def moves_of(conn: Connection, copy_id: int) -> list[Move]:
    to_user = users.alias("to_user")
    rows = conn.execute(
        select(moves, to_user.c.full_name.label("to_name"))
        .select_from(moves.outerjoin(to_user, to_user.c.id == moves.c.to_user_id))
        .where(moves.c.copy_id == copy_id).order_by(moves.c.id))
    return [Move(id=r.id, copy_id=r.copy_id, kind=r.kind, from_state=r.from_state,
                 to_state=r.to_state, at=r.at, by_user=r.by_user, to_user=r.to_name or "",
                 to_org=r.to_org, channel=r.channel, basis=r.basis, reference=r.reference)
            for r in rows]


def derived_from(conn: Connection, registration_id: int) -> list[int]:
    """Registrations derived (directly or not) from this one."""
    rows = conn.execute(text(
        "WITH RECURSIVE d(id) AS (SELECT id FROM registrations WHERE parent_id = :r "
        "UNION SELECT r.id FROM registrations r JOIN d ON r.parent_id = d.id) SELECT id FROM d"),
        {"r": registration_id})
    return [r[0] for r in rows]


def today_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

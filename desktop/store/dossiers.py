"""Damage-assessment dossiers: the dossier, its participants, indicators and files."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from desktop.store import rows


def insert(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "dossiers", values)


def update(conn: Connection, dossier_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "dossiers", dossier_id, values)


def dossier(conn: Connection, dossier_id: int) -> dict[str, Any] | None:
    return rows.one(conn, """SELECT d.*, i.number AS incident_number, i.kind AS incident_kind,
        i.party_involved FROM dossiers d LEFT JOIN incidents i ON i.id = d.incident_id
        WHERE d.id = :id""", id=dossier_id)


def dossier_ids(conn: Connection, *, max_rank: int, member_id: int | None) -> list[int]:
    """Open dossiers by deadline, then closed ones newest first; with `member_id`, only
    those on whose commission the user sits."""
    member = (" AND id IN (SELECT dossier_id FROM dossier_participants WHERE user_id = :m)"
              if member_id is not None else "")
    return [r["id"] for r in rows.many(
        conn, f"SELECT id FROM dossiers WHERE top_rank <= :rank{member} "
              f"ORDER BY state = 'closed', deadline IS NULL, deadline, id DESC LIMIT 10000",
        rank=max_rank, m=member_id)]


def participants(conn: Connection, dossier_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, """SELECT p.*, u.username FROM dossier_participants p
        LEFT JOIN users u ON u.id = p.user_id WHERE p.dossier_id = :id ORDER BY
        CASE p.role WHEN 'chair' THEN 0 WHEN 'deputy_chair' THEN 1 WHEN 'member' THEN 2
        WHEN 'secretary' THEN 3 ELSE 4 END, p.id""", id=dossier_id)


def add_participant(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "dossier_participants", values)


def update_participant(conn: Connection, dossier_id: int, participant_id: int,
                       values: dict[str, Any]) -> int:
    """Change a participant of this dossier; 0 when it is not one of its participants."""
    sets = ", ".join(f"{c} = :{c}" for c in values)
    return rows.execute(conn, f"UPDATE dossier_participants SET {sets} WHERE id = :_p AND "
                              f"dossier_id = :_d", **values, _p=participant_id, _d=dossier_id)


def remove_participant(conn: Connection, dossier_id: int, participant_id: int) -> int:
    return rows.execute(conn, "DELETE FROM dossier_participants WHERE id = :p AND "
                              "dossier_id = :d", p=participant_id, d=dossier_id)


def clear_signatures(conn: Connection, dossier_id: int) -> None:
    rows.execute(conn, "UPDATE dossier_participants SET signed = NULL, signed_at = NULL, "
                       "recorded_by = NULL WHERE dossier_id = :d", d=dossier_id)


def indicators(conn: Connection, dossier_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT number, amount_tenge, justification FROM "
                           "dossier_indicators WHERE dossier_id = :d ORDER BY number",
                     d=dossier_id)


def put_indicator(conn: Connection, dossier_id: int, number: int, amount: str,
                  justification: str) -> None:
    rows.execute(conn, "INSERT INTO dossier_indicators(dossier_id, number, amount_tenge, "
                       "justification) VALUES (:d, :n, :a, :j) ON CONFLICT(dossier_id, number) "
                       "DO UPDATE SET amount_tenge = :a, justification = :j",
                 d=dossier_id, n=number, a=amount, j=justification)


def remove_indicator(conn: Connection, dossier_id: int, number: int) -> int:
    return rows.execute(conn, "DELETE FROM dossier_indicators WHERE dossier_id = :d AND "
                              "number = :n", d=dossier_id, n=number)


def add_file(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "dossier_files", values)


def files(conn: Connection, dossier_id: int) -> list[dict[str, Any]]:
    return rows.many(conn, "SELECT id, name, kind, size, sha256, added_at, added_by FROM "
                           "dossier_files WHERE dossier_id = :d ORDER BY id", d=dossier_id)


def file_content(conn: Connection, file_id: int) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT id, dossier_id, name, sha256, content FROM dossier_files "
                          "WHERE id = :f", f=file_id)


def incident_level(conn: Connection, incident_id: int) -> int:
    return int((rows.one(conn, "SELECT top_rank FROM incidents WHERE id = :i",
                         i=incident_id) or {"top_rank": 0})["top_rank"])


def incident_copies(conn: Connection, incident_id: int) -> int:
    """How many copies the registration of each lost copy had: 1 means a single-copy
    document (p.10); the largest count when several copies are listed."""
    row = rows.one(conn, """SELECT max(r.copies) AS n FROM incident_copies x
        JOIN copies c ON c.id = x.copy_id JOIN registrations r ON r.id = c.registration_id
        WHERE x.incident_id = :i""", i=incident_id)
    return int(row["n"] or 0) if row else 0

"""Acknowledgements of the kill drill: what the writing process saw committed, and the check
that each one is still in the store after the kill.

The writing process appends one JSON line per service call that RETURNED (flushed and
fsynced), with the identifiers to look the change up and the journal record it made (seq and
MAC of the journal head just after the call). A change acknowledged but missing afterwards is
a lost commit. A line cut off by the kill was never acknowledged and is not counted.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop.security.keyfile import KeyFile
from desktop.store.engine import connect_raw

# op -> the journal action its record must carry
ACTIONS = {
    "register": "register.add",
    "issue": "copy.issue",
    "return": "copy.return",
    "dispatch": "copy.dispatch",
    "confirm_receipt": "copy.confirm_receipt",
    "execute": "destruction.execute",
    "lock": "auth.lock",
    "unlock": "auth.unlock",
    "view_card": "register.view_card",
    "rekey": "store.rekey",
}


def write(out: IO[bytes], record: dict[str, Any]) -> None:
    """One acknowledgement, on disk before the writing process goes on."""
    out.write((json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
    out.flush()
    os.fsync(out.fileno())


def begin(out: IO[bytes], op: str) -> None:
    """A note that a call starts (not synced: only to tell where the kill landed)."""
    out.write((json.dumps({"begin": op}) + "\n").encode("utf-8"))


def read(path: Path) -> tuple[list[dict[str, Any]], str]:
    """The complete acknowledgements of an ack file (the last line may have been cut by the
    kill), and the call under way when it was killed."""
    if not path.exists():
        return [], "login"
    out, under_way = [], "login"
    for line in path.read_bytes().split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # empty, or cut off mid-write: never acknowledged
        if "begin" in record:
            under_way = record["begin"]
        else:
            out.append(record)
            under_way = "between calls"
    return out, under_way


@dataclass
class StoreView:
    """What the store holds now, read in a few bulk queries."""

    journal: dict[int, tuple[str, str]] = field(default_factory=dict)   # seq -> (mac, action)
    registrations: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> reg_no, n
    copies: dict[int, tuple[int, str, int | None]] = field(default_factory=dict)
    moves: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # copy, kind, to
    last_move: dict[int, int] = field(default_factory=dict)   # copy id -> its latest move id
    acts: dict[int, str] = field(default_factory=dict)        # act id -> state
    generation: int = 0

    @classmethod
    def read(cls, path: Path, store_key: bytes, keyfile: KeyFile) -> StoreView:
        view = cls(generation=keyfile.generation)
        conn = connect_raw(path, store_key, read_only=True)
        try:
            view.journal = {seq: (bytes(mac).hex(), action) for seq, mac, action in
                            conn.execute("SELECT seq, mac, action FROM audit_event")}
            view.registrations = {i: (no, n) for i, no, n in
                                  conn.execute("SELECT id, reg_no, copies FROM registrations")}
            view.copies = {i: (reg, state, holder) for i, reg, state, holder in conn.execute(
                "SELECT id, registration_id, state, holder_id FROM copies")}
            for move_id, copy_id, kind, to_state in conn.execute(
                    "SELECT id, copy_id, kind, to_state FROM moves ORDER BY id"):
                view.moves[move_id] = (copy_id, kind, to_state)
                view.last_move[copy_id] = move_id
            view.acts = dict(conn.execute("SELECT id, state FROM destruction_acts"))
        finally:
            conn.close()
        return view

    def approved_acts(self) -> int:
        return sum(1 for state in self.acts.values() if state == "approved")


def missing(view: StoreView, ack: dict[str, Any]) -> str | None:
    """Why an acknowledged change is not in the store, or None when it is."""
    op = ack.get("op")
    if op not in ACTIONS:
        return f"unknown acknowledgement {op!r}"
    record = view.journal.get(int(ack["seq"]))
    if record is None:
        return f"journal record {ack['seq']} missing"
    if record != (ack["mac"], ACTIONS[op]):
        return f"journal record {ack['seq']} is {record[1]} with another MAC"
    if op == "register":
        return _registration(view, ack)
    if op in ("issue", "return", "dispatch", "confirm_receipt"):
        return _move(view, ack)
    if op == "execute":
        if view.acts.get(ack["act"]) != "executed":
            return f"act {ack['act']} is {view.acts.get(ack['act'])}, not executed"
        for copy_id in ack["copies"]:
            if copy_id not in view.copies or view.copies[copy_id][1] != "destroyed":
                return f"copy {copy_id} of act {ack['act']} not destroyed"
    if op == "rekey" and view.generation < ack["generation"]:
        return f"key file at generation {view.generation}, rekey acknowledged " \
               f"generation {ack['generation']}"
    return None


def _registration(view: StoreView, ack: dict[str, Any]) -> str | None:
    found = view.registrations.get(ack["reg_id"])
    if found is None or found[0] != ack["reg_no"]:
        return f"registration {ack['reg_no']} (id {ack['reg_id']}) missing"
    if found[1] != len(ack["copies"]):
        return f"registration {ack['reg_no']} has {found[1]} copies, acknowledged " \
               f"{len(ack['copies'])}"
    for copy_id in ack["copies"]:
        if view.copies.get(copy_id, (None,))[0] != ack["reg_id"]:
            return f"copy {copy_id} of {ack['reg_no']} missing"
    return None


def _move(view: StoreView, ack: dict[str, Any]) -> str | None:
    copy_id, move_id = ack["copy"], ack["move"]
    found = view.moves.get(move_id)
    if found != (copy_id, ack["op"], ack["state"]):
        return f"move {move_id} ({ack['op']} of copy {copy_id} to {ack['state']}) missing"
    if view.last_move.get(copy_id) == move_id:
        # Nothing moved the copy since: it must be where this move put it.
        _, state, holder = view.copies[copy_id]
        if (state, holder) != (ack["state"], ack["holder"]):
            return f"copy {copy_id} is {state} held by {holder}, acknowledged " \
                   f"{ack['state']} held by {ack['holder']}"
    return None


"""Appending to the audit journal and keeping its head anchored outside the store."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import (
    AuditWriteFailed,
    Label,
    StoreError,
    StoreRolledBack,
    StoreTampered,
)
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import audit_chain, workstation
from desktop.security.workstation import KeystoreUnavailable
from desktop.store import audit
from desktop.store.engine import translate_db_error

if TYPE_CHECKING:
    from desktop.services.session import OpenStore
    from desktop.store.engine import Connection

ANCHOR_EVERY = 200
_SECRET_WORDS = ("password", "passphrase", "secret", "recovery_code", "raw_key", "store_key")


def _check_details(details: dict[str, Any]) -> str:
    for key in details:
        if any(word in key.lower() for word in _SECRET_WORDS):
            raise AuditWriteFailed(f"refused to journal a secret field {key!r}")
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def append(conn: Connection, store: OpenStore, *, actor: str, action: str, obj: str = "",
           outcome: str = "ok", details: dict[str, Any] | None = None) -> int:
    """Write one record in the caller's transaction; the caller's action fails with it."""
    try:
        last = audit.head(conn)
        seq, prev = (last[0] + 1, last[1]) if last else (1, audit_chain.GENESIS)
        ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        text = _check_details(details or {})
        record = {"seq": seq, "ts": ts, "actor": actor[:64], "workstation": store.workstation,
                  "action": action, "object": obj[:200], "outcome": outcome, "details": text}
        body = audit_chain.body(seq, ts, record["actor"], store.workstation, action,
                                record["object"], outcome, text)
        record["mac"] = audit_chain.mac(store.keys.chain_key, prev, body)
        audit.append(conn, record)
    except AuditWriteFailed:
        raise
    except Exception as exc:
        typed = translate_db_error(exc)
        if isinstance(typed, StoreTampered):  # a damaged page, not a refused record
            from desktop.services import security_events  # (import cycle)
            security_events.note_damage(store.path, typed, found_by="write")
            raise typed from exc
        raise AuditWriteFailed(type(exc).__name__) from exc
    store.unanchored += 1
    return seq


def anchor_record(store: OpenStore, seq: int, mac: bytes) -> dict[str, Any]:
    return {"seq": seq, "mac": mac.hex(),
            "tag": audit_chain.anchor_tag(store.keys.chain_key, seq, mac)}


def write_anchor(store: OpenStore) -> None:
    """Remember the journal head outside the store: in the key file always, and in the OS
    keyring when bound. Called after commits, never inside a transaction."""
    from desktop.services.keys import update_keyfile

    with store.read() as conn:
        last = audit.head(conn)
    if last is None:
        return
    record = anchor_record(store, *last)

    def put(kf) -> None:
        kf.anchor = record
    store.keyfile = update_keyfile(store.keyfile_path, put)
    if store.keyfile.bound and store.keystore is not None:
        try:
            store.keystore.set(workstation.anchor_name(store.store_id), json.dumps(record))
        except KeystoreUnavailable:
            store.anchor_warning = True
    store.unanchored = 0


KEY_FILE = "key file"
KEYRING = "keyring"
_SOURCE_LABELS = {
    KEY_FILE: Label("Errors", QT_TRANSLATE_NOOP("Errors", "its key file")),
    KEYRING: Label("Errors", QT_TRANSLATE_NOOP("Errors", "the workstation's keyring")),
}
BEHIND_KEY_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The store was replaced by an older copy: its journal ends at record %1, its key file remembers record %2. Inform the auditor.")  # noqa: E501
BESIDE = QT_TRANSLATE_NOOP(
    "Errors", "The store's journal does not match the one remembered by %3: its record %2 differs (the journal ends at record %1). The store was replaced or its journal was changed. Inform the auditor.")  # noqa: E501
INVALID_HEAD = QT_TRANSLATE_NOOP(
    "Errors", "The journal head remembered by %3 is not valid for this store: it was changed, or the store was replaced. Inform the auditor.")  # noqa: E501


@dataclass(frozen=True)
class HeadMismatch:
    """Where the store's journal and a remembered head part: the head remembered by `source`
    (record `expected_seq`) and the store's last record (`found_seq`, None when unknown).
    `kind`: "behind" (the store lacks the record), "beside" (a different record there),
    "invalid" (the remembered head itself does not verify)."""

    source: str
    expected_seq: int
    found_seq: int | None
    kind: str

    def where(self) -> dict[str, Any]:
        return {"anchor": self.source, "expected_seq": self.expected_seq,
                "found_seq": self.found_seq, "kind": self.kind}

    def error(self) -> StoreRolledBack:
        found = "?" if self.found_seq is None else self.found_seq
        label = _SOURCE_LABELS[self.source]
        if self.kind == "invalid":
            message = INVALID_HEAD
        elif self.kind == "beside":
            message = BESIDE
        else:
            message = BEHIND_KEY_FILE if self.source == KEY_FILE else None
        err = StoreRolledBack(found, self.expected_seq, label, message=message)
        err.mismatch = self
        return err


def compare_head(chain_key: bytes, conn: Connection, source: str,
                 record: dict[str, Any] | None) -> HeadMismatch | None:
    """The store against one remembered head; None when the store has that record (and maybe
    more after it, which a crash between a commit and the next anchor leaves)."""
    if not record:
        return None
    try:
        seq, mac_hex, tag = int(record["seq"]), str(record["mac"]), str(record["tag"])
        valid = audit_chain.anchor_tag(chain_key, seq, bytes.fromhex(mac_hex)) == tag
    except (KeyError, TypeError, ValueError):
        seq, mac_hex, valid = 0, "", False
    last = audit.head(conn)
    found = last[0] if last else 0
    if not valid:
        return HeadMismatch(source, seq, found, "invalid")
    stored = audit.mac_at(conn, seq)
    if stored is None:
        return HeadMismatch(source, seq, found, "behind" if found < seq else "beside")
    if stored.hex() != mac_hex:
        return HeadMismatch(source, seq, found, "beside")
    return None


def remembered_heads(store: OpenStore) -> list[tuple[str, dict[str, Any]]]:
    """The heads remembered outside the store: the key file's as it is on disk now, and the
    keyring's whenever it holds one (a locked keyring gives none)."""
    from desktop.security import keyfile

    heads: list[tuple[str, dict[str, Any]]] = []
    try:
        on_disk = keyfile.load(store.keyfile_path).anchor
    except StoreError:
        on_disk = store.keyfile.anchor
    if on_disk:
        heads.append((KEY_FILE, on_disk))
    # The keyring is asked even when the key file says "unbound": an older copy of a bound
    # store could come with an unbound key file (from a backup), and unbinding removes the
    # keyring's head, so a head found there always counts.
    if store.keystore is not None:
        try:
            text = store.keystore.get(workstation.anchor_name(store.store_id))
        except KeystoreUnavailable:
            text = None
        if text:
            try:
                heads.append((KEYRING, json.loads(text)))
            except ValueError:
                heads.append((KEYRING, {}))
    return heads


def check_anchors(store: OpenStore) -> None:
    """StoreRolledBack when the store's journal is behind or beside a remembered head. A
    store ahead of it is normal after a crash. The finding waits in STORE.events (the store
    is refused, so it cannot take the record) until the next successful login."""
    from desktop.services import security_events  # (import cycle)
    heads = [(KEY_FILE, store.keyfile.anchor)]
    heads += [h for h in remembered_heads(store) if h[0] == KEYRING]
    try:
        with store.read() as conn:
            for source, record in heads:
                mismatch = compare_head(store.keys.chain_key, conn, source, record)
                if mismatch is not None:
                    security_events.note_rollback(store.path, mismatch, found_by="open")
                    raise mismatch.error()
    except StoreTampered as exc:  # the journal's pages do not read
        security_events.note_damage(store.path, exc, found_by="open")
        raise

"""Appending to the audit journal and keeping its head anchored outside the store."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import AuditWriteFailed, StoreRolledBack
from desktop.security import audit_chain, workstation
from desktop.security.workstation import KeystoreUnavailable
from desktop.store import audit

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


def _compare(store: OpenStore, conn: Connection, record: dict[str, Any] | None) -> None:
    if not record:
        return
    seq, mac_hex, tag = int(record["seq"]), str(record["mac"]), str(record["tag"])
    if audit_chain.anchor_tag(store.keys.chain_key, seq, bytes.fromhex(mac_hex)) != tag:
        raise StoreRolledBack("?", seq)
    stored = audit.mac_at(conn, seq)
    if stored is None or stored.hex() != mac_hex:
        last = audit.head(conn)
        raise StoreRolledBack(last[0] if last else 0, seq)


def check_anchors(store: OpenStore) -> None:
    """StoreRolledBack when the store's journal is behind or beside a remembered head. A
    store ahead of it is normal after a crash."""
    with store.read() as conn:
        _compare(store, conn, store.keyfile.anchor)
        # The keyring is asked even when the key file says "unbound": an older copy of a bound
        # store could come with an unbound key file (from a backup), and unbinding removes
        # the keyring's head, so a head found there always counts.
        if store.keystore is not None:
            try:
                text = store.keystore.get(workstation.anchor_name(store.store_id))
            except KeystoreUnavailable:
                text = None
            _compare(store, conn, json.loads(text) if text else None)

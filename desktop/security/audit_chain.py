"""The audit journal's hash chain (SPEC §8).

Each record's MAC = HMAC-SHA256(chain key, previous MAC || body), body being the record's
fields joined by U+001F. Checking record n needs only the stored MAC of record n-1, so a
range can be checked on its own (and ranges in parallel).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

SEP = "\x1f"
GENESIS = b"\x00" * 32
FIELDS = ("seq", "ts", "actor", "workstation", "action", "object", "outcome", "details")


def body(seq: int, ts: str, actor: str, workstation: str, action: str, obj: str,
         outcome: str, details: str) -> bytes:
    return SEP.join((str(seq), ts, actor, workstation, action, obj, outcome, details)).encode()


def mac(key: bytes, prev: bytes, record_body: bytes) -> bytes:
    return hmac.digest(key, prev + record_body, hashlib.sha256)


def anchor_tag(key: bytes, seq: int, head: bytes) -> str:
    return hmac.digest(key, b"anchor" + str(seq).encode() + head, hashlib.sha256).hex()


@dataclass(frozen=True)
class ChainFault:
    seq: int
    kind: str  # "changed" (MAC mismatch), "missing" (gap before it), "order" (seq goes back)

    def describe(self) -> str:
        return {
            "changed": f"record {self.seq} was changed, inserted or reordered",
            "missing": f"record(s) before {self.seq} were removed",
            "order": f"record {self.seq} is out of order",
        }[self.kind]


def check_range(key: bytes, rows: Iterable[tuple[int, bytes, bytes]], prev_seq: int,
                prev_mac: bytes) -> tuple[int, int, ChainFault | None]:
    """Check rows (seq, mac, body) following (prev_seq, prev_mac).

    Returns (records checked, last seq, first fault or None)."""
    digest = hmac.digest
    sha = hashlib.sha256
    expected = prev_seq + 1
    prev = prev_mac
    count = 0
    for seq, stored, record_body in rows:
        if seq != expected:
            return count, seq, ChainFault(seq, "missing" if seq > expected else "order")
        if digest(key, prev + record_body, sha) != stored:
            return count, seq, ChainFault(seq, "changed")
        prev = stored
        expected += 1
        count += 1
    return count, expected - 1, None

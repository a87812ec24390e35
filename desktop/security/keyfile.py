"""The sidecar key file: one slot per user, a recovery slot, and the wrapped store key.

Hierarchy (so rekeying the store needs nobody's password):
    password --Argon2id--> slot key --AES-GCM--> KEK (one per store)
    recovery code --Argon2id--> recovery key --AES-GCM--> KEK
    KEK --AES-GCM--> store key (raw SQLCipher key, rotated by rekey)
    KEK --HKDF--> audit chain key (stays the same across rekeys)
When the store is bound to a workstation, each user slot gets an outer AES-GCM layer under a
key from the workstation secret kept in the OS keyring; the secret is also escrowed under the
KEK so that an administrator can re-bind (for example with the recovery code on a new
machine). The recovery slot is never bound.

Every wrap uses associated data naming the store and the slot, so slots cannot be swapped
between users or stores. The file is written atomically (temp file, fsync, rename).
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import KeyFileError
from desktop.security import aead
from desktop.security.kdf import KdfParams, derive

FORMAT = "grif-keyfile"
VERSION = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Slot:
    salt: bytes
    params: KdfParams
    blob: bytes
    bound: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"salt": _b64(self.salt), "kdf": self.params.to_json(),
                "blob": _b64(self.blob), "bound": self.bound}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(_unb64(data["salt"]), KdfParams.from_json(data["kdf"]),
                   _unb64(data["blob"]), bool(data.get("bound", False)))


@dataclass
class KeyFile:
    store_id: str
    kdf: KdfParams
    store_key_blob: bytes
    generation: int = 1
    pending_store_key_blob: bytes | None = None  # set only while a rekey is in flight
    users: dict[str, Slot] = field(default_factory=dict)
    recovery: Slot | None = None
    workstation_escrow: bytes | None = None      # workstation secret under the KEK when bound
    anchor: dict[str, Any] | None = None         # last journal head seen: seq, mac, tag

    @property
    def bound(self) -> bool:
        return self.workstation_escrow is not None

    # -- wrapping -------------------------------------------------------------------------
    def _aad(self, purpose: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.store_id}/{purpose}".encode()

    def wrap_store_key(self, kek: bytes, store_key: bytes, generation: int) -> bytes:
        return aead.wrap(kek, store_key, self._aad(f"store-key/{generation}"))

    def store_key(self, kek: bytes) -> bytes:
        try:
            return aead.unwrap(kek, self.store_key_blob, self._aad(f"store-key/{self.generation}"))
        except aead.UnwrapFailed:
            raise KeyFileError("store key") from None

    def pending_store_key(self, kek: bytes) -> bytes | None:
        if self.pending_store_key_blob is None:
            return None
        try:
            return aead.unwrap(kek, self.pending_store_key_blob,
                               self._aad(f"store-key/{self.generation + 1}"))
        except aead.UnwrapFailed:
            raise KeyFileError("pending store key") from None

    def make_slot(self, purpose: str, secret: bytes, kek: bytes,
                  workstation_key: bytes | None) -> Slot:
        salt = os.urandom(16)
        inner = aead.wrap(derive(secret, salt, self.kdf), kek, self._aad(purpose))
        if workstation_key is None:
            return Slot(salt, self.kdf, inner, bound=False)
        return Slot(salt, self.kdf, aead.wrap(workstation_key, inner, self._aad(purpose + "/ws")),
                    bound=True)

    def open_slot(self, purpose: str, slot: Slot, secret: bytes,
                  workstation_key: bytes | None) -> bytes:
        """The KEK, or aead.UnwrapFailed (wrong secret, wrong workstation, changed slot)."""
        inner = slot.blob
        if slot.bound:
            if workstation_key is None:
                raise aead.UnwrapFailed()
            inner = aead.unwrap(workstation_key, inner, self._aad(purpose + "/ws"))
        return aead.unwrap(derive(secret, slot.salt, slot.params), inner, self._aad(purpose))

    def rebind_slot(self, purpose: str, slot: Slot, old_ws: bytes | None,
                    new_ws: bytes | None) -> Slot:
        inner = slot.blob
        if slot.bound:
            if old_ws is None:
                raise aead.UnwrapFailed()
            inner = aead.unwrap(old_ws, inner, self._aad(purpose + "/ws"))
        if new_ws is None:
            return Slot(slot.salt, slot.params, inner, bound=False)
        return Slot(slot.salt, slot.params, aead.wrap(new_ws, inner, self._aad(purpose + "/ws")),
                    bound=True)

    def escrow(self, kek: bytes, secret: bytes) -> bytes:
        return aead.wrap(kek, secret, self._aad("workstation-escrow"))

    def escrowed_secret(self, kek: bytes) -> bytes | None:
        if self.workstation_escrow is None:
            return None
        return aead.unwrap(kek, self.workstation_escrow, self._aad("workstation-escrow"))

    # -- persistence ----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "store_id": self.store_id,
            "kdf": self.kdf.to_json(), "generation": self.generation,
            "store_key": _b64(self.store_key_blob),
            "pending_store_key": (_b64(self.pending_store_key_blob)
                                  if self.pending_store_key_blob else None),
            "users": {name: s.to_json() for name, s in sorted(self.users.items())},
            "recovery": self.recovery.to_json() if self.recovery else None,
            "workstation_escrow": (_b64(self.workstation_escrow)
                                   if self.workstation_escrow else None),
            "anchor": self.anchor,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a Grif key file of a known version")
        pending = data.get("pending_store_key")
        escrow = data.get("workstation_escrow")
        return cls(
            store_id=str(data["store_id"]), kdf=KdfParams.from_json(data["kdf"]),
            store_key_blob=_unb64(data["store_key"]), generation=int(data["generation"]),
            pending_store_key_blob=_unb64(pending) if pending else None,
            users={str(k): Slot.from_json(v) for k, v in data["users"].items()},
            recovery=Slot.from_json(data["recovery"]) if data.get("recovery") else None,
            workstation_escrow=_unb64(escrow) if escrow else None,
            anchor=data.get("anchor"),
        )


def key_file_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


def load(path: Path) -> KeyFile:
    try:
        return KeyFile.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(str(path)) from exc


def save(path: Path, keyfile: KeyFile) -> None:
    write_atomic(path, json.dumps(keyfile.to_json(), indent=1).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Old or new content after a crash at any point, never a mix."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Getting at the keys: slots, the workstation secret, a rekey left halfway."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import AuthenticationFailed, KeyFileError, WorkstationMismatch, WrongKey
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import aead, keyfile, recovery, workstation
from desktop.security.kdf import MINIMUM, derive
from desktop.security.keyfile import KeyFile
from desktop.security.workstation import Keystore, KeystoreUnavailable
from desktop.store.maintenance import opens_with


@dataclass(frozen=True)
class StoreKeys:
    kek: bytes
    store_key: bytes

    @property
    def chain_key(self) -> bytes:
        # From the KEK, not the store key: the journal's MACs stay valid across rekeys, and
        # the raw store key printed by `recovery-key` cannot forge journal records.
        return aead.subkey(self.kek, "audit-chain")


def user_purpose(username: str) -> str:
    return f"user/{username}"


RECOVERY = "recovery"


def slot_layer_key(workstation_secret: bytes) -> bytes:
    """The key of the outer slot layer, from the workstation secret in the keyring."""
    return aead.subkey(workstation_secret, "workstation-slot")


def workstation_key(kf: KeyFile, keystore: Keystore | None, *, required: bool) -> bytes | None:
    """The slot layer key from the OS keyring; WorkstationMismatch if the store is bound and
    the keyring does not give it."""
    if not kf.bound:
        return None
    if keystore is None:
        if required:
            raise WorkstationMismatch()
        return None
    try:
        text = keystore.get(workstation.secret_name(kf.store_id))
    except KeystoreUnavailable:
        text = None
    if text is None:
        if required:
            raise WorkstationMismatch()
        return None
    return slot_layer_key(workstation.decode(text))


def _utf8(secret: str) -> bytes:
    """A typed secret as bytes. One with a lone surrogate (not Unicode, so never accepted as
    a password) only has to fail like any wrong one, not crash the login."""
    return secret.encode("utf-8", "surrogatepass")


def kek_from_password(kf: KeyFile, username: str, password: str,
                      keystore: Keystore | None) -> bytes | None:
    """The KEK, or None for any failure of name or password (same cost either way)."""
    ws_key = workstation_key(kf, keystore, required=True)
    slot = kf.users.get(username)
    if slot is None:
        derive(_utf8(password), b"\0" * 16, kf.kdf)  # same time as a real try
        return None
    try:
        return kf.open_slot(user_purpose(username), slot, _utf8(password), ws_key)
    except aead.UnwrapFailed:
        return None


def kek_from_recovery(kf: KeyFile, code: str) -> bytes | None:
    if kf.recovery is None:
        return None
    try:
        return kf.open_slot(RECOVERY, kf.recovery, _utf8(code), None)
    except aead.UnwrapFailed:
        return None


WRONG_RECOVERY = QT_TRANSLATE_NOOP(
    "Errors", "The recovery code is wrong. Check it against the sheet kept in the safe.")


def recovery_kek(kf: KeyFile, code: str) -> bytes:
    """The KEK from the recovery code as typed (any grouping or case), or
    AuthenticationFailed saying the code is wrong."""
    normal = recovery.normalize(code)
    kek = kek_from_recovery(kf, normal) if normal else None
    if kek is None:
        raise AuthenticationFailed(message=WRONG_RECOVERY)
    return kek


def settle_rekey(store_path: Path, kf_path: Path, kek: bytes) -> bytes:
    """The store key in force, finishing or discarding a rekey that was cut off."""
    kf = keyfile.load(kf_path)
    current = kf.store_key(kek)
    pending = kf.pending_store_key(kek)
    leftover = store_path.with_name(store_path.name + ".rekey")
    if pending is None:
        _drop(leftover)
        return current
    if opens_with(store_path, current):
        def drop(k: KeyFile) -> None:
            k.pending_store_key_blob = None
        update_keyfile(kf_path, drop)
        _drop(leftover)
        return current
    if opens_with(store_path, pending):
        def promote(k: KeyFile) -> None:
            assert k.pending_store_key_blob is not None
            k.store_key_blob = k.pending_store_key_blob
            k.generation += 1
            k.pending_store_key_blob = None
        update_keyfile(kf_path, promote)
        return pending
    raise WrongKey()


def _drop(leftover: Path) -> None:
    # Only when there: unlinking a missing file fails on a read-only medium. A cut-off
    # export may also have left its rollback journal.
    for path in (leftover, leftover.with_name(leftover.name + "-journal")):
        if path.exists():
            path.unlink()


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # Windows: one process per store by the installer's design
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def update_keyfile(path: Path, mutate: Callable[[KeyFile], None]) -> KeyFile:
    """Reload, change and save the key file under a lock, so two programs on the same store
    never overwrite each other's slots."""
    with _locked(path):
        if not path.exists():
            raise KeyFileError(str(path))
        kf = keyfile.load(path)
        mutate(kf)
        keyfile.save(path, kf)
        return kf


def new_keyfile(path: Path, kf: KeyFile) -> None:
    with _locked(path):
        keyfile.save(path, kf)


def check_kdf_floor(kf: KeyFile) -> None:
    if kf.kdf.memory_kib < MINIMUM.memory_kib or kf.kdf.time_cost < MINIMUM.time_cost:
        raise KeyFileError("kdf")

"""Workstation binding through the OS keyring (allow-listed backends only).

A `Keystore` is a tiny name → text store. Production uses the OS keyring when its backend is
on the allow-list (never a plaintext file backend, whatever `keyrings.alt` may select);
unit tests pass their own in-memory keystore.
"""

from __future__ import annotations

import base64
import logging
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "grif"

# Backends that keep secrets encrypted by the OS session. Anything else is refused.
ALLOWED_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})


class KeystoreUnavailable(Exception):
    """The keyring is missing, locked or refused the operation."""


class Keystore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


class OsKeystore:
    """The OS keyring through `keyring`, with the backend checked against the allow-list."""

    def __init__(self, backend: object) -> None:
        self._backend = backend

    @property
    def name(self) -> str:
        return backend_name(self._backend)

    def get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, name)  # type: ignore[attr-defined]
        except Exception as exc:  # keyring raises many kinds (locked, dbus gone, …)
            raise KeystoreUnavailable(type(exc).__name__) from None

    def set(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(SERVICE, name, value)  # type: ignore[attr-defined]
        except Exception as exc:
            raise KeystoreUnavailable(type(exc).__name__) from None

    def delete(self, name: str) -> None:
        try:
            self._backend.delete_password(SERVICE, name)  # type: ignore[attr-defined]
        except Exception as exc:
            raise KeystoreUnavailable(type(exc).__name__) from None


def _allowed(backend: object) -> bool:
    if backend_name(backend) in ALLOWED_BACKENDS:
        try:
            return float(backend.priority) > 0  # type: ignore[attr-defined]
        except Exception:
            return False
    return False


def os_keystore() -> OsKeystore | None:
    """The OS keyring if an allow-listed backend is usable here, else None (store unbound)."""
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    candidates = list(getattr(backend, "backends", [])) if isinstance(
        backend, chainer.ChainerBackend) else [backend]
    for candidate in candidates:
        if _allowed(candidate):
            return OsKeystore(candidate)
    log.info("no allowed keyring backend (found %s)", backend_name(backend))
    return None


def secret_name(store_id: str) -> str:
    return f"{store_id}/workstation"


def anchor_name(store_id: str) -> str:
    return f"{store_id}/journal-head"


def encode(secret: bytes) -> str:
    return base64.b64encode(secret).decode("ascii")


def decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)

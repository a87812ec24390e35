"""The manifest of a backup: what it holds and how to check it, sealed under the store's KEK.

The MAC key comes from the KEK, so only someone who can open the backup (a password of its
key file or the recovery code) can check the seal, and nobody without it can forge a manifest
that matches changed files."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import BackupDamaged
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import aead
from desktop.security.keyfile import write_atomic

FORMAT = "grif-backup"
VERSION = 1
MANIFEST = "manifest.json"
STORE_FILE = "register.grif"
KEY_FILE = STORE_FILE + ".keys"

NO_MANIFEST = QT_TRANSLATE_NOOP("Errors", "its manifest.json is missing")
BAD_MANIFEST = QT_TRANSLATE_NOOP("Errors", "its manifest.json is unreadable")
CHANGED_MANIFEST = QT_TRANSLATE_NOOP(
    "Errors", "its manifest.json was changed or belongs to another store (the seal does not match)")


@dataclass(frozen=True)
class Manifest:
    created_at: str              # ISO time, UTC
    created_by: str              # user name
    workstation: str
    store_id: str
    organisation: str
    program_version: str
    schema_revision: str
    counts: dict[str, int]       # rows per table
    chain_head: dict[str, Any]   # {"seq": int, "mac": hex}
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> sha256, size
    seconds: float = 0.0         # time to write and verify

    @property
    def made_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    @property
    def copies(self) -> int:
        return int(self.counts.get("copies", 0))

    @property
    def records(self) -> int:
        return int(self.chain_head.get("seq", 0))

    def body(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, **asdict(self)}


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _mac(manifest: Manifest, kek: bytes) -> str:
    return hmac.new(aead.subkey(kek, "backup-manifest"), _canonical(manifest.body()),
                    hashlib.sha256).hexdigest()


def seal(manifest: Manifest, kek: bytes) -> bytes:
    return json.dumps({**manifest.body(), "mac": _mac(manifest, kek)}, ensure_ascii=False,
                      indent=1).encode("utf-8")


def write(folder: Path, manifest: Manifest, kek: bytes) -> None:
    write_atomic(folder / MANIFEST, seal(manifest, kek))


def read(folder: Path) -> tuple[Manifest, str]:
    """The manifest and its MAC (not yet checked: that needs the KEK)."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.pop("format") != FORMAT or data.pop("version") != VERSION:
            raise ValueError("format")
        mac = str(data.pop("mac"))
        return Manifest(**data), mac
    except FileNotFoundError:
        raise BackupDamaged(str(folder), NO_MANIFEST) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(str(folder), BAD_MANIFEST) from exc


def check_seal(folder: Path, manifest: Manifest, mac: str, kek: bytes) -> None:
    if not hmac.compare_digest(_mac(manifest, kek), mac):
        raise BackupDamaged(str(folder), CHANGED_MANIFEST)

"""Encrypted export files (SPEC §2: an export leaves the store only encrypted).

Format GRIFX1 — integers big-endian:

    header, HEADER_SIZE bytes
      b"GRIFX1"                       magic and version
      u16 n                           length of the JSON that follows
      n bytes of UTF-8 JSON           {"kdf": {"memory_kib", "time_cost", "parallelism"},
                                       "salt": hex, 16 bytes; "nonce": hex, 7 bytes;
                                       "chunk": plaintext bytes per chunk;
                                       "meta": {"reg_no", "marking", "rows", ...}}
      16 bytes                        AES-256-GCM tag over no plaintext, AAD = magic, u16
                                      and the JSON, nonce = nonce ‖ FFFFFFFF ‖ 02: the
                                      header (registration number, marking) is authentic
      zero bytes up to HEADER_SIZE
    body: the plaintext cut into chunks of `chunk` bytes (the last one shorter, possibly
      empty), chunk i sealed with AES-256-GCM under nonce ‖ u32 i ‖ last (00 or 01) and
      AAD = magic ‖ salt ‖ nonce, each written as ciphertext ‖ 16-byte tag.

    key = Argon2id(NFC UTF-8 passphrase, salt, kdf) — 32 bytes (desktop.security.kdf).

The counter and the last-chunk flag make a truncated, reordered or extended file fail to
decrypt. The header is written last (the registration number is known only once the
export is registered), into the space reserved at the start of the file.
"""

from __future__ import annotations

import io
import json
import os
import struct
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain import fields
from desktop.domain.errors import InvalidInput
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security.kdf import KdfParams, derive

MAGIC = b"GRIFX1"
HEADER_SIZE = 4096
SALT = 16
NONCE_PREFIX = 7
TAG = 16
CHUNK = 1 << 20
MAX_CHUNK = 1 << 24
MIN_PASSPHRASE = 12
# Stronger than the store's floor: the file leaves the workstation and may be attacked
# offline with nothing but this passphrase. About 0.2 s on an office PC.
EXPORT_KDF = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=1)
MAX_TIME_COST = 16      # what a file's header may ask for (memory is bounded by KdfParams)

PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "passphrase")
TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "use at least 12 characters")
WRONG_OR_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "the passphrase is wrong or the file is damaged or not a Grif export")
EXPORT_FILE = QT_TRANSLATE_NOOP("Errors", "export file")


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as key material; refuses one shorter than MIN_PASSPHRASE."""
    if not isinstance(passphrase, str):
        raise InvalidInput(PASSPHRASE, TOO_SHORT)
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE:
        raise InvalidInput(PASSPHRASE, TOO_SHORT)
    if any(unicodedata.category(c) == "Cs" for c in text):
        raise InvalidInput(PASSPHRASE, fields.CONTROL_CHARS)
    return text.encode("utf-8")


def _nonce(prefix: bytes, index: int, flag: int) -> bytes:
    return prefix + struct.pack(">IB", index, flag)


class ExportWriter:
    """Writes an encrypted export into a seekable binary file: `write` the plaintext,
    `end` it, then `seal` the header with its metadata."""

    def __init__(self, out: BinaryIO, passphrase: str, *, params: KdfParams = EXPORT_KDF,
                 chunk: int = CHUNK) -> None:
        secret = check_passphrase(passphrase)
        self.out, self.params, self.chunk = out, params, chunk
        self.salt = os.urandom(SALT)
        self.prefix = os.urandom(NONCE_PREFIX)
        self._aead = AESGCM(derive(secret, self.salt, params))
        self._aad = MAGIC + self.salt + self.prefix
        self._buffer = bytearray()
        self._index = 0
        self._ended = False
        self._start = out.tell()
        out.write(bytes(HEADER_SIZE))

    def _emit(self, data: bytes, last: bool) -> None:
        nonce = _nonce(self.prefix, self._index, 1 if last else 0)
        self.out.write(self._aead.encrypt(nonce, data, self._aad))
        self._index += 1

    def write(self, data: bytes) -> None:
        if self._ended:
            raise ValueError("the export has ended")
        self._buffer += data
        # Keep at least one byte back: the last chunk must be sealed as the last one.
        while len(self._buffer) > self.chunk:
            self._emit(bytes(self._buffer[:self.chunk]), last=False)
            del self._buffer[:self.chunk]

    def end(self) -> None:
        if not self._ended:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._ended = True

    def seal(self, meta: dict[str, Any]) -> None:
        """Write the authenticated header at the start of the file."""
        self.end()
        body = json.dumps({"kdf": self.params.to_json(), "salt": self.salt.hex(),
                           "nonce": self.prefix.hex(), "chunk": self.chunk, "meta": meta},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")
        head = MAGIC + struct.pack(">H", len(body)) + body
        if len(head) + TAG > HEADER_SIZE:
            raise ValueError("export metadata too long")
        tag = self._aead.encrypt(_nonce(self.prefix, 0xFFFFFFFF, 2), b"", head)
        end = self.out.tell()
        self.out.seek(self._start)
        self.out.write((head + tag).ljust(HEADER_SIZE, b"\0"))
        self.out.seek(end)


def _damaged() -> InvalidInput:
    return InvalidInput(EXPORT_FILE, WRONG_OR_DAMAGED)


def _header(src: BinaryIO) -> tuple[dict[str, Any], bytes, bytes]:
    block = src.read(HEADER_SIZE)
    if len(block) != HEADER_SIZE or not block.startswith(MAGIC):
        raise _damaged()
    (length,) = struct.unpack(">H", block[len(MAGIC):len(MAGIC) + 2])
    end = len(MAGIC) + 2 + length
    if end + TAG > HEADER_SIZE:
        raise _damaged()
    try:
        header = json.loads(block[len(MAGIC) + 2:end].decode("utf-8"))
        # Read before any passphrase and not yet authentic: every value is checked, and the
        # KDF's cost is bounded (a file must not make us run Argon2 for hours).
        if KdfParams.from_json(header["kdf"]).time_cost > MAX_TIME_COST or \
                len(bytes.fromhex(header["salt"])) != SALT or \
                len(bytes.fromhex(header["nonce"])) != NONCE_PREFIX or \
                type(header["chunk"]) is not int or not 1 <= header["chunk"] <= MAX_CHUNK or \
                not isinstance(header.get("meta") or {}, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError, OverflowError, UnicodeDecodeError):
        raise _damaged() from None
    return header, block[:end], block[end:end + TAG]


def read_meta(path: Path) -> dict[str, Any]:
    """The header's metadata (registration number, marking) WITHOUT checking it: for
    showing what a file claims to be before the passphrase is asked."""
    with open(path, "rb") as src:
        return dict(_header(src)[0].get("meta") or {})


def decrypt_to(path: Path, passphrase: str, out: BinaryIO) -> dict[str, Any]:
    """Decrypt `path` into `out`; returns the authenticated metadata. Wrong passphrase,
    changed, cut or extended file: InvalidInput, and `out` must then be discarded."""
    # A lone surrogate (never accepted when writing) is just a wrong passphrase here.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    with open(path, "rb") as src:
        header, head, tag = _header(src)
        salt, prefix = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
        aead = AESGCM(derive(secret, salt, KdfParams.from_json(header["kdf"])))
        try:
            aead.decrypt(_nonce(prefix, 0xFFFFFFFF, 2), tag, head)
        except InvalidTag:
            raise _damaged() from None
        size = int(header["chunk"]) + TAG
        aad = MAGIC + salt + prefix
        index = 0
        current = src.read(size)
        while True:
            following = src.read(size)
            last = not following
            try:
                out.write(aead.decrypt(_nonce(prefix, index, 1 if last else 0), current, aad))
            except InvalidTag:
                raise _damaged() from None
            if last:
                return dict(header.get("meta") or {})
            current, index = following, index + 1


def decrypt_export(path: Path, passphrase: str) -> bytes:
    """The whole plaintext of an export (for the recipient, and for tests)."""
    buffer = io.BytesIO()
    decrypt_to(Path(path), passphrase, buffer)
    return buffer.getvalue()

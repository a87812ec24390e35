"""Key slots: wrapping, binding layer, swaps between slots, atomic saves."""

import os

import pytest

from desktop.domain.errors import KeyFileError
from desktop.security import aead, keyfile, recovery
from desktop.security.kdf import MINIMUM, KdfParams
from desktop.security.keyfile import KeyFile

KEK = os.urandom(32)
STORE_KEY = os.urandom(32)


def new_kf() -> KeyFile:
    kf = KeyFile(store_id="s-1", kdf=MINIMUM, store_key_blob=b"")
    kf.store_key_blob = kf.wrap_store_key(KEK, STORE_KEY, kf.generation)
    return kf


def test_slot_opens_with_its_password_only():
    kf = new_kf()
    slot = kf.make_slot("user/a", b"password-of-a", KEK, None)
    assert kf.open_slot("user/a", slot, b"password-of-a", None) == KEK
    with pytest.raises(aead.UnwrapFailed):
        kf.open_slot("user/a", slot, b"password-of-b", None)


def test_slot_cannot_be_moved_to_another_user():
    kf = new_kf()
    slot = kf.make_slot("user/a", b"pw", KEK, None)
    with pytest.raises(aead.UnwrapFailed):
        kf.open_slot("user/b", slot, b"pw", None)


def test_bound_slot_needs_the_workstation_key():
    kf = new_kf()
    ws = os.urandom(32)
    slot = kf.make_slot("user/a", b"pw", KEK, ws)
    assert slot.bound
    assert kf.open_slot("user/a", slot, b"pw", ws) == KEK
    for wrong in (None, os.urandom(32)):
        with pytest.raises(aead.UnwrapFailed):
            kf.open_slot("user/a", slot, b"pw", wrong)


def test_rebind_moves_a_slot_between_workstations_without_the_password():
    kf = new_kf()
    ws1, ws2 = os.urandom(32), os.urandom(32)
    slot = kf.rebind_slot("user/a", kf.make_slot("user/a", b"pw", KEK, ws1), ws1, ws2)
    assert kf.open_slot("user/a", slot, b"pw", ws2) == KEK
    plain = kf.rebind_slot("user/a", slot, ws2, None)
    assert not plain.bound and kf.open_slot("user/a", plain, b"pw", None) == KEK


def test_store_key_bound_to_generation_and_store():
    kf = new_kf()
    assert kf.store_key(KEK) == STORE_KEY
    other = KeyFile(store_id="s-2", kdf=MINIMUM, store_key_blob=kf.store_key_blob)
    with pytest.raises(KeyFileError):
        other.store_key(KEK)
    kf.generation = 2
    with pytest.raises(KeyFileError):
        kf.store_key(KEK)


def test_round_trip_and_damaged_files(tmp_path):
    kf = new_kf()
    kf.users["a"] = kf.make_slot("user/a", b"pw", KEK, None)
    path = tmp_path / "s.grif.keys"
    keyfile.save(path, kf)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = keyfile.load(path)
    assert loaded.open_slot("user/a", loaded.users["a"], b"pw", None) == KEK
    for junk in (b"", b"{", b'{"format": "other"}', b"\xff\xfe"):
        path.write_bytes(junk)
        with pytest.raises(KeyFileError):
            keyfile.load(path)
    with pytest.raises(KeyFileError):
        keyfile.load(tmp_path / "missing.keys")


def test_kdf_floor_enforced():
    with pytest.raises(ValueError):
        KdfParams(memory_kib=1024, time_cost=2, parallelism=1)
    with pytest.raises(ValueError):
        KdfParams(memory_kib=MINIMUM.memory_kib, time_cost=1, parallelism=1)


def test_recovery_codes():
    code = recovery.new_code()
    assert len(code) == 30 and recovery.normalize(code) == code
    shown = recovery.grouped(code)
    assert shown.count("-") == 5
    assert recovery.normalize(shown.lower()) == code
    assert recovery.normalize(code.replace("0", "O").replace("1", "I")) == code
    assert recovery.normalize("too-short") is None
    assert recovery.normalize(code[:-1] + "!") is None
    assert len({recovery.new_code() for _ in range(50)}) == 50

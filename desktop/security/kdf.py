"""Argon2id key derivation, calibrated when a store is created."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

# The floor of the issue (OWASP's minimum): m = 19 MiB, t = 2, p = 1.
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME = 2
MAX_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME
    parallelism: int = 1

    def __post_init__(self) -> None:
        if (self.memory_kib < MIN_MEMORY_KIB or self.time_cost < MIN_TIME
                or not 1 <= self.parallelism <= 16 or self.memory_kib > MAX_MEMORY_KIB):
            raise ValueError("KDF parameters below the allowed minimum or out of range")

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, int]) -> KdfParams:
        return cls(int(data["memory_kib"]), int(data["time_cost"]), int(data["parallelism"]))


MINIMUM = KdfParams()


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """32-byte key from a password or recovery code."""
    return hash_secret_raw(secret, salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def _time_one(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(b"calibration-password", b"calibration-salt", params)
    return time.perf_counter() - start


def calibrate(target_s: float = TARGET_SECONDS) -> KdfParams:
    """Grow memory (then passes) from the floor until one derivation takes about target_s."""
    params = MINIMUM
    elapsed = _time_one(params)
    for _ in range(6):
        if elapsed >= target_s * 0.85:
            break
        factor = target_s / max(elapsed, 1e-3)
        memory = min(int(params.memory_kib * factor), MAX_MEMORY_KIB)
        memory -= memory % 1024
        time_cost = params.time_cost
        if memory == MAX_MEMORY_KIB:
            time_cost = max(MIN_TIME, int(time_cost * factor))
        params = KdfParams(max(memory, MIN_MEMORY_KIB), time_cost, 1)
        elapsed = _time_one(params)
    return params

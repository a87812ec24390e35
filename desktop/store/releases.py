"""Which schema revision each release of Grif leaves a store at: for telling a user which
version to go back to when an upgrade cannot be done. Each release adds its line."""

from __future__ import annotations

RELEASES: tuple[tuple[str, str], ...] = (
    ("0.1.0", "0010"),
    ("0.2.0", "0010"),
)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def last_release_at(revision: str, before: str) -> str | None:
    """The newest release older than `before` whose stores are at `revision`."""
    found = [version for version, head in RELEASES
             if head == revision and _key(version) < _key(before)]
    return max(found, key=_key) if found else None

"""The bundle's list of files with their SHA-256: written by `make bundle`
(installer/seal_bundle.py), checked by `grif --self-test` (selftest.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.store.backup_copy import sha256_of

LIST = "bundle-files.sha256"     # in the bundle's _internal folder


def write(folder: Path, listing: Path) -> int:
    """Every file under `folder` (links and lists left out) with its SHA-256 into `listing`;
    the number of files listed."""
    lines = [f"{sha256_of(path)}  {path.relative_to(folder).as_posix()}"
             for path in sorted(folder.rglob("*"))
             if path.is_file() and not path.is_symlink() and path.name != LIST]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def read(listing: Path) -> dict[str, str]:
    """File name (relative, with /) -> SHA-256, as `write` listed them."""
    expected = {}
    for line in listing.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        expected[name] = digest
    return expected

"""Write the bundle's list of files with their SHA-256 (`_internal/bundle-files.sha256`), run
by `make bundle` after PyInstaller. `grif --self-test` checks the installed files against it,
so a file changed, added or removed after the build is named (the self-test itself lives
in the same files: the list helps an administrator or auditor, it does not stop an attacker
who can write the program folder).

Usage: python installer/seal_bundle.py dist/grif"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

LIST = "bundle-files.sha256"


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(folder: Path) -> int:
    internal = folder / "_internal"
    lines = [f"{digest(path)}  {path.relative_to(folder).as_posix()}"
             for path in sorted(folder.rglob("*"))
             if path.is_file() and not path.is_symlink() and path.name != LIST]
    (internal / LIST).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{internal / LIST}: {len(lines)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))

"""Write the bundle's list of files with their SHA-256 (`_internal/bundle-files.sha256`), run
by `make bundle` after PyInstaller. `grif --self-test` checks the installed files against it,
so a file changed, added or removed after the build is named (the self-test itself lives
in the same files: the list helps an administrator or auditor, it does not stop an attacker
who can write the program folder).

Usage: python installer/seal_bundle.py dist/grif"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script: the checkout's own module writes the list the self-test reads.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from desktop import bundle_files


def main(folder: Path) -> int:
    listing = folder / "_internal" / bundle_files.LIST
    count = bundle_files.write(folder, listing)
    print(f"{listing}: {count} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))

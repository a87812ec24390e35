"""Build the Debian package of the bundle: dist/grif/ -> dist/grif_<version>_amd64.deb.

    .venv/bin/python scripts/build_deb.py [--bundle dist/grif] [--out dist] [--work build/deb]

The staging tree (<work>/root) holds the bundle under /opt/grif, the commands /usr/bin/grif
and /usr/bin/grif-cli (symbolic links into /opt/grif), the menu entry, the icons in the
hicolor theme and the copyright file; `dpkg-deb --root-owner-group --build` packs it, so every
file belongs to root whoever builds. Depends is worked out from the bundle itself: every ELF
file is read, and each library it needs that the bundle does not carry is looked up in
installer/deb/shlibs. The package has no maintainer scripts: the menu and icon caches are
refreshed by the dpkg triggers of desktop-file-utils and hicolor-icon-theme.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import mmap
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402  (after the path is set)

DEB = ROOT / "installer" / "deb"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
PROGRAMS = ("grif", "grif-cli")
PACKAGE = "grif"
ARCH = "amd64"
# gzip -6: on two cores it packs the ~180 MB bundle in ~6 s (xz -6: ~60 s for a file 20 % smaller)
# and every dpkg reads it (zstd, as quick, needs dpkg >= 1.21.18); figures in installer/README.md.
COMPRESSION = ("gzip", "6")

# ELF constants (System V ABI, x86-64).
PT_LOAD, PT_DYNAMIC, PT_INTERP = 1, 2, 3
ET_EXEC, ET_DYN = 2, 3
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5
DT_VERNEED, DT_VERNEEDNUM = 0x6FFFFFFE, 0x6FFFFFFF
GLIBC_VERSION = re.compile(r"GLIBC_(\d+(?:\.\d+)+)$")


class BuildError(Exception):
    """The package cannot be built as asked; the message says why and what to do."""


# --- reading ELF files -------------------------------------------------------------------

@dataclass
class Elf:
    executable: bool                         # a program (not a library) the kernel can run
    needed: list[str] = field(default_factory=list)            # DT_NEEDED sonames
    versions: dict[str, set[str]] = field(default_factory=dict)  # soname -> symbol versions


def read_elf(path: Path) -> Elf | None:
    """The dynamic section of a 64-bit little-endian ELF file; None for anything else."""
    with path.open("rb") as handle:
        if handle.read(6) != b"\x7fELF\x02\x01":
            return None
        handle.seek(0)
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _parse_elf(data)


def _parse_elf(data: mmap.mmap) -> Elf:
    e_type, = struct.unpack_from("<H", data, 16)
    phoff, = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    loads: list[tuple[int, int, int]] = []
    dynamic: tuple[int, int] | None = None
    interp = False
    for index in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + index * phentsize)
        if p_type == PT_LOAD:
            loads.append((vaddr, filesz, offset))
        elif p_type == PT_DYNAMIC:
            dynamic = (offset, filesz)
        elif p_type == PT_INTERP:
            interp = True
    elf = Elf(executable=e_type == ET_EXEC or (e_type == ET_DYN and interp))
    if dynamic is None:
        return elf

    def file_offset(vaddr: int) -> int:
        for start, size, offset in loads:
            if start <= vaddr < start + size:
                return vaddr - start + offset
        raise BuildError(f"ELF address {vaddr:#x} is outside every loaded segment")

    entries: dict[int, list[int]] = {}
    offset, size = dynamic
    for position in range(offset, offset + size, 16):
        tag, value = struct.unpack_from("<qQ", data, position)
        if tag == DT_NULL:
            break
        entries.setdefault(tag, []).append(value)
    if DT_STRTAB not in entries:
        return elf
    strtab = file_offset(entries[DT_STRTAB][0])

    def string(at: int) -> str:
        end = data.find(b"\0", strtab + at)
        return data[strtab + at:end].decode("ascii", "replace")

    elf.needed = [string(value) for value in entries.get(DT_NEEDED, [])]
    if DT_VERNEED in entries:
        position = file_offset(entries[DT_VERNEED][0])
        for _ in range(entries.get(DT_VERNEEDNUM, [0])[0]):
            _version, count, name, aux, following = struct.unpack_from("<HHIII", data, position)
            wanted = elf.versions.setdefault(string(name), set())
            entry = position + aux
            for _ in range(count):
                _hash, _flags, _other, version, step = struct.unpack_from("<IHHII", data, entry)
                wanted.add(string(version))
                entry += step
            position += following
    return elf


# --- the package's dependencies -----------------------------------------------------------

@dataclass
class Shlibs:
    packages: dict[str, str]                 # soname -> Debian package
    optional: list[str]                      # globs (relative to /opt/grif) of optional parts


def read_shlibs(path: Path = DEB / "shlibs") -> Shlibs:
    packages: dict[str, str] = {}
    optional: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) != 2:
            raise BuildError(f"{path}:{number}: expected 'soname package' or 'optional glob'")
        if words[0] == "optional":
            optional.append(words[1])
        else:
            packages[words[0]] = words[1]
    return Shlibs(packages, optional)


@dataclass
class Relations:
    depends: list[str]
    recommends: list[str]
    unused: list[str] = field(default_factory=list)   # ELF files nothing in the bundle loads


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


# What a program or Python loads by name: the programs, the Python runtime (the bootloader
# opens it), Python's extension modules and Qt's plugins.
EXTENSION = re.compile(r"\.(cpython-\d+[^.]*|abi3)\.so$")


def is_entry(relative: str, elf: Elf) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return (elf.executable or bool(EXTENSION.search(name)) or name.startswith("libpython")
            or "/lib-dynload/" in relative or "/Qt/plugins/" in relative)


def relations(tree: Path, shlibs: Shlibs) -> Relations:
    """Depends and Recommends of the bundle in `tree`.

    The files loaded by name (programs, the Python runtime, extension modules, Qt plugins)
    are the starting points; following DT_NEEDED from them through the bundle gives every
    library that can be loaded. What the required part needs from the system goes to
    Depends; what only the optional plugins need (installer/deb/shlibs: the Wayland and
    desktop-theme integrations, without which Qt uses X11 and its own look) to Recommends.
    Carried libraries nothing in the bundle reaches are listed in `unused` (only a system
    library can load them)."""
    elves: dict[str, Elf] = {}
    paths: dict[str, list[str]] = {}
    carried: set[str] = set()
    for path in sorted(tree.rglob("*")):
        carried.add(path.name)
        if path.is_file() and not path.is_symlink():
            elf = read_elf(path)
            if elf is not None:
                relative = path.relative_to(tree).as_posix()
                elves[relative] = elf
                paths.setdefault(path.name, []).append(relative)
    starts = [name for name, elf in elves.items() if is_entry(name, elf)]

    def optional(relative: str) -> bool:
        return any(fnmatch.fnmatchcase(relative, pattern) for pattern in shlibs.optional)

    def reach(roots: list[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            for name in elves[current].needed:
                todo.extend(paths.get(name, []))
        return seen

    required = reach([name for name in starts if not optional(name)])
    wanted = reach([name for name in starts if optional(name)]) - required

    def system_needs(files: set[str]) -> dict[str, list[str]]:
        needs: dict[str, list[str]] = {}
        for relative in sorted(files):
            for name in elves[relative].needed:
                if name not in carried:
                    needs.setdefault(name, []).append(relative)
        return needs

    hard, soft = system_needs(required), system_needs(wanted)
    unknown = sorted((set(hard) | set(soft)) - set(shlibs.packages))
    if unknown:
        lines = [f"  {name} (needed by {(hard.get(name) or soft[name])[0]})" for name in unknown]
        raise BuildError("the bundle needs system libraries installer/deb/shlibs does not "
                         "name; add each with its Debian package:\n" + "\n".join(lines))
    glibc = [match.group(1) for relative in required
             for soname, versions in elves[relative].versions.items()
             if shlibs.packages.get(soname) == "libc6"
             for version in versions if (match := GLIBC_VERSION.match(version))]
    depends = {shlibs.packages[name] for name in hard}
    recommends = {shlibs.packages[name] for name in soft} - depends

    def with_version(package: str) -> str:
        if package == "libc6" and glibc:
            return f"libc6 (>= {max(glibc, key=_version_key)})"
        return package

    unused = sorted(set(elves) - required - wanted)
    return Relations([with_version(name) for name in sorted(depends)], sorted(recommends),
                     unused)


# --- the staging tree ---------------------------------------------------------------------

def version(text: str = __version__) -> str:
    """desktop.__version__ in Debian's spelling (1.2.0rc1 -> 1.2.0~rc1, sorts before 1.2.0)."""
    debian = re.sub(r"\.?(dev|a|b|rc)(\d*)", r"~\1\2", text)
    if not re.fullmatch(r"\d[A-Za-z0-9.+~]*", debian):
        raise BuildError(f"version {text!r} cannot be a Debian version")
    return debian


def check_bundle(bundle: Path, expected: str) -> None:
    """The bundle is there and is the version the package will be called."""
    missing = [name for name in (*PROGRAMS, "_internal") if not (bundle / name).exists()]
    if missing:
        raise BuildError(f"{bundle} is not a Grif bundle (no {', '.join(missing)}): "
                         "run make bundle first")
    done = subprocess.run([bundle / "grif-cli", "--version"], capture_output=True,  # noqa: S603
                          text=True, check=False, env={**os.environ, "PYTHONPATH": ""})
    said = (done.stdout + done.stderr).split()
    if done.returncode != 0 or said[-1:] != [expected]:
        raise BuildError(f"{bundle}/grif-cli --version says {' '.join(said) or 'nothing'!r}, "
                         f"desktop/__init__.py says {expected}: run make bundle again")


def stage(bundle: Path, root: Path) -> None:
    """The package's file tree in `root` (emptied first)."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    for link in opt.rglob("*"):
        if link.is_symlink():
            target = os.readlink(link)
            inside = (link.parent / target).resolve()
            if os.path.isabs(target) or not inside.is_relative_to(opt.resolve()):
                raise BuildError(f"{link.relative_to(root)} points outside /opt/grif: {target}")
            if not inside.exists():
                raise BuildError(f"{link.relative_to(root)} points to {target}, which the "
                                 "bundle does not have: fix the bundle (installer/grif.spec)")
    (root / "usr" / "bin").mkdir(parents=True)
    for program in PROGRAMS:
        (root / "usr" / "bin" / program).symlink_to(f"/opt/{PACKAGE}/{program}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(DEB / "grif.desktop", applications / "grif.desktop")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(ICONS / f"grif-{size}.png", folder / "grif.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICONS / "grif.svg", hicolor / "scalable" / "apps" / "grif.svg")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(opt), encoding="utf-8")


def copyright_text(opt: Path) -> str:
    text = (DEB / "copyright").read_text(encoding="utf-8")
    licences = opt / "_internal" / "licenses"
    names = sorted(path.name for path in licences.iterdir()) if licences.is_dir() else []
    listing = "\n".join(f"   {name}" for name in names) or "   (none)"
    return text.replace("@LICENSES@", listing)


SHARED_LIBRARY = re.compile(r"\.so(\.\d+)*$")


def is_program(path: Path) -> bool:
    """A file that is run rather than read: an ELF executable, or a script with #! that
    was executable in the bundle. Shared libraries and Python extensions are read (0644),
    even those that can also be run (libc-like ones with an interpreter, libQt6Core)."""
    with path.open("rb") as handle:
        head = handle.read(2)
    if head == b"#!":
        return bool(path.stat().st_mode & 0o111)
    if SHARED_LIBRARY.search(path.name):
        return False
    elf = read_elf(path)
    return elf is not None and elf.executable


def set_modes(root: Path) -> None:
    """Folders 0755, programs 0755, every other file 0644 (dpkg-deb keeps the modes)."""
    root.chmod(0o755)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if is_program(path) else 0o644)


def installed_size(root: Path) -> int:
    """KiB, counted as dpkg-gencontrol does: each file rounded up, 1 per folder and link."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def write_control(root: Path, rel: Relations, version_text: str) -> None:
    control = root / "DEBIAN"
    control.mkdir(mode=0o755)
    lines = []
    for line in (DEB / "control.in").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("Recommends:") and not rel.recommends:
            continue
        lines.append(line)
    text = "\n".join(lines) + "\n"
    text = (text.replace("@VERSION@", version_text)
                .replace("@INSTALLED_SIZE@", str(installed_size(root)))
                .replace("@DEPENDS@", ", ".join(rel.depends))
                .replace("@RECOMMENDS@", ", ".join(rel.recommends)))
    if re.search(r"@[A-Z_]+@", text):
        raise BuildError("control.in has a placeholder build_deb.py does not fill")
    (control / "control").write_text(text, encoding="utf-8")
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    (control / "md5sums").write_text("".join(sums), encoding="utf-8")
    for name in ("control", "md5sums"):
        (control / name).chmod(0o644)
    control.chmod(0o755)


def build(bundle: Path, out: Path, work: Path,
          compression: tuple[str, str] = COMPRESSION) -> Path:
    dpkg_deb = shutil.which("dpkg-deb")
    if dpkg_deb is None:
        raise BuildError("dpkg-deb is missing: install the dpkg package")
    bundle, out, work = bundle.resolve(), out.resolve(), work.resolve()
    check_bundle(bundle, __version__)
    version_text = version()
    root = work / "root"
    stage(bundle, root)
    rel = relations(root / "opt" / PACKAGE, read_shlibs())
    if rel.unused:
        size = sum((root / "opt" / PACKAGE / name).stat().st_size for name in rel.unused)
        print(f"build_deb: note: no file of the bundle links against {len(rel.unused)} "
              f"libraries it carries ({size / 2**20:.1f} MB; a system library may still load "
              "them):\n  " + "\n  ".join(rel.unused), file=sys.stderr)
    set_modes(root)
    write_control(root, rel, version_text)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version_text}_{ARCH}.deb"
    kind, level = compression
    subprocess.run([dpkg_deb, "--root-owner-group", f"-Z{kind}", f"-z{level}",  # noqa: S603
                    "--build", str(root), str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "grif")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("-Z", dest="kind", default=COMPRESSION[0],
                        choices=("gzip", "xz", "zstd", "none"))
    parser.add_argument("-z", dest="level", default=COMPRESSION[1], help="compression level")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        target = build(args.bundle, args.out, args.work, (args.kind, args.level))
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    size = target.stat().st_size / 2**20
    print(f"{target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target}: "
          f"{size:.1f} MB in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

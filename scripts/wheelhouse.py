"""The offline wheelhouse: every pinned wheel Grif needs, for Linux x86_64 and Windows amd64.

    python scripts/wheelhouse.py --dest dist/wheelhouse [--extras test,bundle]
    python scripts/wheelhouse.py --plan [--extras test,bundle]      (offline: what it would fetch)

`pip download --platform` evaluates environment markers for the machine it runs on, not for
the target (on Linux it would fetch SecretStorage for Windows and miss pywin32-ctypes), so
the requirement tree is walked here: from pyproject.toml's requirements, through each
downloaded wheel's own metadata, with the markers of each target system. Every package met
must be pinned in installer/constraints.txt at a version its dependant accepts; each wheel is
fetched alone (`--no-deps`) at its pinned version, as a binary for the target. The folder
ends up holding exactly those wheels (older ones are removed) and a SHA256SUMS file.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass, field
from email.parser import HeaderParser
from importlib import metadata
from pathlib import Path

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.tags import Tag, compatible_tags, cpython_tags
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # pragma: no cover - pip always carries its own copy
    from pip._vendor.packaging.markers import Marker
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.tags import Tag, compatible_tags, cpython_tags
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "installer" / "constraints.txt"
PYTHON = (3, 11)


@dataclass(frozen=True)
class Target:
    """One system the wheelhouse serves: its wheel platforms and its marker values."""

    name: str
    platforms: tuple[str, ...]
    markers: dict[str, str] = field(hash=False)

    def tags(self) -> set[Tag]:
        interpreter = f"cp{PYTHON[0]}{PYTHON[1]}"
        return {*cpython_tags(PYTHON, abis=[interpreter, "abi3", "none"],
                              platforms=self.platforms),
                *compatible_tags(PYTHON, interpreter, self.platforms)}


def _markers(**system: str) -> dict[str, str]:
    return {"implementation_name": "cpython", "implementation_version": "3.11.9",
            "platform_python_implementation": "CPython", "python_version": "3.11",
            "python_full_version": "3.11.9", "platform_release": "", "platform_version": "",
            **system}


# PySide6 6.11 ships manylinux_2_34 wheels only: the Linux side needs glibc 2.34 or later
# (Debian 12, Ubuntu 22.04, RHEL 9 and newer); older manylinux tags are accepted below it.
LINUX = Target("linux", tuple([f"manylinux_2_{minor}_x86_64" for minor in range(34, 16, -1)]
                              + ["manylinux2014_x86_64"]),
               _markers(os_name="posix", sys_platform="linux", platform_system="Linux",
                        platform_machine="x86_64"))
WINDOWS = Target("windows", ("win_amd64",),
                 _markers(os_name="nt", sys_platform="win32", platform_system="Windows",
                          platform_machine="AMD64"))
TARGETS = {target.name: target for target in (LINUX, WINDOWS)}


class WheelhouseError(Exception):
    """The pins and the requirement tree disagree, or a wheel could not be had."""


@dataclass(frozen=True)
class Pin:
    name: str          # as written in constraints.txt
    version: str
    marker: Marker | None
    line: int

    def applies(self, target: Target) -> bool:
        return self.marker is None or self.marker.evaluate({**target.markers, "extra": ""})


def read_constraints(path: Path = CONSTRAINTS) -> dict[str, Pin]:
    """constraints.txt as {canonical name: Pin}; every line must be `name==version[; marker]`."""
    pins: dict[str, Pin] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        req = Requirement(text)
        spec = list(req.specifier)
        if req.extras or req.url or len(spec) != 1 or spec[0].operator != "==" \
                or "*" in spec[0].version:
            raise WheelhouseError(f"{path.name}:{number}: not `name==version`: {raw!r}")
        key = canonicalize_name(req.name)
        if key in pins:
            raise WheelhouseError(f"{path.name}:{number}: {req.name} is pinned twice")
        pins[key] = Pin(req.name, spec[0].version, req.marker, number)
    return pins


def root_requirements(extras: list[str], pyproject: Path = ROOT / "pyproject.toml"
                      ) -> list[Requirement]:
    """Grif's own requirements: [project].dependencies and the optional groups asked for."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    groups = project.get("optional-dependencies", {})
    lines = list(project["dependencies"])
    for extra in extras:
        if extra not in groups:
            raise WheelhouseError(f"pyproject.toml has no optional group {extra!r} "
                                  f"(it has {', '.join(sorted(groups))})")
        lines += groups[extra]
    return [Requirement(line) for line in lines]


def wheel_requirements(wheel: Path) -> list[str]:
    """Requires-Dist of a wheel, read from its METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist()
                 if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        if len(names) != 1:
            raise WheelhouseError(f"{wheel.name}: no single .dist-info/METADATA")
        text = archive.read(names[0]).decode("utf-8")
    return HeaderParser().parsestr(text).get_all("Requires-Dist") or []


def installed_requirements(name: str, version: str) -> list[str] | None:
    """Requires-Dist of the copy installed in this environment, if it is that version."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    return list(dist.requires or []) if dist.version == version else None


def wanted(req: Requirement, target: Target, extras: frozenset[str]) -> bool:
    if req.marker is None:
        return True
    return any(req.marker.evaluate({**target.markers, "extra": extra})
               for extra in (extras or {""}))


@dataclass
class Closure:
    """The pinned packages one target needs, and who asked for each."""

    target: Target
    pins: dict[str, Pin]                                   # canonical name -> Pin
    needed_by: dict[str, str] = field(default_factory=dict)
    extras: dict[str, set[str]] = field(default_factory=dict)

    def add(self, req: Requirement, parent: str, parent_extras: frozenset[str]) -> str | None:
        """Record one requirement of `parent`; return the name if it is new or needs new
        extras (its own requirements must then be walked again)."""
        if not wanted(req, self.target, parent_extras):
            return None
        key = canonicalize_name(req.name)
        pin = self.pins.get(key)
        if pin is None:
            raise WheelhouseError(f"{req.name} (needed by {parent} on {self.target.name}) "
                                  f"is not pinned in {CONSTRAINTS.name}")
        if not req.specifier.contains(pin.version, prereleases=True):
            raise WheelhouseError(f"{parent} needs {req}, but {CONSTRAINTS.name} pins "
                                  f"{pin.name}=={pin.version}")
        if not pin.applies(self.target):
            raise WheelhouseError(f"{pin.name} is needed by {parent} on {self.target.name}, "
                                  f"but its pin's marker ({pin.marker}) leaves it out there")
        known = self.extras.get(key)
        if known is not None and set(req.extras) <= known:
            return None
        self.needed_by.setdefault(key, parent)
        self.extras[key] = (known or set()) | set(req.extras)
        return key

    def names(self) -> list[str]:
        return sorted(self.needed_by)


def walk(target: Target, pins: dict[str, Pin], roots: list[Requirement], requirements_of
         ) -> Closure:
    """The closure of `roots` for `target`. `requirements_of(batch)` gets the pinned wheels of
    a batch of canonical names (downloading them if need be) and returns, per name, its
    Requires-Dist lines, or None when its metadata cannot be read (then it is a leaf)."""
    closure = Closure(target, pins)
    todo = [key for req in roots if (key := closure.add(req, "grif", frozenset()))]
    while todo:
        batch = sorted(set(todo))
        todo = []
        for key, lines in requirements_of(batch).items():
            if lines is None:
                continue
            parent = pins[key].name
            for line in lines:
                new = closure.add(Requirement(line), parent, frozenset(closure.extras[key]))
                if new:
                    todo.append(new)
    return closure


def pip_download_command(target: Target, specs: list[str], dest: Path) -> list[str]:
    platforms = [arg for platform in target.platforms for arg in ("--platform", platform)]
    return [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
            "--no-deps", "--only-binary=:all:", "--implementation", "cp",
            "--python-version", f"{PYTHON[0]}.{PYTHON[1]}", *platforms,
            "--dest", str(dest), *specs]


def find_wheel(dest: Path, pin: Pin, target: Target) -> Path | None:
    tags = target.tags()
    for wheel in sorted(dest.glob("*.whl")):
        name, version, _build, wheel_tags = parse_wheel_filename(wheel.name)
        if name == canonicalize_name(pin.name) and str(version) == pin.version \
                and wheel_tags & tags:
            return wheel
    return None


class Downloader:
    """Fetches pinned wheels for one target into `dest` and reads their requirements."""

    def __init__(self, target: Target, pins: dict[str, Pin], dest: Path):
        self.target, self.pins, self.dest = target, pins, dest
        self.wheels: dict[str, Path] = {}

    def __call__(self, batch: list[str]) -> dict[str, list[str] | None]:
        missing = [key for key in batch if not find_wheel(self.dest, self.pins[key], self.target)]
        if missing:
            specs = [f"{self.pins[key].name}=={self.pins[key].version}" for key in missing]
            print(f"[{self.target.name}] downloading {len(specs)}: {' '.join(specs)}",
                  flush=True)
            subprocess.run(pip_download_command(self.target, specs, self.dest),  # noqa: S603
                           check=True, stdout=subprocess.DEVNULL)
        found = {}
        for key in batch:
            wheel = find_wheel(self.dest, self.pins[key], self.target)
            if wheel is None:
                raise WheelhouseError(f"no {self.target.name} wheel of "
                                      f"{self.pins[key].name}=={self.pins[key].version}")
            self.wheels[key] = wheel
            found[key] = wheel_requirements(wheel)
        return found


def installed_metadata(pins: dict[str, Pin]):
    """For --plan: requirements from this environment's installed copies, where they are the
    pinned version; other packages (those of the other system) count as leaves."""
    def requirements_of(batch: list[str]) -> dict[str, list[str] | None]:
        return {key: installed_requirements(pins[key].name, pins[key].version) for key in batch}
    return requirements_of


def write_sums(dest: Path) -> Path:
    lines = []
    for wheel in sorted(dest.glob("*.whl")):
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        lines.append(f"{digest}  {wheel.name}\n")
    sums = dest / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="ascii")
    return sums


def megabytes(paths) -> float:
    return sum(path.stat().st_size for path in paths) / 1e6


def parse_extras(text: str) -> list[str]:
    return [part.strip() for part in text.replace(" ", ",").split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dest", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument("--extras", default="", help="optional groups too, e.g. test,bundle")
    parser.add_argument("--platforms", default="linux,windows")
    parser.add_argument("--constraints", type=Path, default=CONSTRAINTS)
    parser.add_argument("--plan", action="store_true",
                        help="download nothing: walk the tree with the installed metadata "
                             "and print the pip commands it would run")
    args = parser.parse_args(argv)
    try:
        pins = read_constraints(args.constraints)
        roots = root_requirements(parse_extras(args.extras))
        targets = [TARGETS[name] for name in parse_extras(args.platforms)]
    except (WheelhouseError, KeyError) as exc:
        print(f"wheelhouse: {exc}", file=sys.stderr)
        return 2
    if not args.plan:
        args.dest.mkdir(parents=True, exist_ok=True)
    kept: set[Path] = set(args.dest.glob("grif-*.whl")) if not args.plan else set()
    for target in targets:
        requirements_of = (installed_metadata(pins) if args.plan
                           else Downloader(target, pins, args.dest))
        try:
            closure = walk(target, pins, roots, requirements_of)
        except (WheelhouseError, subprocess.CalledProcessError) as exc:
            print(f"wheelhouse: {exc}", file=sys.stderr)
            return 1
        specs = [f"{pins[key].name}=={pins[key].version}" for key in closure.names()]
        if args.plan:
            print(f"[{target.name}] {len(specs)} packages: {' '.join(specs)}")
            print(" ".join(pip_download_command(target, specs, args.dest)))
            continue
        wheels = [requirements_of.wheels[key] for key in closure.names()]
        kept.update(wheels)
        print(f"[{target.name}] {len(wheels)} wheels, {megabytes(wheels):.1f} MB")
    if args.plan:
        return 0
    for stale in sorted(set(args.dest.glob("*.whl")) - kept):
        print(f"removing {stale.name} (not pinned for these systems)")
        stale.unlink()
    sums = write_sums(args.dest)
    print(f"{args.dest}: {len(kept)} wheels, {megabytes(kept):.1f} MB; {sums.name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

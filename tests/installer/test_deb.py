"""The Debian package: scripts/build_deb.py packs the bundle dist/grif (made by `make bundle`)
into a .deb whose fields, file list, modes and menu entry are checked here; then dpkg installs
it into a throwaway root, the installed grif-cli runs its self-test, and dpkg removes and purges
it, leaving nothing of it behind.

Cost: about 13 s on two cores (build_deb ~7 s, of it gzip ~6 s; dpkg --install ~1 s;
self-test ~2 s)."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from desktop import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "grif"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
LANGUAGES = ("ru", "kk", "ky")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build_deb = _load("grif_build_deb", ROOT / "scripts" / "build_deb.py")


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          check=True, **kwargs)


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    if not (BUNDLE / "grif-cli").is_file():
        pytest.fail(f"{BUNDLE} is missing: run make bundle (the package is built from it)")
    work = tmp_path_factory.mktemp("deb")
    started = time.monotonic()
    done = subprocess.run([sys.executable, ROOT / "scripts" / "build_deb.py", "--bundle", BUNDLE,
                           "--out", work / "out", "--work", work / "work"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    print(f"build_deb: {time.monotonic() - started:.1f} s")
    (package,) = (work / "out").glob("*.deb")
    shutil.rmtree(work / "work")          # the staging copy is not needed any more
    return package


def fields(package: Path) -> dict[str, str]:
    text = run("dpkg-deb", "--field", package).stdout
    return {key: value.strip() for key, value in
            re.findall(r"^([\w-]+):(.*(?:\n .*)*)", text, re.MULTILINE)}


def contents(package: Path) -> dict[str, tuple[str, str, str]]:
    """path -> (mode string, owner/group, link target or '') from dpkg-deb --contents."""
    entries = {}
    for line in run("dpkg-deb", "--contents", package).stdout.splitlines():
        mode, owner, _size, _date, _time, name = line.split(maxsplit=5)
        target = ""
        if mode.startswith("l"):
            name, target = name.split(" -> ", 1)
        entries[name.removeprefix(".").rstrip("/") or "/"] = (mode, owner, target)
    return entries


def test_file_name_and_fields(deb):
    version = build_deb.version()
    assert version.replace("~", "") == __version__.replace(".dev", "dev")
    assert deb.name == f"grif_{version}_amd64.deb"
    info = fields(deb)
    assert info["Package"] == "grif"
    assert info["Version"] == version
    assert info["Architecture"] == "amd64"
    assert info["Section"] == "misc"
    assert info["Priority"] == "optional"
    assert info["Maintainer"] == "Grif developers <grif@grif.kz>"
    assert info["Description"].startswith("offline register of classified carriers\n")
    bundle_kib = sum(-(-path.stat().st_size // 1024) for path in BUNDLE.rglob("*")
                     if path.is_file() and not path.is_symlink())
    assert bundle_kib <= int(info["Installed-Size"]) < bundle_kib + 2048
    depends = [item.strip() for item in info["Depends"].split(",")]
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[0])
    assert {"libxcb1", "libgl1"} <= {item.split()[0] for item in depends}
    relations = info["Depends"] + info.get("Recommends", "")
    assert "python" not in relations.lower()
    # No maintainer scripts: nothing runs as root at install time.
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", deb], capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(control)) as members:
        assert sorted(members.getnames()) == [".", "./control", "./md5sums"]


def test_files_modes_and_owner(deb):
    entries = contents(deb)
    assert {"/opt/grif/grif", "/opt/grif/grif-cli", "/usr/share/applications/grif.desktop",
            "/usr/share/doc/grif/copyright",
            "/usr/share/icons/hicolor/scalable/apps/grif.svg"} <= entries.keys()
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/grif.png" in entries
    # /usr/bin holds only the two commands, links into /opt/grif.
    assert entries["/usr/bin/grif"] == ("lrwxrwxrwx", "root/root", "/opt/grif/grif")
    assert entries["/usr/bin/grif-cli"] == ("lrwxrwxrwx", "root/root", "/opt/grif/grif-cli")
    folders = {"/", "/opt", "/usr", "/usr/bin", "/usr/share", "/usr/share/doc",
               "/usr/share/icons"}
    places = ("/opt/grif", "/usr/share/applications", "/usr/share/icons/hicolor",
              "/usr/share/doc/grif")
    outside = [name for name in entries if name not in folders
               and name not in ("/usr/bin/grif", "/usr/bin/grif-cli")
               and not any(name == place or name.startswith(place + "/") for place in places)]
    assert outside == []
    assert {name for name in entries if name.startswith("/usr/bin/")} == {
        "/usr/bin/grif", "/usr/bin/grif-cli"}
    wrong_owner = [name for name, (_, owner, _) in entries.items() if owner != "root/root"]
    assert wrong_owner == []
    modes: dict[str, set[str]] = {}
    for name, (mode, _, _) in entries.items():
        modes.setdefault(mode, set()).add(name)
    assert set(modes) <= {"drwxr-xr-x", "-rw-r--r--", "-rwxr-xr-x", "lrwxrwxrwx"}
    assert modes["-rwxr-xr-x"] == {"/opt/grif/grif", "/opt/grif/grif-cli"}
    libraries = [name for name in entries if re.search(r"\.so(\.[\d.]+)?$", name)]
    assert len(libraries) > 50
    assert [name for name in libraries if entries[name][0] not in ("-rw-r--r--",
                                                                   "lrwxrwxrwx")] == []
    # Every link inside /opt/grif stays inside it (relative, and the target is packed).
    for name, (_, _, target) in entries.items():
        if target and name.startswith("/opt/"):
            assert not target.startswith("/"), name
            resolved = os.path.normpath(os.path.join(os.path.dirname(name), target))
            assert resolved in entries, f"{name} -> {target}: not in the package"


def test_menu_entry(deb, tmp_path):
    run("dpkg-deb", "--extract", deb, tmp_path)
    desktop = tmp_path / "usr/share/applications/grif.desktop"
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is missing: install desktop-file-utils "
                    "(make sysdeps does as root)")
    assert run("desktop-file-validate", desktop).stdout == ""
    main, _, action = desktop.read_text(encoding="utf-8").partition("[Desktop Action guide]")
    entry = dict(line.split("=", 1) for line in main.splitlines() if "=" in line)
    guide = dict(line.split("=", 1) for line in action.splitlines() if "=" in line)
    assert entry["Exec"] == "/opt/grif/grif"
    assert entry["Actions"] == "guide;" and guide["Exec"] == "/opt/grif/grif --guide"
    assert len({guide["Name"]} | {guide[f"Name[{lang}]"] for lang in LANGUAGES}) == 4
    assert (tmp_path / entry["Exec"].lstrip("/")).is_file()
    assert entry["Icon"] == "grif"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;"
    # Qt sets the X11 window class to QCoreApplication.applicationName().
    assert entry["StartupWMClass"] == APP_NAME
    for key in ("GenericName", "Comment"):
        texts = {entry[key]} | {entry[f"{key}[{lang}]"] for lang in LANGUAGES}
        assert len(texts) == 4, f"{key} is not translated into each language"
    for size in ICON_SIZES:
        png = (tmp_path / f"usr/share/icons/hicolor/{size}x{size}/apps/grif.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == size
    copyright_text = (tmp_path / "usr/share/doc/grif/copyright").read_text(encoding="utf-8")
    licences = sorted(path.name for path in (BUNDLE / "_internal" / "licenses").iterdir())
    assert licences
    assert all(f"\n   {name}\n" in copyright_text for name in licences)


def test_relations_follow_the_libraries_from_what_is_loaded(tmp_path):
    """build_deb's reading of a small tree made of the bundle's own files: a program, an X11
    plugin, an optional theme plugin, carried libraries and a library nothing loads."""
    if not (BUNDLE / "grif-cli").is_file():
        pytest.fail(f"{BUNDLE} is missing: run make bundle")
    internal = BUNDLE / "_internal"
    tree = tmp_path / "grif"
    parts = {"grif": BUNDLE / "grif-cli",
             "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": internal / "libxcb-icccm.so.4",
             "_internal/PySide6/Qt/plugins/platformthemes/libqtheme.so":
                 internal / "libxcb-cursor.so.0",
             "_internal/libxcb-render-util.so.0": internal / "libxcb-render-util.so.0",
             "_internal/libz.so.1": internal / "libz.so.1",
             "_internal/libstray.so.1": internal / "libX11.so.6"}
    for name, source in parts.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, tree / name)
    shlibs = build_deb.read_shlibs()
    found = build_deb.relations(tree, shlibs)
    assert [name.split()[0] for name in found.depends] == ["libc6", "libxcb1"]
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", found.depends[0])
    # The theme plugin needs render-util (carried), render and image (not carried).
    assert found.recommends == ["libxcb-image0", "libxcb-render0"]
    assert found.unused == ["_internal/libstray.so.1"]
    assert build_deb.is_program(tree / "grif")
    assert not build_deb.is_program(tree / "_internal/libstray.so.1")
    del shlibs.packages["libxcb.so.1"]
    with pytest.raises(build_deb.BuildError,
                       match=r"libxcb\.so\.1 \(needed by _internal/PySide6/Qt/plugins/platforms"):
        build_deb.relations(tree, shlibs)


def _owners(paths: list[str]) -> dict[str, str | None]:
    """The Debian package owning each path on this machine (either side of the /usr merge),
    with one dpkg -S for all of them."""
    variants: dict[str, set[str]] = {}
    for path in paths:
        names = {path, os.path.realpath(path)}
        names |= {name.removeprefix("/usr") for name in list(names)}
        names |= {"/usr" + name for name in list(names) if not name.startswith("/usr/")}
        variants[path] = names
    every = sorted(set().union(*variants.values()))
    done = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True, check=False)
    owner = {}
    for line in done.stdout.splitlines():
        package, _, name = line.partition(": ")
        owner[name] = package.split(":")[0]
    return {path: next((owner[name] for name in sorted(names) if name in owner), None)
            for path, names in variants.items()}


def test_shlibs_table_names_the_packages_that_own_the_libraries():
    """Each library of installer/deb/shlibs that is installed here belongs to the package
    the table names (checked with dpkg -S, so the table cannot drift into fiction)."""
    table = build_deb.read_shlibs().packages
    cache = run("ldconfig", "-p").stdout
    where = {}
    for soname in table:
        match = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)$", cache,
                          re.MULTILINE)
        if match is not None:
            where[soname] = match.group(1)
    owners = _owners(list(where.values()))
    wrong = [(soname, table[soname], owners[path]) for soname, path in where.items()
             if owners[path] != table[soname]]
    assert wrong == []
    assert len(where) >= 40


def _with_their_dependencies(packages: set[str]) -> set[str]:
    """`packages` and what they depend on, as installed on this machine."""
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        done = subprocess.run(["dpkg-query", "-W", "-f", "${Depends}, ${Pre-Depends}",
                               package], capture_output=True, text=True, check=False)
        todo += [re.split(r"[\s:(]", alternative.strip())[0]
                 for alternative in re.split(r"[,|]", done.stdout) if alternative.strip()]
    return seen


def test_depends_covers_what_ldd_finds_outside_the_bundle(deb):
    """ldd on the programs, the Python runtime, the Qt X11 platform plugin and the native
    extension modules: every library it resolves outside the bundle belongs to a package of
    Depends or to one of their own dependencies (an independent check of build_deb's reading
    of the ELF files)."""
    info = fields(deb)
    depends = _with_their_dependencies({item.split()[0] for item in info["Depends"].split(",")})
    internal = BUNDLE / "_internal"
    files = [BUNDLE / "grif-cli", *internal.glob("libpython3*.so*"),
             internal / "PySide6/Qt/plugins/platforms/libqxcb.so",
             *internal.glob("PySide6/Qt*.abi3.so"), *internal.glob("sqlcipher3/*.so"),
             *internal.glob("cryptography/hazmat/bindings/*.so")]
    assert len(files) >= 6
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    outside: dict[str, str] = {}
    for file in files:
        for line in run("ldd", file, env=env).stdout.splitlines():
            match = re.match(r"\s*(\S+) => (/\S+)", line) or re.match(r"\s*(/\S+) \(", line)
            if match is None:
                assert "not found" not in line, f"{file.name}: {line.strip()}"
                continue
            path = match.groups()[-1]
            if not Path(path).resolve().is_relative_to(BUNDLE.resolve()):
                outside[path] = file.name
    assert outside, "ldd found no system library at all"
    owners = _owners(list(outside))
    missing = {path: (file, owners[path]) for path, file in outside.items()
               if owners[path] not in depends}
    assert missing == {}


@pytest.fixture(scope="module")
def installed(deb, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("root")
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    started = time.monotonic()
    run("dpkg", f"--root={root}", *_not_root(), "--force-depends", "--force-script-chrootless",
        "--install", deb)
    print(f"dpkg --install: {time.monotonic() - started:.1f} s")
    return root


def _not_root() -> list[str]:
    return [] if os.geteuid() == 0 else ["--force-not-root"]


def test_installs_runs_and_uninstalls_cleanly(installed, tmp_path):
    root = installed
    status = run("dpkg", f"--root={root}", "--status", "grif").stdout
    assert "Status: install ok installed" in status
    assert run("dpkg", f"--root={root}", "--verify", "grif").stdout == ""
    for program in ("grif", "grif-cli"):
        assert os.readlink(root / "usr/bin" / program) == f"/opt/grif/{program}"
        assert stat.S_IMODE((root / "opt/grif" / program).stat().st_mode) == 0o755
    env = {**os.environ, "GRIF_HOME": str(tmp_path / "home"), "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    version = run(root / "opt/grif/grif-cli", "--version", env=env, cwd=tmp_path)
    assert __version__ in version.stdout + version.stderr
    check = subprocess.run([root / "opt/grif/grif-cli", "self-test"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, check=False)
    assert check.returncode == 0, check.stdout + check.stderr

    run("dpkg", f"--root={root}", *_not_root(), "--force-script-chrootless", "--remove", "grif")
    left = [path for path in root.rglob("*")
            if not path.is_relative_to(root / "var/lib/dpkg")
            and path not in (root / "var", root / "var/lib")]
    assert left == []
    run("dpkg", f"--root={root}", *_not_root(), "--force-script-chrootless", "--purge", "grif")
    assert sorted(path.name for path in (root / "var/lib/dpkg/info").iterdir()) in (
        [], ["format"])
    gone = subprocess.run(["dpkg", f"--root={root}", "--status", "grif"], capture_output=True,
                          text=True, check=False)
    assert gone.returncode != 0 or "Status: install ok installed" not in gone.stdout
    assert "grif" not in (root / "var/lib/dpkg/status").read_text(encoding="utf-8")


def test_committed_icons_are_the_svg_rendered(qapp, tmp_path):
    """resources/icons/grif-<n>.png are what render.py makes of grif.svg today."""
    from PySide6.QtGui import QImage
    render = _load("grif_icon_render", ROOT / "resources" / "icons" / "render.py")
    assert render.SIZES == ICON_SIZES
    for size in ICON_SIZES:
        fresh = render.render(render.HERE / "grif.svg", size)
        committed = QImage(str(render.HERE / f"grif-{size}.png")).convertToFormat(
            fresh.format())
        assert committed.size() == fresh.size()
        assert committed == fresh, f"grif-{size}.png is out of date: run render.py"

"""The offline wheelhouse: installer/constraints.txt pins everything Grif installs, and
scripts/wheelhouse.py walks the requirement tree per target system (offline here: the real
download is `make wheelhouse`, see installer/README.md)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "installer" / "constraints.txt"


def _load_script():
    spec = importlib.util.spec_from_file_location("grif_wheelhouse",
                                                  ROOT / "scripts" / "wheelhouse.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


wheelhouse = _load_script()
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LINE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*==[0-9][0-9A-Za-z.+!-]*"
                  r"(; (sys_platform|platform_system|os_name) == \"[A-Za-z0-9]+\")?$")


def pins() -> dict[str, Requirement]:
    return {canonicalize_name(r.name): r for r in
            (Requirement(line.split("#")[0]) for line in
             CONSTRAINTS.read_text(encoding="utf-8").splitlines()
             if line.split("#")[0].strip())}


def pinned_version(req: Requirement) -> str:
    (spec,) = req.specifier
    return spec.version


def test_every_line_is_name_equals_version():
    lines = [line for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) >= 40
    bad = [line for line in lines if not LINE.match(line)]
    assert bad == []
    names = [canonicalize_name(line.split("==")[0]) for line in lines]
    assert len(names) == len(set(names)), "a package is pinned twice"
    assert wheelhouse.read_constraints().keys() == set(names)


def test_pyproject_requirements_pinned_to_the_same_version():
    groups = PROJECT["optional-dependencies"]
    assert {"test", "bundle"} <= groups.keys()
    declared = [Requirement(line) for line in
                PROJECT["dependencies"] + groups["test"] + groups["bundle"]]
    table = pins()
    for req in declared:
        key = canonicalize_name(req.name)
        assert key in table, f"{req.name} is not in constraints.txt"
        assert table[key].marker is None, f"{req.name} is needed everywhere: no marker"
        assert req.specifier.contains(pinned_version(table[key])), \
            f"pyproject says {req}, constraints.txt says {table[key]}"
        assert str(req.specifier) == f"=={pinned_version(table[key])}", \
            f"pyproject.toml should pin {req.name} exactly"


def _installed_tree() -> dict[str, str]:
    """Every distribution installed here that Grif's requirements (with the test and bundle
    groups) reach, walked through the installed metadata with this machine's markers."""
    roots = PROJECT["dependencies"] + [line for group in ("test", "bundle")
                                       for line in PROJECT["optional-dependencies"][group]]
    todo = [(Requirement(line), frozenset()) for line in roots]
    seen: dict[str, str] = {}
    while todo:
        req, _ = todo.pop()
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        dist = metadata.distribution(req.name)
        seen[key] = dist.version
        for line in dist.requires or []:
            child = Requirement(line)
            if child.marker is None or any(child.marker.evaluate({"extra": extra})
                                           for extra in ("", *req.extras)):
                todo.append((child, frozenset(child.extras)))
    return seen


def test_everything_installed_for_grif_is_pinned_at_its_installed_version():
    tree = _installed_tree()
    table = pins()
    assert {"pyside6-essentials", "keyring", "cffi", "pytest", "pyinstaller",
            "setuptools"} <= tree.keys()
    problems = [f"{name} {version} (pinned: {table.get(name)})"
                for name, version in sorted(tree.items())
                if name not in table or pinned_version(table[name]) != version]
    assert problems == []
    unused_here = {name for name, req in table.items() if name not in tree
                   and (req.marker is None or req.marker.evaluate())}
    assert unused_here == set(), "pinned but not needed on this system"


def _plan(capsys, *args) -> dict[str, tuple[set[str], str]]:
    assert wheelhouse.main(["--plan", *args]) == 0
    out = capsys.readouterr().out.splitlines()
    plans = {}
    for head, command in zip(out[0::2], out[1::2], strict=True):
        target, _count, _word, specs = head.split(" ", 3)
        plans[target.strip("[]")] = ({canonicalize_name(s.split("==")[0])
                                      for s in specs.split()}, command)
    return plans


def test_plan_fetches_each_system_its_own_packages(capsys):
    plans = _plan(capsys, "--extras", "test,bundle")
    linux, linux_cmd = plans["linux"]
    windows, windows_cmd = plans["windows"]
    everywhere = {canonicalize_name(Requirement(line).name) for line in
                  PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]
                  + PROJECT["optional-dependencies"]["bundle"]}
    assert everywhere <= linux and everywhere <= windows
    assert {"secretstorage", "jeepney"} <= linux
    assert not {"secretstorage", "jeepney"} & windows
    assert {"pywin32-ctypes", "colorama", "pefile"} <= windows
    assert not {"pywin32-ctypes", "colorama", "pefile"} & linux
    assert linux | windows == set(pins()), "every pin is used on one system at least"
    for command in (linux_cmd, windows_cmd):
        for part in ("pip download", "--no-deps", "--only-binary=:all:",
                     "--implementation cp", "--python-version 3.11"):
            assert part in command
    assert "--platform win_amd64" in windows_cmd and "manylinux" not in windows_cmd
    assert "--platform manylinux_2_34_x86_64" in linux_cmd
    assert "--platform manylinux2014_x86_64" in linux_cmd and "win_amd64" not in linux_cmd


def test_plan_without_extras_leaves_out_test_and_bundle_tools(capsys):
    plans = _plan(capsys)
    for names, _command in plans.values():
        assert "pyside6-essentials" in names and "sqlcipher3" in names
        assert not {"pytest", "hypothesis", "ruff", "pyinstaller", "setuptools"} & names


@pytest.mark.parametrize(("edit", "message"), [
    (lambda text: re.sub(r"(?m)^zipp==.*\n", "", text), "zipp"),
    (lambda text: text.replace("cffi==2.1.1", "cffi==1.17.1"), "cffi"),
    (lambda text: text.replace('jeepney==0.9.0; sys_platform == "linux"',
                               'jeepney==0.9.0; sys_platform == "win32"'), "jeepney"),
])
def test_plan_refuses_a_tree_the_pins_do_not_cover(tmp_path, capsys, edit, message):
    broken = tmp_path / "constraints.txt"
    broken.write_text(edit(CONSTRAINTS.read_text(encoding="utf-8")), encoding="utf-8")
    assert wheelhouse.main(["--plan", "--constraints", str(broken)]) == 1
    err = capsys.readouterr().err
    assert message in err


def test_a_line_that_is_not_a_pin_is_refused(tmp_path, capsys):
    broken = tmp_path / "constraints.txt"
    broken.write_text(CONSTRAINTS.read_text(encoding="utf-8") + "tomli>=2\n", encoding="utf-8")
    assert wheelhouse.main(["--plan", "--constraints", str(broken)]) == 2
    assert "not `name==version`" in capsys.readouterr().err


def _wheel(folder: Path, filename: str, requires: list[str]) -> Path:
    name, version = filename.split("-")[:2]
    path = folder / filename
    body = "Metadata-Version: 2.1\nName: {}\nVersion: {}\n{}".format(
        name, version, "".join(f"Requires-Dist: {line}\n" for line in requires))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-{version}.dist-info/METADATA", body)
    return path


def test_downloaded_wheels_are_walked_with_each_systems_markers(tmp_path):
    """The real (non --plan) path, on wheels already in the folder so pip is not run:
    the metadata inside the wheels decides, with the target's markers, and a wheel built
    for the other system is not taken."""
    constraints = tmp_path / "constraints.txt"
    constraints.write_text('alpha==1.0\nbeta==2.0; sys_platform == "win32"\n'
                           'gamma==3.0\nnative==1.1\n', encoding="utf-8")
    for filename, requires in [
        ("alpha-1.0-py3-none-any.whl", ['beta>=2; sys_platform == "win32"',
                                        'gamma; os_name == "posix"', "native==1.1",
                                        'pytest; extra == "test"']),
        ("beta-2.0-py3-none-any.whl", []),
        ("gamma-3.0-py3-none-any.whl", []),
        ("native-1.1-cp311-cp311-win_amd64.whl", []),
        ("native-1.1-cp311-cp311-manylinux_2_28_x86_64.whl", []),
    ]:
        _wheel(tmp_path, filename, requires)
    table = wheelhouse.read_constraints(constraints)
    roots = [Requirement("alpha==1.0")]
    found = {}
    for target in (wheelhouse.WINDOWS, wheelhouse.LINUX):
        fetch = wheelhouse.Downloader(target, table, tmp_path)
        closure = wheelhouse.walk(target, table, roots, fetch)
        found[target.name] = {key: fetch.wheels[key].name for key in closure.names()}
    assert found["windows"] == {"alpha": "alpha-1.0-py3-none-any.whl",
                                "beta": "beta-2.0-py3-none-any.whl",
                                "native": "native-1.1-cp311-cp311-win_amd64.whl"}
    assert found["linux"] == {"alpha": "alpha-1.0-py3-none-any.whl",
                              "gamma": "gamma-3.0-py3-none-any.whl",
                              "native": "native-1.1-cp311-cp311-manylinux_2_28_x86_64.whl"}


def test_sums_cover_every_wheel(tmp_path):
    for filename in ("a-1.0-py3-none-any.whl", "b-2.0-py3-none-any.whl"):
        _wheel(tmp_path, filename, [])
    sums = wheelhouse.write_sums(tmp_path).read_text(encoding="ascii").splitlines()
    assert [line.split("  ")[1] for line in sums] == ["a-1.0-py3-none-any.whl",
                                                       "b-2.0-py3-none-any.whl"]
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=tmp_path,
                       check=True)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_target_builds_grifs_wheel_then_fetches_for_both_systems():
    out = subprocess.run(["make", "-n", "wheelhouse", "WHEELHOUSE=/tmp/wh",
                          "WHEELHOUSE_EXTRAS=test,bundle"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    lines = out.splitlines()
    wheel = next(i for i, line in enumerate(lines) if "pip wheel" in line)
    fetch = next(i for i, line in enumerate(lines) if "scripts/wheelhouse.py" in line)
    assert wheel < fetch
    assert "--no-deps . -w /tmp/wh" in lines[wheel]
    assert "--dest /tmp/wh" in lines[fetch] and '--extras "test,bundle"' in lines[fetch]
    assert "--platforms" not in lines[fetch], "both systems: the script's default"

"""The bundle `make bundle` built (dist/grif; `make test` builds it before the suite): what it
carries and leaves out, and that it runs where there is no Python and no network."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bundle_parts",
                                               ROOT / "installer" / "bundle_parts.py")
assert _SPEC is not None and _SPEC.loader is not None
bundle_parts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bundle_parts)
BUNDLE = ROOT / "dist" / "grif"
INTERNAL = BUNDLE / "_internal"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "grif").exists():
        pytest.fail("dist/grif is missing: run `make bundle` (make test does it first)")
    return BUNDLE


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_the_bundle_carries_what_the_program_needs(bundle):
    files = set(_files(INTERNAL))
    for name in ("grif_kk.qm", "grif_ru.qm", "grif_ky.qm", "qt_ky.qm"):
        assert f"i18n/{name}" in files
    assert {"PySide6/Qt/translations/qtbase_kk.qm",
            "PySide6/Qt/translations/qtbase_ru.qm"} <= files
    assert not [f for f in files if f.startswith("PySide6/Qt/translations/")
                and not f.endswith(("qtbase_kk.qm", "qtbase_ru.qm"))]
    fonts = {f for f in files if f.startswith("resources/fonts/")}
    assert {"resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf"} <= fonts
    migrations = sorted(p.name for p in
                        (ROOT / "desktop" / "store" / "migrations" / "versions").glob("*.py"))
    assert migrations and all(f"desktop/store/migrations/versions/{name}" in files
                              for name in migrations)
    assert "desktop/store/migrations/env.py" in files
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in files
    assert "docs/README.md" in files
    if (ROOT / "docs" / "guide").is_dir():
        assert any(f.startswith("docs/guide/") for f in files)


def test_every_runtime_library_brings_its_licence(bundle):
    licences = INTERNAL / "licenses"
    for dist in bundle_parts.runtime_distributions():
        folder = licences / f"{dist.metadata['Name']}-{dist.version}"
        shipped = folder.is_dir() and any(folder.iterdir())
        if dist.metadata["Name"].lower().replace("_", "-") in ("pyside6-essentials",
                                                                "shiboken6"):
            continue      # their wheels carry no licence file: Qt-PySide6.txt covers them
        assert shipped, f"no licence for {dist.metadata['Name']}"
    for name in ("Qt-PySide6.txt", "LGPL-3.0.txt", "GPL-3.0.txt"):
        assert (licences / name).is_file()
    assert (licences / "DejaVu-fonts" / "LICENSE-DejaVu.txt").is_file()
    assert any((licences / "Python").glob("LICENSE*"))


def test_unused_and_networked_parts_are_left_out(bundle):
    files = _files(INTERNAL)
    names = {Path(f).name for f in files}
    for plugin in ("libqvnc.so", "libqeglfs.so", "libqlinuxfb.so", "libqgtk3.so",
                   "libqtuiotouchplugin.so"):
        assert plugin not in names
    assert not [f for f in files if "/sqldrivers/" in f or "/tls/" in f
                or "/networkinformation/" in f or "/printsupport/" in f]
    for lib in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libgtk-3.so.0"):
        assert lib not in names
    for module in ("pytest", "hypothesis", "pypdf", "tkinter"):
        assert not (INTERNAL / module).exists()
    assert bundle_parts.keep_binary("PySide6/Qt/plugins/platforms/libqvnc.so") is False
    assert bundle_parts.keep_binary("PySide6/plugins/platforms/qwindows.dll") is True
    size = sum((INTERNAL / f).stat().st_size for f in files) / 2**20
    assert size <= 250, f"the bundle grew to {size:.0f} MiB (budget 250)"


ISOLATED = r"""
set -e
# No Python of any kind on this "machine": the interpreters and their libraries are hidden.
for d in /root/.pyenv /usr/lib/python3 /usr/lib/python3.11 /usr/local/lib/python3.11 \
         "$VENV"; do
  if [ -d "$d" ]; then mount -t tmpfs none "$d"; fi
done
for f in /usr/bin/python3* /usr/local/bin/python3*; do
  if [ -e "$f" ]; then mount --bind /dev/null "$f"; fi
done
if python3 -c 1 2>/dev/null; then echo "python still here" >&2; exit 90; fi
# No network: a fresh namespace has only a loopback device, and it is down.
if ip -o link 2>/dev/null | grep -qv ' lo:'; then echo "network still here" >&2; exit 91; fi
cd "$HOME"
env -i HOME="$HOME" GRIF_HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$BUNDLE/grif" --self-test --lang en
env -i HOME="$HOME" GRIF_HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 \
  "$BUNDLE/grif-cli" demo "$HOME/r.grif" --copies 200
env -i HOME="$HOME" GRIF_HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 \
  "$BUNDLE/grif-cli" verify "$HOME/r.grif" --user auditor --password-stdin <<PASS
demo-password-1
PASS
"""


def test_the_bundle_runs_with_no_python_and_no_network(bundle, tmp_path):
    if sys.platform != "linux" or shutil.which("unshare") is None:
        pytest.skip("needs Linux namespaces (unshare)")
    if os.geteuid() != 0:
        pytest.skip("needs root for a private mount and network namespace (CI runs as root)")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "BUNDLE": str(bundle),
           "VENV": str(ROOT / ".venv")}
    done = subprocess.run(["unshare", "--mount", "--net", "sh", "-c", ISOLATED], env=env,
                          capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "Self-test passed" in out and "bundle: yes" in out
    assert "demo store created" in out
    assert (tmp_path / "r.grif").exists()

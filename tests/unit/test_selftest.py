"""`grif --self-test`: every check runs against the real parts and a missing part fails the
run with its name, while the other checks still report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop.i18n  # noqa: F401  (imported before a test patches desktop.paths)
from desktop import selftest
from desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_passes_here_and_says_so(tmp_path):
    env = {**os.environ, "GRIF_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--lang", "ru"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len([line for line in lines if line.startswith("  [")]) == 9
    assert "Grif" in lines[0] and "ru" not in lines[0]       # the report is in Russian
    assert all("FAILED" not in line for line in lines)


def test_grif_cli_runs_the_same_checks(tmp_path):
    env = {**os.environ, "GRIF_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "self-test", "--lang", "en"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "Self-test passed"


def test_a_missing_font_and_translation_fail_by_name(qapp, monkeypatch, tmp_path):
    empty = tmp_path / "i18n"
    empty.mkdir()
    monkeypatch.setattr("desktop.paths.translations_dir", lambda: empty)
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "DejaVuSans.ttf").write_bytes(b"not a font")
    monkeypatch.setattr("desktop.ui.self_check.resources_dir", lambda: fonts.parent)
    outcomes = {o.name: o for o in selftest.run()}
    assert not outcomes["Translations"].ok
    assert "kk" in outcomes["Translations"].detail
    assert not outcomes["Fonts"].ok and "DejaVuSans.ttf" in outcomes["Fonts"].detail
    assert outcomes["Store library"].ok and outcomes["PDF output"].ok
    text = selftest.report(list(outcomes.values()))
    assert text.splitlines()[-1] == "Self-test failed: 2 of 9 checks"
    assert resources_dir() != fonts.parent        # only the check's view was changed


def test_installed_files_are_checked_against_the_list_of_the_build(tmp_path, monkeypatch):
    folder = tmp_path / "grif"
    (folder / "_internal" / "docs").mkdir(parents=True)
    (folder / "grif").write_bytes(b"\x7fELF program")
    (folder / "_internal" / "docs" / "guide.md").write_text("guide", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "seal_bundle.py"),
                           str(folder)], capture_output=True, text=True, check=True)
    assert "2 files" in done.stdout
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "grif"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    assert selftest._words(selftest.check_installed_files()) == "files as built: 2"
    (folder / "_internal" / "docs" / "guide.md").write_text("changed", encoding="utf-8")
    (folder / "_internal" / "extra.so").write_bytes(b"planted")
    with pytest.raises(RuntimeError) as caught:
        selftest.check_installed_files()
    text = selftest._words(caught.value.args[0])
    assert "_internal/docs/guide.md" in text and "_internal/extra.so" in text

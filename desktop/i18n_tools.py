"""Translation upkeep: `python -m desktop.i18n_tools update|release`.

`update` extracts the marked strings (QT_TRANSLATE_NOOP, QCoreApplication.translate) from
every module under desktop/ into i18n/grif_<lang>.ts; `release` compiles each .ts into the
.qm the application loads. Both run PySide6's own lupdate / lrelease.

Qt translates its own widgets (standard buttons, wizards, edit menus, file dialog) from
qtbase_<lang>.qm, which Qt ships for kk and ru but not for ky. For the languages in
QT_OWN_LANGUAGES Grif keeps that translation itself in i18n/qt_<lang>.ts, by hand (its
messages are Qt's, not the code's): `update` never writes it, `release` compiles it into
i18n/qt_<lang>.qm together with grif_<lang>.qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop"
I18N_DIR = ROOT / "i18n"
EXCLUDED = (SOURCE_DIR / "store" / "migrations",)

# Language code in file names -> Qt locale written into the .ts header.
LANGUAGES: dict[str, str] = {"kk": "kk_KZ", "ru": "ru_RU", "ky": "ky_KG"}

# Languages Qt ships no qtbase_<lang>.qm for: Grif's own, hand-kept i18n/qt_<lang>.ts.
QT_OWN_LANGUAGES: tuple[str, ...] = ("ky",)


class ToolMissing(RuntimeError):
    pass


def ts_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"grif_{lang}.ts"


def qm_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"grif_{lang}.qm"


def qt_ts_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"qt_{lang}.ts"


def qt_qm_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"qt_{lang}.qm"


def find_tool(name: str) -> Path:
    """`pyside6-<name>` next to the interpreter, else `<name>` in the PySide6 package."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{suffix}")
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        return Path(on_path)
    raise ToolMissing(
        f"pyside6-{name} not found (looked in {', '.join(str(c) for c in candidates)} "
        "and on PATH); install PySide6 into this environment"
    )


def source_files(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Every .py file under desktop/, sorted, without the database migrations."""
    excluded = [source_dir / p.relative_to(SOURCE_DIR) for p in EXCLUDED]
    return sorted(
        p for p in source_dir.rglob("*.py") if not any(p.is_relative_to(e) for e in excluded)
    )


def _run(cmd: Sequence[str | Path]) -> None:
    subprocess.run([str(c) for c in cmd], check=True)  # noqa: S603 (our own tool paths)


def update(out_dir: Path = I18N_DIR, langs: Sequence[str] = tuple(LANGUAGES)) -> list[Path]:
    """Extract the source strings into out_dir/grif_<lang>.ts (merging existing files).

    Only grif_<lang>.ts is written: the hand-kept qt_<lang>.ts is left alone."""
    lupdate = find_tool("lupdate")
    files = source_files()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        ts = ts_path(lang, out_dir)
        _run([
            lupdate, "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", LANGUAGES[lang],
            *files, "-ts", ts,
        ])
        written.append(ts)
    return written


def release(directory: Path = I18N_DIR, langs: Sequence[str] = tuple(LANGUAGES)) -> list[Path]:
    """Compile each grif_<lang>.ts into grif_<lang>.qm, and for QT_OWN_LANGUAGES also
    qt_<lang>.ts into qt_<lang>.qm.

    qt_<lang>.ts must exist in the project's i18n folder; another directory (a scratch
    copy) that lacks it only gets grif_<lang>.qm."""
    lrelease = find_tool("lrelease")
    in_project = directory.resolve() == I18N_DIR.resolve()
    written = []
    for lang in langs:
        ts, qm = ts_path(lang, directory), qm_path(lang, directory)
        if not ts.is_file():
            raise FileNotFoundError(f"{ts} does not exist; run `update` first")
        _run([lrelease, "-silent", ts, "-qm", qm])
        written.append(qm)
        if lang not in QT_OWN_LANGUAGES:
            continue
        qt_ts, qt_qm = qt_ts_path(lang, directory), qt_qm_path(lang, directory)
        if qt_ts.is_file():
            _run([lrelease, "-silent", qt_ts, "-qm", qt_qm])
            written.append(qt_qm)
        elif in_project:
            raise FileNotFoundError(
                f"{qt_ts} does not exist; it is kept by hand (`update` does not make it): "
                "restore it from version control")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0] not in ("update", "release"):
        print("usage: python -m desktop.i18n_tools update|release", file=sys.stderr)
        return 2
    try:
        paths = update() if args[0] == "update" else release()
    except (ToolMissing, FileNotFoundError) as exc:
        print(f"i18n_tools: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"i18n_tools: {Path(exc.cmd[0]).name} failed (exit {exc.returncode})",
              file=sys.stderr)
        return 1
    for path in paths:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

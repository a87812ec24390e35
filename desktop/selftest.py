"""`grif --self-test` / `grif-cli self-test`: does this installation work here?

Each check uses the real part the program uses (the SQLCipher library on a real encrypted
file, the migrations, the bundled fonts in Qt and in reportlab, every translation, the PDF
frame, the display plugin with its system libraries) so a bundle that lost a file or a machine
that lacks a library fails here, before a clerk meets it. Nothing is sent anywhere; the
scratch store lives in a temporary folder that is removed. The checks live in their layers
(store/self_check.py, reports/self_check.py, ui/self_check.py); this module runs them and
writes the report."""

from __future__ import annotations

import ctypes
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion

from desktop import __version__
from desktop.domain.errors import Reason
from desktop.domain.errors import self_test_failure as _fail
from desktop.domain.tr import fill


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str


def _words(value: object) -> str:
    """A check's detail or failure in the report's language (a Reason is translated in its
    own context and filled; anything else is shown as it is)."""
    if isinstance(value, Reason):
        return fill(QCoreApplication.translate(value.context, str(value)), *value.params)
    return str(value)


def check_translations() -> str:
    from desktop.i18n import CODES
    from desktop.paths import translations_dir
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = []
    for code in (c for c in CODES if c != "en"):
        own = QTranslator()
        if not own.load(str(translations_dir() / f"grif_{code}.qm")):
            raise _fail("the %1 translation is missing", code)
        if not own.translate("SelfTest", "Self-test of the installation"):
            raise _fail("the %1 translation is incomplete", code)
        qt_file = translations_dir() / "qt_ky.qm" if code == "ky" else qt_dir / f"qtbase_{code}.qm"
        if not QTranslator().load(str(qt_file)):
            raise _fail("Qt's own %1 translation is missing", code)
        found.append(code)
    return ", ".join(found)


def check_display() -> str:
    """The platform plugin the windows need, loaded with its system libraries (a missing
    libxcb-… shows here by name rather than as a window that never opens)."""
    name = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform,
                                                                       "libqxcb.so")
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / name
    if not plugin.is_file():
        raise _fail("the display plugin %1 is missing", name)
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        raise _fail("the display plugin cannot load: %1", str(exc)) from None
    return name


def check_installed_files() -> object:
    """The bundle's files against the list `make bundle` wrote (installer/seal_bundle.py)."""
    if not getattr(sys, "frozen", False):
        return Reason("a source checkout: no list of installed files", context="SelfTest")
    from desktop import bundle_files
    from desktop.store.backup_copy import sha256_of
    folder = Path(sys.executable).resolve().parent
    listing = Path(getattr(sys, "_MEIPASS", folder)) / bundle_files.LIST
    if not listing.is_file():
        raise _fail("the list of installed files %1 is missing", listing.name)
    expected = bundle_files.read(listing)
    present = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink() and p != listing}
    changed = sorted(name for name, digest in expected.items()
                     if name not in present or sha256_of(present[name]) != digest)
    added = sorted(set(present) - set(expected))
    if changed or added:
        raise _fail("files differ from the build: %1", ", ".join((changed + added)[:5]))
    return Reason("files as built: %1", len(expected), context="SelfTest")


def check_data_folder() -> str:
    from desktop.paths import data_dir
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".selftest-"):
        pass
    return str(folder)


def check_keyring() -> object:
    """Informative: a register can be bound to this workstation only with a keyring."""
    from desktop.security.workstation import os_keystore
    keystore = os_keystore()
    if keystore is None:
        return Reason("none here: registers cannot be bound to this workstation",
                      context="SelfTest")
    return keystore.name


def _checks() -> list[tuple[str, Callable[[], object]]]:
    from desktop.reports import self_check as reports_check
    from desktop.store import self_check as store_check
    from desktop.ui import self_check as ui_check
    return [
        (QCoreApplication.translate("SelfTest", "Store library"), store_check.store_library),
        (QCoreApplication.translate("SelfTest", "Cipher and schema"), store_check.cipher),
        (QCoreApplication.translate("SelfTest", "Fonts"), ui_check.fonts),
        (QCoreApplication.translate("SelfTest", "Translations"), check_translations),
        (QCoreApplication.translate("SelfTest", "PDF output"), reports_check.pdf),
        (QCoreApplication.translate("SelfTest", "Display plugin"), check_display),
        (QCoreApplication.translate("SelfTest", "Installed files"), check_installed_files),
        (QCoreApplication.translate("SelfTest", "Data folder"), check_data_folder),
        (QCoreApplication.translate("SelfTest", "Keyring"), check_keyring),
    ]


def _failure_messages() -> None:
    """Never called: the failure texts raised with `_fail`, listed for lupdate."""
    QCoreApplication.translate("SelfTest", "the %1 translation is missing")
    QCoreApplication.translate("SelfTest", "the %1 translation is incomplete")
    QCoreApplication.translate("SelfTest", "Qt's own %1 translation is missing")
    QCoreApplication.translate("SelfTest", "the display plugin %1 is missing")
    QCoreApplication.translate("SelfTest", "the display plugin cannot load: %1")
    QCoreApplication.translate("SelfTest",
                               "none here: registers cannot be bound to this workstation")
    QCoreApplication.translate("SelfTest", "a source checkout: no list of installed files")
    QCoreApplication.translate("SelfTest", "the list of installed files %1 is missing")
    QCoreApplication.translate("SelfTest", "files differ from the build: %1")
    QCoreApplication.translate("SelfTest", "files as built: %1")


def run() -> list[Outcome]:
    outcomes = []
    for name, check in _checks():
        try:
            outcomes.append(Outcome(name, True, _words(check())))
        except Exception as exc:  # every failure is reported, the other checks still run
            if isinstance(exc, RuntimeError) and exc.args and isinstance(exc.args[0], Reason):
                detail = _words(exc.args[0])
            else:
                detail = "".join(traceback.format_exception_only(exc)).strip()
            outcomes.append(Outcome(name, False, detail))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    if getattr(sys, "frozen", False):
        bundled = QCoreApplication.translate("SelfTest", "yes")
    else:
        bundled = QCoreApplication.translate("SelfTest", "no")
    title = QCoreApplication.translate("SelfTest", "Self-test of the installation")
    where = fill(QCoreApplication.translate("SelfTest", "bundle: %1"), bundled)
    lines = [f"{title}: Grif {__version__}",
             f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
             f"Qt {qVersion()}, {where}"]
    for outcome in outcomes:
        if outcome.ok:
            mark = QCoreApplication.translate("SelfTest", "OK")
        else:
            mark = QCoreApplication.translate("SelfTest", "FAILED")
        lines.append(f"  [{mark}] {outcome.name}: {outcome.detail}")
    failed = sum(not outcome.ok for outcome in outcomes)
    if failed:
        lines.append(fill(QCoreApplication.translate("SelfTest",
                                                     "Self-test failed: %1 of %2 checks"),
                          failed, len(outcomes)))
    else:
        lines.append(QCoreApplication.translate("SelfTest", "Self-test passed"))
    return "\n".join(lines)


def main(lang: str | None = None) -> int:
    """Run every check and print the report (in a message box where a windowed program has
    no console). Exit status 0 when every check passed."""
    from desktop.i18n import system_language, translations
    from desktop.ui import self_check as ui_check
    app = ui_check.application()
    translations.switch(lang or system_language())
    outcomes = run()
    text = report(outcomes)
    ok = all(outcome.ok for outcome in outcomes)
    if sys.stdout is not None:
        print(text, flush=True)
    else:
        ui_check.show(text, ok)
    del app
    return 0 if ok else 1

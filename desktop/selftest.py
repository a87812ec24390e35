"""`grif --self-test` / `grif-cli self-test`: does this installation work here?

Each check uses the real part the program uses (the SQLCipher library on a real encrypted
file, the migrations, the bundled fonts in Qt and in reportlab, every translation, the PDF
frame, the display plugin with its system libraries) so a bundle that lost a file or a machine
that lacks a library fails here, before a clerk meets it. Nothing is sent anywhere; the
scratch store lives in a temporary folder that is removed."""

from __future__ import annotations

import ctypes
import os
import platform
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion

from desktop import __version__

SAMPLE = "Құпия ақпарат тізілімі: әғқңөұүһі ₸ — Секретно — Жашыруун"
CIPHERTEXT_NOT_SQLITE = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfTest", text)


def check_store_library() -> str:
    import sqlcipher3
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        options = {row[0] for row in conn.execute("PRAGMA compile_options")}
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise RuntimeError(_tr("the SQLite library has no cipher (not SQLCipher)"))
    if "ENABLE_FTS5" not in options:
        raise RuntimeError(_tr("full-text search (FTS5) is missing"))
    return f"SQLCipher {cipher[0]}, SQLite {sqlite}, FTS5"


def check_cipher() -> str:
    """A scratch register: the schema migrated to the newest revision, a value written and
    read back, the file unreadable as plain SQLite and refused with another key."""
    from desktop.domain.errors import WrongKey
    from desktop.store import meta, migrate
    from desktop.store.engine import connect_raw, make_engine
    from desktop.store.schema import store_meta
    with tempfile.TemporaryDirectory(prefix="grif-selftest-") as folder:
        path = Path(folder) / "selftest.grif"
        key = secrets.token_bytes(32)
        engine = make_engine(path, key)
        try:
            migrate.upgrade(engine)
            with engine.connect().execution_options(grif_write=True) as conn, conn.begin():
                meta.put(conn, "selftest", SAMPLE)
        finally:
            engine.dispose()
        with path.open("rb") as handle:
            if handle.read(16) == CIPHERTEXT_NOT_SQLITE:
                raise RuntimeError(_tr("the store was written unencrypted"))
        try:
            connect_raw(path, secrets.token_bytes(32)).close()
        except WrongKey:
            pass
        else:
            raise RuntimeError(_tr("a wrong key opened the store"))
        conn = connect_raw(path, key)
        try:
            value = conn.execute(f"SELECT value FROM {store_meta.name} WHERE key = 'selftest'") \
                .fetchone()
        finally:
            conn.close()
        if not value or value[0] != SAMPLE:
            raise RuntimeError(_tr("what was written could not be read back"))
        return _tr("encrypted store written and read back, wrong key refused, schema %1") \
            .replace("%1", migrate.head())


def check_fonts() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from desktop.paths import resources_dir
    from desktop.reports import fonts
    fonts.register()                            # reportlab reads every bundled TTF
    folder = resources_dir() / "fonts"
    names = sorted(path.name for path in folder.glob("*.ttf"))
    for name in names:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            raise RuntimeError(_tr("Qt cannot load the font %1").replace("%1", name))
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    missing = [ch for ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ₸" if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise RuntimeError(_tr("the font lacks the letters %1").replace("%1", "".join(missing)))
    return ", ".join(names)


def check_translations() -> str:
    from desktop.i18n import CODES
    from desktop.paths import translations_dir
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = []
    for code in (c for c in CODES if c != "en"):
        own = QTranslator()
        if not own.load(str(translations_dir() / f"grif_{code}.qm")):
            raise RuntimeError(_tr("the %1 translation is missing").replace("%1", code))
        if not own.translate("SelfTest", "Self-test of the installation"):
            raise RuntimeError(_tr("the %1 translation is incomplete").replace("%1", code))
        qt_file = translations_dir() / "qt_ky.qm" if code == "ky" else qt_dir / f"qtbase_{code}.qm"
        if not QTranslator().load(str(qt_file)):
            raise RuntimeError(_tr("Qt's own %1 translation is missing").replace("%1", code))
        found.append(code)
    return ", ".join(found)


def check_pdf() -> str:
    import datetime as dt

    from reportlab.platypus import Paragraph

    from desktop.domain.levels import Level
    from desktop.reports.frame import FrameInfo, build_pdf, styles
    info = FrameInfo(organisation="Grif", marking=Level.S, lang="kk", printed_by="self-test",
                     printed_at=dt.datetime.now().replace(microsecond=0))
    pdf = build_pdf([Paragraph(SAMPLE, styles()["body"])], info)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        raise RuntimeError(_tr("the PDF is not complete"))
    if b"/FontFile2" not in pdf:
        raise RuntimeError(_tr("the PDF carries no embedded font"))
    return _tr("A4, %1 KB, fonts embedded").replace("%1", str(round(len(pdf) / 1024)))


def check_display() -> str:
    """The platform plugin the windows need, loaded with its system libraries (a missing
    libxcb-… shows here by name rather than as a window that never opens)."""
    name = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform,
                                                                       "libqxcb.so")
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / name
    if not plugin.is_file():
        raise RuntimeError(_tr("the display plugin %1 is missing").replace("%1", name))
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        raise RuntimeError(_tr("the display plugin cannot load: %1").replace("%1", str(exc))) \
            from None
    return name


def check_data_folder() -> str:
    from desktop.paths import data_dir
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".selftest-"):
        pass
    return str(folder)


def check_keyring() -> str:
    """Informative: a register can be bound to this workstation only with a keyring."""
    from desktop.security.workstation import os_keystore
    keystore = os_keystore()
    if keystore is None:
        return _tr("none here: registers cannot be bound to this workstation")
    return keystore.name


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Store library", check_store_library),
    ("Cipher and schema", check_cipher),
    ("Fonts", check_fonts),
    ("Translations", check_translations),
    ("PDF output", check_pdf),
    ("Display plugin", check_display),
    ("Data folder", check_data_folder),
    ("Keyring", check_keyring),
)


def _label(name: str) -> str:
    # The names above, listed literally for lupdate.
    return {
        "Store library": _tr("Store library"),
        "Cipher and schema": _tr("Cipher and schema"),
        "Fonts": _tr("Fonts"),
        "Translations": _tr("Translations"),
        "PDF output": _tr("PDF output"),
        "Display plugin": _tr("Display plugin"),
        "Data folder": _tr("Data folder"),
        "Keyring": _tr("Keyring"),
    }[name]


def run() -> list[Outcome]:
    outcomes = []
    for name, check in CHECKS:
        try:
            outcomes.append(Outcome(_label(name), True, check()))
        except Exception as exc:  # every failure is reported, the other checks still run
            detail = str(exc) or type(exc).__name__
            if not isinstance(exc, RuntimeError):
                detail = "".join(traceback.format_exception_only(exc)).strip()
            outcomes.append(Outcome(_label(name), False, detail))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    bundled = _tr("yes") if getattr(sys, "frozen", False) else _tr("no")
    lines = [_tr("Self-test of the installation") + f": Grif {__version__}",
             f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
             f"Qt {qVersion()}, " + _tr("bundle: %1").replace("%1", bundled)]
    for outcome in outcomes:
        mark = _tr("OK") if outcome.ok else _tr("FAILED")
        lines.append(f"  [{mark}] {outcome.name}: {outcome.detail}")
    failed = sum(not outcome.ok for outcome in outcomes)
    lines.append(_tr("Self-test passed") if not failed else
                 _tr("Self-test failed: %1 of %2 checks").replace("%1", str(failed))
                 .replace("%2", str(len(outcomes))))
    return "\n".join(lines)


def main(lang: str | None = None) -> int:
    """Run every check and print the report (in a message box where a windowed program has
    no console). Exit status 0 when every check passed."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import system_language, translations
    console = sys.stdout is not None
    if console and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"   # a report, no window: runs headless too
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations.switch(lang or system_language())
    outcomes = run()
    text = report(outcomes)
    ok = all(outcome.ok for outcome in outcomes)
    if console:
        print(text, flush=True)
    else:
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox.information if ok else QMessageBox.critical
        box(None, "Grif", text)
    del app
    return 0 if ok else 1

"""What goes into the bundle (used by installer/grif.spec, checked by tests/installer).

Kept apart from the spec so the choices are plain Python a test can import: which modules
and Qt parts are left out, which data files and licences are carried."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

# Qt bindings Grif never imports (it uses QtCore, QtGui and QtWidgets only), tools and
# test libraries: leaving them out keeps the bundle small and its attack surface too.
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
        "QtDesigner", "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
        "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport",
        "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets",
        "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
        "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
        "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebSockets",
        "QtXml")),
    "tkinter", "pytest", "_pytest", "hypothesis", "pypdf", "pytestqt", "ruff",
    "IPython", "matplotlib", "numpy", "pydoc_data", "lib2to3", "ensurepip", "idlelib",
]

# The Qt plugins the program needs, by folder: the display on X11 and Wayland (and offscreen
# for the self-test on a machine without one), input methods (IBus for Kazakh and Kyrgyz
# keyboards), icon formats, the desktop portal's look. Left out: remote or raw displays
# (VNC listens on the network, eglfs and linuxfb take over the console), network
# touch input (TUIO listens on UDP), the GTK theme (it would pull the build machine's GTK
# into the bundle), SQL drivers, TLS, network information, printing, QML and designer.
QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"},
    "platforminputcontexts": None,
    "platformthemes": {"xdgdesktopportal"},
    "imageformats": {"svg", "ico", "jpeg"},
    "iconengines": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,
}
QT_LANGUAGES = ("kk", "ru")   # Qt has no Kyrgyz: Grif ships its own qt_ky.qm
_PLUGIN = re.compile(r"PySide6[/\\](?:Qt[/\\])?plugins[/\\]([^/\\]+)[/\\](?:lib)?q?([\w-]+?)\.")
_QT_TRANSLATION = re.compile(r"PySide6[/\\](?:Qt[/\\])?translations[/\\](\w+?)_(\w+)\.qm$")
_UNUSED_QT_LIBS = re.compile(
    r"(lib)?Qt6(Network|Qml|Quick|Pdf|Sql|VirtualKeyboard|Designer|Test|Xml|Concurrent|"
    r"Multimedia)\w*\.(so|dll)")


def _plugin_wanted(dest: str) -> bool:
    plugin = _PLUGIN.search(dest)
    if plugin is None:
        return True
    folder, name = plugin.groups()
    if folder not in QT_PLUGINS:
        return False
    wanted = QT_PLUGINS[folder]
    return wanted is None or name in wanted


def keep_binary(dest: str) -> bool:
    if not _plugin_wanted(dest):
        return False
    return not _UNUSED_QT_LIBS.search(dest.replace("\\", "/").rsplit("/", 1)[-1])


def keep_data(dest: str) -> bool:
    if not _plugin_wanted(dest):
        return False
    if dest.replace("\\", "/").startswith("resources/icons/") and dest.endswith(".py"):
        return False                      # the script that renders the icons stays behind
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        catalogue, language = translation.groups()
        return catalogue == "qtbase" and language in QT_LANGUAGES
    return True


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: fonts and icons, compiled translations, the
    migrations (alembic reads them as files), the user guide and its screenshots."""
    pairs = [(str(root / "resources"), "resources"),
             (str(root / "desktop" / "store" / "migrations" / "env.py"),
              "desktop/store/migrations"),
             (str(root / "desktop" / "store" / "migrations" / "script.py.mako"),
              "desktop/store/migrations")]
    pairs += [(str(path), "desktop/store/migrations/versions")
              for path in sorted((root / "desktop" / "store" / "migrations" / "versions")
                                 .glob("*.py"))]
    pairs += [(str(path), "i18n") for path in sorted((root / "i18n").glob("*.qm"))]
    for folder in ("guide", "screenshots"):
        if (root / "docs" / folder).is_dir():
            pairs.append((str(root / "docs" / folder), f"docs/{folder}"))
    pairs.append((str(root / "README.md"), "docs"))
    return [(src, dest) for src, dest in pairs if Path(src).exists()]


def hidden_imports() -> list[str]:
    """Modules found only at run time: alembic's runtime (the migrations import it by name)
    and keyring's backends (found through entry points)."""
    return ["alembic.runtime.migration", "alembic.ddl.sqlite", "alembic.operations.ops",
            "alembic.operations.toimpl", "alembic.op", "alembic.context",
            "keyring.backends.SecretService", "keyring.backends.libsecret",
            "keyring.backends.kwallet", "keyring.backends.Windows",
            "keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null"]


_LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


def runtime_distributions(name: str = "grif") -> list[metadata.Distribution]:
    """Grif's run-time requirement tree as installed here (markers evaluated), plus
    PyInstaller, whose bootloader is part of every bundle."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name, "pyinstaller"]
    while todo:
        current = todo.pop()
        key = current.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = metadata.distribution(current)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for line in (dist.requires or []) if current != "pyinstaller" else []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return [dist for key, dist in sorted(seen.items()) if key != "grif"]


def licence_files() -> list[tuple[str, str]]:
    pairs = []
    for dist in runtime_distributions():
        folder = f"licenses/{dist.metadata['Name']}-{dist.version}"
        for file in dist.files or []:
            if _LICENCE_NAME.search(str(file)) and ".dist-info" in str(file):
                pairs.append((str(file.locate()), folder))
    pairs += [(str(path), "licenses") for path in sorted((ROOT / "installer" / "licenses")
                                                       .glob("*.txt"))]
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}." \
        f"{sys.version_info[1]}" / "LICENSE.txt"
    if not python_licence.exists():   # Windows keeps it beside python.exe
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if python_licence.exists():
        pairs.append((str(python_licence), "licenses/Python"))
    pairs.append((str(ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"),
                  "licenses/DejaVu-fonts"))
    return pairs


def _is_root(dest: str, typecode: str) -> bool:
    """Binaries the program loads itself: Python extension modules, the Qt plugins kept,
    the Python library. Everything else is there only because one of these needs it."""
    name = dest.replace("\\", "/")
    return typecode == "EXTENSION" or _PLUGIN.search(name) is not None or \
        name.rsplit("/", 1)[-1].lower().startswith(("libpython", "python3"))


def prune_unreferenced(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop shared libraries that only the left-out parts needed (the GTK theme plugin, for
    one, pulls the build machine's GTK and its twenty libraries in)."""
    from PyInstaller.depend.bindepend import get_imports
    wanted: set[str] = set()
    for dest, src, typecode in binaries:
        if _is_root(dest, typecode):
            wanted.update(Path(name).name.lower() for name, _ in get_imports(src))
    kept = []
    for entry in binaries:
        dest, _, typecode = entry
        base = dest.replace("\\", "/").rsplit("/", 1)[-1].lower()
        if _is_root(dest, typecode) or base in wanted:
            kept.append(entry)
    return kept


def drop_dangling_links(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]
                        ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """PyInstaller keeps a top-level link to each Qt library (libQt6Network.so.6 ->
    PySide6/Qt/lib/…); a link whose library was left out would point at nothing."""
    import posixpath
    kept = {dest.replace("\\", "/") for dest, _, kind in binaries + datas if kind != "SYMLINK"}

    def fine(entry: tuple[str, str, str]) -> bool:
        dest, target, kind = entry
        if kind != "SYMLINK":
            return True
        dest = dest.replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest),
                                                 target.replace("\\", "/"))) in kept
    return [e for e in binaries if fine(e)], [e for e in datas if fine(e)]

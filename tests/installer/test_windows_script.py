"""The Windows installer script (installer/windows/grif.iss) and its Kazakh and Kyrgyz message
files, read as text: Inno Setup itself runs only on Windows (installer/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image  # reportlab's own dependency: always installed

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "installer" / "windows"
ISS = WINDOWS / "grif.iss"
APP_GUID = "C3A468C1-9060-4128-871C-E27990567AE2"   # never changes: upgrades find Grif by it
LANGUAGES = {"kk": ("Kazakh.isl", "$043F"), "ky": ("Kyrgyz.isl", "$0440")}
CUSTOM_LANGUAGES = {"en", "ru", "kk", "ky"}
PLACEHOLDER = re.compile(r"%[1-9]|\[(?:name|name/ver|mb|gb)\]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Names and technical words a translation keeps in Latin letters.
KEPT_LATIN = re.compile(
    r"Windows|Service Pack|Power Users|UNC|INI|DLL/OCX|RegSvr32|RestartReplace|README|"
    r"C:\\APP|\\\\server\\share|OK|Grif|grif-cli backup|AppData\\Local\\Grif|\.grif|\.keys")
# Inno Setup's standard custom messages (Default.isl) and their placeholders.
STANDARD_CUSTOM = {
    "NameAndVersion": {"%1", "%2"}, "AdditionalIcons": set(), "CreateDesktopIcon": set(),
    "CreateQuickLaunchIcon": set(), "ProgramOnTheWeb": {"%1"}, "UninstallProgram": {"%1"},
    "LaunchProgram": {"%1"}, "AssocFileExtension": {"%1", "%2"},
    "AssocingFileExtension": {"%1", "%2"}, "AutoStartProgramGroupDescription": set(),
    "AutoStartProgram": {"%1"}, "AddonHostProgramNotFound": {"%1"},
}


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: Inno Setup 6 needs UTF-8 with a BOM"
    return raw[3:].decode("utf-8").replace("\r\n", "\n")


def sections(text: str) -> dict[str, list[str]]:
    """[Section] -> its lines, without comments, blank lines and preprocessor lines."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.split("\n"):
        stripped = line.strip()
        header = re.fullmatch(r"\[(\w+)\]", stripped)
        if header:
            current = header.group(1)
            assert current not in found, f"[{current}] appears twice"
            found[current] = []
        elif current and stripped and not stripped.startswith((";", "#")):
            found[current].append(line.rstrip())
    return found


def pairs(lines: list[str]) -> list[tuple[str, str]]:
    return [tuple(line.split("=", 1)) for line in lines if "=" in line]


def entry(line: str) -> dict[str, str]:
    """`Name: "x"; Flags: a b` -> {"Name": "x", "Flags": "a b"}."""
    params = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match.group(2).strip()
        params[match.group(1)] = value[1:-1].replace('""', '"') if value.startswith('"') \
            else value
    return params


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def message_keys() -> dict[str, tuple[set[str], set[str]]]:
    """messages-keys.txt: name -> (placeholders, flags)."""
    keys = {}
    for line in (WINDOWS / "messages-keys.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, *rest = line.split()
        assert name not in keys, f"{name} listed twice"
        keys[name] = ({t for t in rest if not t.startswith("(")},
                      {t for t in rest if t.startswith("(")})
    return keys


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def expand(value: str, text: str) -> str:
    table = defines(text)
    return re.sub(r"\{#(\w+)\}", lambda m: table.get(m.group(1), m.group(0)), value)


@pytest.fixture(scope="module")
def script() -> str:
    return read_text(ISS)


@pytest.fixture(scope="module")
def setup(script) -> dict[str, str]:
    return dict(pairs(sections(script)["Setup"]))


def test_the_message_name_list_is_inno_setup_65s():
    keys = message_keys()
    assert len(keys) == 281
    assert {"SetupAppTitle", "WelcomeLabel2", "ConfirmUninstall", "ExtractingLabel",
            "ShutdownBlockReasonUninstallingApp", "SourceVerificationFailed",
            "RetryCancelCancel"} <= keys.keys()
    assert keys["WelcomeLabel2"][0] == {"[name/ver]"}
    assert keys["LastErrorMessage"][0] == {"%1", "%2", "%3"}
    assert {name for name, (_, flags) in keys.items() if "(empty)" in flags} == \
        {"HelpTextNote", "AboutSetupNote", "TranslatorNote", "BeveledLabel"}


def test_three_languages_and_english_are_declared(script):
    declared = {e["Name"]: e["MessagesFile"] for e in map(entry, sections(script)["Languages"])}
    assert declared == {"kk": "Kazakh.isl", "ru": r"compiler:Languages\Russian.isl",
                        "ky": "Kyrgyz.isl", "en": "compiler:Default.isl"}
    for code, (filename, _) in LANGUAGES.items():
        assert (WINDOWS / declared[code]).is_file(), f"{filename} is missing"


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_message_file_is_complete_and_translated(code):
    filename, language_id = LANGUAGES[code]
    parts = sections(read_text(WINDOWS / filename))
    options = dict(pairs(parts["LangOptions"]))
    assert options["LanguageID"] == language_id
    assert options["LanguageCodePage"] == "0"
    assert CYRILLIC.search(options["LanguageName"])

    messages = pairs(parts["Messages"])
    names = [name for name, _ in messages]
    assert len(names) == len(set(names)), "a message is given twice"
    expected = message_keys()
    assert set(names) == set(expected), (
        f"missing: {sorted(set(expected) - set(names))}, "
        f"unknown: {sorted(set(names) - set(expected))}")
    problems = []
    for name, value in messages:
        wanted, flags = expected[name]
        if "(empty)" in flags:
            continue
        if not value.strip():
            problems.append(f"{name}: empty")
            continue
        if placeholders(value) != wanted:
            problems.append(f"{name}: placeholders {sorted(placeholders(value))}, "
                            f"English has {sorted(wanted)}")
        problems += check_words(name, value, needs_text="(notext)" not in flags)
    assert problems == []

    custom = dict(pairs(parts["CustomMessages"]))
    assert custom.keys() == STANDARD_CUSTOM.keys()
    for name, value in custom.items():
        assert placeholders(value) == STANDARD_CUSTOM[name], name
        assert check_words(name, value, needs_text=True) == []


def check_words(name: str, value: str, needs_text: bool) -> list[str]:
    """No English left behind: after the placeholders and the words kept in Latin letters
    there is no Latin letter, and there is Cyrillic text where the message has words."""
    rest = KEPT_LATIN.sub("", PLACEHOLDER.sub("", value.replace("%n", " ")))
    problems = []
    if re.search(r"[A-Za-z]", rest):
        problems.append(f"{name}: Latin text left: {value!r}")
    if needs_text and not CYRILLIC.search(value):
        problems.append(f"{name}: no translated text: {value!r}")
    if len(re.findall(r"(?<!&)&(?!&)", value)) > 1:
        problems.append(f"{name}: more than one accelerator (&)")
    return problems


def test_custom_messages_exist_in_every_language(script):
    messages: dict[str, dict[str, str]] = {}
    for key, value in pairs(sections(script)["CustomMessages"]):
        language, name = key.split(".", 1)
        messages.setdefault(name, {})[language] = value
    assert {"GuideShortcut", "DesktopShortcut", "UpgradeBackupWarning",
            "DataKeptNote"} <= messages.keys()
    for name, texts in messages.items():
        assert set(texts) == CUSTOM_LANGUAGES, f"{name}: {sorted(texts)}"
        for language, value in texts.items():
            assert value.strip(), f"{language}.{name} is empty"
            assert placeholders(value) == placeholders(texts["en"]), f"{language}.{name}"
            if language != "en":
                assert check_words(f"{language}.{name}", value, needs_text=True) == []
    used = set(re.findall(r"\{cm:(\w+)", script)) | \
        set(re.findall(r"GrifMessage\('(\w+)'\)", script))
    assert used - messages.keys() - STANDARD_CUSTOM.keys() == set(), "used but not defined"
    assert messages.keys() - used == set(), "defined but never used"
    for name in ("DataKeptNote", "UpgradeBackupWarning"):
        assert ".keys" in messages[name]["en"] and ".keys" in messages[name]["kk"]


def test_per_machine_install_with_a_fixed_id(setup):
    assert setup["PrivilegesRequired"] == "admin"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["AppId"] == "{{{#AppGuid}}"
    assert re.search(rf'#define AppGuid "{APP_GUID}"', read_text(ISS))
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["DefaultGroupName"] == "{#AppName}"
    assert defines(read_text(ISS))["AppName"] == "Grif"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["UninstallDisplayIcon"] == r"{app}\grif.exe"


def test_shortcuts_go_to_the_start_menu_group(script):
    icons = [entry(line) for line in sections(script)["Icons"]]
    for icon in icons:
        assert re.match(r"\{(group|autoprograms|autodesktop)\}\\", icon["Name"]), icon
        if icon["Name"].startswith("{autodesktop}"):
            assert icon.get("Tasks") == "desktopicon", "the desktop shortcut is optional"
    in_group = {icon["Filename"] for icon in icons if icon["Name"].startswith("{group}")}
    assert r"{app}\grif.exe" in in_group
    guide = [icon for icon in icons if icon["Name"].endswith("{cm:GuideShortcut}")]
    assert guide and guide[0]["Filename"] == r"{app}\grif.exe"
    assert guide[0]["Parameters"] == "--guide"      # the program's own reader
    tasks = {t["Name"]: t for t in map(entry, sections(script)["Tasks"])}
    assert "unchecked" in tasks["desktopicon"]["Flags"]


def test_files_come_from_the_one_folder_bundle(script):
    files = [entry(line) for line in sections(script)["Files"]]
    assert len(files) == 1
    source = expand(files[0]["Source"], script)
    assert (WINDOWS / source.replace("\\", "/")).resolve() == ROOT / "dist" / "grif" / "*"
    assert files[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files[0]["Flags"].split())
    spec = (ROOT / "installer" / "grif.spec").read_text(encoding="utf-8")
    assert 'contents_directory="_internal"' in spec
    assert re.search(r'program\("entry_grif", "grif"', spec)
    assert 'name="grif"' in spec
    guide = defines(script)["GuideTarget"].split("\\")
    assert guide[:3] == ["_internal", "docs", "guide"]
    bundle_parts = (ROOT / "installer" / "bundle_parts.py").read_text(encoding="utf-8")
    assert 'f"docs/{folder}"' in bundle_parts and '"guide"' in bundle_parts


def test_only_the_program_folder_is_touched(script):
    parts = sections(script)
    assert "UninstallDelete" not in parts and "Run" not in parts and "UninstallRun" not in parts
    assert [entry(line)["Name"] for line in parts["InstallDelete"]] == [r"{app}\_internal"]
    for name in ("Files", "Icons", "InstallDelete", "Tasks"):
        for line in parts[name]:
            assert not re.search(r"localappdata|userappdata|commonappdata|userdocs|\.grif|\.keys",
                                 line, re.IGNORECASE), line
    assert "Registry" not in parts


def test_nothing_points_to_the_network():
    for path in (ISS, *(WINDOWS / name for name, _ in LANGUAGES.values())):
        text = read_text(path)
        assert not re.search(r"https?://|www\.|ftp://", text, re.IGNORECASE), path.name
    setup = dict(pairs(sections(read_text(ISS))["Setup"]))
    assert not {"AppPublisherURL", "AppSupportURL", "AppUpdatesURL"} & setup.keys()
    code = read_text(ISS).split("[Code]", 1)[1]
    assert not re.search(r"\b(ShellExec|Exec|ExecAsOriginalUser|DownloadTemporaryFile|"
                         r"CreateDownloadPage)\b", code)


def test_default_version_is_read_from_the_package(script):
    assert r"..\..\desktop\__init__.py" in script
    init = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(r'^__version__ = "\d+\.\d+\.\d+"$', init, re.MULTILINE), \
        "grif.iss reads the first line starting with __version__ and takes what is in quotes"


def test_icon_is_the_programs_in_every_size(setup):
    assert setup["SetupIconFile"] == "grif.ico"
    with Image.open(WINDOWS / "grif.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert 'ICON = ROOT / "installer" / "windows" / "grif.ico"' in \
        (ROOT / "installer" / "grif.spec").read_text(encoding="utf-8")

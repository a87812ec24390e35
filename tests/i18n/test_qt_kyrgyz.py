"""Grif's own Kyrgyz translation of Qt's widgets, i18n/qt_ky.ts -> qt_ky.qm (Qt ships none).

A message only applies when its context and source text are exactly Qt's, so besides checking
the file itself these tests install the translator and read what real widgets show."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTextEdit,
    QWizard,
)

from desktop import i18n_tools

TS = i18n_tools.qt_ts_path("ky")
QM = i18n_tools.qt_qm_path("ky")
PLACEHOLDER = re.compile(r"%\d")

# What must be there whatever else is: the standard buttons, dialogs and edit menus.
REQUIRED: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults"),
    "QWizard": ("< &Back", "&Next >", "&Next", "&Finish", "Cancel", "&Help", "Help", "Go Back",
                "Continue", "Commit", "Done"),
    "QMessageBox": ("Show Details...", "Hide Details...", "About Qt"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
                           "Copy &Link Location"),
    "QProgressDialog": ("Cancel",),
    "QAbstractSpinBox": ("&Select All", "&Step up", "Step &down"),
    "QFileDialog": ("&Look in:", "File &name:", "Files of &type:", "Back", "Forward",
                    "Parent Directory", "Create New Folder", "List View", "Detail View", "Open",
                    "Save As", "&Open", "&Save", "&Choose", "New Folder", "&New Folder",
                    "&Delete", "&Rename", "Show &hidden files", "Directories", "All Files (*)",
                    "Are you sure you want to delete '%1'?",
                    "%1 already exists.\nDo you want to replace it?",
                    "%1\nFile not found.\nPlease verify the correct file name was given.",
                    "Recent Places", "Sidebar"),
    "QFileSystemModel": ("Name", "Size", "Type", "Kind", "Date Modified", "Computer",
                         "My Computer"),
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    kind: str | None  # the <translation type="..."> attribute


def read_ts(path: Path = TS) -> tuple[ET.Element, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            messages.append(Message(ctx.findtext("name") or "", msg.findtext("source") or "",
                                    msg.findtext("comment") or "", tr.text or "", tr.get("type")))
    return root, messages


def translations() -> dict[tuple[str, str], str]:
    return {(m.context, m.source): m.translation for m in read_ts()[1]}


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def qt_qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .qm compiled with sources (Qt's own are)."""
    data = path.read_bytes()
    pos, messages = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:  # the messages block
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found, current, pos = set(), {}, 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of one message
            found.add((current.get(7, ""), current.get(6, "")))
            current = {}
        elif tag == 5:  # obsolete hash
            pos += 4
        else:  # translation (3), source (6), context (7), comment (8), ...: length + bytes
            length = struct.unpack(">I", messages[pos:pos + 4])[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            current[tag] = messages[pos:pos + length].decode("utf-8", "replace")
            pos += length
    return found


def qt_kazakh_messages() -> set[tuple[str, str]]:
    """The messages of the qtbase_kk.qm shipped with PySide6 (kept in step with Qt's code)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_kk.qm"
    if not path.is_file():
        pytest.skip(f"{path} is not installed: cannot compare with Qt's own message list")
    messages = qt_qm_messages(path)
    assert len(messages) > 1000, f"could not read {path.name}"
    return messages


@contextmanager
def kyrgyz(app):
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM.name} does not load: run the release step"
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def ky(qapp):
    with kyrgyz(qapp) as translator:
        yield translator


# --- the .ts file -------------------------------------------------------------------------

def test_ts_header():
    root, messages = read_ts()
    assert root.tag == "TS"
    assert (root.get("version"), root.get("language"), root.get("sourcelanguage")) == (
        "2.1", "ky_KG", "en")
    assert len(messages) > 150


def test_every_message_is_translated_once():
    _, messages = read_ts()
    bad = [f"{m.context}/{m.source!r}" for m in messages
           if m.kind is not None or not m.translation.strip()]
    assert bad == [], "unfinished, obsolete or empty translations in qt_ky.ts"
    keys = [(m.context, m.source, m.comment) for m in messages]
    assert len(keys) == len(set(keys)), "a message appears twice"


def test_required_messages_are_there():
    have = translations()
    missing = [f"{ctx}/{src!r}" for ctx, sources in REQUIRED.items() for src in sources
               if (ctx, src) not in have]
    assert missing == []


def test_placeholders_line_breaks_and_spacing_are_kept():
    bad = []
    for m in read_ts()[1]:
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            bad.append(f"{m.context}/{m.source!r}: placeholders")
        if m.source.count("\n") != m.translation.count("\n"):
            bad.append(f"{m.context}/{m.source!r}: line breaks")
        if m.source != m.source.strip() and m.source[-1] != m.translation[-1]:
            bad.append(f"{m.context}/{m.source!r}: trailing space")
    assert bad == []


def test_accelerators_are_kept():
    bad = [f"{m.context}/{m.source!r} -> {m.translation!r}" for m in read_ts()[1]
           if accelerators(m.source) != accelerators(m.translation)]
    assert bad == []


def test_common_wording():
    have = translations()
    assert have[("QPlatformTheme", "OK")] == "OK"
    assert have[("QPlatformTheme", "Cancel")] == "Жокко чыгаруу"
    assert have[("QPlatformTheme", "&Yes")] == "&Ооба"
    assert have[("QPlatformTheme", "&No")] == "&Жок"
    assert have[("QPlatformTheme", "Save")] == "Сактоо"
    assert have[("QPlatformTheme", "Close")] == "Жабуу"
    assert have[("QGuiApplication", "QT_LAYOUT_DIRECTION")] == "LTR"


def test_every_source_is_one_qt_has():
    """Each (context, source) is one Qt's own Kazakh translation knows: a typo never applies."""
    known = qt_kazakh_messages()
    unknown = [f"{m.context}/{m.source!r}" for m in read_ts()[1]
               if (m.context, m.source) not in known]
    assert unknown == []


def test_covers_what_qt_translates_in_these_contexts():
    """New strings of a Qt upgrade show up here (Qt's Kazakh file is kept up to date)."""
    have = set(translations())
    contexts = {ctx for ctx, _ in have}

    def wanted(ctx: str, src: str) -> bool:
        if ctx == "QGuiApplication":  # only the layout direction; the rest is --help text
            return src == "QT_LAYOUT_DIRECTION"
        if ctx == "QMessageBox" and src.startswith("<p>Qt is a C++ toolkit"):
            return False  # the Qt licence text of "About Qt": left in English
        return ctx in contexts

    missing = sorted(f"{ctx}/{src!r}" for ctx, src in qt_kazakh_messages()
                     if wanted(ctx, src) and (ctx, src) not in have)
    assert missing == []


# --- the .qm file and the release step ----------------------------------------------------

def test_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    try:
        lrelease = i18n_tools.find_tool("lrelease")
    except i18n_tools.ToolMissing as exc:
        pytest.skip(str(exc))
    fresh = tmp_path / QM.name
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert QM.is_file(), f"{QM.name} missing: run `python -m desktop.i18n_tools release`"
    assert QM.read_bytes() == fresh.read_bytes(), "qt_ky.qm is older than qt_ky.ts: run release"


def _scratch(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copyfile(i18n_tools.I18N_DIR / name, tmp_path / name)
    return tmp_path


def test_release_compiles_qt_ky_too(tmp_path):
    try:
        i18n_tools.find_tool("lrelease")
    except i18n_tools.ToolMissing as exc:
        pytest.skip(str(exc))
    directory = _scratch(tmp_path, "grif_ky.ts", TS.name)
    written = i18n_tools.release(directory=directory, langs=("ky",))
    assert written == [i18n_tools.qm_path("ky", directory), i18n_tools.qt_qm_path("ky", directory)]
    assert i18n_tools.qt_qm_path("ky", directory).read_bytes() == QM.read_bytes()


def test_release_in_the_project_folder_needs_qt_ky_ts(tmp_path, monkeypatch):
    try:
        i18n_tools.find_tool("lrelease")
    except i18n_tools.ToolMissing as exc:
        pytest.skip(str(exc))
    directory = _scratch(tmp_path, "grif_ky.ts")
    monkeypatch.setattr(i18n_tools, "I18N_DIR", directory)
    with pytest.raises(FileNotFoundError, match=r"qt_ky\.ts"):
        i18n_tools.release(directory=directory, langs=("ky",))


def test_update_leaves_qt_ky_ts_alone(tmp_path):
    try:
        i18n_tools.find_tool("lupdate")
    except i18n_tools.ToolMissing as exc:
        pytest.skip(str(exc))
    directory = _scratch(tmp_path, TS.name)
    written = i18n_tools.update(out_dir=directory, langs=("ky",))
    assert written == [i18n_tools.ts_path("ky", directory)]
    assert (directory / TS.name).read_bytes() == TS.read_bytes()


# --- real widgets with the translator installed ------------------------------------------

STANDARD_BUTTONS = {
    "Ok": "OK", "Save": "Save", "SaveAll": "Save All", "Open": "Open", "Yes": "&Yes",
    "YesToAll": "Yes to &All", "No": "&No", "NoToAll": "N&o to All", "Abort": "Abort",
    "Retry": "Retry", "Ignore": "Ignore", "Close": "Close", "Cancel": "Cancel",
    "Discard": "Discard", "Help": "Help", "Apply": "Apply", "Reset": "Reset",
    "RestoreDefaults": "Restore Defaults",
}


def test_dialog_button_box(ky, qtbot):
    sb = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(sb.Ok | sb.Cancel | sb.Yes | sb.No)
    qtbot.addWidget(box)
    assert box.button(sb.Ok).text() == "OK"
    assert box.button(sb.Cancel).text() == "Жокко чыгаруу"
    assert box.button(sb.Yes).text() == "&Ооба"
    assert box.button(sb.No).text() == "&Жок"


def test_every_standard_button(ky, qtbot):
    have = translations()
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for name, source in STANDARD_BUTTONS.items():
        button = box.addButton(getattr(QDialogButtonBox.StandardButton, name))
        assert button.text() == have[("QPlatformTheme", source)], name


def test_widgets_made_before_the_switch_follow_it(qapp, qtbot):
    sb = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(sb.Save | sb.Cancel)
    qtbot.addWidget(box)
    before = box.button(sb.Cancel).text()
    with kyrgyz(qapp):
        qapp.processEvents()  # LanguageChange is posted to the top-level widgets
        assert box.button(sb.Save).text() == "Сактоо"
        assert box.button(sb.Cancel).text() == "Жокко чыгаруу"
    qapp.processEvents()
    assert box.button(sb.Cancel).text() == before  # and back when the translator goes


def test_wizard_buttons(ky, qtbot):
    wb = QWizard.WizardButton
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.button(wb.BackButton).text() == "< &Артка"
    assert wizard.button(wb.NextButton).text() == "&Кийинки >"
    assert wizard.button(wb.FinishButton).text() == "&Бүтүрүү"
    assert wizard.button(wb.CancelButton).text() == "Жокко чыгаруу"
    assert wizard.button(wb.HelpButton).text() == "&Жардам"
    assert wizard.button(wb.CommitButton).text() == "Ырастоо"
    wizard.setWizardStyle(QWizard.WizardStyle.MacStyle)
    assert wizard.buttonText(wb.BackButton) == "Артка кайтуу"
    assert wizard.buttonText(wb.NextButton) == "Улантуу"
    assert wizard.buttonText(wb.FinishButton) == "Даяр"
    assert wizard.buttonText(wb.HelpButton) == "Жардам"


def test_message_box(ky, qtbot):
    sb = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Grif", "?", sb.Ok | sb.Cancel | sb.Yes | sb.No)
    qtbot.addWidget(box)
    assert box.button(sb.Ok).text() == "OK"
    assert box.button(sb.Cancel).text() == "Жокко чыгаруу"
    assert box.button(sb.Yes).text() == "&Ооба"
    assert box.button(sb.No).text() == "&Жок"
    box.setDetailedText("details")
    (details,) = [b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details.text() == "Толук маалыматты көрсөтүү..."
    details.click()
    assert details.text() == "Толук маалыматты жашыруу..."


def _menu_texts(menu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_line_edit_context_menu(ky, qtbot):
    edit = QLineEdit("text")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = _menu_texts(menu)
    menu.deleteLater()
    assert texts[:7] == ["&Артка кайтаруу", "Кай&талоо", "К&есүү", "&Көчүрүү", "Ко&юу",
                         "Өчүрүү", "Баарын тандоо"]


def test_text_edit_context_menu(ky, qtbot):
    edit = QTextEdit("text")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = _menu_texts(menu)
    menu.deleteLater()
    assert texts[:7] == ["&Артка кайтаруу", "Кай&талоо", "К&есүү", "&Көчүрүү", "Ко&юу",
                         "Өчүрүү", "Баарын тандоо"]


def test_progress_dialog_cancel(ky, qtbot):
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Жокко чыгаруу"]


def test_file_system_model_headers(ky, qapp):
    model = QFileSystemModel()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    model.deleteLater()
    assert headers == ["Аты", "Өлчөмү", "Түрү", "Өзгөртүлгөн күнү"]

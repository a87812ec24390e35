"""The user guide inside the program: the guide of the interface's language with its
screenshots, Russian for a Kyrgyz or English interface, F1 in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from desktop.i18n import translations
from desktop.paths import guide_dir
from desktop.ui.guide_dialog import GuideDialog
from desktop.ui.main_window import MainWindow


def _images(dialog: GuideDialog) -> list[str]:
    document = dialog.browser.document()
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_the_guide_opens_in_the_interface_language_with_its_pictures(qtbot):
    assert guide_dir() is not None
    translations.switch("kk")
    try:
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == "kk"
        text = dialog.browser.toPlainText()
        assert "## " not in text and "![" not in text        # rendered, not raw Markdown
        assert "Әкімші" in text or "әкімші" in text
        images = _images(dialog)
        assert images and all("-kk" in Path(name).name for name in images)
        # Every picture is found and decoded, not shown as a broken icon.
        resource = dialog.browser.document().resource(
            QTextDocument.ResourceType.ImageResource, images[0])
        assert resource is not None and not resource.isNull()
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert "Администратор" in dialog.browser.toPlainText() or \
            "администратор" in dialog.browser.toPlainText()
    finally:
        translations.switch("en")


def test_a_kyrgyz_interface_gets_the_russian_guide_and_is_told_why(qtbot):
    translations.switch("ky")
    try:
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == "ru"
        assert dialog.note.text() and "Kazakh" not in dialog.note.text()   # translated
    finally:
        translations.switch("en")


def test_f1_in_the_main_window_opens_the_guide(qtbot, admin):
    window = MainWindow(admin, verify_at_start=False)
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guides = [w for w in window.findChildren(GuideDialog) if w.isVisible()]
    assert len(guides) == 1 and guides[0].browser.toPlainText()
    guides[0].close()
    assert window.shortcuts_action.shortcut().toString() == "Shift+F1"

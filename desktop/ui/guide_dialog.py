"""The user guide inside the program (Help → User guide, F1 in the main window, and
`grif --guide` for the Start-menu shortcut): docs/guide/<lang>.md with its screenshots, shown
by Qt's own Markdown reader, so nothing outside the program is needed to read it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translations
from desktop.paths import guide_dir
from desktop.ui.widgets.retranslate import Retranslating

# The guide's languages, each named in itself; a Kyrgyz or English interface opens the
# Russian guide (the other language of the Kazakh–Kyrgyz agreement's paperwork).
GUIDES = (("kk", "Қазақша"), ("ru", "Русский"))
FALLBACK = "ru"
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def guide_file(lang: str) -> Path | None:
    folder = guide_dir()
    if folder is None:
        return None
    path = folder / f"{lang}.md"
    return path if path.is_file() else None


class GuideDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.resize(1000, 760)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)     # nothing leaves the program
        self.language = QComboBox()
        self.language.setObjectName("guideLanguage")
        for code, name in GUIDES:
            if guide_file(code) is not None:
                self.language.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        wanted = translations.language if guide_file(translations.language) else FALLBACK
        index = self.language.findData(wanted)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(lambda _i: self.show_guide())
        self.retranslate_ui()
        self.show_guide()

    def show_guide(self) -> None:
        path = guide_file(self.language.currentData() or FALLBACK)
        if path is None:
            self.browser.setPlainText(QCoreApplication.translate(
                "GuideDialog", "The user guide is not installed with this copy of Grif."))
            return
        # The writers' notes (HTML comments) are not for readers; Qt's Markdown reader would
        # pass them on as HTML. Relative images resolve against the guide's folder.
        text = COMMENT.sub("", path.read_text(encoding="utf-8"))
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("GuideDialog", "Grif — user guide"))
        self.language_label.setText(QCoreApplication.translate("GuideDialog", "&Guide in"))
        if translations.language in (code for code, _ in GUIDES):
            self.note.clear()
        else:
            self.note.setText(QCoreApplication.translate(
                "GuideDialog", "The guide is written in Kazakh and Russian."))

"""The register page's outputs: print the extract, export to CSV, import from CSV.

Kept apart from the page (which is about finding and moving copies). Print and export take
the page's current filter and sort, so what is printed is what the user sees; each output
is registered as a carrier by its service, so the page is refreshed after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from desktop.services import printing
from desktop.ui.ops import Progress
from desktop.ui.register.export_dialog import ExportDialog
from desktop.ui.register.import_dialog import ImportDialog
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.register.register_model import RegisterModel
from desktop.ui.widgets.display import fill

if TYPE_CHECKING:
    from desktop.ui.register.register_page import RegisterPage

SHORTCUTS = {"print": "Ctrl+P", "export": "Ctrl+E", "import": "Ctrl+Shift+I"}


class RegisterOutputs(QObject):
    """The actions (on the page, with shortcuts), the "More…" button and a result line."""

    def __init__(self, page: RegisterPage) -> None:
        super().__init__(page)
        self.page = page
        self.menu = QMenu(page)
        self.actions: dict[str, QAction] = {}
        for name, slot in (("print", self.print_extract), ("export", self.export),
                           ("import", self.import_csv)):
            action = QAction(page)
            action.setObjectName(f"{name}Action")
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            page.addAction(action)
            self.menu.addAction(action)
            self.actions[name] = action
        self.button = QToolButton()
        self.button.setObjectName("moreButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.notice = QLabel()
        self.notice.setObjectName("outputNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

    def update(self) -> None:
        """Print and export for whoever sees rows; import for the clerks."""
        seen = self.page.model.rowCount() > 0
        self.actions["print"].setEnabled(seen)
        self.actions["export"].setEnabled(seen)
        self.actions["import"].setEnabled(self.page.can_act)

    def _selection(self) -> tuple:
        page = self.page
        return (page.filters.register_filter(),
                RegisterModel.sort_key(page.sort_column) or "number",
                page.sort_order == Qt.SortOrder.DescendingOrder)

    def _done(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.page.refresh()        # the output itself is now a row of the register

    def print_extract(self) -> bool:
        if not self.actions["print"].isEnabled():
            return False
        session = self.page.session
        flt, sort, descending = self._selection()

        def job(lang: str, progress: Progress) -> bytes:
            return printing.register_extract_pdf(session, flt, lang, sort=sort,
                                                 descending=descending, progress=progress)
        dialog = PrintDialog(session, job, file_stem="register-extract", parent=self.page,
                             what=lambda: QCoreApplication.translate(
                                 "PrintDialog", "Print the register extract"))
        if not self.page.run_dialog(dialog) or dialog.saved is None:
            return False
        self._done(dialog.result_text())
        return True

    def export(self) -> bool:
        if not self.actions["export"].isEnabled():
            return False
        flt, sort, descending = self._selection()
        dialog = ExportDialog(self.page.session, flt, sort=sort, descending=descending,
                              parent=self.page)
        if not self.page.run_dialog(dialog) or dialog.registration is None:
            return False
        self._done(dialog.result_text())
        return True

    def import_csv(self) -> bool:
        if not self.actions["import"].isEnabled():
            return False
        dialog = ImportDialog(self.page.session, self.page)
        if not self.page.run_dialog(dialog) or not dialog.imported:
            return False
        self._done(dialog.result_text())
        return True

    def retranslate_ui(self) -> None:
        self.button.setText(QCoreApplication.translate("RegisterPage", "&More…"))
        texts = {
            "print": QCoreApplication.translate("RegisterPage", "Print extract…"),
            "export": QCoreApplication.translate("RegisterPage", "Export CSV…"),
            "import": QCoreApplication.translate("RegisterPage", "Import CSV…"),
        }
        for name, text in texts.items():
            action = self.actions[name]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        keys = [self.actions[n].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                for n in ("print", "export", "import")]
        self.button.setToolTip(fill(QCoreApplication.translate(
            "RegisterPage", "Print extract (%1), export CSV (%2), import CSV (%3)"), *keys))

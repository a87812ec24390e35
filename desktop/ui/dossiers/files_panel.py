"""The dossier's files (scans of the investigation materials, calculations, orders): kept
encrypted inside the store with their size and SHA-256. Adding one reads it from a chosen
file; opening one (journalled, refused if its hash no longer matches) saves it to a chosen
path, readable by its owner only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import dossier_view
from desktop.ui.destruction.tables import fill_rows, read_only_table, selected_rows
from desktop.ui.register.print_dialog import write_private
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.ui.dossiers.view_dialog import DossierViewDialog

KIND_LABELS = {
    "material": QT_TRANSLATE_NOOP("FilesPanel", "Investigation material"),
    "calculation": QT_TRANSLATE_NOOP("FilesPanel", "Calculation"),
    "order": QT_TRANSLATE_NOOP("FilesPanel", "Order"),
    "other": QT_TRANSLATE_NOOP("FilesPanel", "Other"),
}


class FilesPanel(Retranslating, QWidget):
    def __init__(self, view: DossierViewDialog) -> None:
        super().__init__(view)
        self.view = view
        self.title = QLabel()
        self.table = read_only_table("dossierFiles", 5)
        self.title.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.kind = QComboBox()
        self.kind.setObjectName("fileKind")
        for kind in dossier_view.KINDS:
            self.kind.addItem("", kind)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFileButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFileButton")
        row = QHBoxLayout()
        row.addWidget(self.kind)
        for button, slot in ((self.add_button, self.add_file),
                             (self.open_button, self.open_file)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addLayout(row)

    # --- hooks (tests replace them) --------------------------------------------------------

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("FilesPanel", "Add a file to the dossier"))
        return Path(path) if path else None

    def choose_save_path(self, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("FilesPanel", "Save the file"),
            str(Path.home() / Path(name).name))
        return Path(path) if path else None

    # --- actions ---------------------------------------------------------------------------

    def selected(self) -> dict | None:
        rows = selected_rows(self.table)
        files = self.view.dossier.files
        return files[rows[0]] if rows and rows[0] < len(files) else None

    def update_actions(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def add_file(self) -> bool:
        path = self.choose_file()
        if path is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.view.message.show_text(fill(QCoreApplication.translate(
                "FilesPanel", "The file %1 could not be read (%2)."), path,
                exc.strerror or type(exc).__name__))
            return False
        d = self.view.dossier
        done = self.view.call(lambda: dossier_view.add_file(
            self.view.session, d.id, path.name, data, self.kind.currentData()))
        self.view.reload()
        return done

    def open_file(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        target = self.choose_save_path(chosen["name"])
        if target is None:
            return None
        got: list[tuple[str, bytes]] = []
        if not self.view.call(lambda: got.append(dossier_view.open_file(self.view.session,
                                                                         chosen["id"]))):
            return None
        try:
            write_private(target, got[0][1])
        except OSError as exc:
            self.view.message.show_text(fill(QCoreApplication.translate(
                "FilesPanel", "The file %1 could not be written (%2)."), target,
                exc.strerror or type(exc).__name__))
            return None
        self.view.status.setText(fill(QCoreApplication.translate(
            "FilesPanel", "%1 saved to %2. Keep it as the dossier's material."),
            chosen["name"], target))
        return target

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(QCoreApplication.translate("FilesPanel", "&Files:"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("FilesPanel", "Name"),
            QCoreApplication.translate("FilesPanel", "Kind"),
            QCoreApplication.translate("FilesPanel", "Size, bytes"),
            QCoreApplication.translate("FilesPanel", "SHA-256"),
            QCoreApplication.translate("FilesPanel", "Added")])
        for i, kind in enumerate(dossier_view.KINDS):
            self.kind.setItemText(i, QCoreApplication.translate("FilesPanel", KIND_LABELS[kind]))
        fill_rows(self.table, [
            (f["name"], QCoreApplication.translate("FilesPanel", KIND_LABELS.get(
                f["kind"], f["kind"])), f["size"], f["sha256"],
             fill(QCoreApplication.translate("FilesPanel", "%1 by %2"), f["added_at"],
                  f["added_by"])) for f in self.view.dossier.files])
        self.add_button.setText(QCoreApplication.translate("FilesPanel", "A&dd file…"))
        self.open_button.setText(QCoreApplication.translate("FilesPanel", "O&pen file…"))
        self.update_actions()

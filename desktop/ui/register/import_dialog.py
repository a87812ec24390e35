"""Importing incoming carriers from a CSV file: choose it, see every row checked, import.

The service checks each row as the registration dialog would and writes nothing until the
commit, which registers all rows in one transaction or none; so Import is offered only for
a file without errors, and every bad row is listed with what is wrong in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import Registration, RegistrationDraft
from desktop.domain.errors import GrifError
from desktop.services import csv_io
from desktop.services.csv_io import ImportPreview
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.ops import run_with_progress
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.register_model import cell_text
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating

COLUMNS = ("row", "kind", "title", "level", "originator", "copies", "column", "error")
ERROR_BRUSH = QBrush(QColor("#a40000"))


def _row_of(draft: RegistrationDraft) -> dict[str, Any]:
    """A draft as the register's cells show it (kind, level, originator translated)."""
    origin = draft.originator
    return {"kind": draft.kind.value, "title": draft.title, "level": draft.level.value,
            "originator_type": origin.type.value, "originator": origin.name,
            "foreign_marking": origin.foreign_marking, "copies": draft.copies}


class ImportDialog(Retranslating, QDialog):
    """`imported` lists the registrations made once Import succeeded."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self.imported: list[Registration] = []
        self.path: Path | None = None
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate_ui()
        self.choose_button.setFocus()

    def ask_path(self) -> Path | None:
        """The CSV file to read (None: the user changed their mind). Tests replace it."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ImportDialog", "Choose the CSV file"),
            str(Path.home()), QCoreApplication.translate("ImportDialog", "CSV files (*.csv)"))
        return Path(path) if path else None

    def choose(self) -> ImportPreview | None:
        path = self.ask_path()
        return self.load(path) if path is not None else None

    def load(self, path: Path) -> ImportPreview | None:
        """Read and check the file (on a worker); show its preview."""
        self.message.show_text("")
        self.preview = None
        self.import_button.setEnabled(False)
        session = self.session
        try:
            preview = run_with_progress(
                self, QCoreApplication.translate("ImportDialog", "Checking the file…"),
                lambda _progress: csv_io.import_csv(session, path), raise_errors=True)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            preview = None
        self.path = path
        self.file_label.setText(str(path))
        self.preview = preview
        self._fill()
        self.import_button.setEnabled(preview is not None and preview.ok)
        return preview

    def errors_shown(self) -> dict[int, str]:
        """{row number in the file: the error text shown} (tests read it)."""
        column = COLUMNS.index("error")
        return {int(self.table.item(r, 0).text()): self.table.item(r, column).text()
                for r in range(self.table.rowCount()) if self.table.item(r, column).text()}

    def _fill(self) -> None:
        preview = self.preview
        lines: list[tuple[int, dict[str, Any], str, str]] = []
        if preview is not None:
            lines += [(item.row, _row_of(item.draft), "", "") for item in preview.rows]
            lines += [(err.row, {}, err.column, error_text(err.error))
                      for err in preview.errors]
        lines.sort(key=lambda line: line[0])
        self.table.setRowCount(len(lines))
        for r, (number, cells, column, error) in enumerate(lines):
            values = [str(number)] + [cell_text(cells, key) if cells else ""
                                      for key in COLUMNS[1:6]] + [column, error]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if error:
                    item.setForeground(ERROR_BRUSH)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._summarise()

    def _summarise(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.clear()
        elif preview.errors:
            self.summary.setText(fill(QCoreApplication.translate(
                "ImportDialog", "Rows with errors: %1 of %2. Correct the file and choose it "
                "again; nothing is imported while any row is wrong."),
                len(preview.errors), len(preview.errors) + len(preview.rows)))
        else:
            self.summary.setText(fill(QCoreApplication.translate(
                "ImportDialog", "Rows ready to register: %1."), len(preview.rows)))

    def import_now(self) -> list[Registration]:
        preview = self.preview
        if preview is None or not preview.ok:
            return []
        self.message.show_text("")
        session = self.session
        try:
            done = run_with_progress(
                self, QCoreApplication.translate("ImportDialog", "Registering the rows…"),
                lambda progress: csv_io.commit_import(session, preview, progress=progress),
                raise_errors=True)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return []
        if not done:
            return []
        self.imported = list(done)
        self.accept()
        return self.imported

    def result_text(self) -> str:
        first, last = self.imported[0].reg_no, self.imported[-1].reg_no
        return fill(QCoreApplication.translate(
            "ImportDialog", "Registrations imported: %1 (%2 – %3)."),
            len(self.imported), first, last)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import from CSV"))
        if self.path is None:
            self.file_label.setText(QCoreApplication.translate(
                "ImportDialog", "Choose a CSV file of incoming carriers (UTF-8, a header "
                "row with the column names)."))
        self.choose_button.setText(QCoreApplication.translate("ImportDialog", "&Choose file…"))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", "&Import"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Kind"),
            QCoreApplication.translate("ImportDialog", "Title"),
            QCoreApplication.translate("ImportDialog", "Level"),
            QCoreApplication.translate("ImportDialog", "Originator"),
            QCoreApplication.translate("ImportDialog", "Copies"),
            QCoreApplication.translate("ImportDialog", "Column"),
            QCoreApplication.translate("ImportDialog", "Error"),
        ])
        if self.preview is not None:
            self._fill()

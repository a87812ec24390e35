"""What the inventory pages and views share: a read-only table of rows, a form of labelled
values, and a page that lists what a service returns (checks, cases), keeps the selected
row selected across refreshes and opens a dialog on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.copying.form import plain_label
from desktop.ui.errors import error_text, show_error
from desktop.ui.models.rows_model import RowsModel
from desktop.ui.page import Page
from desktop.ui.register.form_parts import ErrorLabel


def list_table(name: str, model: QAbstractItemModel, *, many: bool = False) -> QTableView:
    """A read-only list of rows: whole rows selected, Tab leaves it, arrows move in it."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if many else mode.SingleSelection)
    return table


def value_form(keys: tuple[str, ...], prefix: str
               ) -> tuple[QFormLayout, dict[str, QLabel], dict[str, QLabel]]:
    """A form of read-only values (typed text shown as plain text), one row per key; the
    values are named `<prefix>_<key>`."""
    form = QFormLayout()
    labels: dict[str, QLabel] = {}
    values: dict[str, QLabel] = {}
    for key in keys:
        labels[key], values[key] = QLabel(), plain_label(f"{prefix}_{key}")
        form.addRow(labels[key], values[key])
    return form, labels, values


class ListPage(Page):
    """Subclasses build their buttons and layout around `heading`, `table` and `message`,
    and answer `refresh()` (with `load`), `open_selected()` and `update_actions()`."""

    def __init__(self, session: Session, model: RowsModel, table_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.can_act = session.user.has_role(*CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.model = model
        model.setParent(self)
        self.table = list_table(table_name, model)
        # activated: Enter, and a double click in every style Grif runs with
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        model.modelReset.connect(self.update_actions)
        self.message = ErrorLabel()
        self.message.setObjectName("pageMessage")
        self._sized = False

    def load(self, fetch: Callable[[], list[Any]]) -> bool:
        """Show what `fetch()` returns (a service's list); keeps the selected row."""
        keep = self.current()
        try:
            rows = fetch()
        except GrifError as exc:
            self._show_rows([], error_text(exc))
            return False
        self._show_rows(rows, "")
        self.select(getattr(keep, "id", None))
        return True

    def _show_rows(self, rows: list[Any], problem: str) -> None:
        """The rows, or none and why; the columns fit the first rows ever shown."""
        self.model.set_rows(rows)
        self.message.show_text(problem)
        if not self._sized and rows:
            self._sized = True
            self.table.resizeColumnsToContents()

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        """Make the row of `item_id` (else the first row) the current one."""
        found = None if item_id is None else self.model.row_of(item_id)
        rows = [found] if found is not None else [0][:self.model.rowCount()]
        for row in rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what the selected row allows."""

    def open_selected(self) -> None:
        """Open the selected row."""

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_dialog(self, make: Callable[[], QDialog]) -> None:
        """A view of the selected row (the service may refuse to show it), then the list
        again: the dialog may have changed the row."""
        try:
            dialog = make()
        except GrifError as exc:
            show_error(self, exc)
            return
        self.run_dialog(dialog)
        self.refresh()

"""A section's list (acts, return lists, checks, loss cases, marking cases, copy requests): a
table over the rows a service returns whole (models/rows_model.py), the buttons that act on
the selected row, and the lines where errors and results appear. Enter or a double click
opens the selected row; the selected row stays selected when the list is read again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.errors import error_text, show_error
from desktop.ui.models.rows_model import RowsModel
from desktop.ui.page import Page
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadgeDelegate
from desktop.ui.widgets.fields import plain_label, run_modal


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


def filter_combo(name: str, values: Iterable[Any]) -> QComboBox:
    """A filter's choices with `values` as their data; the texts come in retranslate_ui()."""
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:
        combo.addItem("", value)
    return combo


class ListSection(Page):
    """Subclasses add their filters and buttons, lay the parts out with `stack()`, `load()`
    the rows, say which buttons are enabled in `update_actions()` and open the selected row
    in `open_selected()`. A level column is drawn as a badge. `notice` names the line that
    says what an action did (none when empty)."""

    def __init__(self, session: Session, model: RowsModel, table_name: str,
                 parent: QWidget | None = None, *, message: str = "pageMessage",
                 notice: str = "") -> None:
        super().__init__(session, parent)
        self.is_clerk = session.user.has_role(*CLERKS)
        self.model = model
        model.setParent(self)
        self.table = list_table(table_name, model)
        if any(key == "level" for key, _ in model.COLUMNS):
            self.table.setItemDelegateForColumn(model.column_of("level"),
                                                LevelBadgeDelegate(self.table))
        # activated: Enter, and a double click in every style Grif runs with
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        model.modelReset.connect(self.update_actions)
        self.bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.message = ErrorLabel()
        self.message.setObjectName(message)
        self.notice = plain_label(notice) if notice else None
        self._sized = False

    def add_filter(self, row: QHBoxLayout, combo: QComboBox) -> QLabel:
        """Put `combo` with its label (returned, texts in retranslate_ui) in `row`; every
        choice asks the service again."""
        label = QLabel()
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return label

    def add_button(self, name: str, slot: Callable[[], object],
                   object_name: str = "") -> QPushButton:
        button = QPushButton()
        button.setObjectName(object_name or f"{name}Button")
        button.clicked.connect(lambda _=False: slot())
        self.buttons[name] = button
        self.bar.addWidget(button)
        return button

    def stack(self, *parts: QWidget | QLayout) -> None:
        """Lay the parts out top to bottom; the table takes the height that is left."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if part is self.table else 0)

    # --- the list --------------------------------------------------------------------------

    def load(self) -> list[Any]:
        """The rows from the service (it may refuse with a GrifError)."""
        raise NotImplementedError

    def refresh(self) -> bool:
        """The rows again; keeps the selected one selected."""
        keep = self.current()
        try:
            rows = self.load()
        except GrifError as exc:
            self.refused(exc)
            return False
        self.message.show_text("")
        self.set_rows(rows)
        if rows and not self._sized:
            self.size_columns()
            self._sized = True
        self.select(getattr(keep, "id", None))
        return True

    def refused(self, exc: GrifError) -> None:
        """A refusal empties the list and says why."""
        self.set_rows([])
        self.message.show_text(error_text(exc))

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)

    def size_columns(self) -> None:
        """The columns fit the first rows ever shown; after that they keep the user's widths."""
        self.table.resizeColumnsToContents()

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        """The row of `item_id` becomes the current one (the first row when it is gone)."""
        found = self.model.row_of(item_id) if item_id is not None else None
        row = found if found is not None else (0 if self.model.rowCount() else None)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.update_actions()

    def update_actions(self) -> None:
        """Enable the buttons for the selected row."""

    def open_selected(self) -> None:
        """Open the selected row's dialog."""

    # --- dialogs ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return run_modal(dialog)

    def done(self, item_id: int | None, text: str) -> None:
        """After an action: the list again with `item_id` selected, `text` in the notice."""
        self.refresh()
        self.select(item_id)
        if self.notice is not None:
            self.notice.setText(text)
            self.notice.show()      # a page may keep it hidden until it has something to say

    def open_dialog(self, make: Callable[[], QDialog], *, error_box: bool = False,
                    reread: bool = True) -> bool:
        """Open a record's dialog (the service may refuse to show it: said in a message box
        or in the message line), then, when `reread`, the list again: the record may have
        moved on in the dialog."""
        try:
            dialog = make()
        except GrifError as exc:
            if error_box:
                show_error(self, exc)
            else:
                self.message.show_text(error_text(exc))
            return False
        self.run_dialog(dialog)
        if reread:
            self.refresh()
        return True

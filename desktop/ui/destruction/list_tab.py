"""One tab of the section: a list the service returns whole, the buttons that act on the
selected row, and the lines where errors and results appear. Enter or a double click opens
the selected row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.destruction.list_model import SectionListModel
from desktop.ui.errors import error_text
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadgeDelegate
from desktop.ui.widgets.retranslate import Retranslating


class ListTab(Retranslating, QWidget):
    """Subclasses `load()` the rows, say which buttons are enabled in `update_actions()` and
    open the selected row in `open_selected()`."""

    def __init__(self, session: Session, model: SectionListModel, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.is_clerk = session.user.has_role(*CLERKS)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName(name)
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(model.column_of("level"),
                                            LevelBadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # activated: Enter, and a double click in every style Grif runs with
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        model.modelReset.connect(self.update_actions)
        self.filters = QHBoxLayout()
        self.bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.message = ErrorLabel()
        self.message.setObjectName("tabMessage")
        self.notice = QLabel()
        self.notice.setObjectName("tabNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        self._sized = False

    def add_button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"{name}Button")
        button.clicked.connect(lambda _=False: slot())
        self.buttons[name] = button
        self.bar.addWidget(button)
        return button

    # --- the list --------------------------------------------------------------------------

    def load(self) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> bool:
        """The rows again; keeps the selected one selected. A refusal empties the list and
        says why."""
        keep = self.current()
        problem = ""
        try:
            rows = self.load()
        except GrifError as exc:
            rows, problem = [], error_text(exc)
        self.message.show_text(problem)
        self.model.set_rows(rows)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.select(keep.id if keep else None)
        return not problem

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
        return dialog.exec() == QDialog.DialogCode.Accepted

    def done(self, item_id: int | None, text: str) -> None:
        self.refresh()
        self.select(item_id)
        self.notice.setText(text)

    def open_with(self, make: Callable[[], QDialog]) -> bool:
        """Open a record's dialog (the service may refuse to show it), then re-read the
        list: the record may have moved on in the dialog."""
        try:
            dialog = make()
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return False
        self.run_dialog(dialog)
        self.refresh()
        return True

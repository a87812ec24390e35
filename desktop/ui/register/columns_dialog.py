"""Choosing and ordering the register's columns: tick to show, move up and down.

The page applies the result to the table's header and remembers it per workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.widgets.retranslate import Retranslating

LogicalRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2


class ColumnsDialog(Retranslating, QDialog):
    """`columns` is [(logical index, source title in context "RegisterModel", visible)] in
    the order shown now; after OK,
    `chosen()` gives [(logical index, visible)] in the new order."""

    def __init__(self, columns: list[tuple[int, str, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("columnList")
        for logical, title, visible in columns:
            item = QListWidgetItem()
            item.setData(LogicalRole, logical)
            item.setData(SourceRole, title)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.up_button = QPushButton()
        self.up_button.setObjectName("columnUp")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton()
        self.down_button.setObjectName("columnDown")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.list.setFocus()
        self.retranslate_ui()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chosen(self) -> list[tuple[int, bool]]:
        return [(self.list.item(i).data(LogicalRole),
                 self.list.item(i).checkState() == Qt.CheckState.Checked)
                for i in range(self.list.count())]

    def accept(self) -> None:
        if not any(visible for _, visible in self.chosen()):
            self.message.show_text(QCoreApplication.translate(
                "ColumnsDialog", "Keep at least one column."))
            return
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ColumnsDialog", "Columns"))
        self.hint.setText(QCoreApplication.translate(
            "ColumnsDialog", "Tick the columns to show (Space) and put them in order "
            "(Alt+Up, Alt+Down)."))
        self.up_button.setText(QCoreApplication.translate("ColumnsDialog", "&Up"))
        self.down_button.setText(QCoreApplication.translate("ColumnsDialog", "&Down"))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(QCoreApplication.translate("RegisterModel", item.data(SourceRole)))

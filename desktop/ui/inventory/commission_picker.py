"""The commission of a check picked from the people cleared for classified work: the first
one chairs it, the others are members (at least three in all; the service checks that and
each one's clearance against the carriers of the check)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.ui.widgets.display import fill
from desktop.ui.widgets.retranslate import Retranslating

UsernameRole = Qt.ItemDataRole.UserRole + 1


class CommissionPicker(Retranslating, QWidget):
    """`people`: (username, full name) of whom may be chosen. `changed` fires on any edit."""

    changed = Signal()

    def __init__(self, people: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(people)
        self.person = QComboBox()
        self.person.setObjectName("commissionPerson")
        for username, full_name in people:
            self.person.addItem(full_name, username)
        self.add_button = QPushButton()
        self.add_button.setObjectName("commissionAdd")
        self.add_button.clicked.connect(lambda: self.add(self.person.currentData()))
        self.chosen = QListWidget()
        self.chosen.setObjectName("commission")
        self.chosen.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.chosen.currentRowChanged.connect(lambda _row: self._update())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("commissionRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self.chair_button = QPushButton()
        self.chair_button.setObjectName("commissionChair")
        self.chair_button.clicked.connect(self.make_chair)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.person, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.chosen, 1, 0, 3, 1)
        grid.addWidget(self.chair_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        grid.setColumnStretch(0, 1)
        self.setFocusProxy(self.person)
        self.retranslate_ui()

    def usernames(self) -> list[str]:
        """The chair first, then the members, in the order shown."""
        return [self.chosen.item(i).data(UsernameRole) for i in range(self.chosen.count())]

    def add(self, username: str | None) -> bool:
        if not username or username in self.usernames():
            return False
        item = QListWidgetItem()
        item.setData(UsernameRole, username)
        self.chosen.addItem(item)
        self.chosen.setCurrentItem(item)
        self._changed()
        return True

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._changed()

    def make_chair(self) -> None:
        """The selected person moves to the top: the chair."""
        row = self.chosen.currentRow()
        if row > 0:
            item = self.chosen.takeItem(row)
            self.chosen.insertItem(0, item)
            self.chosen.setCurrentRow(0)
            self._changed()

    def _changed(self) -> None:
        self.retranslate_ui()
        self.changed.emit()

    def _update(self) -> None:
        row = self.chosen.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.chair_button.setEnabled(row > 0)
        self.add_button.setEnabled(self.person.count() > 0)

    def retranslate_ui(self) -> None:
        self.add_button.setText(QCoreApplication.translate("CommissionPicker", "&Add"))
        self.remove_button.setText(QCoreApplication.translate("CommissionPicker", "Re&move"))
        self.chair_button.setText(
            QCoreApplication.translate("CommissionPicker", "Make c&hair"))
        for i in range(self.chosen.count()):
            item = self.chosen.item(i)
            name = self.names.get(item.data(UsernameRole), item.data(UsernameRole))
            item.setText(fill(QCoreApplication.translate(
                "CommissionPicker", "%1 — chair"), name) if i == 0 else name)
        self.chosen.setAccessibleName(QCoreApplication.translate(
            "CommissionPicker", "Commission: the first one chairs it"))
        self._update()

"""PySide6 6.12.0 drops a reference to None on every void call under CPython 3.11 and the
process aborts after a few thousand calls (ARCHITECTURE.md); the pinned 6.11.x must not."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 1000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_none_refcount_is_stable_across_many_void_calls(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = Model()
    view.setModel(model)
    before = sys.getrefcount(None)
    for i in range(20_000):
        view.selectRow(i % 1000)              # void calls into Qt
        model.layoutChanged.emit()
        view.setColumnWidth(i % 5, 50 + i % 7)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 1000, f"None refcount drifted by {drift}"

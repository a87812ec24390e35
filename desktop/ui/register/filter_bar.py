"""The register's search line and filters. Any change is applied 300 ms after the last one,
so typing a word or stepping through a list runs one query, not one per key."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.carriers import CopyState, OriginatorType
from desktop.domain.levels import Level
from desktop.services.register import RegisterFilter
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.retranslate import Retranslating

DELAY_MS = 300
LEVELS = (Level.OV, Level.SS, Level.S)


class RegisterFilterBar(Retranslating, QWidget):
    changed = Signal()   # the filter changed and has been quiet for DELAY_MS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.changed)

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)
        self.level_label = QLabel()
        self.level = self._combo("filterLevel", [lv.value for lv in LEVELS])
        self.state_label = QLabel()
        self.state = self._combo("filterState", [s.value for s in CopyState])
        self.custodian_label = QLabel()
        self.custodian = self._combo("filterCustodian", [])
        self.origin_label = QLabel()
        self.origin = self._combo("filterOriginator", [o.value for o in OriginatorType])
        self.from_label = QLabel()
        self.date_from = date_edit("filterDateFrom")
        self.any_from = QCheckBox()
        self.any_from.setObjectName("anyDateFrom")
        self.to_label = QLabel()
        self.date_to = date_edit("filterDateTo")
        self.any_to = QCheckBox()
        self.any_to.setObjectName("anyDateTo")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilter")
        for label, buddy in ((self.search_label, self.search), (self.level_label, self.level),
                             (self.state_label, self.state),
                             (self.custodian_label, self.custodian),
                             (self.origin_label, self.origin), (self.from_label, self.date_from),
                             (self.to_label, self.date_to)):
            label.setBuddy(buddy)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(self.reset_button, 0, 6)
        grid.addWidget(self.level_label, 1, 0)
        grid.addWidget(self.level, 1, 1)
        grid.addWidget(self.state_label, 1, 2)
        grid.addWidget(self.state, 1, 3)
        grid.addWidget(self.custodian_label, 1, 4)
        grid.addWidget(self.custodian, 1, 5, 1, 2)
        grid.addWidget(self.origin_label, 2, 0)
        grid.addWidget(self.origin, 2, 1)
        grid.addWidget(self.from_label, 2, 2)
        grid.addLayout(self._pair(self.date_from, self.any_from), 2, 3)
        grid.addWidget(self.to_label, 2, 4)
        grid.addLayout(self._pair(self.date_to, self.any_to), 2, 5, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        chain = (self.search, self.reset_button, self.level, self.state, self.custodian,
                 self.origin, self.date_from, self.any_from, self.date_to, self.any_to)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.any_from.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.any_to.toggled.connect(lambda on: self.date_to.setEnabled(not on))
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.flush)
        for combo in (self.level, self.state, self.custodian, self.origin):
            combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.timer.start())
        for box in (self.any_from, self.any_to):
            box.toggled.connect(lambda _on: self.timer.start())
        self.reset_button.clicked.connect(self.reset)
        self.clear()
        self.timer.stop()
        self.retranslate_ui()

    @staticmethod
    def _combo(name: str, values: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem("", None)
        for value in values:
            combo.addItem("", value)
        return combo

    @staticmethod
    def _pair(edit: QWidget, box: QCheckBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(box)
        return row

    # --- values ----------------------------------------------------------------------------

    def set_custodians(self, people: list[tuple[int, str]] | None) -> None:
        """The people who keep copies; None hides the filter (the user may not list them)."""
        visible = people is not None
        self.custodian.setVisible(visible)
        self.custodian_label.setVisible(visible)
        keep = self.custodian.currentData()
        self.custodian.blockSignals(True)
        while self.custodian.count() > 1:
            self.custodian.removeItem(1)
        for user_id, name in people or []:
            self.custodian.addItem(name, user_id)
        found = self.custodian.findData(keep) if keep is not None else 0
        self.custodian.setCurrentIndex(max(found, 0))
        self.custodian.blockSignals(False)

    def clear(self) -> None:
        """Everything back to "all" (applied after the usual pause)."""
        self.search.clear()
        for combo in (self.level, self.state, self.custodian, self.origin):
            combo.setCurrentIndex(0)
        today = QDate.currentDate()
        self.date_from.setDate(today)
        self.date_to.setDate(today)
        self.any_from.setChecked(True)
        self.any_to.setChecked(True)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)

    def reset(self) -> None:
        self.clear()
        self.flush()

    def flush(self) -> None:
        """Apply now instead of after the pause."""
        self.timer.stop()
        self.changed.emit()

    def pending(self) -> bool:
        return self.timer.isActive()

    def register_filter(self) -> RegisterFilter:
        return RegisterFilter(
            level=self.level.currentData(), state=self.state.currentData(),
            custodian_id=self.custodian.currentData() if self.custodian.isVisibleTo(self)
            else None,
            originator_type=self.origin.currentData(),
            date_from=None if self.any_from.isChecked() else self.date_from.date().toPython(),
            date_to=None if self.any_to.isChecked() else self.date_to.date().toPython(),
            search=self.search.text().strip() or None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.search_label.setText(QCoreApplication.translate("RegisterPage", "&Search:"))
        self.search.setPlaceholderText(QCoreApplication.translate(
            "RegisterPage", "Words of the title, a registration number, notes (Ctrl+F)"))
        self.level_label.setText(QCoreApplication.translate("RegisterPage", "&Level:"))
        self.level.setItemText(0, QCoreApplication.translate("RegisterPage", "All levels"))
        for i, level in enumerate(LEVELS, start=1):
            self.level.setItemText(i, QCoreApplication.translate("Level", level.label))
        self.state_label.setText(QCoreApplication.translate("RegisterPage", "S&tate:"))
        self.state.setItemText(0, QCoreApplication.translate("RegisterPage", "All states"))
        for i, state in enumerate(CopyState, start=1):
            self.state.setItemText(i, QCoreApplication.translate("CopyState", state.label))
        self.custodian_label.setText(QCoreApplication.translate("RegisterPage", "C&ustodian:"))
        self.custodian.setItemText(0, QCoreApplication.translate("RegisterPage", "All custodians"))
        self.origin_label.setText(QCoreApplication.translate("RegisterPage", "Ori&ginator:"))
        self.origin.setItemText(0, QCoreApplication.translate("RegisterPage", "All originators"))
        for i, kind in enumerate(OriginatorType, start=1):
            self.origin.setItemText(i, QCoreApplication.translate("OriginatorType", kind.label))
        self.from_label.setText(QCoreApplication.translate("RegisterPage", "&From:"))
        self.to_label.setText(QCoreApplication.translate("RegisterPage", "T&o:"))
        self.any_from.setText(QCoreApplication.translate("RegisterPage", "any date"))
        self.any_to.setText(QCoreApplication.translate("RegisterPage", "any date"))
        self.any_from.setAccessibleName(
            QCoreApplication.translate("RegisterPage", "Any start date"))
        self.any_to.setAccessibleName(QCoreApplication.translate("RegisterPage", "Any end date"))
        self.reset_button.setText(QCoreApplication.translate("RegisterPage", "&Reset"))
        self.reset_button.setToolTip(
            QCoreApplication.translate("RegisterPage", "Show the whole register again"))

"""The audit journal's filter bar: user, action, object text and a range of local days."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain import actions
from desktop.services.journal_view import JournalFilter
from desktop.ui.widgets.retranslate import Retranslating


class JournalFilterBar(Retranslating, QWidget):
    """Emits `applied` when the user asks for the filter (Apply, Enter in the text field) and
    `reset_requested` for Reset. `journal_filter()` builds the service's filter (and raises
    InvalidInput for a value it refuses)."""

    applied = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_label = QLabel()
        self.user = QComboBox()
        self.user.setObjectName("filterUser")
        self.action_label = QLabel()
        self.action = QComboBox()
        self.action.setObjectName("filterAction")
        self.object_label = QLabel()
        self.object = QLineEdit()
        self.object.setObjectName("filterObject")
        self.object.setClearButtonEnabled(True)
        self.object.setMaxLength(200)
        self.from_label = QLabel()
        self.date_from = self._date_edit("filterDateFrom")
        self.any_from = QCheckBox()
        self.any_from.setObjectName("anyDateFrom")
        self.to_label = QLabel()
        self.date_to = self._date_edit("filterDateTo")
        self.any_to = QCheckBox()
        self.any_to.setObjectName("anyDateTo")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyFilter")
        self.apply_button.setDefault(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilter")
        for label, buddy in ((self.user_label, self.user), (self.action_label, self.action),
                             (self.object_label, self.object),
                             (self.from_label, self.date_from), (self.to_label, self.date_to)):
            label.setBuddy(buddy)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.user_label, 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(self.action_label, 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(self.object_label, 0, 4)
        grid.addWidget(self.object, 0, 5, 1, 2)
        grid.addWidget(self.from_label, 1, 0)
        grid.addLayout(self._pair(self.date_from, self.any_from), 1, 1)
        grid.addWidget(self.to_label, 1, 2)
        grid.addLayout(self._pair(self.date_to, self.any_to), 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        grid.addLayout(buttons, 1, 4, 1, 3)
        grid.setColumnStretch(5, 1)

        chain = (self.user, self.action, self.object, self.date_from, self.any_from,
                 self.date_to, self.any_to, self.apply_button, self.reset_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.any_from.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.any_to.toggled.connect(lambda on: self.date_to.setEnabled(not on))
        self.apply_button.clicked.connect(self.applied)
        self.reset_button.clicked.connect(self.reset_requested)
        self.object.returnPressed.connect(self.applied)
        self._actions: list[str] = []
        self.clear()
        self.set_choices([], [])
        self.retranslate_ui()

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDate(QDate.currentDate())
        return edit

    @staticmethod
    def _pair(edit: QDateEdit, box: QCheckBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(box)
        return row

    # --- values ----------------------------------------------------------------------------

    def set_choices(self, actors: list[str], action_codes: list[str]) -> None:
        """Fill the lists (keeping the current choice when it is still there)."""
        keep_user, keep_action = self.user.currentData(), self.action.currentData()
        self.user.clear()
        self.user.addItem(QCoreApplication.translate("AuditJournalPage", "All users"), None)
        for name in actors:
            self.user.addItem(name, name)
        self._actions = list(action_codes)
        self.action.clear()
        self.action.addItem("", None)
        for code in self._actions:
            self.action.addItem("", code)
        self._action_texts()
        self._select(self.user, keep_user)
        self._select(self.action, keep_action)

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        found = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(found, 0))

    def clear(self) -> None:
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.object.clear()
        today = QDate.currentDate()
        self.date_from.setDate(today)
        self.date_to.setDate(today)
        self.any_from.setChecked(True)
        self.any_to.setChecked(True)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)

    def journal_filter(self) -> JournalFilter:
        return JournalFilter(
            actor=self.user.currentData(),
            action=self.action.currentData(),
            object_contains=self.object.text(),
            date_from=None if self.any_from.isChecked() else self.date_from.date().toPython(),
            date_to=None if self.any_to.isChecked() else self.date_to.date().toPython(),
        )

    # --- language --------------------------------------------------------------------------

    def _action_texts(self) -> None:
        self.action.setItemText(0, QCoreApplication.translate("AuditJournalPage", "All actions"))
        for i, code in enumerate(self._actions, start=1):
            self.action.setItemText(
                i, QCoreApplication.translate("Actions", actions.label(code)))

    def retranslate_ui(self) -> None:
        self.user_label.setText(QCoreApplication.translate("AuditJournalPage", "&User:"))
        self.user.setItemText(0, QCoreApplication.translate("AuditJournalPage", "All users"))
        self.action_label.setText(QCoreApplication.translate("AuditJournalPage", "&Action:"))
        self._action_texts()
        self.object_label.setText(QCoreApplication.translate("AuditJournalPage", "&Object:"))
        self.object.setPlaceholderText(
            QCoreApplication.translate("AuditJournalPage", "Text in the object (Ctrl+F)"))
        self.from_label.setText(QCoreApplication.translate("AuditJournalPage", "&From:"))
        self.to_label.setText(QCoreApplication.translate("AuditJournalPage", "&To:"))
        self.any_from.setText(QCoreApplication.translate("AuditJournalPage", "any date"))
        self.any_to.setText(QCoreApplication.translate("AuditJournalPage", "any date"))
        self.any_from.setAccessibleName(
            QCoreApplication.translate("AuditJournalPage", "Any start date"))
        self.any_to.setAccessibleName(
            QCoreApplication.translate("AuditJournalPage", "Any end date"))
        self.apply_button.setText(QCoreApplication.translate("AuditJournalPage", "Apply (F5)"))
        self.reset_button.setText(QCoreApplication.translate("AuditJournalPage", "Reset"))
        self.apply_button.setToolTip(
            QCoreApplication.translate("AuditJournalPage", "Show the records that match"))


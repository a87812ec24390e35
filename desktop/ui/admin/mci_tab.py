"""The monthly calculation index by effective date (seed 000 p.9): the value the damage
assessment takes on the day the materials reached the commission. The administrator adds a
new value when the law changes it (it has changed in the middle of a year before), corrects
one, or removes one entered by mistake; every change is journalled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.services import mci
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.page import Page
from desktop.ui.widgets.display import day_text, fill


class MciTab(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[tuple[dt.date, int]] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("mciTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.since = QDateEdit()
        self.since.setObjectName("mciSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.since.setDate(QDate(dt.date.today().year, 1, 1))
        self.value = QSpinBox()
        self.value.setObjectName("mciValue")
        self.value.setRange(1, mci.MAX_VALUE)
        self.since_label, self.value_label = QLabel(), QLabel()
        self.since_label.setBuddy(self.since)
        self.value_label.setBuddy(self.value)
        form = QFormLayout()
        form.addRow(self.since_label, self.since)
        form.addRow(self.value_label, self.value)
        self.save_button, self.remove_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("mciSave")
        self.remove_button.setObjectName("mciRemove")
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("mciMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()
        self.retranslate_ui()

    def refresh(self) -> None:
        try:
            self.rows = mci.values(self.session)
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        # Refilling the table must not pick a row into the form (a removal would then
        # act on that row next).
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for r, (since, value) in enumerate(self.rows):
            self.table.setItem(r, 0, QTableWidgetItem(day_text(since)))
            self.table.setItem(r, 1, QTableWidgetItem(f"{value:,}".replace(",", " ") + " ₸"))
        self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(self.rows))

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            since, value = self.rows[row]
            self.since.setDate(QDate(since.year, since.month, since.day))
            self.value.setValue(value)

    def save(self) -> bool:
        since = self.since.date().toPython()
        try:
            mci.set_value(self.session, since, self.value.value())
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(fill(QCoreApplication.translate(
            "MciTab", "From %1 the MCI is %2 ₸."), day_text(since), self.value.value()))
        self.refresh()
        return True

    def remove(self) -> bool:
        since = self.since.date().toPython()
        try:
            mci.remove_value(self.session, since)
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(fill(QCoreApplication.translate(
            "MciTab", "The value from %1 is removed."), day_text(since)))
        self.refresh()
        return True

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate(
            "MciTab", "The monthly calculation index by the date it takes effect. A damage assessment uses the value in force on the day the materials reached the commission, or on the date a court or prosecution order names."))  # noqa: E501
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("MciTab", "In force from"),
            QCoreApplication.translate("MciTab", "Tenge"),
        ])
        self.since_label.setText(QCoreApplication.translate("MciTab", "In force &from:"))
        self.value_label.setText(QCoreApplication.translate("MciTab", "&Value, tenge:"))
        self.save_button.setText(QCoreApplication.translate("MciTab", "A&pply"))
        self.remove_button.setText(QCoreApplication.translate("MciTab", "&Remove"))

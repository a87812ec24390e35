"""Closing a visit that took place: for every visitor whether they came and, if so, when and
under which record they were registered on arrival (S001 a.10 p.3); the information shown
(none of it above the degree agreed); a note — required when nothing was shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.errors import GrifError
from desktop.services import visits
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.services.visits import Attendance
from desktop.ui.destruction.copy_picker import place_below
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import ErrorLabel, field_box
from desktop.ui.register.level_badge import level_name
from desktop.ui.visits import texts
from desktop.ui.visits.shown_panel import ShownPanel
from desktop.ui.visits.widgets import day_edit
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import line_edit

NAME, CAME, REGISTERED_ON, RECORD = range(4)
ABOUT_ATTENDANCE = (visits.ATTENDANCE, visits.REGISTERED_ON, visits.REGISTRATION_REF)


class CloseDialog(FormDialog):
    def __init__(self, session: Session, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=visit.level, min_width=820)
        self.visit = visit
        self.attendance = QTableWidget(len(visit.visitors), 4)
        self.attendance.setObjectName("attendanceTable")
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance.setTabKeyNavigation(False)
        self.attendance.verticalHeader().hide()
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        last = max(visit.start_date, min(visit.end_date, session.today))
        self.dates: list[QDateEdit] = []
        self.records: list[QLineEdit] = []
        for r, visitor in enumerate(visit.visitors):
            self.attendance.setItem(r, NAME, QTableWidgetItem(visitor.full_name))
            came = QTableWidgetItem()
            came.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            came.setCheckState(Qt.CheckState.Checked)
            self.attendance.setItem(r, CAME, came)
            day = day_edit(f"registeredOn{r}", visit.start_date, visit.start_date, last)
            record = line_edit(f"registrationRecord{r}", 100)
            self.attendance.setCellWidget(r, REGISTERED_ON, day)
            self.attendance.setCellWidget(r, RECORD, record)
            self.dates.append(day)
            self.records.append(record)
        self.attendance.itemChanged.connect(lambda _item: self._show_attendance())
        self.attendance_error = ErrorLabel()
        self.attendance_error.setObjectName("attendanceError")
        self.shown = ShownPanel(session)
        self.note = text_box("closingNote", 3)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        note_error = ErrorLabel()
        note_error.setObjectName("noteError")
        self.errors.add([visits.NOTE], self.note, note_error)
        self.errors.add(ABOUT_ATTENDANCE, self.attendance, self.attendance_error)
        self.errors.add([visits.SHOWN, fields.LEVEL], self.shown.table, self.shown.error)
        parts = QWidget()
        column = QVBoxLayout(parts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attendance, 1)
        column.addWidget(self.attendance_error)
        column.addWidget(self.shown, 1)
        column.addWidget(self.note_label)
        column.addWidget(field_box(self.note, note_error))
        place_below(self.main_layout, self.form, parts)
        self.resize(900, 760)
        self.retranslate_ui()
        self.attendance.setFocus()

    def set_came(self, row: int, came: bool) -> None:
        self.attendance.item(row, CAME).setCheckState(
            Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)

    def came(self, row: int) -> bool:
        return self.attendance.item(row, CAME).checkState() == Qt.CheckState.Checked

    def _show_attendance(self) -> None:
        for r in range(self.attendance.rowCount()):
            self.dates[r].setEnabled(self.came(r))
            self.records[r].setEnabled(self.came(r))
        self.attendance_error.show_text("")

    def entered(self) -> list[Attendance]:
        return [Attendance(v.id, True, self.dates[r].date().toPython(), self.records[r].text())
                if self.came(r) else Attendance(v.id, False)
                for r, v in enumerate(self.visit.visitors)]

    def submit(self) -> None:
        visits.close(self.session, self.visit.id, attendance=self.entered(),
                     shown=self.shown.items(), note=self.note.toPlainText())

    def field_for(self, exc: GrifError) -> str | None:
        return visits.SHOWN if exc.message == visits.ABOVE_AGREED else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "CloseDialog", "Close visit %1"), self.visit.number))
        self.about.setText(fill(QCoreApplication.translate(
            "CloseDialog", "Visit of %1. Say for every visitor whether they came; those who "
            "came were registered on arrival (S001 a.10 p.3). Nothing above «%2» may have "
            "been shown."), texts.period_text(self.visit),
            level_name(self.visit.level)))
        self.attendance.setHorizontalHeaderLabels([
            QCoreApplication.translate("CloseDialog", "Visitor"),
            QCoreApplication.translate("CloseDialog", "Came"),
            QCoreApplication.translate("CloseDialog", "Registered on"),
            QCoreApplication.translate("CloseDialog", "Registration record")])
        self.note_label.setText(QCoreApplication.translate("CloseDialog", "&Note:"))
        self.note.setPlaceholderText(QCoreApplication.translate(
            "CloseDialog", "Required when nothing was shown"))
        self.ok_button.setText(QCoreApplication.translate("CloseDialog", "&Close the visit"))

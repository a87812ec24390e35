"""Copies picked by registration number and copy numbers, for a destruction act or a return
list: one copy ("3"), several ("1, 3-5") or, with no numbers, every copy of the registration
that is in the safe. The table shows what the printed form will list; the service checks
every copy again when the act or the list is saved.

Copies are looked up through the register's own search, so the clearance filter applies."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import CopyState
from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.services import register
from desktop.services.session import Session
from desktop.ui.destruction.tables import fill_rows, read_only_table, selected_rows
from desktop.ui.errors import error_text
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.register_model import as_date
from desktop.ui.widgets.display import day_text, fill
from desktop.ui.widgets.retranslate import Retranslating

RANGE = re.compile(r"^(\d{1,6})(?:-(\d{1,6}))?$")
DASH = re.compile(r"\s*[-–]\s*")
PAGE = 500
MAX_RANGE = 10_000


@dataclass(frozen=True)
class PickedCopy:
    copy_id: int
    reg_no: str
    reg_date: dt.date | None
    title: str
    level: Level
    copy_no: int
    sheets: int | None
    in_safe: bool = True
    note: str = ""


def copy_numbers(text: str) -> tuple[int, ...]:
    """"1, 3-5" -> (1, 3, 4, 5); empty -> () (every copy in the safe). ValueError when the
    text is not a list of numbers and ranges."""
    out: list[int] = []
    for part in re.split(r"[,;\s]+", DASH.sub("-", text.strip())):
        if not part:
            continue
        match = RANGE.match(part)
        if not match:
            raise ValueError(part)
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first < 1 or last < first or last - first > MAX_RANGE:
            raise ValueError(part)
        out.extend(range(first, last + 1))
    return tuple(dict.fromkeys(out))


def registration_copies(session: Session, reg_no: str) -> list[PickedCopy]:
    """Every copy of registration `reg_no` the user may see, in copy order (a search of the
    register: journalled, filtered by clearance)."""
    wanted = reg_no.strip().casefold()
    cursor = register.open_register(session, register.RegisterFilter(search=reg_no))
    found: list[PickedCopy] = []
    after = None
    while True:
        rows = cursor.fetch(after, limit=PAGE)
        found += [PickedCopy(
            copy_id=r["copy_id"], reg_no=r["reg_no"], reg_date=as_date(r["reg_date"]),
            title=r["title"], level=Level(r["level"]), copy_no=r["copy_no"],
            sheets=r["sheets"], in_safe=CopyState(r["state"]).in_custody)
            for r in rows if str(r["reg_no"]).casefold() == wanted]
        if len(rows) < PAGE:
            return sorted(found, key=lambda c: c.copy_no)
        after = rows[-1]["_key"]


def place_below(layout: QBoxLayout, form: QLayout, picker: QWidget) -> None:
    """A dialog with a picker: the picker goes right under the form and takes the spare
    height (the dialog's spacer is dropped)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is not None and item.spacerItem() is not None:
            layout.removeItem(item)
            break
    layout.insertWidget(layout.indexOf(form) + 1, picker, 1)


class CopyPicker(Retranslating, QWidget):
    """`copies` is the list shown; `changed` is emitted whenever it changes. With `notes`, each
    copy may carry a note (an act's remark on that copy)."""

    changed = Signal()

    def __init__(self, session: Session, *, notes: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.copies: list[PickedCopy] = []
        self.reg_no = QLineEdit()
        self.reg_no.setObjectName("pickRegNo")
        self.reg_no.setMaxLength(64)
        self.numbers = QLineEdit()
        self.numbers.setObjectName("pickCopyNumbers")
        self.numbers.setMaxLength(200)
        self.note = QLineEdit()
        self.note.setObjectName("pickNote")
        self.note.setMaxLength(200)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, buddy in zip(self.labels, (self.reg_no, self.numbers, self.note),
                                strict=True):
            label.setBuddy(buddy)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCopies")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add())
        for edit in (self.reg_no, self.numbers, self.note):
            edit.returnPressed.connect(lambda: self.add())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCopies")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table = read_only_table("pickedCopies", 7 if notes else 6, level_column=3,
                                     multi=True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.totals = QLabel()
        self.totals.setObjectName("pickedTotals")
        self.error = ErrorLabel()
        self.error.setObjectName("copiesError")

        entry = QGridLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        for column, (label, edit) in enumerate(zip(
                self.labels, (self.reg_no, self.numbers, self.note), strict=True)):
            entry.addWidget(label, 0, column)
            entry.addWidget(edit, 1, column)
        entry.addWidget(self.add_button, 1, 3)
        for column, stretch in enumerate((2, 2, 3)):
            entry.setColumnStretch(column, stretch)
        self.labels[2].setVisible(notes)
        self.note.setVisible(notes)
        foot = QHBoxLayout()
        foot.addWidget(self.remove_button)
        foot.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        layout.addWidget(self.error)
        self.retranslate_ui()
        self._update_buttons()

    # --- the list ------------------------------------------------------------------------

    def top_level(self) -> Level | None:
        return max((c.level for c in self.copies), key=lambda lv: lv.rank, default=None)

    def copy_ids(self) -> list[int]:
        return [c.copy_id for c in self.copies]

    def set_copies(self, copies: list[PickedCopy]) -> None:
        self.copies = list(copies)
        self._show()

    def add(self) -> list[PickedCopy]:
        """Add the copies typed; returns those added (an error is shown under the table)."""
        self.error.show_text("")
        reg_no = self.reg_no.text().strip()
        if not reg_no:
            self._refuse(QCoreApplication.translate(
                "CopyPicker", "Type the registration number."), self.reg_no)
            return []
        try:
            numbers = copy_numbers(self.numbers.text())
        except ValueError:
            self._refuse(QCoreApplication.translate(
                "CopyPicker", "Write the copy numbers like 1, 3-5 (or leave them out for "
                "every copy in the safe)."), self.numbers)
            return []
        try:
            found = registration_copies(self.session, reg_no)
        except GrifError as exc:
            self._refuse(error_text(exc), self.reg_no)
            return []
        if not found:
            self._refuse(fill(QCoreApplication.translate(
                "CopyPicker", "There is no registration %1 among the carriers you may see."),
                reg_no), self.reg_no)
            return []
        if numbers:
            by_no = {c.copy_no: c for c in found}
            missing = [str(n) for n in numbers if n not in by_no]
            if missing:
                self._refuse(fill(QCoreApplication.translate(
                    "CopyPicker", "Registration %1 has no copy No. %2."), found[0].reg_no,
                    ", ".join(missing)), self.numbers)
                return []
            chosen = [by_no[n] for n in numbers]
        else:
            chosen = [c for c in found if c.in_safe]
            if not chosen:
                self._refuse(fill(QCoreApplication.translate(
                    "CopyPicker", "No copy of %1 is in the safe."), found[0].reg_no),
                    self.numbers)
                return []
        note = self.note.text().strip() if self.notes else ""
        have = set(self.copy_ids())
        added = [replace(c, note=note) for c in chosen if c.copy_id not in have]
        self.copies += added
        for edit in (self.reg_no, self.numbers, self.note):
            edit.clear()
        self.reg_no.setFocus()
        self._show()
        return added

    def remove_selected(self) -> int:
        rows = set(selected_rows(self.table))
        self.copies = [c for r, c in enumerate(self.copies) if r not in rows]
        self._show()
        return len(rows)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.show_text(text)
        field.setFocus()

    def _fill(self) -> None:
        fill_rows(self.table, [
            (c.reg_no, day_text(c.reg_date), c.title, c.level, c.copy_no, c.sheets,
             *((c.note,) if self.notes else ())) for c in self.copies])

    def _show(self) -> None:
        self._fill()
        self.table.resizeColumnsToContents()
        self._show_totals()
        self._update_buttons()
        self.changed.emit()

    def _show_totals(self) -> None:
        sheets = sum(c.sheets or 0 for c in self.copies)
        self.totals.setText(fill(QCoreApplication.translate(
            "CopyPicker", "Copies: %1, sheets: %2"), len(self.copies), sheets))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(selected_rows(self.table)))

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for label, text in zip(self.labels, (
                QCoreApplication.translate("CopyPicker", "Re&gistration No.:"),
                QCoreApplication.translate("CopyPicker", "Cop&y No.:"),
                QCoreApplication.translate("CopyPicker", "N&ote on the copy:")), strict=True):
            label.setText(text)
        self.numbers.setPlaceholderText(QCoreApplication.translate(
            "CopyPicker", "1, 3-5; empty: every copy in the safe"))
        self.add_button.setText(QCoreApplication.translate("CopyPicker", "&Add"))
        self.remove_button.setText(QCoreApplication.translate("CopyPicker", "Re&move"))
        headers = [
            QCoreApplication.translate("CopyPicker", "Registration No."),
            QCoreApplication.translate("CopyPicker", "Date"),
            QCoreApplication.translate("CopyPicker", "Title"),
            QCoreApplication.translate("CopyPicker", "Level"),
            QCoreApplication.translate("CopyPicker", "Copy No."),
            QCoreApplication.translate("CopyPicker", "Sheets")]
        if self.notes:
            headers.append(QCoreApplication.translate("CopyPicker", "Note"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(QCoreApplication.translate("CopyPicker", "Copies"))
        self._show_totals()
        self._fill()            # the level names and dates in the new language

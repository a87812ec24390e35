"""The small pieces the visit dialogs share, built one way: a level chooser whose names
follow the language, a day within the days a dialog allows, and the button row and layout of
a part of a dialog (a table with its buttons)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import Level
from desktop.ui.register.form_parts import date_edit, qdate
from desktop.ui.register.level_badge import level_name
from desktop.ui.visits.texts import LEVELS


def level_combo(name: str, chosen: Level | None = None, *, extra: int = 0) -> QComboBox:
    """The levels, lowest first, after `extra` leading choices the caller adds and names (a
    "same as" choice); the level names come from `name_levels` in retranslate_ui()."""
    combo = QComboBox()
    combo.setObjectName(name)
    for _ in range(extra):
        combo.addItem("", None)
    for level in LEVELS:
        combo.addItem("", level.value)
    combo.setCurrentIndex(combo.findData(chosen.value) if chosen else -1)
    return combo


def name_levels(combo: QComboBox) -> None:
    for i in range(combo.count()):
        code = combo.itemData(i)
        if code:
            combo.setItemText(i, level_name(Level(code)))


def chosen_level(combo: QComboBox) -> Level | str | None:
    """The level chosen; "" when none is (the service says it is empty)."""
    code = combo.currentData()
    return Level(code) if code else ("" if combo.currentIndex() < 0 else None)


def day_edit(name: str, day: dt.date, first: dt.date | None = None,
             last: dt.date | None = None) -> QDateEdit:
    """A day from `first` to `last` (either may be open), showing `day`. The session's day,
    not the clock's, bounds it: the service checks against the same day."""
    edit = date_edit(name, future=True)
    if first is not None:
        edit.setMinimumDate(qdate(first))
    if last is not None:
        edit.setMaximumDate(qdate(last))
    edit.setDate(qdate(day))
    return edit


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def stack_part(owner: QWidget, stretched: QWidget, *parts: QWidget | QLayout) -> None:
    """Lay a part out top to bottom with no margins; `stretched` takes the spare height."""
    column = QVBoxLayout(owner)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if part is stretched else 0)

"""Pieces shared by the register's dialogs: a field with its error message right under it,
an optional date, and the routing of a service's typed error to the field it is about.

A service names the field in the first value of InvalidInput (its English source, e.g.
"title"); `FieldErrors.show` puts the translated message under that field, or under the form
when no field matches. Nothing typed is cleared; editing a field hides its message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError, InvalidInput
from desktop.ui.errors import error_text
from desktop.ui.widgets.retranslate import Retranslating

DATE_FORMAT = "dd.MM.yyyy"
ERROR_STYLE = "color: #a40000;"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(name: str = "", *, future: bool = False) -> QDateEdit:
    """A day; registration dates are never in the future, review dates usually are."""
    edit = QDateEdit()
    if name:
        edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1950, 1, 1))
    if not future:
        edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())
    return edit


class ErrorLabel(QLabel):
    """A red message beside a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class OptionalDate(Retranslating, QWidget):
    """A date that may be left out: "no date" checked means None."""

    def __init__(self, name: str = "", *, future: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = date_edit(name, future=future)
        self.none = QCheckBox()
        self.none.setChecked(True)
        self.edit.setEnabled(False)
        self.none.toggled.connect(lambda on: self.edit.setEnabled(not on))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.none)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()

    def value(self) -> dt.date | None:
        return None if self.none.isChecked() else self.edit.date().toPython()

    def set_value(self, day: dt.date | None) -> None:
        self.none.setChecked(day is None)
        if day is not None:
            self.edit.setDate(qdate(day))

    def retranslate_ui(self) -> None:
        self.none.setText(QCoreApplication.translate("RegisterForms", "no date"))


def field_box(widget: QWidget, error: ErrorLabel) -> QWidget:
    """The widget with its error message right under it (one form row)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    column.addWidget(error)
    return box


class FieldErrors:
    """Which error label belongs to which service field name."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.shown: dict[str, str] = {}     # field source -> message now shown

    def add(self, names: Iterable[str], widget: QWidget, label: ErrorLabel) -> None:
        for name in names:
            self.labels[name] = label
            self.widgets[name] = widget
        _on_edit(widget, lambda: self._hide(label))

    def _hide(self, label: ErrorLabel) -> None:
        label.show_text("")
        self.shown = {k: v for k, v in self.shown.items() if self.labels.get(k) is not label}

    def clear(self) -> None:
        for label in {id(v): v for v in self.labels.values()}.values():
            label.show_text("")
        self.general.show_text("")
        self.shown = {}

    def field_of(self, exc: GrifError) -> str | None:
        if isinstance(exc, InvalidInput) and exc.args_values \
                and exc.args_values[0] in self.labels:
            return exc.args_values[0]
        return None

    def show(self, exc: GrifError, field: str | None = None) -> None:
        """The translated message beside its field (or `field`), else under the form; the
        field gets the focus so the clerk can correct it at once."""
        name = field or self.field_of(exc)
        text = error_text(exc)
        if name is None or name not in self.labels:
            self.general.show_text(text)
        else:
            self.labels[name].show_text(text)
            self.shown[name] = text
            self.widgets[name].setFocus()
        fit_height(self.general.window())


def fit_height(window: QWidget) -> None:
    """Grow a window to the height its wrapped messages need: Qt does not apply height-for-
    width to a top-level window, so a message of two lines would be squeezed into one."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def _on_edit(widget: QWidget, hide) -> None:
    """Hide the message as soon as the field changes."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _text: hide())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(hide)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: hide())
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(hide)
    elif isinstance(widget, OptionalDate):
        widget.none.toggled.connect(lambda _on: hide())

"""Shared helpers of the register's UI tests: carriers registered through the services, a
page over them, and typing any text (Kazakh too) with real key events."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.carriers import (
    CarrierKind,
    Originator,
    OriginatorType,
    Registration,
    RegistrationDraft,
)
from desktop.domain.levels import Level
from desktop.services import register
from desktop.services.session import Session
from desktop.ui.register import RegisterPage

TODAY = dt.date.today()

TITLES = {
    "kk": "Қорғаныс жоспары туралы анықтама",
    "ru": "Отчёт о проверке режима секретности",
    "ky": "Кыргыз тарабынын чалгын маалыматы",
    "ss": "Өте құпия шифрлау кестесі",
    "ov": "Особой важности мобилизационный план",
    "medium": "Флеш-жинақтауыш: есептер архиві",
}


def draft(title: str, level: Level, **extra) -> RegistrationDraft:
    return RegistrationDraft(kind=extra.pop("kind", CarrierKind.PAPER), title=title,
                             level=level, reg_date=extra.pop("reg_date", TODAY), **extra)


def populate(clerk: Session) -> dict[str, Registration]:
    """Six registrations, eight copies: kk/ru S, a Kyrgyz SS, an SS, an OV, an S medium."""
    kyrgyz = Originator(OriginatorType.KYRGYZ, "Кыргыз Республикасынын Коргоо министрлиги",
                        foreign_marking="Абдан жашыруун", reference="12/345",
                        reference_date=TODAY)
    drafts = {
        "kk": draft(TITLES["kk"], Level.S, copies=2, sheets=4, location="Сейф 1"),
        "ru": draft(TITLES["ru"], Level.S, sheets=12, notes="проверка 2026",
                    originator=Originator(OriginatorType.DOMESTIC, "Министерство обороны"),
                    incoming_no="вх-77", incoming_date=TODAY),
        "ky": draft(TITLES["ky"], Level.SS, originator=kyrgyz, purpose="Бірлескен оқу-жаттығу",
                    contract="Келісім 2024"),
        "ss": draft(TITLES["ss"], Level.SS, copies=2),
        "ov": draft(TITLES["ov"], Level.OV),
        "medium": draft(TITLES["medium"], Level.S, kind=CarrierKind.ELECTRONIC,
                        medium_serial="SN-001", medium_capacity="32 GB"),
    }
    return {key: register.register_carrier(clerk, d) for key, d in drafts.items()}


def type_text(widget: QWidget, text: str) -> None:
    """Key press and release per character, with the character as the event's text (what a
    keyboard layout delivers; qtbot.keyClicks refuses non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def titles(page: RegisterPage) -> list[str]:
    model = page.model
    column = model.column_of("title")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def column_texts(page: RegisterPage, key: str) -> list[str]:
    model = page.model
    column = model.column_of(key)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def settle(qtbot, page: RegisterPage) -> RegisterPage:
    """Wait for the pending filter and the count."""
    qtbot.waitUntil(lambda: page.background_idle() and page.model.total is not None,
                    timeout=10_000)
    return page


def select_title(page: RegisterPage, title: str, copy_no: int = 1) -> dict:
    for r in range(page.model.rowCount()):
        row = page.model.row_data(r)
        if row["title"] == title and row["copy_no"] == copy_no:
            page.table.selectRow(r)
            page.table.setCurrentIndex(page.model.index(r, 0))
            return row
    raise AssertionError(f"{title!r} copy {copy_no} is not shown")

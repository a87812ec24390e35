"""The classification level as a coloured badge with its name in the UI language: a delegate
for the register's level column and a label for the copy's card.

Colours follow the usual order of alarm (OV dark red, SS orange-red, S amber); the text
colour is chosen for contrast (white on the two reds, near-black on amber)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.levels import Level
from desktop.ui.widgets.retranslate import Retranslating

# level -> (background, text)
COLOURS: dict[Level, tuple[str, str]] = {
    Level.OV: ("#8b0000", "#ffffff"),
    Level.SS: ("#c2410c", "#ffffff"),
    Level.S: ("#ffbf00", "#1a1a1a"),
}
PAD_X, PAD_Y, RADIUS = 6, 2, 4

# The model gives the level code under this role (the display text is the translated name).
LevelRole = Qt.ItemDataRole.UserRole + 2
# A note drawn beside the badge, not in it (e.g. "Declassified"); the display text holds both.
NoteRole = Qt.ItemDataRole.UserRole + 4


def level_name(level: Level) -> str:
    return QCoreApplication.translate("Level", level.label)


def _level(value: object) -> Level | None:
    try:
        return Level(value) if value else None
    except ValueError:
        return None


class LevelBadgeDelegate(QStyledItemDelegate):
    """Paints the cell's level as a badge; the selection background stays the view's."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        level = _level(index.data(LevelRole))
        if level is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        note = index.data(NoteRole) or ""
        text = level_name(level) if note else opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setFont(opt.font)
        # The painter's own metrics: the device drawn on (a screen, a grab) may differ.
        metrics = QFontMetricsF(painter.fontMetrics())
        width = min(math.ceil(metrics.horizontalAdvance(text)) + 2 * PAD_X + 2,
                    opt.rect.width() - 4)
        height = min(math.ceil(metrics.height()) + 2 * PAD_Y, opt.rect.height() - 2)
        badge = QRect(opt.rect.left() + 2, opt.rect.center().y() - height // 2 + 1,
                      max(width, 0), max(height, 0))
        background, foreground = COLOURS[level]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, RADIUS, RADIUS)
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                   badge.width() - 2 * PAD_X + 1)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, shown)
        if note:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                             else QPalette.ColorRole.Text))
            rest = QRect(badge.right() + PAD_X, opt.rect.top(),
                         max(opt.rect.right() - badge.right() - PAD_X, 0), opt.rect.height())
            painter.drawText(rest, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(note, Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PAD_X + 4, max(size.height(), option.fontMetrics.height()
                                                       + 2 * PAD_Y + 2))


class LevelBadge(Retranslating, QLabel):
    """A level shown on its own (the card's header). `set_level(None)` shows nothing."""

    def __init__(self, level: Level | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelBadge")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.level: Level | None = None
        self.set_level(level)

    def set_level(self, level: Level | None) -> None:
        self.level = level
        if level is None:
            self.setStyleSheet("")
        else:
            background, foreground = COLOURS[level]
            self.setStyleSheet(f"QLabel#levelBadge {{ background: {background}; "
                               f"color: {foreground}; border-radius: {RADIUS}px; "
                               f"padding: {PAD_Y}px {PAD_X}px; font-weight: bold; }}")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(level_name(self.level) if self.level else "")

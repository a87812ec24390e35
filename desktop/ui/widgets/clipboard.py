"""Copying to the clipboard for a short while (ARCHITECTURE rule 6, as KeePassXC does it).

The text is cleared CLEAR_AFTER_MS after copying, and when Grif quits, but only if the
clipboard still holds it: whatever the user copied since is left alone. Clipboard managers
are asked not to keep it in their history. A recovery code is refused outright: it is written
down from the screen, never copied."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.security import recovery
from desktop.ui.widgets.display import fill

CLEAR_AFTER_MS = 30_000

# Windows' clipboard history skips content in the first format; Klipper and other clipboard
# managers skip entries with the second hint.
_WINDOWS_HINT = ('application/x-qt-windows-mime;'
                 'value="ExcludeClipboardContentFromMonitorProcessing"')
_NO_HISTORY = ({_WINDOWS_HINT: b"1"} if sys.platform == "win32"
               else {"x-kde-passwordManagerHint": b"secret"})


class TimedClipboard(QObject):
    """One per application (see `copy_text`)."""

    cleared = Signal()      # the copied text is no longer ours to clear (gone or replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str, clear_after_ms: int) -> None:
        if recovery.normalize(text) is not None:
            raise ValueError("a recovery code is never put on the clipboard")
        data = QMimeData()
        data.setText(text)
        for kind, value in _NO_HISTORY.items():
            data.setData(kind, value)
        QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self.copied = text
        self.timer.start(clear_after_ms)

    def clear(self) -> None:
        """Empty the clipboard if it still holds what Grif put there."""
        self.timer.stop()
        if self.copied is not None and \
                QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == self.copied:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self.copied = None
        self.cleared.emit()


_instance: TimedClipboard | None = None


def timed_clipboard() -> TimedClipboard:
    global _instance
    if _instance is None:
        app = QCoreApplication.instance()
        _instance = TimedClipboard(app)
        app.aboutToQuit.connect(_instance.clear)
        _instance.destroyed.connect(_forget)
    return _instance


def _forget(*_args: object) -> None:
    global _instance
    _instance = None


def copy_text(text: str) -> None:
    """Put `text` on the clipboard for CLEAR_AFTER_MS (read at each call, so tests can
    shorten it)."""
    timed_clipboard().copy(text, CLEAR_AFTER_MS)


def copied_notice(text: str) -> str:
    """What to tell the user after `copy_text(text)`."""
    return fill(QCoreApplication.translate(
        "Clipboard", "%1 is copied; the clipboard will be cleared in %2 seconds."),
        text, CLEAR_AFTER_MS // 1000)

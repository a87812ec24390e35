"""Running service calls off the UI thread: a worker with progress and cancel.

`run_with_progress(parent, title, job)` runs `job(progress)` on a thread-pool worker while a
modal progress dialog keeps the window alive; `progress(done, total)` reports and returns
False once the user pressed Cancel (the job should then stop and raise Cancelled). Typed
errors come back to the GUI thread and are shown with the one error function."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.errors import GrifError
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.ui.errors import show_error


class Cancelled(GrifError):
    message = QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed.")


Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = _Signals()
        self.cancelled = False

    def progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.job(self.progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class _Answer(QObject):
    done = Signal(object, object)  # result, exception


class BackgroundRead(QRunnable):
    """One quick read on the thread pool (a count, a list for a combo) whose answer comes
    back on the GUI thread through `signals.done(result, exception)`; no dialog."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        # Deleted by the pool once run: PySide keeps a reference to every runnable started
        # with auto-delete off, so each one (and what its work holds: a cursor, a session,
        # a whole PDF) would stay in memory for the life of the program. The answer comes
        # back through `signals`, a separate object the caller keeps.
        self.work = work
        self.signals = _Answer()

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # handed to the GUI thread
            self.signals.done.emit(None, exc)
        else:
            self.signals.done.emit(result, None)


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[Progress], Any],
                      *, show_errors: bool = True, raise_errors: bool = False) -> Any:
    """Run `job` on a worker; return its result, or None after an error (shown) or cancel.
    With raise_errors a typed error is raised to the caller instead. Unexpected exceptions
    are re-raised on the GUI thread (the excepthook takes them)."""
    runnable = _Job(job)
    dialog = QProgressDialog(title, QCoreApplication.translate("Ops", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def on_finished(result: Any, exc: BaseException | None) -> None:
        outcome["result"], outcome["error"] = result, exc
        loop.quit()

    def on_cancel() -> None:
        runnable.cancelled = True

    runnable.signals.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    runnable.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(on_cancel)
    QThreadPool.globalInstance().start(runnable)
    loop.exec()
    dialog.close()
    dialog.deleteLater()        # it has a parent: closing alone would keep it
    # The connections hold the closures, which hold the job and its result (a whole PDF).
    runnable.signals.progressed.disconnect(on_progress)
    runnable.signals.finished.disconnect(on_finished)
    error = outcome.get("error")
    if error is None:
        return outcome.get("result")
    if isinstance(error, GrifError):
        if raise_errors:
            raise error
        if show_errors:
            show_error(parent, error)
        return None
    raise error

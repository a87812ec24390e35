"""The check at every start: the store file, the audit chain and the remembered journal heads
are checked in a background process (services/integrity.BackgroundCheck) while this small
widget under the navigation shows how far it is and offers to stop it. The GUI thread only
looks at the process's messages on a timer; it never waits on it.

A fault is recorded as a security event and shown in a warning that has to be answered
(desktop/ui/fault_warning.py); a fault an administrator or auditor has already acknowledged
stays in this widget, in red, at every start, without the warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QProgressBar, QPushButton, QVBoxLayout

from desktop.domain.errors import GrifError
from desktop.services import security_events
from desktop.services.integrity import BackgroundCheck, VerifyReport
from desktop.services.security_events import Recorded
from desktop.services.session import Session
from desktop.ui.errors import show_error
from desktop.ui.fault_warning import FaultWarning
from desktop.ui.security_texts import describe_finding, watches_events
from desktop.ui.widgets import display
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import run_modal
from desktop.ui.widgets.retranslate import Retranslating

POLL_MS = 100
FAULT_STYLE = "color: #b71c1c; font-weight: bold;"


class VerifyWatch(Retranslating, QFrame):
    """`finished(report)` once the check is over (None when stopped or failed)."""

    finished = Signal(object)

    def __init__(self, session: Session, parent=None, *,
                 blocked: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.setObjectName("verifyWatch")
        self.session = session
        self.blocked = blocked          # True while the warning must wait (screen locked)
        self.check: BackgroundCheck | None = None
        self.state = "idle"             # running, ok, faults, failed, stopped
        self.checked_at: dt.datetime | None = None
        self.faults: list[Recorded] = []
        self.waiting_warning: list[Recorded] = []
        self.status = QLabel()
        self.status.setObjectName("verifyStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("verifyProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("verifyStop")
        self.stop_button.clicked.connect(self.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.status, self.bar, self.stop_button):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.hide()
        self.retranslate_ui()

    # --- running -------------------------------------------------------------------------------

    def start(self, gate: Any = None) -> None:
        """Start the check (`gate`: a multiprocessing Event the process waits for first)."""
        if self.state == "running":
            return
        self.check = BackgroundCheck(self.session.store)
        self.check.start(gate)
        self.state = "running"
        self.show()
        self.timer.start()
        self.retranslate_ui()

    def tick(self) -> None:
        if self.check is None:
            return
        if self.check.poll():
            self.timer.stop()
            self._finish(self.check)
            self.retranslate_ui()
        else:       # still running: only the progress moves (10 times a second)
            self.status.setText(self._progress(self.check))

    def stop(self) -> None:
        """Stop the check (it runs again at the next start)."""
        if self.state != "running" or self.check is None:
            return
        self.timer.stop()
        self.check.cancel()
        self.state = "stopped"
        self.retranslate_ui()
        self.finished.emit(None)

    def _finish(self, check: BackgroundCheck) -> None:
        self.checked_at = dt.datetime.now()
        report: VerifyReport | None = check.report
        if report is None:
            self.state = "failed"
        elif report.ok:
            self.state = "ok"
        else:
            self.state = "faults"
            self.faults = security_events.record_findings(self.session, report.findings(),
                                                          found_by="start")
            self.waiting_warning = [r for r in self.faults if r.acknowledged_by is None]
            self.show_waiting_warning()
        self.finished.emit(report)

    # --- the warning ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show the warning modally (tests replace this)."""
        return run_modal(dialog)

    def show_waiting_warning(self) -> None:
        """Show the warning now, or once the screen is unlocked."""
        if not self.waiting_warning or self.blocked():
            return
        faults, self.waiting_warning = self.waiting_warning, []
        acknowledging = watches_events(self.session)
        dialog = FaultWarning(faults, acknowledging, self.window())
        self.run_dialog(dialog)
        if not acknowledging:
            return
        done = []
        for fault in faults:
            if fault.seq is None:
                done.append(fault)      # still beside the store: acknowledged in the journal
                continue                # once it has moved there (start page)
            try:
                security_events.acknowledge(self.session, fault.seq)
            except GrifError as exc:
                show_error(self, exc)
                done.append(fault)
                continue
            done.append(Recorded(fault.finding, fault.seq, fault.new, self.session.actor))
        self.faults = done
        self.retranslate_ui()

    def dispose(self) -> None:
        """The window is closing: end a check still running."""
        self.timer.stop()
        if self.check is not None and self.state == "running":
            self.check.cancel()
            self.state = "stopped"

    # --- texts ---------------------------------------------------------------------------------

    def _progress(self, check: BackgroundCheck) -> str:
        if check.stage == "chain" and check.total:
            self.bar.setRange(0, max(check.total, 1))
            self.bar.setValue(min(check.done, check.total))
            return fill(QCoreApplication.translate(
                "VerifyWatch", "Checking the journal: %1 of %2 records…"), check.done,
                check.total)
        self.bar.setRange(0, 0)         # busy: the file check gives no steps
        if check.stage == "heads":
            return QCoreApplication.translate("VerifyWatch", "Checking the journal head…")
        return QCoreApplication.translate("VerifyWatch", "Checking the store file…")

    def retranslate_ui(self) -> None:
        self.stop_button.setText(QCoreApplication.translate("VerifyWatch", "Stop the check"))
        running = self.state == "running"
        self.bar.setVisible(running)
        self.stop_button.setVisible(running)
        self.status.setStyleSheet(FAULT_STYLE if self.state == "faults" else "")
        self.status.setToolTip("")
        when = display.moment_text(self.checked_at)
        if running and self.check is not None:
            text = self._progress(self.check)
        elif self.state == "ok":
            text = fill(QCoreApplication.translate(
                "VerifyWatch", "Store checked at %1: no fault found."), when)
        elif self.state == "faults":
            lines = [describe_finding(r.finding) for r in self.faults]
            if all(r.acknowledged_by for r in self.faults):
                head = QCoreApplication.translate(
                    "VerifyWatch", "Store checked at %1: FAULT FOUND (acknowledged).")
            else:
                head = QCoreApplication.translate(
                    "VerifyWatch", "Store checked at %1: FAULT FOUND.")
            text = fill(head, when) + "\n" + "\n".join(lines)
            self.status.setToolTip("\n".join(lines))
        elif self.state == "failed":
            reason = self.check.failed if self.check is not None else ""
            text = fill(QCoreApplication.translate(
                "VerifyWatch", "The check at start did not finish (%1). It runs again at the next start."),  # noqa: E501
                reason or "?")
        elif self.state == "stopped":
            text = QCoreApplication.translate(
                "VerifyWatch", "The check at start was stopped. It runs again at the next start.")
        else:
            text = ""
        self.status.setText(text)

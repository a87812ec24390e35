"""The audit journal for auditors: filter, read page by page, verify the chain, export.

The right is the service's: a user who is not an auditor or administrator sees the refusal
in place of the table. Each applied filter is one journalled search; the table then pages
through it without journalling again. Counting and the filter lists (full scans on a big
journal) run on a worker, one job at a time; the chain check and the export run with a
progress dialog and Cancel.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import GrifError, PermissionDenied
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services import journal_view
from desktop.services.chain_check import ChainReport
from desktop.services.journal_view import JournalFilter
from desktop.services.session import Session
from desktop.ui.audit.filters import JournalFilterBar
from desktop.ui.errors import error_text, show_error
from desktop.ui.models.journal_model import JournalModel
from desktop.ui.ops import BackgroundRead, run_with_progress
from desktop.ui.page import Page

FAULTS = {
    "changed": QT_TRANSLATE_NOOP("AuditJournalPage",
                                 "the record was changed, inserted or reordered"),
    "missing": QT_TRANSLATE_NOOP("AuditJournalPage", "records before it were removed"),
    "order": QT_TRANSLATE_NOOP("AuditJournalPage", "the record is out of order"),
}


# Plural messages. lupdate's Python parser marks a message as plural (numerus) only when the
# count is a literal number, and a message it saw without plural forms is not found for most
# counts at run time. So they are declared in _plural_messages() with a literal count, and the
# calls that show them pass the real count with the same source text.
RECORDS = "%n record(s)"
EXPORTED = "%n record(s) exported to %1"


def _plural_messages() -> None:  # never called: read by lupdate only
    QCoreApplication.translate("AuditJournalPage", "%n record(s)", "", 0)
    QCoreApplication.translate("AuditJournalPage", "%n record(s) exported to %1", "", 0)


class ExportFileError(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file %1 could not be written (%2). Choose another place.")




class AuditJournalPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.denied = QLabel()
        self.denied.setObjectName("deniedMessage")
        self.denied.setWordWrap(True)
        self.denied.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.denied.hide()

        self.content = QWidget()
        self.filters = JournalFilterBar()
        self.filters.applied.connect(self.apply)
        self.filters.reset_requested.connect(self.reset)
        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.count_label.setObjectName("recordCount")
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportJournal")
        self.export_button.clicked.connect(self.export)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.filters)
        inner.addWidget(self.table, 1)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.denied)
        layout.addWidget(self.content, 1)

        QWidget.setTabOrder(self.filters.reset_button, self.table)
        QWidget.setTabOrder(self.table, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.export_button)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_object_filter)
        self.apply_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.apply_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.apply_shortcut.activated.connect(self.apply)

        self.applied_filter: JournalFilter | None = None
        self.record_count: int | None = None
        self.report: ChainReport | None = None
        self.refusal: GrifError | None = None
        self._generation = 0
        self._queue: dict[str, Callable[[], None]] = {}
        self._running: BackgroundRead | None = None
        self._sized = False
        self.retranslate_ui()

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the current filter again (newest records first) and reload the lists."""
        if self.refusal is not None:
            return
        self.apply()
        if self.refusal is None:
            self._schedule("choices", self._load_choices)

    def apply(self) -> None:
        """Open a search with the filter bar's values (journalled) and show its first page."""
        if self.refusal is not None:
            return
        try:
            flt = self.filters.journal_filter()
            cursor = journal_view.open_search(self.session, flt)
        except PermissionDenied as exc:
            self.show_refusal(exc)
            return
        except GrifError as exc:
            show_error(self, exc)
            return
        self.applied_filter = flt
        self.model.set_cursor(cursor)
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True
        self.record_count = None
        self._generation += 1
        generation = self._generation
        self._schedule("count", lambda: self._start(
            cursor.count, lambda n, exc: self._counted(generation, n, exc)))
        self._show_count()

    def reset(self) -> None:
        self.filters.clear()
        self.apply()

    def focus_object_filter(self) -> None:
        self.filters.object.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.object.selectAll()

    def show_refusal(self, exc: GrifError) -> None:
        self.refusal = exc
        self.model.set_cursor(None)
        self.content.hide()
        self.denied.show()
        self.find_shortcut.setEnabled(False)
        self.apply_shortcut.setEnabled(False)
        self.denied.setText(error_text(exc))

    # --- background reads, one at a time (the store's pool is small) -----------------------

    def _schedule(self, kind: str, starter: Callable[[], None]) -> None:
        self._queue[kind] = starter  # a newer request of the same kind replaces a waiting one
        if self._running is None:
            self._next()

    def _next(self) -> None:
        if self._queue:
            kind = next(iter(self._queue))
            self._queue.pop(kind)()

    def _start(self, work: Callable[[], Any], done: Callable[[Any, Any], None]) -> None:
        job = BackgroundRead(work)

        def finished(result: Any, exc: BaseException | None) -> None:
            if not isValid(self):
                return  # the page was closed while the job ran
            self._running = None
            try:
                done(result, exc)
            finally:
                self._next()
        job.signals.done.connect(finished, Qt.ConnectionType.QueuedConnection)
        self._running = job
        QThreadPool.globalInstance().start(job)

    def background_idle(self) -> bool:
        """True when no count or list is being read (tests wait for this)."""
        return self._running is None and not self._queue

    def _load_choices(self) -> None:
        session = self.session

        def work() -> tuple[list[str], list[str]]:
            return journal_view.actors(session), journal_view.actions(session)

        def done(result: Any, exc: BaseException | None) -> None:
            if exc is not None:
                self._failed(exc)
            else:
                self.filters.set_choices(*result)
        self._start(work, done)

    def _counted(self, generation: int, n: Any, exc: BaseException | None) -> None:
        if generation != self._generation:
            return  # an older search
        if exc is not None:
            self._failed(exc)
            return
        self.record_count = int(n)
        self._show_count()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            self.show_refusal(exc)
        elif isinstance(exc, GrifError):
            show_error(self, exc)
        else:
            raise exc

    # --- verify and export -----------------------------------------------------------------

    def verify(self) -> None:
        session = self.session
        report = run_with_progress(
            self, QCoreApplication.translate("AuditJournalPage", "Checking the journal chain…"),
            lambda progress: journal_view.verify(session, progress))
        if report is None:
            return
        self.report = report
        self._show_report()
        title = QCoreApplication.translate("AuditJournalPage", "Journal check")
        if report.ok:
            QMessageBox.information(self, title, self.result_label.text())
        else:
            QMessageBox.warning(self, title, self.result_label.text())

    def ask_export_path(self) -> Path | None:
        """Where to write the export (None: the user changed their mind)."""
        suggested = Path.home() / f"grif-journal-{dt.date.today():%Y%m%d}.jsonl"
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("AuditJournalPage", "Export the journal"),
            str(suggested),
            QCoreApplication.translate("AuditJournalPage", "JSON lines (*.jsonl);;All files (*)"))
        return Path(path) if path else None

    def export(self) -> int | None:
        """Write the records of the applied filter (what the table shows) as JSON lines."""
        target = self.ask_export_path()
        if target is None:
            return None
        try:
            flt = self.applied_filter or self.filters.journal_filter()
        except GrifError as exc:
            show_error(self, exc)
            return None
        session = self.session
        partial = target.with_name(target.name + ".part")

        def job(progress: journal_view.Progress) -> int:
            try:
                with partial.open("w", encoding="utf-8", newline="\n") as out:
                    written = journal_view.export_filtered(session, flt, out, progress)
                os.replace(partial, target)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise ExportFileError(target, exc.strerror or type(exc).__name__) from exc
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            return written

        written = run_with_progress(
            self, QCoreApplication.translate("AuditJournalPage", "Exporting the journal…"), job)
        if written is None:
            return None
        self.result_label.setText(QCoreApplication.translate(
            "AuditJournalPage", EXPORTED, "", written).replace("%1", str(target)))
        return written

    # --- texts -----------------------------------------------------------------------------

    def _show_count(self) -> None:
        if self.record_count is None:
            self.count_label.setText(
                QCoreApplication.translate("AuditJournalPage", "Counting records…"))
        else:
            self.count_label.setText(QCoreApplication.translate(
                "AuditJournalPage", RECORDS, "", self.record_count))

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        if report.ok:
            text = QCoreApplication.translate(
                "AuditJournalPage", "The journal is intact: %1 records checked.")
            self.result_label.setText(text.replace("%1", QLocale().toString(report.checked)))
            return
        fault = report.fault
        assert fault is not None
        reason = QCoreApplication.translate("AuditJournalPage", FAULTS.get(fault.kind, fault.kind))
        text = QCoreApplication.translate(
            "AuditJournalPage", "The journal is broken at record %1: %2")
        self.result_label.setText(text.replace("%1", str(fault.seq)).replace("%2", reason))

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("AuditJournalPage", "Audit journal"))
        self.filters.retranslate_ui()
        self.model.retranslate()
        self.table.setAccessibleName(
            QCoreApplication.translate("AuditJournalPage", "Journal records"))
        self.verify_button.setText(
            QCoreApplication.translate("AuditJournalPage", "&Verify chain"))
        self.verify_button.setToolTip(QCoreApplication.translate(
            "AuditJournalPage", "Check that no record was changed, removed or inserted"))
        self.export_button.setText(QCoreApplication.translate("AuditJournalPage", "E&xport…"))
        self.export_button.setToolTip(QCoreApplication.translate(
            "AuditJournalPage", "Save the records shown as JSON lines"))
        if self.applied_filter is not None:
            self._show_count()
        self._show_report()
        if self.refusal is not None:
            self.denied.setText(error_text(self.refusal))

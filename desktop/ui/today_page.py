"""The start page: who and where, the own clearance's expiry, what is due: open marking-change
cases (overdue and due-soon first, highlighted and said in words), the copies the user holds
that a case waits to see re-marked, the copy requests waiting for the user's decision, the
open damage-assessment dossiers with their 30-day deadlines (seed 000 p.7), and the notices
to the Kyrgyz party not yet recorded (S001 a.12 p.1: "at once", so red from the first day);
for administrators and auditors, the recent security events (desktop/ui/security_panel.py);
for administrators, the reminder when the last verified backup is old.
Plain reads (the page refreshes often); opening a case or a dossier is journalled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.marking import Urgency
from desktop.services import copying, dossier_view, incidents, marking, visit_view
from desktop.services.copying import CopyRequest
from desktop.services.dossier_view import Dossier
from desktop.services.incidents import NoticeDue
from desktop.services.marking import CaseRow, HolderTask
from desktop.services.session import Session
from desktop.services.visit_view import RequestDue
from desktop.ui.backup_reminder import BackupReminder
from desktop.ui.dossiers import texts as dossier_texts
from desktop.ui.errors import show_error
from desktop.ui.marking import texts
from desktop.ui.page import Page
from desktop.ui.security_panel import SecurityPanel
from desktop.ui.widgets import display
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import run_modal

WARN_DAYS = 30
CaseIdRole = Qt.ItemDataRole.UserRole + 1
CopyIdRole = Qt.ItemDataRole.UserRole + 2
DossierIdRole = Qt.ItemDataRole.UserRole + 3
IncidentIdRole = Qt.ItemDataRole.UserRole + 4
VisitIdRole = Qt.ItemDataRole.UserRole + 5
RequestIdRole = Qt.ItemDataRole.UserRole + 6
REQUESTS = "%n copy request(s) wait for your decision"
SINCE_FOUND = "%n day(s) since it was found"


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate("TodayPage", "%n copy request(s) wait for your decision", "", 0)
    QCoreApplication.translate("TodayPage", "%n day(s) since it was found", "", 0)


def _list(name: str) -> QListWidget:
    """A short list as tall as its lines (a start page shows a handful, not a table)."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return widget


def _box(widget: QWidget, *above: QWidget) -> QGroupBox:
    box = QGroupBox()
    column = QVBoxLayout(box)
    for extra in above:
        column.addWidget(extra)
    column.addWidget(widget)
    box.hide()
    return box


class TodayPage(Page):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.date = QLabel()
        self.clearance = QLabel()
        self.clearance.setWordWrap(True)
        self.clearance.setObjectName("clearanceNote")
        self.binding = QLabel()
        self.binding.setWordWrap(True)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.cases = _list("deadlineCases")
        self.cases.itemActivated.connect(self.open_case)       # Enter or a double click
        self.cases_box = _box(self.cases)
        self.tasks = _list("holderTasks")
        self.tasks.itemActivated.connect(self.remark_own_copy)
        self.tasks_box = _box(self.tasks)
        self.requests_count = QLabel()
        self.requests_count.setObjectName("requestsCount")
        self.requests = _list("copyRequests")
        self.requests.itemActivated.connect(self.decide_request)
        self.requests_box = _box(self.requests, self.requests_count)
        self.dossiers = _list("dossierDeadlines")
        self.dossiers.itemActivated.connect(self.open_dossier)
        self.dossiers_box = _box(self.dossiers)
        self.notices = _list("partyNotices")
        self.notices.itemActivated.connect(self.open_incident)
        self.notices_box = _box(self.notices)
        self.visits = _list("visitRequestsDue")
        self.visits.itemActivated.connect(self.open_visit)
        self.visits_box = _box(self.visits)
        self.case_rows: list[CaseRow] = []
        self.task_rows: list[HolderTask] = []
        self.request_rows: list[CopyRequest] = []
        self.dossier_rows: list[Dossier] = []
        self.notice_rows: list[NoticeDue] = []
        self.visit_rows: list[RequestDue] = []
        # The store's health, for those who answer for it: one panel each.
        self.security = SecurityPanel(session)
        self.backup_reminder = BackupReminder(session)
        health = (self.security, self.backup_reminder)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.date, self.clearance, self.binding, *health,
                       self.due, self.notices_box, self.dossiers_box, self.cases_box,
                       self.tasks_box, self.visits_box, self.requests_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.load()
        self.retranslate_ui()

    # --- what is due -----------------------------------------------------------------------

    def load(self) -> None:
        """Read the deadlines and tasks (plain reads; a failing one leaves its list empty)."""
        today = self.session.today
        try:
            rows = marking.open_deadlines(self.session)
        except GrifError:
            rows = []
        self.case_rows = sorted(rows, key=lambda r: texts.priority(r.deadline, today))
        try:
            tasks = marking.my_tasks(self.session)
        except GrifError:
            tasks = []
        self.task_rows = sorted(tasks, key=lambda t: texts.priority(t.deadline, today))
        try:
            self.request_rows = copying.awaiting_decision(self.session)
        except GrifError:
            self.request_rows = []
        try:
            found = dossier_view.open_deadlines(self.session)
        except GrifError:
            found = []
        self.dossier_rows = sorted(found, key=lambda d: texts.priority(d.deadline, today))
        try:
            self.notice_rows = incidents.party_notices_due(self.session)
        except GrifError:
            self.notice_rows = []
        try:
            self.visit_rows = visit_view.requests_due(self.session)
        except GrifError:
            self.visit_rows = []

    def refresh(self) -> None:
        self.load()
        self.security.refresh()      # the panels redraw themselves, in the language too
        self.backup_reminder.load()
        self.retranslate_ui()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return run_modal(dialog)

    def _open(self, item_id: object, make: Callable[[int], QDialog]) -> None:
        """Open a record's dialog (the service may refuse to show it), then read again."""
        if item_id is None:
            return
        try:
            dialog = make(int(item_id))
        except GrifError as exc:
            show_error(self, exc)
            return
        self.run_dialog(dialog)
        self.refresh()

    def open_case(self, item: QListWidgetItem) -> None:
        from desktop.ui.marking.case_view_dialog import CaseViewDialog
        self._open(item.data(CaseIdRole), lambda i: CaseViewDialog(self.session, i, self))

    def open_dossier(self, item: QListWidgetItem) -> None:
        from desktop.ui.dossiers.view_dialog import DossierViewDialog
        self._open(item.data(DossierIdRole),
                   lambda i: DossierViewDialog(self.session, i, self))

    def decide_request(self, item: QListWidgetItem) -> None:
        """The head decides a copy request right from the start page."""
        from desktop.ui.copying.decision_dialog import DecisionDialog
        found = [r for r in self.request_rows if r.id == item.data(RequestIdRole)]
        if found:
            self.run_dialog(DecisionDialog(self.session, found[0], self))
            self.refresh()

    def open_incident(self, item: QListWidgetItem) -> None:
        from desktop.ui.inventory.incident_view import IncidentViewDialog
        self._open(item.data(IncidentIdRole),
                   lambda i: IncidentViewDialog(self.session, i, self))

    def open_visit(self, item: QListWidgetItem) -> None:
        from desktop.ui.visits.visit_view_dialog import VisitViewDialog
        self._open(item.data(VisitIdRole), lambda i: VisitViewDialog(self.session, i, self))

    def confirm(self, question: str) -> bool:
        """Ask yes or no (tests replace this)."""
        answer = QMessageBox.question(
            self, QCoreApplication.translate("TodayPage", "Re-marked copy"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remark_own_copy(self, item: QListWidgetItem) -> None:
        """The holder ticks off a copy they hold once they have changed its marking."""
        task = next((t for t in self.task_rows if t.copy_id == item.data(CopyIdRole)), None)
        if task is None:
            return
        question = fill(QCoreApplication.translate(
            "TodayPage", "Have you changed the marking on copy No. %2 of %1 to %3?"),
            task.reg_no, task.copy_no, texts.level_text(task.new_level))
        if not self.confirm(question):
            return
        try:
            marking.remark(self.session, task.case_id, task.copy_id)
        except GrifError as exc:
            show_error(self, exc)
        self.refresh()

    def _add(self, widget: QListWidget, text: str, due: dt.date | None = None,
             case_id: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        found = texts.brushes(due, self.session.today) if due else None
        if found is not None:
            item.setBackground(found[0])
            item.setForeground(found[1])
        if case_id is not None:
            item.setData(CaseIdRole, case_id)
        widget.addItem(item)
        return item

    def _fill_due(self) -> None:
        today = self.session.today
        self.cases.clear()
        for row in self.case_rows:
            self._add(self.cases, fill(QCoreApplication.translate(
                "TodayPage", "Case %1 (%2), %3: due %4, %5"), row.number, row.named,
                texts.change_text(row.old_level, row.new_level), display.day_text(row.deadline),
                texts.days_text(row.deadline, today)), row.deadline, row.id)
        self.tasks.clear()
        for task in self.task_rows:
            self._add(self.tasks, fill(QCoreApplication.translate(
                "TodayPage", "Re-mark copy No. %2 of %1 as %3 (case %4): due %5, %6"),
                task.reg_no, task.copy_no, texts.level_text(task.new_level), task.case_number,
                display.day_text(task.deadline), texts.days_text(task.deadline, today)),
                task.deadline).setData(CopyIdRole, task.copy_id)
        self.requests.clear()
        for request in self.request_rows:
            self._add(self.requests, fill(QCoreApplication.translate(
                "TodayPage", "Request %1 for %2 by %3: copies asked: %4"), request.number,
                request.reg_no, request.requester, request.copies_asked)) \
                .setData(RequestIdRole, request.id)
        self._fill_dossiers(today)
        self._fill_visits(today)
        self.requests_count.setText(QCoreApplication.translate(
            "TodayPage", REQUESTS, "", len(self.request_rows)))
        self.cases_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Marking changes: open cases"))
        self.tasks_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Your copies to re-mark (double-click one once it is re-marked)"))
        self.requests_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Copy requests awaiting your decision"))
        self.dossiers_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Damage-assessment dossiers: 30-day terms"))
        self.notices_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Notices to the Kyrgyz party not yet recorded"))
        lists = ((self.cases_box, self.case_rows), (self.tasks_box, self.task_rows),
                 (self.requests_box, self.request_rows), (self.dossiers_box, self.dossier_rows),
                 (self.notices_box, self.notice_rows), (self.visits_box, self.visit_rows))
        for box, rows in lists:
            box.setHidden(not rows)
        self.due.setHidden(any(rows for _box, rows in lists))

    def _fill_visits(self, today: dt.date) -> None:
        """Visit requests whose 4 weeks before the visit (S001 a.10 p.2) run out soon."""
        self.visits.clear()
        for due in self.visit_rows:
            self._add(self.visits, fill(QCoreApplication.translate(
                "TodayPage", "Visit request %1: send it by %2, %3"), due.number,
                display.day_text(due.last_day), texts.days_text(due.last_day, today)),
                due.last_day).setData(VisitIdRole, due.id)
        self.visits_box.setTitle(QCoreApplication.translate(
            "TodayPage", "Visit requests: 4 weeks before the visit (S001 a.10 p.2)"))

    def _fill_dossiers(self, today: dt.date) -> None:
        """The dossiers' deadlines, and the notices due "at once": red from the first day."""
        self.dossiers.clear()
        for d in self.dossier_rows:
            self._add(self.dossiers, fill(QCoreApplication.translate(
                "TodayPage", "Dossier %1 (%2): due %3, %4"), d.number,
                dossier_texts.label(d.state), display.day_text(d.deadline),
                texts.days_text(d.deadline, today)), d.deadline).setData(DossierIdRole, d.id)
        self.notices.clear()
        background, foreground = texts.COLOURS[Urgency.OVERDUE]
        for notice in self.notice_rows:
            item = self._add(self.notices, fill(QCoreApplication.translate(
                "TodayPage", "Case %1 found on %2: tell the Kyrgyz party at once — %3"),
                notice.number, display.day_text(notice.date_found),
                QCoreApplication.translate("TodayPage", SINCE_FOUND, "", notice.days)))
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setData(IncidentIdRole, notice.incident_id)

    def retranslate_ui(self) -> None:
        today = dt.date.today()
        user = self.session.user
        self.heading.setText(QCoreApplication.translate("TodayPage", "Today"))
        self.date.setText(QLocale().toString(today, QLocale.FormatType.LongFormat))
        clearance = user.clearance
        if clearance is None:
            self.clearance.setText(QCoreApplication.translate(
                "TodayPage",
                "You hold no clearance: classified information is not shown to you."))
        else:
            left = (clearance.expires - today).days
            if left < 0:
                text = QCoreApplication.translate(
                    "TodayPage", "Your clearance expired on %1. Inform the protection unit.")
            elif left <= WARN_DAYS:
                text = QCoreApplication.translate(
                    "TodayPage", "Your clearance expires on %1. Inform the protection unit.")
            else:
                text = QCoreApplication.translate("TodayPage", "Your clearance is valid until %1.")
            self.clearance.setText(text.replace(
                "%1", QLocale().toString(clearance.expires, QLocale.FormatType.ShortFormat)))
        if self.session.store.keyfile.bound:
            self.binding.setText(QCoreApplication.translate(
                "TodayPage", "This register is bound to this workstation."))
        else:
            self.binding.setText(QCoreApplication.translate(
                "TodayPage",
                "This register is not bound to a workstation: a copied store opens anywhere with a password."))  # noqa: E501
        if self.session.store.anchor_warning:
            self.binding.setText(self.binding.text() + "\n" + QCoreApplication.translate(
                "TodayPage",
                "The keyring could not record the journal head. Unlock the keyring; until then an older copy of the store would go unnoticed."))  # noqa: E501
        self.due.setText(QCoreApplication.translate("TodayPage", "Nothing is due today."))
        self._fill_due()

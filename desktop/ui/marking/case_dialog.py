"""A new marking-change case from a written notice (SPEC §3; S001 a.6 p.1 and p.3).

The clerk writes down the notice, names the registrations and the new level, and works out
the plan: which copies are to be re-marked and why, where each one is, the rule of the
window and its deadline. Lowering or removing a marking needs a second person, cleared for
the original level, who confirms with their own password in this same dialog. The service
decides everything; its errors appear beside the field they are about and nothing typed is
lost."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.carriers import OriginatorType
from desktop.domain.errors import (
    AuthenticationFailed,
    GrifError,
    InvalidInput,
    LoginThrottled,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.domain.marking import NEW_LEVEL, REGISTRATIONS, BelowSource, Reason
from desktop.services import marking, marking_plan
from desktop.services.marking import CaseDraft, Notice, Plan
from desktop.services.session import Session
from desktop.ui.marking import texts
from desktop.ui.register.form_parts import ErrorLabel, FieldErrors, date_edit, field_box
from desktop.ui.widgets import display
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import secret_edit
from desktop.ui.widgets.retranslate import Retranslating

SEPARATORS = re.compile(r"[,;\n]+")
COPY_COLUMNS = 5


def reg_numbers(text: str) -> tuple[str, ...]:
    """Several registration numbers, separated by commas (or semicolons, or lines)."""
    return tuple(dict.fromkeys(p.strip() for p in SEPARATORS.split(text) if p.strip()))


class NewCaseDialog(Retranslating, QDialog):
    """`case_id` is set once the case is opened."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: int | None = None
        self.plan: Plan | None = None
        self.general = ErrorLabel()
        self.general.setObjectName("dialogMessage")
        self.errors = FieldErrors(self.general)
        self.labels: dict[str, QLabel] = {}
        self.issuer = QLineEdit()
        self.reference = QLineEdit()
        self.notice_date = date_edit("noticeDate")
        self.received = date_edit("receivedDate")
        self.registrations = QLineEdit()
        self.registrations.setObjectName("registrations")
        self.level = QComboBox()
        self.level.setObjectName("newLevel")
        for level in sorted(Level, key=lambda lv: lv.rank):
            self.level.addItem("", level.value)
        self.level.addItem("", "")          # declassify
        self.level.setCurrentIndex(-1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 3 + 12)
        form = QFormLayout()
        for key, widget, names in (
                ("issuer", self.issuer, [marking_plan.ISSUER]),
                ("reference", self.reference, [marking_plan.REFERENCE]),
                ("notice_date", self.notice_date, []),
                ("received", self.received, [marking_plan.NOTICE_DATES]),
                ("registrations", self.registrations, [fields.REG_NO, REGISTRATIONS]),
                ("level", self.level, [NEW_LEVEL]),
                ("notes", self.notes, [marking.NOTE])):
            form.addRow(self._label(key, widget), self._field(key, widget, names))

        # The other Party's agreement: information created jointly (S001 a.6 p.3).
        self.partner_box = QGroupBox()
        self.partner = QLineEdit()
        self.partner_date = date_edit("partnerDate")
        partner_form = QFormLayout(self.partner_box)
        partner_form.addRow(self._label("partner", self.partner),
                            self._field("partner", self.partner, [marking_plan.PARTNER]))
        partner_form.addRow(self._label("partner_date", self.partner_date), self.partner_date)
        self.partner_box.hide()

        self.work_out_button = QPushButton()
        self.work_out_button.setObjectName("workOut")
        self.work_out_button.clicked.connect(self.work_out)
        self.plan_box = QGroupBox()
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("planDeadline")
        self.copies = QTableWidget(0, COPY_COLUMNS)
        self.copies.setObjectName("affectedCopies")
        self.copies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.copies.setTabKeyNavigation(False)
        self.copies.verticalHeader().hide()
        self.copies.horizontalHeader().setStretchLastSection(True)
        self.copies.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.kept = QLabel()
        self.kept.setObjectName("keptLevels")
        self.kept.setWordWrap(True)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.rule)
        plan_layout.addWidget(self.deadline)
        plan_layout.addWidget(self.copies, 1)
        plan_layout.addWidget(self.kept)
        self.plan_box.hide()

        # The second person of a lowering or a declassification.
        self.second_box = QGroupBox()
        self.second_box.setObjectName("secondPerson")
        self.second_note = QLabel()
        self.second_note.setWordWrap(True)
        self.second_user = QLineEdit()
        self.second_user.setObjectName("secondUser")
        self.second_password = secret_edit()
        self.second_password.setObjectName("secondPassword")
        second_form = QFormLayout(self.second_box)
        second_form.addRow(self.second_note)
        second_form.addRow(self._label("second_user", self.second_user),
                           self._field("second_user", self.second_user, [marking.CONFIRMER]))
        second_form.addRow(self._label("second_password", self.second_password),
                           self.second_password)
        self.second_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("openCase")
        self.buttons.accepted.connect(self.open_case)
        self.buttons.rejected.connect(self.reject)
        # A case opens only on a plan the clerk has seen: any edit asks to work it out again.
        self.ok_button.setEnabled(False)
        for signal in (self.issuer.textChanged, self.reference.textChanged,
                       self.notice_date.dateChanged, self.received.dateChanged,
                       self.registrations.textChanged, self.level.currentIndexChanged,
                       self.partner.textChanged, self.partner_date.dateChanged):
            signal.connect(self._stale)
        work_row = QHBoxLayout()
        work_row.addWidget(self.work_out_button)
        work_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.partner_box)
        layout.addLayout(work_row)
        layout.addWidget(self.plan_box, 1)
        layout.addWidget(self.second_box)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate_ui()
        self.issuer.setFocus()

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def _field(self, key: str, widget: QWidget, names: list[str]) -> QWidget:
        error = ErrorLabel()
        error.setObjectName(f"{key}Error")
        if names:
            self.errors.add(names, widget, error)
        return field_box(widget, error)

    # --- the draft -------------------------------------------------------------------------

    def new_level(self) -> Level | None:
        """The chosen level; None: declassify. Nothing chosen is an error of the form."""
        if self.level.currentIndex() < 0:
            raise InvalidInput(NEW_LEVEL, fields.EMPTY)
        code = self.level.currentData()
        return Level(code) if code else None

    def draft(self) -> CaseDraft:
        partner = self.partner.text() if not self.partner_box.isHidden() else ""
        notice = Notice(issuer=self.issuer.text(), reference=self.reference.text(),
                        date=self.notice_date.date().toPython(),
                        received=self.received.date().toPython(),
                        partner_agreement=partner,
                        partner_agreement_date=self.partner_date.date().toPython()
                        if partner.strip() else None)
        return CaseDraft(notice, reg_numbers(self.registrations.text()), self.new_level(),
                         self.notes.toPlainText())

    def confirmer(self) -> tuple[str, str] | None:
        name = self.second_user.text()
        return (name, self.second_password.text()) if name.strip() else None

    # --- actions ---------------------------------------------------------------------------

    def work_out(self) -> Plan | None:
        """The plan as the case would be opened today; nothing is written."""
        self.errors.clear()
        try:
            plan = marking.preview(self.session, self.draft())
        except GrifError as exc:
            self.show_error(exc)
            return None
        self.show_plan(plan)
        return plan

    def _stale(self, *_args: object) -> None:
        self.plan = None
        self.ok_button.setEnabled(False)
        self.plan_box.hide()

    def open_case(self) -> int | None:
        if self.plan is None or self.work_out() is None:
            return None
        try:
            self.case_id = marking.open_case(self.session, self.draft(), self.confirmer())
        except GrifError as exc:
            self.second_password.clear()     # never left in the field after a refusal
            self.show_error(exc)
            return None
        self.accept()
        return self.case_id

    def show_error(self, exc: GrifError) -> None:
        """Beside the field it is about; the service's field names route most of them."""
        field = self.errors.field_of(exc)
        if field == marking_plan.PARTNER:
            self.partner_box.show()
        if field is None:
            if isinstance(exc, marking_plan.NotOriginator):
                field = marking_plan.ISSUER
            elif isinstance(exc, BelowSource | NotFound) or exc.message in (
                    marking_plan.IN_OPEN_CASE, marking_plan.DECLASSIFIED):
                field = fields.REG_NO
            elif isinstance(exc, AuthenticationFailed | LoginThrottled) or (
                    isinstance(exc, PermissionDenied) and self.confirmer() is not None):
                field = marking.CONFIRMER
        if field == marking.CONFIRMER:
            self.second_box.show()
        self.errors.show(exc, field)

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.ok_button.setEnabled(True)
        if plan.originator_type is OriginatorType.JOINT:
            self.partner_box.show()
        self.second_box.setVisible(plan.needs_confirmation)
        self.plan_box.show()
        self._fill_plan()

    def _fill_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.rule.setText(fill(QCoreApplication.translate(
            "NewCaseDialog", "Rule: %1 (%2)"),
            QCoreApplication.translate("Marking", plan.rule.label),
            texts.window_text(plan.window_days)))
        self.deadline.setText(fill(QCoreApplication.translate(
            "NewCaseDialog", "Deadline: %1 (%2)"), display.day_text(plan.deadline),
            texts.days_text(plan.deadline, self.session.today)))
        self.deadline.setStyleSheet(texts.style_sheet(plan.deadline, self.session.today))
        self.copies.setRowCount(len(plan.copies))
        for r, copy in enumerate(plan.copies):
            values = (copy.reg_no, str(copy.copy_no), texts.reason_text(copy.reason, copy.via),
                      texts.where_text(copy.state, copy.task_for), texts.task_text(copy.task))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.copies.setItem(r, c, item)
        self.copies.resizeColumnsToContents()
        kept = [fill(QCoreApplication.translate("NewCaseDialog", "%1: %2"), change.reg_no,
                     texts.reason_text(change.reason, change.via))
                for change in plan.changes if change.reason is Reason.UNCHANGED]
        self.kept.setVisible(bool(kept))
        self.kept.setText(QCoreApplication.translate(
            "NewCaseDialog", "Registrations that keep their level:") + "\n" + "\n".join(kept))

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("NewCaseDialog", "New marking-change case"))
        labels = {
            "issuer": QCoreApplication.translate("NewCaseDialog", "Notice &issued by:"),
            "reference": QCoreApplication.translate("NewCaseDialog", "Notice &reference:"),
            "notice_date": QCoreApplication.translate("NewCaseDialog", "Notice &date:"),
            "received": QCoreApplication.translate("NewCaseDialog", "Date r&eceived:"),
            "registrations": QCoreApplication.translate(
                "NewCaseDialog", "Registrations &named:"),
            "level": QCoreApplication.translate("NewCaseDialog", "New &level:"),
            "notes": QCoreApplication.translate("NewCaseDialog", "Note&s:"),
            "partner": QCoreApplication.translate("NewCaseDialog", "A&greement:"),
            "partner_date": QCoreApplication.translate("NewCaseDialog", "Agreement da&te:"),
            "second_user": QCoreApplication.translate("NewCaseDialog", "&User name:"),
            "second_password": QCoreApplication.translate("NewCaseDialog", "&Password:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.issuer.setPlaceholderText(QCoreApplication.translate(
            "NewCaseDialog", "The originator, or the authorised official for own information"))
        self.registrations.setPlaceholderText(QCoreApplication.translate(
            "NewCaseDialog", "Registration numbers, separated by commas"))
        for i in range(self.level.count()):
            code = self.level.itemData(i)
            self.level.setItemText(i, texts.level_text(Level(code)) if code else
                                   QCoreApplication.translate("NewCaseDialog", "Declassify"))
        self.level.setPlaceholderText(
            QCoreApplication.translate("NewCaseDialog", "Choose the new level"))
        self.partner_box.setTitle(QCoreApplication.translate(
            "NewCaseDialog", "Jointly created information: the other Party's agreement"))
        self.work_out_button.setText(
            QCoreApplication.translate("NewCaseDialog", "&Work out affected copies"))
        self.plan_box.setTitle(QCoreApplication.translate("NewCaseDialog", "Plan"))
        self.copies.setHorizontalHeaderLabels([
            QCoreApplication.translate("NewCaseDialog", "Registration"),
            QCoreApplication.translate("NewCaseDialog", "Copy"),
            QCoreApplication.translate("NewCaseDialog", "Why"),
            QCoreApplication.translate("NewCaseDialog", "Where it is"),
            QCoreApplication.translate("NewCaseDialog", "Task"),
        ])
        self.second_box.setTitle(QCoreApplication.translate("NewCaseDialog", "Second person"))
        self.second_note.setText(QCoreApplication.translate(
            "NewCaseDialog", "Lowering or removing a marking is confirmed by a second person "
            "cleared for the original level, with their own password."))
        self.ok_button.setText(QCoreApplication.translate("NewCaseDialog", "&Open the case"))
        self._fill_plan()

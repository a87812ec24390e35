"""Starting an inventory check: the yearly one as of 1 January of this year, or an
unscheduled one (a change of custodian, or another reason) as of a date, optionally of one
custodian's copies only; and its commission of at least three cleared people, the first of
them the chair. The service lists every copy the check expects and checks every value
again; its errors appear beside the field they are about and nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.errors import GrifError, NotFound
from desktop.domain.inventory import CheckKind, annual_date
from desktop.domain.levels import Level
from desktop.services import inventory, register
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.inventory import texts
from desktop.ui.inventory.commission_picker import CommissionPicker
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit, qdate


def _people(session: Session) -> tuple[list[tuple[str, str]], list[tuple[int, str]], str]:
    """Whom the commission may be picked from (anyone cleared: the service checks the
    level of the check), the custodians, and the message when they cannot be read."""
    try:
        return register.recipients(session, Level.S), register.custodians(session), ""
    except GrifError as exc:
        return [], [], error_text(exc)


class StartCheckDialog(FormDialog):
    """`check_id` is set once the check is started."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, min_width=600)
        self.check_id: int | None = None
        people, custodians, problem = _people(session)
        self.kind = QComboBox()
        self.kind.setObjectName("checkKind")
        for kind in CheckKind:
            self.kind.addItem("", kind.value)
        self.as_of = date_edit("asOf", future=True)   # the service refuses a future date
        self.reason = QLineEdit()
        self.reason.setObjectName("checkReason")
        self.reason.setMaxLength(500)
        self.custodian = QComboBox()
        self.custodian.setObjectName("checkCustodian")
        self.custodian.addItem("", None)
        for user_id, full_name in custodians:
            self.custodian.addItem(full_name, user_id)
        self.location = QLineEdit()            # one safe: its location as the register has it
        self.location.setObjectName("checkLocation")
        self.location.setMaxLength(100)
        self.commission = CommissionPicker(people)
        self.add_field("kind", self.kind)
        self.add_field("as_of", self.as_of, inventory.AS_OF)
        self.add_field("reason", self.reason, inventory.REASON)
        self.add_field("custodian", self.custodian)
        self.add_field("location", self.location)
        error = self.add_field("commission", self.commission, inventory.COMMISSION)
        self.commission.changed.connect(lambda: error.show_text(""))
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.message.show_text(problem)
        self.ok_button.setEnabled(not problem)
        self._show_kind()
        self.retranslate_ui()
        self.kind.setFocus()

    def chosen_kind(self) -> CheckKind:
        return CheckKind(self.kind.currentData())

    def set_kind(self, kind: CheckKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _show_kind(self) -> None:
        """An annual check is as of 1 January of this year; the rest belongs to an
        unscheduled one."""
        annual = self.chosen_kind() is CheckKind.ANNUAL
        if annual:
            self.as_of.setDate(qdate(annual_date(self.session.today.year)))
        self.as_of.setEnabled(not annual)
        self.set_row_visible(self.reason, not annual)
        self.set_row_visible(self.custodian, not annual)
        self.set_row_visible(self.location, not annual)

    def as_of_date(self) -> dt.date:
        return self.as_of.date().toPython()

    def submit(self) -> None:
        annual = self.chosen_kind() is CheckKind.ANNUAL
        self.check_id = inventory.start_check(
            self.session, self.chosen_kind(), self.as_of_date(), self.commission.usernames(),
            reason="" if annual else self.reason.text(),
            custodian_id=None if annual else self.custodian.currentData(),
            location="" if annual else self.location.text().strip())

    def field_for(self, exc: GrifError) -> str | None:
        """A member not found or not cleared is the commission's problem."""
        if isinstance(exc, NotFound) or exc.message == inventory.MEMBER_NOT_CLEARED:
            return inventory.COMMISSION
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("StartCheckDialog",
                                                       "Start an inventory check"))
        self.about.setText(QCoreApplication.translate(
            "StartCheckDialog", "The check lists every copy that should be present, in the "
            "safe or issued. The commission ticks off each one it finds; what it cannot find "
            "is marked missing and opens a loss case when the check is finished."))
        for i, kind in enumerate(CheckKind):
            self.kind.setItemText(i, texts.kind_text(kind))
        self.custodian.setItemText(0, QCoreApplication.translate(
            "StartCheckDialog", "All custodians"))
        labels = {
            "kind": QCoreApplication.translate("StartCheckDialog", "&Kind of check:"),
            "as_of": QCoreApplication.translate("StartCheckDialog", "&As of:"),
            "reason": QCoreApplication.translate("StartCheckDialog", "&Reason:"),
            "custodian": QCoreApplication.translate("StartCheckDialog", "C&ustodian:"),
            "location": QCoreApplication.translate("StartCheckDialog", "Sa&fe (location):"),
            "commission": QCoreApplication.translate(
                "StartCheckDialog", "&Commission (chair first, at least three):"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.reason.setPlaceholderText(QCoreApplication.translate(
            "StartCheckDialog", "e.g. change of custodian: order No. and date"))
        self.location.setPlaceholderText(QCoreApplication.translate(
            "StartCheckDialog", "empty: every safe; else the location exactly as in the register"))
        self.ok_button.setText(QCoreApplication.translate("StartCheckDialog", "&Start"))


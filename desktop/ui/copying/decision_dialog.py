"""The decision on a copy request (SPEC §4; S001 a.6 p.4): permit a number of copies, or
refuse with a reason.

For own information the head of the organisation decides here and is the signer; the
reference is optional (e.g. the order by which an official acts for the head). For received
information a clerk records the originator's written answer: who gave it (prefilled with
the registration's originator), its reference and date. The service checks who may decide
and every value again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop.domain.copying import PermissionSource
from desktop.services import copying
from desktop.services.copying import CopyRequest
from desktop.services.session import Session
from desktop.ui.copying.form import RequestForm
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill, originator_text
from desktop.ui.widgets.fields import plain_label


class DecisionDialog(RequestForm):
    def __init__(self, session: Session, request: CopyRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.request = request
        self.by_head = request.source is PermissionSource.HEAD
        self.badge.set_level(request.level)
        self.approve_choice = QRadioButton()
        self.approve_choice.setObjectName("approve")
        self.refuse_choice = QRadioButton()
        self.refuse_choice.setObjectName("refuse")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.approve_choice)
        self.choice.addButton(self.refuse_choice)
        self.approve_choice.setChecked(True)
        choices = QWidget()
        line = QHBoxLayout(choices)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.approve_choice)
        line.addWidget(self.refuse_choice)
        line.addStretch(1)
        self.signer = plain_label("signer")
        self.signer.setText(", ".join(
            p for p in (session.user.position, session.user.full_name) if p))
        self.body = QLineEdit(request.originator)
        self.body.setObjectName("permittedBy")
        self.body.setMaxLength(300)
        self.reference = QLineEdit()
        self.reference.setObjectName("permissionReference")
        self.reference.setMaxLength(100)
        self.date = date_edit("permissionDate")
        self.authorised = QSpinBox()
        self.authorised.setObjectName("authorised")
        self.authorised.setRange(1, max(request.copies_asked, 1))
        self.authorised.setValue(request.copies_asked)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("refusalReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.add_field("decision", self.approve_choice, row=choices)
        self.add_field("signer", self.signer)
        self.add_field("body", self.body, copying.PERMITTED_BY)
        self.add_field("reference", self.reference, copying.PERMISSION_REF)
        self.add_field("date", self.date, copying.PERMISSION_DATE)
        self.add_field("authorised", self.authorised, copying.AUTHORISED)
        self.add_field("reason", self.reason, copying.REASON)
        self.set_row_visible(self.signer, self.by_head)
        self.set_row_visible(self.body, not self.by_head)
        self.set_row_visible(self.date, not self.by_head)
        self.approve_choice.toggled.connect(lambda _on: self._show_choice())
        self._show_choice()
        self.retranslate_ui()
        self.approve_choice.setFocus()

    def choose(self, approve: bool) -> None:
        (self.approve_choice if approve else self.refuse_choice).setChecked(True)

    def approving(self) -> bool:
        return self.approve_choice.isChecked()

    def _show_choice(self) -> None:
        self.set_row_visible(self.authorised, self.approving())
        self.set_row_visible(self.reason, not self.approving())

    def submit(self) -> None:
        permitted_by = "" if self.by_head else self.body.text()
        day = None if self.by_head else self.date.date().toPython()
        if self.approving():
            copying.approve(self.session, self.request.id, self.authorised.value(),
                            reference=self.reference.text(), permitted_by=permitted_by,
                            permission_date=day)
        else:
            copying.refuse(self.session, self.request.id, self.reason.toPlainText(),
                           permitted_by=permitted_by, reference=self.reference.text(),
                           permission_date=day)

    def retranslate_ui(self) -> None:
        req = self.request
        self.setWindowTitle(fill(QCoreApplication.translate(
            "DecisionDialog", "Decision on copy request %1"), req.number))
        self.about.setText(fill(QCoreApplication.translate(
            "DecisionDialog",
            "%1: %2\nOriginator: %3\nRequester: %4; copies asked: %5\nPurpose: %6\n%7"),
            req.reg_no, req.title, originator_text(req.originator_type, req.originator),
            req.requester, req.copies_asked, req.purpose,
            QCoreApplication.translate("Copying", req.source.label)))
        self.approve_choice.setText(QCoreApplication.translate("DecisionDialog", "&Permit"))
        self.refuse_choice.setText(QCoreApplication.translate("DecisionDialog", "Re&fuse"))
        texts = {
            "decision": QCoreApplication.translate("DecisionDialog", "Decision:"),
            "signer": QCoreApplication.translate("DecisionDialog", "Signed by:"),
            "body": QCoreApplication.translate("DecisionDialog", "&Given by:"),
            "reference": QCoreApplication.translate("DecisionDialog", "&Reference:"),
            "date": QCoreApplication.translate("DecisionDialog", "&Dated:"),
            "authorised": QCoreApplication.translate("DecisionDialog", "&Copies authorised:"),
            "reason": QCoreApplication.translate("DecisionDialog", "Reason for the re&fusal:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        if self.by_head:
            self.reference.setPlaceholderText(QCoreApplication.translate(
                "DecisionDialog", "Optional: the order by which you act for the head"))
        else:
            self.reference.setPlaceholderText(QCoreApplication.translate(
                "DecisionDialog", "No. of the originator's letter"))
        self.body.setPlaceholderText(QCoreApplication.translate(
            "DecisionDialog", "The originator who answered in writing"))

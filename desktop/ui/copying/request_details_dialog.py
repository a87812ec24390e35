"""One copy request in full: what was asked, by whom and why, the permission or refusal, and
the numbers of the copies made under it. Reading it is journalled by the service, which
also refuses it to someone who may not see the registration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.copying import RequestState
from desktop.services import copying
from desktop.services.copying import CopyRequest
from desktop.services.session import Session
from desktop.ui.copying.requests_model import numbers_text, state_text
from desktop.ui.register.level_badge import LevelBadge
from desktop.ui.widgets.display import day_text, fill, originator_text
from desktop.ui.widgets.fields import plain_label
from desktop.ui.widgets.retranslate import Retranslating

ROWS = ("registration", "originator", "requester", "requested", "asked", "purpose",
        "third_party", "consent", "state", "source", "permitted_by", "reference", "date",
        "authorised", "made", "copies", "reason", "recorded_by")


class RequestDetailsDialog(Retranslating, QDialog):
    """Raises the service's error when the request may not be shown."""

    def __init__(self, session: Session, request_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request: CopyRequest = copying.request(session, request_id)
        self.badge = LevelBadge(self.request.level)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in ROWS:
            label, value = QLabel(), plain_label(f"detail_{key}")
            self.labels[key], self.values[key] = label, value
            form.addRow(label, value)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def _values(self) -> dict[str, str]:
        req = self.request
        decided = req.state is not RequestState.PENDING
        permitted = req.state in (RequestState.APPROVED, RequestState.USED_UP)
        return {
            "registration": f"{req.reg_no}: {req.title}",
            "originator": originator_text(req.originator_type, req.originator),
            "requester": ", ".join(p for p in (req.requester_position, req.requester) if p),
            "requested": day_text(req.requested_at.date()),
            "asked": str(req.copies_asked),
            "purpose": req.purpose,
            "third_party": req.third_party,
            "consent": req.third_party_consent,
            "state": state_text(req.state),
            "source": QCoreApplication.translate("Copying", req.source.label),
            "permitted_by": req.permitted_by if decided else "",
            "reference": req.permission_reference if decided else "",
            "date": day_text(req.permission_date) if decided else "",
            "authorised": str(req.authorised) if permitted else "",
            "made": str(req.made) if permitted else "",
            "copies": numbers_text(req.copy_numbers) if req.copy_numbers else "",
            "reason": req.refusal_reason,
            "recorded_by": req.decided_by,
        }

    def retranslate_ui(self) -> None:
        req = self.request
        self.setWindowTitle(fill(QCoreApplication.translate(
            "RequestDetailsDialog", "Copy request %1"), req.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "RequestDetailsDialog", "Copy request %1"), req.number))
        texts = {
            "registration": QCoreApplication.translate("RequestDetailsDialog", "Registration:"),
            "originator": QCoreApplication.translate("RequestDetailsDialog", "Originator:"),
            "requester": QCoreApplication.translate("RequestDetailsDialog", "Requester:"),
            "requested": QCoreApplication.translate("RequestDetailsDialog", "Requested on:"),
            "asked": QCoreApplication.translate("RequestDetailsDialog", "Copies asked:"),
            "purpose": QCoreApplication.translate("RequestDetailsDialog", "Purpose:"),
            "third_party": QCoreApplication.translate("RequestDetailsDialog", "Third party:"),
            "consent": QCoreApplication.translate(
                "RequestDetailsDialog", "Originator's prior written consent:"),
            "state": QCoreApplication.translate("RequestDetailsDialog", "State:"),
            "source": QCoreApplication.translate("RequestDetailsDialog", "Permission by:"),
            "permitted_by": QCoreApplication.translate("RequestDetailsDialog", "Given by:"),
            "reference": QCoreApplication.translate("RequestDetailsDialog", "Reference:"),
            "date": QCoreApplication.translate("RequestDetailsDialog", "Dated:"),
            "authorised": QCoreApplication.translate(
                "RequestDetailsDialog", "Copies authorised:"),
            "made": QCoreApplication.translate("RequestDetailsDialog", "Copies made:"),
            "copies": QCoreApplication.translate("RequestDetailsDialog", "Copy numbers:"),
            "reason": QCoreApplication.translate(
                "RequestDetailsDialog", "Reason for the refusal:"),
            "recorded_by": QCoreApplication.translate(
                "RequestDetailsDialog", "Decision recorded by:"),
        }
        for key, value in self._values().items():
            self.labels[key].setText(texts[key])
            self.values[key].setText(value)
            self.form.setRowVisible(self.values[key], bool(value))

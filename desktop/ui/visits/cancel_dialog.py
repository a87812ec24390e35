"""Withdrawing a visit request before the visit took place, with the reason (final)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import visits
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.visits import texts
from desktop.ui.widgets.display import fill


class CancelDialog(FormDialog):
    def __init__(self, session: Session, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=visit.marking)
        self.visit = visit
        self.reason = text_box("cancelReason", 4)
        self.add_field("reason", self.reason, visits.CANCEL_REASON)
        self.retranslate_ui()
        self.reason.setFocus()

    def submit(self) -> None:
        visits.cancel(self.session, self.visit.id, self.reason.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "CancelDialog", "Cancel visit request %1"), self.visit.number))
        self.about.setText(fill(QCoreApplication.translate(
            "CancelDialog", "The request (%1) is withdrawn for good: it cannot be sent, "
            "answered or closed afterwards."), texts.state_text(self.visit.state)))
        self.labels["reason"].setText(QCoreApplication.translate("CancelDialog", "&Reason:"))
        self.ok_button.setText(QCoreApplication.translate("CancelDialog", "Cancel the &visit"))

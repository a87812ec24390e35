"""The findings of a case's internal investigation: whether the loss or disclosure is
confirmed, by whom and what follows. Recording them closes the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.services import incidents
from desktop.services.incidents import Incident
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import plain_label


class FindingsDialog(FormDialog):
    def __init__(self, session: Session, case: Incident, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, about=plain_label("findingsAbout"), level=case.level)
        self.case = case
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMinimumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.add_field("findings", self.findings, incidents.FINDINGS)
        self.retranslate_ui()
        self.findings.setFocus()

    def submit(self) -> None:
        incidents.record_findings(self.session, self.case.id, self.findings.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "FindingsDialog", "Findings of the investigation of case %1"), self.case.number))
        self.about.setText(fill(QCoreApplication.translate(
            "FindingsDialog", "Investigation ordered by %1. Recording the findings closes "
            "the case."), self.case.investigation_order))
        self.labels["findings"].setText(
            QCoreApplication.translate("FindingsDialog", "&Findings:"))

"""A loss or disclosure case: the fact, what it concerns (its copies with their state now,
or the information as described), when it was found and the circumstances, the check it
came from, and its investigation — ordered (order number and date), then its findings,
which close the case; where information of the Kyrgyz party is involved, the notice to it
(S001 a.12 p.1). The service checks every step again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.incidents import IncidentState
from desktop.services import incidents
from desktop.services.incidents import Incident
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.dossiers.party_notice_dialog import PartyNoticeDialog
from desktop.ui.errors import error_text
from desktop.ui.inventory import texts
from desktop.ui.inventory.findings_dialog import FindingsDialog
from desktop.ui.inventory.models import IncidentCopiesModel
from desktop.ui.inventory.order_dialog import OrderInvestigationDialog
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadge, LevelBadgeDelegate, level_name
from desktop.ui.widgets.display import day_text, fill
from desktop.ui.widgets.fields import run_modal, value_form
from desktop.ui.widgets.list_section import list_table
from desktop.ui.widgets.retranslate import Retranslating

FIELDS = ("kind", "date_found", "check", "circumstances", "description", "order",
          "findings", "recorded", "party_notice")


class IncidentViewDialog(Retranslating, QDialog):
    """Raises the service's error when the case may not be shown to this user."""

    def __init__(self, session: Session, incident_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id = incident_id
        self.case: Incident = incidents.incident(session, incident_id)
        self.can_act = session.user.has_role(*CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.badge = LevelBadge(self.case.level)
        self.form, self.labels, self.values = value_form(FIELDS, "incident")
        self.copies_model = IncidentCopiesModel(self)
        self.copies = list_table("incidentCopies", self.copies_model)
        self.copies.setItemDelegateForColumn(IncidentCopiesModel.column_of("level"),
                                             LevelBadgeDelegate(self.copies))
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.order_button = QPushButton()
        self.order_button.setObjectName("orderButton")
        self.order_button.clicked.connect(lambda: self.order_investigation())
        self.findings_button = QPushButton()
        self.findings_button.setObjectName("findingsButton")
        self.findings_button.clicked.connect(lambda: self.record_findings())
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("partyNoticeButton")
        self.notice_button.clicked.connect(lambda: self.record_party_notice())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.order_button, self.findings_button, self.notice_button):
            button.setAutoDefault(False)
            button.setVisible(self.can_act)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.copies, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.retranslate_ui()

    # --- hooks (tests replace them) --------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    # --- actions ---------------------------------------------------------------------------

    def order_investigation(self) -> bool:
        if not self.run_dialog(OrderInvestigationDialog(self.session, self.case, self)):
            return False
        self.reload()
        return True

    def record_findings(self) -> bool:
        if not self.run_dialog(FindingsDialog(self.session, self.case, self)):
            return False
        self.reload()
        return True

    def record_party_notice(self) -> bool:
        """S001 a.12 p.1: the Kyrgyz party is told at once; the start page nags until then."""
        if not self.run_dialog(PartyNoticeDialog(self.session, self.case, self)):
            return False
        self.reload()
        return True

    def reload(self) -> None:
        try:
            self.case = incidents.incident(self.session, self.incident_id)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return
        self.retranslate_ui()

    def update_actions(self) -> None:
        state = self.case.state
        self.order_button.setEnabled(self.can_act and state is IncidentState.OPEN)
        self.findings_button.setEnabled(self.can_act and state is IncidentState.INVESTIGATION)
        self.notice_button.setVisible(self.can_act and self.case.party_involved
                                      and self.case.party_notice_sent is None)

    # --- texts -----------------------------------------------------------------------------

    def _fill_values(self) -> None:
        case = self.case
        order = "—"
        if case.investigation_order:
            order = fill(QCoreApplication.translate("IncidentView", "%1 of %2"),
                         case.investigation_order, day_text(case.investigation_date))
        values = {
            "kind": texts.incident_kind_text(case.kind),
            "date_found": day_text(case.date_found),
            "check": case.check_number or "—",
            "circumstances": case.circumstances,
            "description": fill(QCoreApplication.translate("IncidentView", "%1 (%2)"),
                                case.description, level_name(case.level)),
            "order": order,
            "findings": case.findings or "—",
            "recorded": case.created_by,
            "party_notice": fill(QCoreApplication.translate("IncidentView", "sent on %1: %2"),
                                 day_text(case.party_notice_sent), case.party_notice_text)
            if case.party_notice_sent else QCoreApplication.translate(
                "IncidentView", "not recorded yet: it is due at once"),
        }
        if case.party_involved:
            # S001 a.12 p.1: investigated under the law of the state where it happened.
            values["party_notice"] += "\n" + QCoreApplication.translate(
                "IncidentView", "The breach is investigated under the law of the state where it happened; the amount of damage is assessed under the law of the Party whose information it is.")  # noqa: E501
        for key, value in values.items():
            self.values[key].setText(value)
        self.form.setRowVisible(FIELDS.index("description"), bool(case.description))
        self.form.setRowVisible(FIELDS.index("party_notice"), case.party_involved)
        self.copies.setVisible(bool(case.copies))
        self.copies_model.set_rows(list(case.copies))

    def retranslate_ui(self) -> None:
        case = self.case
        self.setWindowTitle(fill(QCoreApplication.translate(
            "IncidentView", "Case %1"), case.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "IncidentView", "%1 %2: %3"), texts.incident_kind_text(case.kind), case.number,
            texts.incident_state_text(case.state)))
        labels = {
            "kind": QCoreApplication.translate("IncidentView", "Kind:"),
            "date_found": QCoreApplication.translate("IncidentView", "Found on:"),
            "check": QCoreApplication.translate("IncidentView", "Inventory check:"),
            "circumstances": QCoreApplication.translate("IncidentView", "Circumstances:"),
            "description": QCoreApplication.translate("IncidentView",
                                                      "Information concerned:"),
            "order": QCoreApplication.translate("IncidentView", "Investigation ordered:"),
            "findings": QCoreApplication.translate("IncidentView", "Findings:"),
            "recorded": QCoreApplication.translate("IncidentView", "Recorded by:"),
            "party_notice": QCoreApplication.translate("IncidentView",
                                                       "Notice to the Kyrgyz party:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self._fill_values()
        self.copies_model.retranslate()
        self.copies.resizeColumnsToContents()
        self.order_button.setText(QCoreApplication.translate(
            "IncidentView", "&Order investigation…"))
        self.findings_button.setText(QCoreApplication.translate(
            "IncidentView", "Record &findings…"))
        self.notice_button.setText(QCoreApplication.translate(
            "IncidentView", "Record the notice to the &Kyrgyz party…"))
        self.update_actions()

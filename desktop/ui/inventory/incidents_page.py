"""Loss and disclosure cases (S000 p.7): the list, filtered by state, of the cases opened by
hand and those an inventory check opened for its missing copies; a new case; a case with
its investigation.

Only the people who keep the register open and move cases; everyone the service lets read
them sees the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.incidents import IncidentState
from desktop.services import incidents
from desktop.services.incidents import Incident
from desktop.services.session import Session
from desktop.ui.inventory import texts
from desktop.ui.inventory.incident_dialog import NewIncidentDialog
from desktop.ui.inventory.incident_view import IncidentViewDialog
from desktop.ui.inventory.models import IncidentsModel
from desktop.ui.widgets.list_section import ListSection, filter_combo

ALL = "all"


class IncidentsPage(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, IncidentsModel(), "incidentsTable", parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state = filter_combo("stateFilter", (ALL, *(state.value for state in IncidentState)))
        self.state_label = self.add_filter(self.bar, self.state)
        self.new_button = self.add_button("new", self.new_incident, "newIncidentButton")
        self.new_button.setVisible(self.is_clerk)
        self.open_button = self.add_button("open", self.open_selected, "openIncidentButton")
        self.bar.addStretch(1)
        self.stack(self.heading, self.bar, self.table, self.message)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Incident]:
        code = self.state.currentData()
        state = IncidentState(code) if code != ALL else None
        return incidents.incidents(self.session, state=state)

    def current_incident(self) -> Incident | None:
        return self.current()

    def update_actions(self) -> None:
        self.new_button.setEnabled(self.is_clerk)
        self.open_button.setEnabled(self.current_incident() is not None)

    # --- actions ---------------------------------------------------------------------------

    def new_incident(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = NewIncidentDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.incident_id is None:
            return None
        self.refresh()
        self.select(dialog.incident_id)
        return dialog.incident_id

    def open_selected(self) -> None:
        case = self.current_incident()
        if case is not None:        # the investigation ordered or the findings recorded
            self.open_dialog(lambda: IncidentViewDialog(self.session, case.id, self),
                             error_box=True)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("IncidentsPage",
                                                        "Loss and disclosure cases"))
        self.state_label.setText(QCoreApplication.translate("IncidentsPage", "&State:"))
        self.state.setItemText(0, QCoreApplication.translate("IncidentsPage", "All"))
        for i, state in enumerate(IncidentState, start=1):
            self.state.setItemText(i, texts.incident_state_text(state))
        self.new_button.setText(QCoreApplication.translate("IncidentsPage", "&New case…"))
        self.open_button.setText(QCoreApplication.translate("IncidentsPage", "&Open…"))
        self.table.setAccessibleName(QCoreApplication.translate(
            "IncidentsPage", "Loss and disclosure cases"))
        self.model.retranslate()

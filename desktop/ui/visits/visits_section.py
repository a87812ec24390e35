"""The visit requests (SPEC §7; S001 a.10): the list filtered by state, each draft's days left
to send no later than 4 weeks before the visit (amber within the warning setting, red once
late, in words too), a new request, and one request opened with everything that can be done
to it. The people who keep the register prepare requests; everyone the service lets read
them sees the list (it journals the listing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.domain.visits import VisitState
from desktop.services import visit_view
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.ui.visits import texts
from desktop.ui.visits.visit_dialog import VisitDialog
from desktop.ui.visits.visit_view_dialog import VisitViewDialog
from desktop.ui.visits.visits_model import VisitsModel
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.list_section import ListSection, filter_combo

ALL, OPEN = "all", "open"       # every request; those not yet final


class VisitsSection(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, VisitsModel(), "visitsTable", parent,
                         message="tabMessage", notice="tabNotice")
        self.warn_days: int | None = None     # the setting, read with the list
        self.table.setAlternatingRowColors(False)  # the drafts due soon and late are coloured
        self.state = filter_combo("visitStateFilter",
                                  (ALL, OPEN, *(state.value for state in VisitState)))
        filters = QHBoxLayout()
        self.state_label = self.add_filter(filters, self.state)
        filters.addStretch(1)
        self.add_button("new", self.new_visit, "newVisitButton").setVisible(self.is_clerk)
        self.add_button("open", self.open_selected, "openVisitButton")
        self.bar.addStretch(1)
        self.stack(filters, self.bar, self.table, self.message, self.notice)
        self.retranslate_ui()
        self.update_actions()

    # --- the list --------------------------------------------------------------------------

    def load(self) -> list[Visit]:
        found = visit_view.visits(self.session)
        self.warn_days = visit_view.warn_days(self.session)
        wanted = self.state.currentData()
        if wanted == OPEN:
            return [v for v in found if not v.state.final]
        if wanted != ALL:
            return [v for v in found if v.state.value == wanted]
        return found

    def set_rows(self, rows: list[Visit]) -> None:
        self.model.set_rows(rows, self.session.today, self.warn_days)

    def update_actions(self) -> None:
        self.buttons["new"].setEnabled(self.is_clerk)
        self.buttons["open"].setEnabled(self.current() is not None)

    # --- actions ---------------------------------------------------------------------------

    def new_visit(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = VisitDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.visit_id is None:
            return None
        self.state.setCurrentIndex(0)       # the new draft is shown whatever the filter was
        self.done(dialog.visit_id, "")
        row = self.current()
        if row is not None:
            self.notice.setText(fill(QCoreApplication.translate(
                "VisitsSection", "Visit request %1 is prepared as a draft. %2"), row.number,
                texts.limit_line(row, self.session.today, self.model.warn_days)))
        return dialog.visit_id

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:     # the request may move on in the dialog
            self.open_dialog(lambda: VisitViewDialog(self.session, row.id, self))

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.state_label.setText(QCoreApplication.translate("VisitsSection", "&State:"))
        self.state.setItemText(0, QCoreApplication.translate("VisitsSection", "All"))
        self.state.setItemText(1, QCoreApplication.translate("VisitsSection", "Not finished"))
        for i, state in enumerate(VisitState, start=2):
            self.state.setItemText(i, texts.state_text(state))
        self.buttons["new"].setText(
            QCoreApplication.translate("VisitsSection", "&New request…"))
        self.buttons["open"].setText(QCoreApplication.translate("VisitsSection", "&Open…"))
        self.table.setAccessibleName(
            QCoreApplication.translate("VisitsSection", "Visit requests"))
        self.model.retranslate()

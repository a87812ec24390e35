"""Damage-assessment dossiers (seed 000 p.3–14): the list of the dossiers this user may read
(clerks and heads: all within their clearance; commission members: the ones they sit on),
the head's assignment of a new one, opening one, and printing its conclusion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.roles import Role
from desktop.services import dossier_view
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.dossiers.assign_dialog import AssignDialog
from desktop.ui.dossiers.dossiers_model import DossiersModel
from desktop.ui.dossiers.view_dialog import DossierViewDialog, conclusion_print_dialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import plain_label
from desktop.ui.widgets.list_section import ListSection


class DossiersPage(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, DossiersModel(), "dossiersTable", parent,
                         notice="dossiersNotice")
        self.is_head = session.user.has_role(Role.ORG_HEAD)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.assign_button = self.add_button("assign", self.assign, "assignDossierButton")
        self.assign_button.setVisible(self.is_head)
        self.open_button = self.add_button("open", self.open_selected, "openDossierButton")
        self.print_button = self.add_button("print", self.print_conclusion,
                                            "printConclusionButton")
        self.bar.addStretch(1)
        self.status = plain_label("printStatus")
        self.stack(self.heading, self.bar, self.table, self.message, self.notice, self.status)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Dossier]:
        self.model.set_today(self.session.today)
        return dossier_view.dossiers(self.session)

    def current_dossier(self) -> Dossier | None:
        return self.current()

    def update_actions(self) -> None:
        selected = self.current_dossier() is not None
        self.assign_button.setEnabled(self.is_head)
        self.open_button.setEnabled(selected)
        self.print_button.setEnabled(selected)

    # --- actions ---------------------------------------------------------------------------

    def assign(self) -> int | None:
        """The head assigns a new dossier; it opens at once so the commission can be seated."""
        if not self.is_head:
            return None
        dialog = AssignDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.dossier_id is None:
            return None
        self.refresh()
        self.select(dialog.dossier_id)
        found = self.current_dossier()
        self.done(dialog.dossier_id, fill(QCoreApplication.translate(
            "DossiersPage", "Dossier %1 is assigned to the commission."),
            found.number if found else ""))
        return dialog.dossier_id

    def open_selected(self) -> None:
        d = self.current_dossier()
        if d is not None:
            self.open_dialog(lambda: DossierViewDialog(self.session, d.id, self),
                             error_box=True)

    def print_conclusion(self) -> bool:
        d = self.current_dossier()
        if d is None:
            return False
        dialog = conclusion_print_dialog(self.session, d.id, d.number, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate(
            "DossiersPage", "Damage-assessment dossiers"))
        self.assign_button.setText(QCoreApplication.translate("DossiersPage", "&Assign…"))
        self.open_button.setText(QCoreApplication.translate("DossiersPage", "&Open…"))
        self.print_button.setText(QCoreApplication.translate("DossiersPage",
                                                             "&Print conclusion…"))
        self.table.setAccessibleName(QCoreApplication.translate(
            "DossiersPage", "Damage-assessment dossiers"))
        self.model.retranslate()

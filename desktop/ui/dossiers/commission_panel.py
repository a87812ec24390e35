"""The dossier's commission (seed 000 p.4–5, p.11): each participant with their role, name,
position or organisation, clearance form and whether they have signed (in Grif or on paper)
or not yet; adding a member with an account or an invited person without one (their
clearance is checked either way), removing one, and recording the chair absent (the deputy
chair then signs). The commission is fixed once the conclusion is signed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.dossier import DossierState, Role
from desktop.domain.roles import Role as UserRole
from desktop.services import dossier_commission as commission
from desktop.services.dossier_view import Participant
from desktop.services.register import CLERKS
from desktop.ui.destruction.tables import fill_rows, read_only_table, selected_rows
from desktop.ui.dossiers import texts
from desktop.ui.dossiers.member_dialog import AddMemberDialog
from desktop.ui.dossiers.outsider_dialog import AddOutsiderDialog
from desktop.ui.widgets.display import fill, moment_text
from desktop.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.ui.dossiers.view_dialog import DossierViewDialog

FIXED = (DossierState.SIGNED, DossierState.APPROVED, DossierState.CLOSED)


class CommissionPanel(Retranslating, QWidget):
    def __init__(self, view: DossierViewDialog) -> None:
        super().__init__(view)
        self.view = view
        self.title = QLabel()
        self.table = read_only_table("dossierCommission", 6)
        self.title.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (("member", self.add_member), ("outsider", self.add_outsider),
                           ("remove", self.remove), ("absent", self.toggle_absent)):
            button = QPushButton()
            button.setObjectName(f"{name}Button")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addLayout(row)

    # --- who may change it -----------------------------------------------------------------

    def editable(self) -> bool:
        user = self.view.session.user
        return user.has_role(*CLERKS, UserRole.ORG_HEAD) and self.view.dossier.state not in FIXED

    def selected(self) -> Participant | None:
        rows = selected_rows(self.table)
        people = self.view.dossier.participants
        return people[rows[0]] if rows and rows[0] < len(people) else None

    def update_actions(self) -> None:
        on = self.editable()
        chosen = self.selected()
        for name in self.buttons:
            self.buttons[name].setVisible(on)
        self.buttons["remove"].setEnabled(chosen is not None)
        self.buttons["absent"].setEnabled(chosen is not None and chosen.role is Role.CHAIR)

    # --- actions ---------------------------------------------------------------------------

    def add_member(self) -> bool:
        if not self.editable():
            return False
        done = self.view.run_dialog(AddMemberDialog(self.view.session, self.view.dossier,
                                                    self.view))
        self.view.reload()
        return done

    def add_outsider(self) -> bool:
        if not self.editable():
            return False
        done = self.view.run_dialog(AddOutsiderDialog(self.view.session, self.view.dossier,
                                                      self.view))
        self.view.reload()
        return done

    def remove(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self.editable() or not self.view.confirm(
                QCoreApplication.translate("CommissionPanel", "Remove a participant"),
                fill(QCoreApplication.translate(
                    "CommissionPanel", "Remove %1 from the commission of dossier %2?"),
                    chosen.name, self.view.dossier.number)):
            return False
        d = self.view.dossier
        done = self.view.call(lambda: commission.remove(self.view.session, d.id, chosen.id))
        self.view.reload()
        return done

    def toggle_absent(self) -> bool:
        """The chair recorded absent (or back): the deputy chair signs in their place."""
        chosen = self.selected()
        if chosen is None or chosen.role is not Role.CHAIR or not self.editable():
            return False
        d = self.view.dossier
        done = self.view.call(lambda: commission.set_absent(
            self.view.session, d.id, chosen.id, not chosen.absent))
        self.view.reload()
        return done

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        d = self.view.dossier
        self.title.setText(QCoreApplication.translate("CommissionPanel", "Co&mmission:"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("CommissionPanel", "Role"),
            QCoreApplication.translate("CommissionPanel", "Name"),
            QCoreApplication.translate("CommissionPanel", "Position, organisation"),
            QCoreApplication.translate("CommissionPanel", "Clearance form"),
            QCoreApplication.translate("CommissionPanel", "Signature"),
            QCoreApplication.translate("CommissionPanel", "When")])
        keep = selected_rows(self.table)
        fill_rows(self.table, [
            (texts.label(p.role), p.name,
             ", ".join(part for part in (p.position, p.organisation) if part),
             p.clearance_form, texts.signature_text(p, d), moment_text(p.signed_at))
            for p in d.participants])
        self.table.resizeColumnsToContents()
        if keep and keep[0] < self.table.rowCount():
            self.table.selectRow(keep[0])
        texts_of = {
            "member": QCoreApplication.translate("CommissionPanel", "Add &member…"),
            "outsider": QCoreApplication.translate("CommissionPanel", "Add &invited person…"),
            "remove": QCoreApplication.translate("CommissionPanel", "Re&move"),
            "absent": QCoreApplication.translate("CommissionPanel", "C&hair absent / present"),
        }
        for name, text in texts_of.items():
            self.buttons[name].setText(text)
        self.update_actions()

    def select_person(self, name: str) -> None:
        """Select the row of the participant called `name` (tests, keyboard users)."""
        row = next((i for i, p in enumerate(self.view.dossier.participants) if p.name == name),
                   -1)
        if row >= 0:
            self.table.selectRow(row)

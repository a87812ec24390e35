"""Inventory checks (the yearly check of all carriers as of 1 January, and unscheduled ones
when a custodian changes): the list with each check's counts, starting a check, opening
one to tick its copies off, and its act.

Only the people who keep the register start and work checks; everyone the service lets
read them sees the list and opens a check to look at it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services import inventory
from desktop.services.inventory import Check
from desktop.services.session import Session
from desktop.ui.inventory.check_view import CheckViewDialog, inventory_act_dialog
from desktop.ui.inventory.models import ChecksModel
from desktop.ui.inventory.start_check_dialog import StartCheckDialog
from desktop.ui.widgets.fields import plain_label
from desktop.ui.widgets.list_section import ListSection


class InventoryPage(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ChecksModel(), "checksTable", parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        for name, slot in (("start", self.start_check), ("open", self.open_selected),
                           ("print", self.print_act)):
            self.add_button(name, slot, f"{name}CheckButton")
        self.bar.addStretch(1)
        self.start_button, self.open_button, self.print_button = self.buttons.values()
        self.start_button.setVisible(self.is_clerk)
        self.status = plain_label("printStatus")
        self.stack(self.heading, self.bar, self.table, self.message, self.status)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Check]:
        return inventory.checks(self.session)

    def current_check(self) -> Check | None:
        return self.current()

    def update_actions(self) -> None:
        selected = self.current_check() is not None
        self.start_button.setEnabled(self.is_clerk)
        self.open_button.setEnabled(selected)
        self.print_button.setEnabled(selected)

    # --- actions ---------------------------------------------------------------------------

    def start_check(self) -> int | None:
        """A new check, then straight into it: the commission starts ticking at once."""
        if not self.is_clerk:
            return None
        dialog = StartCheckDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.check_id is None:
            return None
        self.refresh()
        self.select(dialog.check_id)
        self.open_selected()
        return dialog.check_id

    def open_selected(self) -> None:
        check = self.current_check()
        if check is not None:       # copies ticked off or the check finished in the dialog
            self.open_dialog(lambda: CheckViewDialog(self.session, check.id, self),
                             error_box=True)

    def print_act(self) -> bool:
        check = self.current_check()
        if check is None:
            return False
        dialog = inventory_act_dialog(self.session, check, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("InventoryPage", "Inventory checks"))
        self.start_button.setText(QCoreApplication.translate("InventoryPage",
                                                             "&Start a check…"))
        self.open_button.setText(QCoreApplication.translate("InventoryPage", "&Open…"))
        self.print_button.setText(QCoreApplication.translate("InventoryPage", "&Print act…"))
        self.table.setAccessibleName(QCoreApplication.translate("InventoryPage",
                                                                "Inventory checks"))
        self.model.retranslate()

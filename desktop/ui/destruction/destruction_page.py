"""The section "Destruction and returns" (SPEC §5; S001 a.6 p.4): two tabs, the destruction
acts (filtered by state) and the return lists to the Kyrgyz originator. A clerk draws up an
act or sends copies back; anyone the services let read them opens and prints them. Every
filter asks the service again (it journals the listing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.domain.destruction import ActState
from desktop.services import destruction, returns
from desktop.services.session import Session
from desktop.ui.destruction.act_dialog import ActDialog
from desktop.ui.destruction.act_view_dialog import ActViewDialog, act_print_dialog
from desktop.ui.destruction.acts_model import DestructionActsModel, state_text
from desktop.ui.destruction.return_dialog import ReturnDialog
from desktop.ui.destruction.return_view_dialog import ReturnViewDialog, return_print_dialog
from desktop.ui.destruction.returns_model import ReturnListsModel
from desktop.ui.page import TabbedPage
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.list_section import ListSection, filter_combo


class ActsTab(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, DestructionActsModel(), "actsTable", parent,
                         message="tabMessage", notice="tabNotice")
        self.state = filter_combo("stateFilter", (None, *ActState))
        filters = QHBoxLayout()
        self.state_label = self.add_filter(filters, self.state)
        filters.addStretch(1)
        self.add_button("new", self.new_act).setVisible(self.is_clerk)
        self.add_button("open", self.open_selected)
        self.add_button("print", self.print_act)
        self.bar.addStretch(1)
        self.stack(filters, self.bar, self.table, self.message, self.notice)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Any]:
        return destruction.acts(self.session, self.state.currentData())

    def update_actions(self) -> None:
        row = self.current()
        self.buttons["new"].setEnabled(self.is_clerk)
        self.buttons["open"].setEnabled(row is not None)
        self.buttons["print"].setEnabled(row is not None)

    def new_act(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = ActDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.act_id is None:
            return None
        self.state.setCurrentIndex(0)       # the new draft is shown whatever the filter was
        self.done(dialog.act_id, "")
        row = self.current()
        self.notice.setText(fill(QCoreApplication.translate(
            "DestructionPage", "Destruction act %1 is drawn up as a draft."),
            row.number if row is not None else ""))
        return dialog.act_id

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:
            self.open_dialog(lambda: ActViewDialog(self.session, row.id, self))

    def print_act(self) -> bool:
        row = self.current()
        if row is None:
            return False
        dialog = act_print_dialog(self.session, row.id, row.number, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.done(row.id, dialog.result_text())
        return True

    def retranslate_ui(self) -> None:
        self.state_label.setText(QCoreApplication.translate("DestructionPage", "&State:"))
        self.state.setItemText(0, QCoreApplication.translate("DestructionPage", "All"))
        for i, state in enumerate(ActState, start=1):
            self.state.setItemText(i, state_text(state))
        self.buttons["new"].setText(QCoreApplication.translate("DestructionPage", "&New act…"))
        self.buttons["open"].setText(QCoreApplication.translate("DestructionPage", "&Open…"))
        self.buttons["print"].setText(QCoreApplication.translate("DestructionPage", "&Print…"))
        self.table.setAccessibleName(
            QCoreApplication.translate("DestructionPage", "Destruction acts"))
        self.model.retranslate()


class ReturnsTab(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ReturnListsModel(), "returnsTable", parent,
                         message="tabMessage", notice="tabNotice")
        self.add_button("send", self.send_back).setVisible(self.is_clerk)
        self.add_button("open", self.open_selected)
        self.add_button("print", self.print_list)
        self.bar.addStretch(1)
        self.stack(self.bar, self.table, self.message, self.notice)
        self.retranslate_ui()
        self.update_actions()

    def load(self) -> list[Any]:
        return returns.return_lists(self.session)

    def update_actions(self) -> None:
        row = self.current()
        self.buttons["send"].setEnabled(self.is_clerk)
        self.buttons["open"].setEnabled(row is not None)
        self.buttons["print"].setEnabled(row is not None)

    def send_back(self) -> int | None:
        if not self.is_clerk:
            return None
        dialog = ReturnDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.list_id is None:
            return None
        self.done(dialog.list_id, "")
        row = self.current()
        self.notice.setText(fill(QCoreApplication.translate(
            "DestructionPage", "Return list %1: the copies are dispatched to %2."),
            row.number if row else "", row.originator if row else ""))
        return dialog.list_id

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:
            self.open_dialog(lambda: ReturnViewDialog(self.session, row.id, self))

    def print_list(self) -> bool:
        row = self.current()
        if row is None:
            return False
        dialog = return_print_dialog(self.session, row.id, row.number, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.done(row.id, dialog.result_text())
        return True

    def retranslate_ui(self) -> None:
        self.buttons["send"].setText(
            QCoreApplication.translate("DestructionPage", "&Send back…"))
        self.buttons["open"].setText(QCoreApplication.translate("DestructionPage", "&Open…"))
        self.buttons["print"].setText(
            QCoreApplication.translate("DestructionPage", "&Print return list…"))
        self.table.setAccessibleName(
            QCoreApplication.translate("DestructionPage", "Return lists"))
        self.model.retranslate()


class DestructionPage(TabbedPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.acts = ActsTab(session)
        self.returns = ReturnsTab(session)
        super().__init__(session, [self.acts, self.returns], "destructionTabs", parent)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("DestructionPage", "Destruction and returns"))
        self.tabs.setTabText(0, QCoreApplication.translate("DestructionPage", "Destruction acts"))
        self.tabs.setTabText(1, QCoreApplication.translate(
            "DestructionPage", "Returns to the originator"))

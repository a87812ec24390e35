"""Copy permissions (SPEC §4): the list of copy requests, filtered by state and by the kind
of originator, and what can be done with the selected one.

The buttons follow the request and the user: the head of the organisation decides on own
information, a clerk records the originator's answer on received information, a clerk makes
copies while the permission has some left. The services check all of it again; the list
shows only what the service lets the user see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.domain.carriers import OriginatorType
from desktop.domain.copying import PermissionSource, RequestState
from desktop.domain.errors import GrifError
from desktop.domain.roles import Role
from desktop.services import copying, printing
from desktop.services.copying import CopyRequest
from desktop.services.session import Session
from desktop.ui.copying.decision_dialog import DecisionDialog
from desktop.ui.copying.make_copies_dialog import MakeCopiesDialog
from desktop.ui.copying.request_details_dialog import RequestDetailsDialog
from desktop.ui.copying.request_dialog import RequestDialog
from desktop.ui.copying.requests_model import CopyRequestsModel, numbers_text
from desktop.ui.errors import error_text
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.list_section import ListSection, filter_combo

BUTTONS = ("new", "decide", "make", "print", "open")
WIDE = {"title": 260, "permission": 320}


class CopyRequestsPage(ListSection):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, CopyRequestsModel(), "requestsTable", parent,
                         notice="pageNotice")
        self.is_head = session.user.has_role(Role.ORG_HEAD)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state_filter = filter_combo("stateFilter", (None, *RequestState))
        self.origin_filter = filter_combo("originatorFilter", (None, *OriginatorType))
        filters = QHBoxLayout()
        self.state_label = self.add_filter(filters, self.state_filter)
        filters.addSpacing(12)
        self.origin_label = self.add_filter(filters, self.origin_filter)
        filters.addStretch(1)
        for name, slot in (("new", self.new_request), ("decide", self.decide),
                           ("make", self.make_copies), ("print", self.print_request),
                           ("open", self.open_request)):
            self.add_button(name, slot)
            if name == "make":
                self.bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("requestCount")
        self.notice.hide()
        self.stack(self.heading, filters, self.bar, self.table, self.count_label, self.message,
                   self.notice)
        QWidget.setTabOrder(self.origin_filter, self.table)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)
        self.update_actions()
        self.retranslate_ui()

    # --- the list --------------------------------------------------------------------------

    def load(self) -> list[CopyRequest]:
        return copying.requests(self.session, state=self.state_filter.currentData(),
                                originator_type=self.origin_filter.currentData())

    def refresh(self) -> bool:
        """The requests again with the filters shown (called when the page is shown)."""
        shown = super().refresh()
        self._show_count()
        return shown

    def refused(self, exc: GrifError) -> None:
        self.message.show_text(error_text(exc))     # the requests shown before stay

    def size_columns(self) -> None:
        super().size_columns()
        for key, width in WIDE.items():
            column = CopyRequestsModel.column_of(key)
            self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))

    def set_filters(self, state: RequestState | None = None,
                    originator_type: OriginatorType | None = None) -> None:
        for combo, value in ((self.state_filter, state), (self.origin_filter, originator_type)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.refresh()

    def current_request(self) -> CopyRequest | None:
        return self.current()

    # --- what the user may do --------------------------------------------------------------

    def can_decide(self, req: CopyRequest | None) -> bool:
        if req is None or req.state is not RequestState.PENDING:
            return False
        return self.is_head if req.source is PermissionSource.HEAD else self.is_clerk

    def can_make(self, req: CopyRequest | None) -> bool:
        return (req is not None and self.is_clerk and req.state is RequestState.APPROVED
                and req.left > 0)

    def update_actions(self) -> None:
        req = self.current_request()
        self.buttons["new"].setEnabled(self.session.user.clearance is not None)
        self.buttons["decide"].setEnabled(self.can_decide(req))
        self.buttons["make"].setEnabled(self.can_make(req))
        self.buttons["print"].setEnabled(req is not None)
        self.buttons["open"].setEnabled(req is not None)

    # --- actions ---------------------------------------------------------------------------

    def new_request(self) -> bool:
        dialog = RequestDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.request_id is None:
            return False
        self.done(dialog.request_id, "")
        req = self.current_request()
        self.notice.setText(fill(QCoreApplication.translate(
            "CopyRequestsPage", "Copy request %1 is recorded."),
            req.number if req is not None else ""))
        return True

    def decide(self) -> bool:
        req = self.current_request()
        if not self.can_decide(req):
            return False
        assert req is not None
        dialog = DecisionDialog(self.session, req, self)
        if not self.run_dialog(dialog):
            return False
        if dialog.approving():
            text = QCoreApplication.translate(
                "CopyRequestsPage", "Copy request %1: copying is permitted.")
        else:
            text = QCoreApplication.translate(
                "CopyRequestsPage", "Copy request %1: copying is refused.")
        self.done(req.id, fill(text, req.number))
        return True

    def make_copies(self) -> list[int]:
        req = self.current_request()
        if not self.can_make(req):
            return []
        assert req is not None
        dialog = MakeCopiesDialog(self.session, req, self)
        self.run_dialog(dialog)
        if not dialog.numbers:
            return []
        self.done(req.id, fill(QCoreApplication.translate(
            "CopyRequestsPage", "Registered under request %1: %2, copies %3."),
            req.number, req.reg_no, numbers_text(tuple(dialog.numbers))))
        return dialog.numbers

    def print_request(self) -> bool:
        req = self.current_request()
        if req is None or not self.buttons["print"].isEnabled():
            return False
        session, request_id = self.session, req.id

        def job(lang: str, _progress) -> bytes:
            return printing.copy_request_pdf(session, request_id, lang)
        dialog = PrintDialog(session, job, file_stem=f"copy-request-{req.number}",
                             parent=self, what=lambda: QCoreApplication.translate(
                                 "CopyRequestsPage", "Print the copy request"))
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.done(request_id, dialog.result_text())
        return True

    def open_selected(self) -> None:
        self.open_request()

    def open_request(self) -> bool:
        req = self.current_request()
        if req is None:
            return False
        return self.open_dialog(lambda: RequestDetailsDialog(self.session, req.id, self),
                                reread=False)

    # --- texts -----------------------------------------------------------------------------

    def _show_count(self) -> None:
        self.count_label.setText(fill(QCoreApplication.translate(
            "CopyRequestsPage", "Requests shown: %1"), self.model.rowCount()))

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("CopyRequestsPage", "Copy permissions"))
        self.state_label.setText(QCoreApplication.translate("CopyRequestsPage", "&State:"))
        self.origin_label.setText(QCoreApplication.translate("CopyRequestsPage", "Ori&ginator:"))
        self.state_filter.setItemText(0, QCoreApplication.translate("CopyRequestsPage", "All"))
        for i in range(1, self.state_filter.count()):
            state = self.state_filter.itemData(i)
            self.state_filter.setItemText(i, QCoreApplication.translate("Copying", state.label))
        self.origin_filter.setItemText(0, QCoreApplication.translate("CopyRequestsPage", "All"))
        for i in range(1, self.origin_filter.count()):
            otype = self.origin_filter.itemData(i)
            self.origin_filter.setItemText(
                i, QCoreApplication.translate("OriginatorType", otype.label))
        texts = {
            "new": QCoreApplication.translate("CopyRequestsPage", "&New request…"),
            "decide": QCoreApplication.translate("CopyRequestsPage", "&Decide…"),
            "make": QCoreApplication.translate("CopyRequestsPage", "&Make copies…"),
            "print": QCoreApplication.translate("CopyRequestsPage", "&Print…"),
            "open": QCoreApplication.translate("CopyRequestsPage", "&Open…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["decide"].setToolTip(QCoreApplication.translate(
            "CopyRequestsPage", "The head decides on own information; a clerk records the "
            "originator's written answer on received information"))
        self.buttons["make"].setToolTip(QCoreApplication.translate(
            "CopyRequestsPage", "Make and register copies under the permission"))
        self.buttons["print"].setToolTip(QCoreApplication.translate(
            "CopyRequestsPage", "Print the request form with its permission block"))
        self.table.setAccessibleName(
            QCoreApplication.translate("CopyRequestsPage", "Copy requests"))
        self.model.retranslate()
        self._show_count()

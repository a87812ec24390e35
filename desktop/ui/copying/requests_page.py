"""Copy permissions (SPEC §4): the list of copy requests, filtered by state and by the kind
of originator, and what can be done with the selected one.

The buttons follow the request and the user: the head of the organisation decides on own
information, a clerk records the originator's answer on received information, a clerk makes
copies while the permission has some left. The services check all of it again; the list
shows only what the service lets the user see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import OriginatorType
from desktop.domain.copying import PermissionSource, RequestState
from desktop.domain.errors import GrifError
from desktop.domain.roles import Role
from desktop.services import copying, printing, register
from desktop.services.copying import CopyRequest
from desktop.services.session import Session
from desktop.ui.copying.decision_dialog import DecisionDialog
from desktop.ui.copying.make_copies_dialog import MakeCopiesDialog
from desktop.ui.copying.request_details_dialog import RequestDetailsDialog
from desktop.ui.copying.request_dialog import RequestDialog
from desktop.ui.copying.requests_model import CopyRequestsModel, numbers_text
from desktop.ui.errors import error_text
from desktop.ui.page import Page
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadgeDelegate
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import fill

BUTTONS = ("new", "decide", "make", "print", "open")
WIDE = {"title": 260, "permission": 320}


class CopyRequestsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.is_clerk = session.user.has_role(*register.CLERKS)
        self.is_head = session.user.has_role(Role.ORG_HEAD)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem("", None)
        for state in RequestState:
            self.state_filter.addItem("", state)
        self.origin_filter = QComboBox()
        self.origin_filter.setObjectName("originatorFilter")
        self.origin_filter.addItem("", None)
        for otype in OriginatorType:
            self.origin_filter.addItem("", otype)
        self.state_label = QLabel()
        self.state_label.setBuddy(self.state_filter)
        self.origin_label = QLabel()
        self.origin_label.setBuddy(self.origin_filter)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.origin_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = CopyRequestsModel(self)
        self.table = QTableView()
        self.table.setObjectName("requestsTable")
        self.table.setModel(self.model)
        self.badges = LevelBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(CopyRequestsModel.column_of("level"), self.badges)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)   # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _index: self.open_request())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, slot in (("new", self.new_request), ("decide", self.decide),
                           ("make", self.make_copies), ("print", self.print_request),
                           ("open", self.open_request)):
            button = QPushButton()
            button.setObjectName(f"{name}Button")
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[name] = button
            bar.addWidget(button)
            if name == "make":
                bar.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_filter)
        filters.addSpacing(12)
        filters.addWidget(self.origin_label)
        filters.addWidget(self.origin_filter)
        filters.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("requestCount")
        self.message = ErrorLabel()
        self.message.setObjectName("pageMessage")
        self.notice = QLabel()
        self.notice.setObjectName("pageNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        QWidget.setTabOrder(self.origin_filter, self.table)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)
        self._sized = False
        self.update_actions()
        self.retranslate_ui()

    # --- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The requests again with the filters shown (called when the page is shown)."""
        keep = self.current_request()
        try:
            rows = copying.requests(self.session, state=self.state_filter.currentData(),
                                    originator_type=self.origin_filter.currentData())
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return
        self.message.show_text("")
        self.model.set_requests(rows)
        if not self._sized and rows:
            self.table.resizeColumnsToContents()
            for key, width in WIDE.items():
                column = CopyRequestsModel.column_of(key)
                self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))
            self._sized = True
        self.select_request(keep.id if keep else None)
        self._show_count()

    def set_filters(self, state: RequestState | None = None,
                    originator_type: OriginatorType | None = None) -> None:
        for combo, value in ((self.state_filter, state), (self.origin_filter, originator_type)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.refresh()

    def current_request(self) -> CopyRequest | None:
        index = self.table.currentIndex()
        return self.model.request(index.row()) if index.isValid() else None

    def select_request(self, request_id: int | None) -> None:
        row = self.model.row_of(request_id) if request_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.update_actions()

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

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _done(self, request_id: int | None, text: str) -> None:
        self.refresh()
        self.select_request(request_id)
        self.notice.setText(text)
        self.notice.show()

    def new_request(self) -> bool:
        dialog = RequestDialog(self.session, self)
        if not self.run_dialog(dialog) or dialog.request_id is None:
            return False
        self._done(dialog.request_id, "")
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
        self._done(req.id, fill(text, req.number))
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
        self._done(req.id, fill(QCoreApplication.translate(
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
        self._done(request_id, dialog.result_text())
        return True

    def open_request(self) -> bool:
        req = self.current_request()
        if req is None:
            return False
        try:
            dialog = RequestDetailsDialog(self.session, req.id, self)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return False
        self.run_dialog(dialog)
        return True

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

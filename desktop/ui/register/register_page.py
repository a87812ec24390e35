"""The register of carriers: search, filters, the table of copies and the moves.

Each applied filter or sort opens one cursor (journalled by the service); the table then
pages through it. Only what the user's clearance and need-to-know admit ever reaches the
model: the service filters every row. The buttons follow the selected copy's state (the
domain's MOVES) and the user's role; the services check both again.

The column order, visibility, widths and sort are remembered per workstation in ui.ini in
the data folder (nothing secret is in it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import paths
from desktop.domain.carriers import MOVES, CopyState, MoveKind
from desktop.domain.errors import GrifError
from desktop.services import register
from desktop.services.session import Session
from desktop.ui.errors import show_error
from desktop.ui.page import Page
from desktop.ui.register.columns_dialog import ColumnsDialog
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.dispatch_dialog import DispatchDialog
from desktop.ui.register.filter_bar import RegisterFilterBar
from desktop.ui.register.issue_dialog import IssueDialog
from desktop.ui.register.level_badge import LevelBadgeDelegate
from desktop.ui.register.receipt_dialog import ReceiptDialog
from desktop.ui.register.register_model import COLUMNS, RegisterModel
from desktop.ui.register.register_outputs import RegisterOutputs
from desktop.ui.register.registration_dialog import RegistrationDialog
from desktop.ui.register.return_dialog import ReturnDialog
from desktop.ui.widgets import clipboard
from desktop.ui.widgets.fields import run_modal

HEADER_KEY = "register/header"
WIDE = {"title": 320, "originator": 220, "custodian": 180}
MAX_WIDTH = 360

COPIES = "%n copy(ies)"


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate("RegisterPage", "%n copy(ies)", "", 0)


def ui_settings() -> QSettings:
    folder = paths.data_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)


class RegisterPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.can_act = session.user.has_role(*register.CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.filters = RegisterFilterBar()
        self.filters.changed.connect(self.apply)
        self.filters.set_custodians([] if self.can_act else None)

        self.model = RegisterModel(self)
        self.model.count_changed.connect(self._show_count)
        self.model.count_failed.connect(self._count_failed)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.badges = LevelBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(RegisterModel.column_of("level"), self.badges)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)   # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # uniform row heights
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sort_column = RegisterModel.column_of("reg_no")
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._restore_header()
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(500)
        self.save_timer.timeout.connect(self.save_header)
        header.sectionMoved.connect(lambda *_: self.save_timer.start())
        header.sectionResized.connect(lambda *_: self.save_timer.start())
        self.table.activated.connect(lambda _index: self.open_card())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)

        self.actions_by_name: dict[str, QAction] = {}
        self.outputs = RegisterOutputs(self)    # print, export, import ("More…")
        bar = QHBoxLayout()
        for name, keys, slot in (("new", "Ctrl+N", self.register_new),
                                 ("issue", "Ctrl+I", self.issue),
                                 ("return", "Ctrl+R", self.return_copy),
                                 ("dispatch", "Ctrl+D", self.dispatch),
                                 ("receipt", "Ctrl+K", self.confirm_receipt),
                                 ("card", "", self.open_card),
                                 ("columns", "", self.choose_columns)):
            action = QAction(self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.addAction(action)
            button = QToolButton()
            button.setObjectName(f"{name}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setDefaultAction(action)
            bar.addWidget(button)
            if name == "receipt":
                bar.addStretch(1)
            self.actions_by_name[name] = action
        bar.addWidget(self.outputs.button)
        # The table's context menu: the card and the number on the clipboard (for 30 s).
        copy_number = QAction(self)
        copy_number.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_number.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_number.triggered.connect(lambda _=False: self.copy_number())
        self.actions_by_name["copy_number"] = copy_number
        self.table.addAction(self.action("card"))
        self.table.addAction(copy_number)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_notice = QLabel()
        self.copy_notice.setObjectName("copyNotice")
        self.copy_notice.hide()
        clipboard.timed_clipboard().cleared.connect(self.copy_notice.hide)
        self.count_label = QLabel()
        self.count_label.setObjectName("copyCount")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.copy_notice)
        layout.addWidget(self.outputs.notice)
        QWidget.setTabOrder(self.filters.any_to, self.table)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.filters.focus_search)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)
        self._sized = False
        self.update_actions()
        self.retranslate_ui()

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    # --- the query -------------------------------------------------------------------------

    def refresh(self) -> None:
        """The lists and the current query again (called when the page is shown)."""
        if self.can_act:
            try:
                self.filters.set_custodians(register.custodians(self.session))
            except GrifError:
                self.filters.set_custodians(None)
        self.apply()

    def apply(self) -> bool:
        """Open a cursor for the filters and sort shown now; its first page appears at once."""
        self.filters.timer.stop()
        keep = self.current_copy_id()
        try:
            cursor = register.open_register(
                self.session, self.filters.register_filter(),
                sort=RegisterModel.sort_key(self.sort_column) or "number",
                descending=self.sort_order == Qt.SortOrder.DescendingOrder)
        except GrifError as exc:
            show_error(self, exc)
            return False
        self.model.set_cursor(cursor)
        if not self._sized and self.model.rowCount() and not self._restored:
            self.table.resizeColumnsToContents()     # the first page only, then capped
            for column in range(self.model.columnCount()):
                wanted = max(WIDE.get(COLUMNS[column].key, 0),
                             self.table.columnWidth(column))
                self.table.setColumnWidth(column, min(wanted, MAX_WIDTH))
            self._sized = True
        self.select_copy(keep)
        return True

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if RegisterModel.sort_key(column) is None:
            # Not sortable: put the indicator back where the rows really are sorted.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.sort_column, self.sort_order)
            header.blockSignals(False)
            return
        self.sort_column, self.sort_order = column, order
        self.save_timer.start()
        self.apply()

    def background_idle(self) -> bool:
        """No count running and no filter waiting (tests wait for this)."""
        return self.model.background_idle() and not self.filters.pending()

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText("…")
        else:
            self.count_label.setText(
                QCoreApplication.translate("RegisterPage", COPIES, "", total))

    def _count_failed(self, exc: object) -> None:
        if not isValid(self):
            return
        if isinstance(exc, GrifError):
            show_error(self, exc)
        elif isinstance(exc, BaseException):
            raise exc

    # --- selection and buttons -------------------------------------------------------------

    def current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def current_copy_id(self) -> int | None:
        row = self.current_row()
        return row["copy_id"] if row else None

    def select_copy(self, copy_id: int | None) -> None:
        row = self.model.row_of(copy_id) if copy_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.update_actions()

    def update_actions(self) -> None:
        row = self.current_row()
        state = CopyState(row["state"]) if row else None
        self.action("new").setEnabled(self.can_act)
        for name, kind in (("issue", MoveKind.ISSUE), ("return", MoveKind.RETURN),
                           ("dispatch", MoveKind.DISPATCH),
                           ("receipt", MoveKind.CONFIRM_RECEIPT)):
            self.action(name).setEnabled(
                self.can_act and state is not None and state in MOVES[kind][0])
        self.action("card").setEnabled(row is not None)
        self.action("copy_number").setEnabled(row is not None)
        self.outputs.update()

    # --- actions ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in). The page is its parent,
        so it is deleted once the caller is done with it (else every card or move dialog
        ever opened would stay in memory with the page)."""
        return run_modal(dialog)

    def register_new(self) -> None:
        dialog = RegistrationDialog(self.session, self)
        if self.run_dialog(dialog) and dialog.registration is not None:
            self.show_registration(dialog.registration.reg_no)

    def show_registration(self, reg_no: str) -> None:
        """Only the copies of one registration: its number in the search line."""
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.search.setText(reg_no)
        self.filters.blockSignals(False)
        self.apply()
        self.table.setFocus()

    def _move(self, dialog_class: type) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if not self.run_dialog(dialog_class(self.session, row, self)):
            return False
        self.refresh_copy(row["copy_id"])
        return True

    def issue(self) -> bool:
        return self._move(IssueDialog)

    def return_copy(self) -> bool:
        return self._move(ReturnDialog)

    def dispatch(self) -> bool:
        return self._move(DispatchDialog)

    def confirm_receipt(self) -> bool:
        return self._move(ReceiptDialog)

    def refresh_copy(self, copy_id: int) -> None:
        """After a move: that copy's row again, in place."""
        row = self.model.row_of(copy_id)
        if row is None:
            return
        try:
            data = register.copy_row(self.session, copy_id)
        except GrifError as exc:
            show_error(self, exc)
            return
        self.model.replace_row(row, data)
        self.select_copy(copy_id)

    def copy_number(self) -> str | None:
        """The selected copy's registration number on the clipboard, cleared after 30 s."""
        row = self.current_row()
        if row is None:
            return None
        clipboard.copy_text(row["reg_no"])
        self.copy_notice.setText(clipboard.copied_notice(row["reg_no"]))
        self.copy_notice.show()
        return row["reg_no"]

    def open_card(self) -> None:
        copy_id = self.current_copy_id()
        if copy_id is None:
            return
        try:
            dialog = CopyCardDialog(self.session, copy_id, self)
        except GrifError as exc:
            show_error(self, exc)
            return
        self.run_dialog(dialog)

    # --- columns ---------------------------------------------------------------------------

    def choose_columns(self) -> None:
        header = self.table.horizontalHeader()
        shown = [(header.logicalIndex(v), COLUMNS[header.logicalIndex(v)].title,
                  not header.isSectionHidden(header.logicalIndex(v)))
                 for v in range(header.count())]
        dialog = ColumnsDialog(shown, self)
        if self.run_dialog(dialog):
            self.set_columns(dialog.chosen())

    def set_columns(self, chosen: list[tuple[int, bool]]) -> None:
        """[(logical column, visible)] in the order wanted; remembered at once."""
        header = self.table.horizontalHeader()
        for visual, (logical, visible) in enumerate(chosen):
            header.moveSection(header.visualIndex(logical), visual)
            header.setSectionHidden(logical, not visible)
        self.save_header()

    def visible_columns(self) -> list[str]:
        """The keys of the columns shown, in their order on screen."""
        header = self.table.horizontalHeader()
        return [COLUMNS[header.logicalIndex(v)].key for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def save_header(self) -> None:
        self.save_timer.stop()
        settings = ui_settings()
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        settings.sync()

    def _restore_header(self) -> None:
        state = ui_settings().value(HEADER_KEY)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        self._restored = isinstance(state, QByteArray) and header.restoreState(state)
        if self._restored and RegisterModel.sort_key(header.sortIndicatorSection()):
            self.sort_column = header.sortIndicatorSection()
            self.sort_order = header.sortIndicatorOrder()
        header.setSortIndicator(self.sort_column, self.sort_order)
        header.blockSignals(False)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.copy_notice.hide()     # a passing note: not worth keeping across a switch
        self.heading.setText(QCoreApplication.translate("RegisterPage", "Register of carriers"))
        texts = {
            "new": QCoreApplication.translate("RegisterPage", "Register new…"),
            "issue": QCoreApplication.translate("RegisterPage", "Issue…"),
            "return": QCoreApplication.translate("RegisterPage", "Return…"),
            "dispatch": QCoreApplication.translate("RegisterPage", "Dispatch…"),
            "receipt": QCoreApplication.translate("RegisterPage", "Confirm receipt…"),
            "card": QCoreApplication.translate("RegisterPage", "Card (Enter)"),
            "columns": QCoreApplication.translate("RegisterPage", "Columns…"),
            "copy_number": QCoreApplication.translate("RegisterPage",
                                                      "Copy registration number"),
        }
        for name, text in texts.items():
            action = self.action(name)
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.outputs.retranslate_ui()
        self.filters.retranslate_ui()
        self.model.retranslate()
        self._show_count()

"""The accounts of the store: a table and the actions on the selected account."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError
from desktop.domain.people import User
from desktop.domain.roles import Permission, Role
from desktop.services import users
from desktop.services.session import Session
from desktop.ui.admin.reset_password_dialog import ResetPasswordDialog
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.errors import error_text
from desktop.ui.page import Page
from desktop.ui.widgets.fields import run_modal

MASK = "•••"
Index = QModelIndex | QPersistentModelIndex


def roles_text(user: User) -> str:
    return ", ".join(QCoreApplication.translate("Role", role.label)
                     for role in Role if role in user.roles)


def clearance_text(user: User, show_number: bool) -> str:
    c = user.clearance
    if c is None:
        return QCoreApplication.translate("UsersModel", "none")
    return (QCoreApplication.translate("UsersModel", "form %1, No. %2, until %3")
            .replace("%1", str(c.form))
            .replace("%2", c.number if show_number else MASK)
            .replace("%3", c.expires.strftime("%d.%m.%Y")))


class UsersModel(QAbstractTableModel):
    """All accounts of one organisation: a short list, held whole."""

    LOGIN, FULL_NAME, POSITION, ROLES, CLEARANCE, STATUS = range(6)

    def __init__(self, viewer: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.users: list[User] = []

    @property
    def show_numbers(self) -> bool:
        return Permission.PERSONAL_DATA in self.viewer.permissions

    def set_users(self, users_: list[User], viewer: User | None = None) -> None:
        self.beginResetModel()
        self.users = list(users_)
        if viewer is not None:
            self.viewer = viewer
        self.endResetModel()

    def user_at(self, row: int) -> User | None:
        return self.users[row] if 0 <= row < len(self.users) else None

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self.users):
            if user.username == username:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.users:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.users) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        return None

    def _text(self, user: User, column: int) -> str:
        if column == self.LOGIN:
            return user.username
        if column == self.FULL_NAME:
            return user.full_name
        if column == self.POSITION:
            return user.position
        if column == self.ROLES:
            return roles_text(user)
        if column == self.CLEARANCE:
            return clearance_text(user, self.show_numbers)
        if user.active:
            return QCoreApplication.translate("UsersModel", "active")
        return QCoreApplication.translate("UsersModel", "disabled")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("UsersModel", "Login"),
            QCoreApplication.translate("UsersModel", "Full name"),
            QCoreApplication.translate("UsersModel", "Position"),
            QCoreApplication.translate("UsersModel", "Roles"),
            QCoreApplication.translate("UsersModel", "Clearance"),
            QCoreApplication.translate("UsersModel", "Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class UsersTab(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = UsersModel(session.user, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_buttons())

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.disable_button = QPushButton()
        self.enable_button = QPushButton()
        self.reset_button = QPushButton()
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.disable_button.clicked.connect(self.disable_selected)
        self.enable_button.clicked.connect(self.enable_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.add_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_shortcut.activated.connect(self.add_user)
        self.edit_shortcuts = []
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
            self.edit_shortcuts.append(shortcut)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.disable_button,
                       self.enable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        chain = [self.table, self.add_button, self.edit_button, self.disable_button,
                 self.enable_button, self.reset_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.update_buttons()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(QCoreApplication.translate("UsersTab", "&Add…"))
        self.add_button.setToolTip(QCoreApplication.translate("UsersTab", "New user (Ctrl+N)"))
        self.edit_button.setText(QCoreApplication.translate("UsersTab", "&Edit…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate("UsersTab", "Edit the selected user (Enter)"))
        self.disable_button.setText(QCoreApplication.translate("UsersTab", "&Disable"))
        self.enable_button.setText(QCoreApplication.translate("UsersTab", "E&nable…"))
        self.reset_button.setText(QCoreApplication.translate("UsersTab", "&Reset password…"))
        self.model.retranslate()

    # -- data ------------------------------------------------------------------------------

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or (self.selected().username if self.selected() else None)
        try:
            found = users.list_users(self.session)
        except GrifError as exc:
            self.show_message(error_text(exc))
            return
        self.model.set_users(found, self.session.user)
        row = self.model.row_of(keep) if keep else -1
        self.table.selectRow(max(row, 0))
        self.update_buttons()

    def selected(self) -> User | None:
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)

    def update_buttons(self) -> None:
        user = self.selected()
        self.edit_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active)
        self.enable_button.setEnabled(user is not None and not user.active)
        self.reset_button.setEnabled(user is not None and user.active)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- overridable for tests -------------------------------------------------------------

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("UsersTab", "Administration"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    # -- actions ---------------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = UserDialog(self.session, parent=self)
        if self.run_dialog(dialog) and dialog.user is not None:
            self.show_message(QCoreApplication.translate("UsersTab", "User %1 was added.")
                              .replace("%1", dialog.user.username))
            self.refresh(keep=dialog.user.username)

    def edit_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.session, user, parent=self)
        if self.run_dialog(dialog):
            self.show_message(QCoreApplication.translate("UsersTab", "User %1 was saved.")
                              .replace("%1", user.username))
            self.refresh(keep=user.username)

    def disable_selected(self) -> None:
        user = self.selected()
        if user is None or not user.active:
            return
        question = QCoreApplication.translate(
            "UsersTab", "Disable the account %1 (%2)? Their password stops working at once; "
                        "the account can be enabled later with a new password.")
        if not self.confirm(question.replace("%1", user.username)
                            .replace("%2", user.full_name)):
            return
        try:
            users.disable_user(self.session, user.username)
        except GrifError as exc:
            self.show_message(error_text(exc))
            return
        self.show_message(QCoreApplication.translate("UsersTab", "User %1 was disabled.")
                          .replace("%1", user.username))
        self.refresh(keep=user.username)

    def enable_selected(self) -> None:
        user = self.selected()
        if user is None or user.active:
            return
        if self.run_dialog(ResetPasswordDialog(self.session, user.username, enable=True,
                                               parent=self)):
            self.show_message(QCoreApplication.translate("UsersTab", "User %1 was enabled.")
                              .replace("%1", user.username))
            self.refresh(keep=user.username)

    def reset_selected(self) -> None:
        user = self.selected()
        if user is None or not user.active:
            return
        if self.run_dialog(ResetPasswordDialog(self.session, user.username, parent=self)):
            self.show_message(
                QCoreApplication.translate("UsersTab", "The password of %1 was reset.")
                .replace("%1", user.username))
            self.refresh(keep=user.username)

"""Creating or editing one account: profile, roles, personal-data permission, clearance and
(when creating) the first password. OK calls the service; a typed error keeps the dialog
open with everything typed and the translated message below the form."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clearance import Clearance
from desktop.domain.errors import GrifError
from desktop.domain.people import User
from desktop.domain.roles import PERMISSION_LABELS, Permission, Role
from desktop.services import users
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.widgets.fields import message_label, ok_cancel, secret_edit
from desktop.ui.widgets.retranslate import Retranslating

DATE_FORMAT = "dd.MM.yyyy"
FORMS = (0, 1, 2, 3)   # 0: no clearance


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class UserDialog(Retranslating, QDialog):
    """`UserDialog(session)` creates an account, `UserDialog(session, user)` edits one.
    After OK, `self.user` is the account as stored."""

    def __init__(self, session: Session, user: User | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.original = user
        self.user: User | None = None
        # The clearance number is personal data: without the permission it is not shown,
        # and an empty field keeps the stored number.
        self.number_hidden = bool(user and user.clearance
                                  and Permission.PERSONAL_DATA not in session.user.permissions)

        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.department = QLineEdit()
        self.role_boxes = {role: QCheckBox() for role in Role}
        self.personal_data = QCheckBox()
        self.form = QComboBox()
        for form in FORMS:
            self.form.addItem("", form)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.issued = QDateEdit()
        self.expires = QDateEdit()
        for edit in (self.issued, self.expires):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setMinimumDate(QDate(1950, 1, 1))
        self.password, self.repeat = secret_edit(), secret_edit()
        self.message = message_label()
        self.buttons = ok_cancel(self)

        self.labels: dict[str, QLabel] = {}
        profile = QFormLayout()
        self._row(profile, "username", self.username)
        self._row(profile, "full_name", self.full_name)
        self._row(profile, "position", self.position)
        self._row(profile, "department", self.department)
        self.roles_group = QGroupBox()
        grid = QGridLayout(self.roles_group)
        for i, box in enumerate(self.role_boxes.values()):
            grid.addWidget(box, i // 2, i % 2)
        grid.addWidget(self.personal_data, (len(Role) + 1) // 2, 0, 1, 2)
        self.clearance_group = QGroupBox()
        clearance = QFormLayout(self.clearance_group)
        self._row(clearance, "form", self.form)
        self._row(clearance, "number", self.number)
        self._row(clearance, "issued", self.issued)
        self._row(clearance, "expires", self.expires)
        self.password_group = QGroupBox()
        secret = QFormLayout(self.password_group)
        self._row(secret, "password", self.password)
        self._row(secret, "repeat", self.repeat)

        layout = QVBoxLayout(self)
        layout.addLayout(profile)
        layout.addWidget(self.roles_group)
        layout.addWidget(self.clearance_group)
        layout.addWidget(self.password_group)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        chain = [self.username, self.full_name, self.position, self.department,
                 *self.role_boxes.values(), self.personal_data, self.form, self.number,
                 self.issued, self.expires, self.password, self.repeat]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._fill(user)
        self.form.currentIndexChanged.connect(self._form_changed)
        self._form_changed()
        self.retranslate_ui()

    def _row(self, layout: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[key] = label
        layout.addRow(label, widget)

    def _fill(self, user: User | None) -> None:
        today = dt.date.today()
        self.issued.setDate(_qdate(today))
        self.expires.setDate(_qdate(today))
        if user is None:
            self.username.setFocus()
            return
        self.username.setText(user.username)
        self.username.setReadOnly(True)
        self.username.setEnabled(False)
        self.password_group.hide()
        self.full_name.setText(user.full_name)
        self.position.setText(user.position)
        self.department.setText(user.department)
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)
        self.personal_data.setChecked(Permission.PERSONAL_DATA in user.permissions)
        if user.clearance is not None:
            self.form.setCurrentIndex(FORMS.index(user.clearance.form))
            if not self.number_hidden:
                self.number.setText(user.clearance.number)
            self.issued.setDate(_qdate(user.clearance.issued))
            self.expires.setDate(_qdate(user.clearance.expires))
        self.full_name.setFocus()

    def _form_changed(self) -> None:
        has = self.form.currentData() != 0
        for widget in (self.number, self.issued, self.expires):
            widget.setEnabled(has)

    @property
    def creating(self) -> bool:
        return self.original is None

    def retranslate_ui(self) -> None:
        if self.creating:
            self.setWindowTitle(QCoreApplication.translate("UserDialog", "New user"))
        else:
            self.setWindowTitle(QCoreApplication.translate("UserDialog", "Edit user %1")
                                .replace("%1", self.original.username if self.original else ""))
        texts = {
            "username": QCoreApplication.translate("UserDialog", "&Login"),
            "full_name": QCoreApplication.translate("UserDialog", "&Full name"),
            "position": QCoreApplication.translate("UserDialog", "&Position"),
            "department": QCoreApplication.translate("UserDialog", "&Department"),
            "form": QCoreApplication.translate("UserDialog", "Clearance f&orm"),
            "number": QCoreApplication.translate("UserDialog", "&Number"),
            "issued": QCoreApplication.translate("UserDialog", "&Issued on"),
            "expires": QCoreApplication.translate("UserDialog", "&Valid until"),
            "password": QCoreApplication.translate("UserDialog", "Pass&word"),
            "repeat": QCoreApplication.translate("UserDialog", "&Repeat the password"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.username.setPlaceholderText(QCoreApplication.translate(
            "UserDialog", "Latin lower-case letters, digits, . _ -"))
        self.roles_group.setTitle(QCoreApplication.translate("UserDialog", "Roles"))
        for role, box in self.role_boxes.items():
            box.setText(QCoreApplication.translate("Role", role.label))
        self.personal_data.setText(QCoreApplication.translate(
            "Role", PERMISSION_LABELS[Permission.PERSONAL_DATA]))
        self.clearance_group.setTitle(QCoreApplication.translate("UserDialog", "Clearance"))
        forms = (
            QCoreApplication.translate("UserDialog", "none"),
            QCoreApplication.translate(
                "UserDialog", "Form 1 — Of special importance, top secret, secret"),
            QCoreApplication.translate("UserDialog", "Form 2 — Top secret, secret"),
            QCoreApplication.translate("UserDialog", "Form 3 — Secret"),
        )
        for i, text in enumerate(forms):
            self.form.setItemText(i, text)
        self.number.setPlaceholderText(
            QCoreApplication.translate("UserDialog", "hidden — leave empty to keep it")
            if self.number_hidden else "")
        self.password_group.setTitle(QCoreApplication.translate("UserDialog", "First password"))
        self.password.setPlaceholderText(
            QCoreApplication.translate("UserDialog", "at least 12 characters"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("UserDialog", "Create") if self.creating
            else QCoreApplication.translate("UserDialog", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("UserDialog", "Cancel"))


    # -- OK --------------------------------------------------------------------------------

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def chosen_permissions(self) -> set[Permission]:
        kept = set(self.original.permissions) if self.original else set()
        kept.discard(Permission.PERSONAL_DATA)
        if self.personal_data.isChecked():
            kept.add(Permission.PERSONAL_DATA)
        return kept

    def chosen_clearance(self) -> Clearance | None:
        """Raises InvalidInput for a bad number or an expiry before the issue date."""
        form = self.form.currentData()
        if not form:
            return None
        number = self.number.text().strip()
        if not number and self.number_hidden and self.original and self.original.clearance:
            number = self.original.clearance.number
        return Clearance(int(form), number, self.issued.date().toPython(),
                         self.expires.date().toPython())

    def accept(self) -> None:
        self.message.clear()
        if self.creating and self.password.text() != self.repeat.text():
            self.message.setText(QCoreApplication.translate(
                "UserDialog", "The two passwords are not the same. Type them again."))
            self.repeat.setFocus()
            return
        try:
            clearance = self.chosen_clearance()
            if self.original is None:
                self.user = users.add_user(
                    self.session, username=self.username.text().strip(),
                    full_name=self.full_name.text(), password=self.password.text(),
                    roles=self.chosen_roles(), permissions=self.chosen_permissions(),
                    clearance=clearance, position=self.position.text(),
                    department=self.department.text())
            else:
                self.user = users.update_user(
                    self.session, self.original.username, full_name=self.full_name.text(),
                    position=self.position.text(), department=self.department.text(),
                    roles=self.chosen_roles(), permissions=self.chosen_permissions(),
                    clearance=clearance)
        except GrifError as exc:
            self.message.setText(error_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        super().accept()

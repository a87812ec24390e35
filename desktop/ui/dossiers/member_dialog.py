"""A participant with an account joins the commission in a role (seed 000 p.4): the person is
picked from those cleared for classified work, or their user name typed; the service checks
their clearance against the form the information requires (p.5) and that there is one chair,
one deputy chair and one secretary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.dossier import Role
from desktop.domain.errors import GrifError, NotFound
from desktop.domain.levels import Level
from desktop.services import dossier_commission as commission
from desktop.services import register
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill

PERSON = "person"


def role_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for role in Role:
        combo.addItem("", role)
    return combo


def people(session: Session) -> list[tuple[str, str]]:
    """Whom to offer: the people cleared at all (the service checks the form); empty when
    this user may not list them — the user name is typed then."""
    try:
        return register.recipients(session, min(Level, key=lambda lv: lv.rank))
    except GrifError:
        return []


class AddMemberDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top)
        self.dossier = dossier
        self.role = role_combo("participantRole")
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER))
        self.person = QComboBox()
        self.person.setObjectName("participantUser")
        self.person.setEditable(True)       # a user name may be typed
        self.people = people(session)
        for username, _name in self.people:
            self.person.addItem("", username)
        self.person.setCurrentIndex(-1)
        self.add_field("role", self.role, commission.ONE_CHAIR)
        self.add_field("person", self.person, PERSON)
        self.retranslate_ui()
        self.person.setFocus()

    def choose(self, role: Role, username: str) -> None:
        self.role.setCurrentIndex(self.role.findData(role))
        found = self.person.findData(username)
        if found >= 0:
            self.person.setCurrentIndex(found)
        else:
            self.person.setEditText(username)

    def username(self) -> str:
        index = self.person.findText(self.person.currentText())
        data = self.person.itemData(index) if index >= 0 else None
        return str(data) if data else self.person.currentText().strip()

    def submit(self) -> None:
        commission.add_member(self.session, self.dossier.id, self.role.currentData(),
                              self.username())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message == commission.ONE_CHAIR:
            return commission.ONE_CHAIR
        if isinstance(exc, NotFound) or exc.message == commission.NOT_CLEARED:
            return PERSON
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "AddMemberDialog", "Add a member to the commission of dossier %1"),
            self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "AddMemberDialog", "Every participant holds a valid clearance of the form the "
            "information requires (p.5)."))
        for i, role in enumerate(Role):
            self.role.setItemText(i, texts.label(role))
        for i, (username, name) in enumerate(self.people):
            self.person.setItemText(i, fill(QCoreApplication.translate(
                "AddMemberDialog", "%1 (%2)"), name, username))
        self.labels["role"].setText(QCoreApplication.translate("AddMemberDialog", "&Role:"))
        self.labels["person"].setText(QCoreApplication.translate("AddMemberDialog",
                                                                 "&Person:"))
        self.ok_button.setText(QCoreApplication.translate("AddMemberDialog", "&Add"))

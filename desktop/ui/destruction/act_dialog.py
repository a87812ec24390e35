"""Drawing up a destruction act, or changing its draft (SPEC §5; S001 a.6 p.4): the date and
place, the basis (the originator's written notice for the other Party's carriers; for own ones
the expiry of the storage period or a decision, with its reference), the method and how it
rules out recovery, the commission (a chair and at least two members, picked from the people
cleared for the highest level on the act) and the copies.

The service decides everything and checks it again at every later step; its errors appear
beside the field they are about and nothing typed is lost. Saving a changed draft withdraws
the signatures already given (they signed another text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.destruction import ActState, BasisKind, CommissionRole
from desktop.domain.errors import GrifError, InvalidInput, NotFound
from desktop.domain.levels import Level
from desktop.services import destruction, register
from desktop.services.destruction import Act, ActDraft
from desktop.services.session import Session
from desktop.ui.destruction.copy_picker import CopyPicker, PickedCopy, place_below
from desktop.ui.errors import error_text
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit, qdate
from desktop.ui.widgets.display import fill

NEEDS_REFERENCE = (BasisKind.ORIGINATOR_NOTICE, BasisKind.DECISION)
# The service's messages about a person on the commission (the person's name comes first).
ABOUT_MEMBERS = (destruction.MEMBER_NOT_CLEARED, destruction.MEMBER_IS_CUSTODIAN)
ABOUT_COPIES = (destruction.NOT_IN_SAFE, destruction.UNDER_CASE, destruction.ON_OTHER_ACT)


def picked(act: Act) -> list[PickedCopy]:
    return [PickedCopy(c.copy_id, c.reg_no, c.reg_date, c.title, c.level, c.copy_no,
                       c.sheets, c.state.in_custody, c.note) for c in act.copies]


class ActDialog(FormDialog):
    """A new act (`act` None) or the draft `act`; `act_id` is set once it is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 act: Act | None = None) -> None:
        super().__init__(session, parent, min_width=820)
        self.act = act
        self.act_id: int | None = act.id if act else None
        self.act_date = date_edit("actDate")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setMaxLength(200)
        self.basis_kind = QComboBox()
        self.basis_kind.setObjectName("basisKind")
        for kind in BasisKind:
            self.basis_kind.addItem("", kind)
        self.basis_kind.setCurrentIndex(-1)
        self.basis_reference = QLineEdit()
        self.basis_reference.setObjectName("basisReference")
        self.basis_reference.setMaxLength(100)
        self.basis_date = date_edit("basisDate")
        self.method = QComboBox()
        self.method.setObjectName("method")
        try:
            allowed = destruction.methods(session)
        except GrifError as exc:
            allowed = []
            self.message.show_text(error_text(exc))
        for name in allowed:
            self.method.addItem(name, name)
        self.method.setCurrentIndex(-1)
        self.method_note = QPlainTextEdit()
        self.method_note.setObjectName("methodNote")
        self.method_note.setTabChangesFocus(True)
        self.method_note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.chair = QComboBox()
        self.chair.setObjectName("chair")
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.members.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.picker = CopyPicker(session, notes=True)

        self.add_field("act_date", self.act_date, destruction.ACT_DATE)
        self.add_field("place", self.place, destruction.PLACE)
        self.add_field("basis", self.basis_kind, destruction.BASIS)
        self.add_field("basis_reference", self.basis_reference, destruction.BASIS_REF)
        self.add_field("basis_date", self.basis_date, destruction.BASIS_DATE)
        self.add_field("method", self.method, destruction.METHOD)
        self.add_field("method_note", self.method_note, destruction.METHOD_NOTE)
        self.add_field("chair", self.chair, destruction.CHAIR)
        self.add_field("members", self.members, destruction.COMMISSION)
        self.errors.add([destruction.COPIES, destruction.NOTE], self.picker.reg_no,
                        self.picker.error)
        place_below(self.main_layout, self.form, self.picker)

        self.basis_kind.currentIndexChanged.connect(lambda _i: self._show_basis())
        self.chair.currentIndexChanged.connect(lambda _i: self._chair_changed())
        self.picker.changed.connect(self._copies_changed)
        if act is not None:
            self._load(act)
        self._fill_people()
        self._show_basis()
        self.resize(900, 800)
        self.retranslate_ui()
        (self.picker.reg_no if act is None else self.place).setFocus()

    def _load(self, act: Act) -> None:
        self.act_date.setDate(qdate(act.act_date))
        self.place.setText(act.place)
        self.basis_kind.setCurrentIndex(self.basis_kind.findData(act.basis_kind))
        self.basis_reference.setText(act.basis_reference)
        if act.basis_date is not None:
            self.basis_date.setDate(qdate(act.basis_date))
        if self.method.findData(act.method) < 0:   # no longer allowed: shown, then refused
            self.method.addItem(act.method, act.method)
        self.method.setCurrentIndex(self.method.findData(act.method))
        self.method_note.setPlainText(act.method_note)
        self.picker.set_copies(picked(act))

    # --- the commission ------------------------------------------------------------------

    def _fill_people(self) -> None:
        """The people cleared for the act's highest level (the lowest level while no copy is
        listed); the choices made so far are kept where the person still fits."""
        if self.act is not None and self.chair.count() == 0:
            chair = next((m.username for m in self.act.commission
                          if m.role is CommissionRole.CHAIR), None)
            members = {m.username for m in self.act.commission
                       if m.role is CommissionRole.MEMBER}
        else:
            chair, members = self.chair_name(), set(self.member_names())
        level = self.picker.top_level() or min(Level, key=lambda lv: lv.rank)
        try:
            people = register.recipients(self.session, level)
        except GrifError as exc:
            people = []
            self.message.show_text(error_text(exc))
        self.chair.blockSignals(True)
        self.chair.clear()
        self.members.clear()
        for username, full_name in people:
            shown = fill(QCoreApplication.translate("ActDialog", "%1 (%2)"), full_name,
                         username)
            self.chair.addItem(shown, username)
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if username in members
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.chair.setCurrentIndex(self.chair.findData(chair) if chair else -1)
        self.chair.blockSignals(False)
        self._chair_changed()

    def _chair_changed(self) -> None:
        """The chair is not also a member: their line in the members' list is disabled."""
        chair = self.chair_name()
        for i in range(self.members.count()):
            item = self.members.item(i)
            is_chair = item.data(Qt.ItemDataRole.UserRole) == chair
            if is_chair:
                item.setCheckState(Qt.CheckState.Unchecked)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if is_chair
                          else flags | Qt.ItemFlag.ItemIsEnabled)

    def chair_name(self) -> str:
        return self.chair.currentData() or ""

    def member_names(self) -> list[str]:
        chair = self.chair_name()
        return [name for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked
                and (name := self.members.item(i).data(Qt.ItemDataRole.UserRole)) != chair]

    def choose_commission(self, chair: str, members: list[str]) -> None:
        self.chair.setCurrentIndex(self.chair.findData(chair))
        for i in range(self.members.count()):
            item = self.members.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in members
                               else Qt.CheckState.Unchecked)
        self._chair_changed()

    # --- the rest of the form ------------------------------------------------------------

    def _show_basis(self) -> None:
        needed = self.basis_kind.currentData() in NEEDS_REFERENCE
        self.set_row_visible(self.basis_reference, needed)
        self.set_row_visible(self.basis_date, needed)

    def _copies_changed(self) -> None:
        self.badge.set_level(self.picker.top_level())
        self._fill_people()

    def draft(self) -> ActDraft:
        kind = self.basis_kind.currentData()
        if kind is None:
            raise InvalidInput(destruction.BASIS, fields.EMPTY)
        needed = kind in NEEDS_REFERENCE
        return ActDraft(
            act_date=self.act_date.date().toPython(), basis_kind=kind,
            method=self.method.currentData() or "",
            method_note=self.method_note.toPlainText(),
            copies=tuple((c.copy_id, c.note) for c in self.picker.copies),
            chair=self.chair_name(), members=tuple(self.member_names()),
            place=self.place.text(),
            basis_reference=self.basis_reference.text() if needed else "",
            basis_date=self.basis_date.date().toPython() if needed else None)

    def submit(self) -> None:
        if self.act_id is None:
            self.act_id = destruction.create_act(self.session, self.draft())
        else:
            destruction.update_act(self.session, self.act_id, self.draft())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message in ABOUT_MEMBERS:
            return destruction.COMMISSION
        if isinstance(exc, NotFound) and exc.args_values and \
                exc.args_values[0] in (self.chair_name(), *self.member_names()):
            return destruction.COMMISSION          # a person left or was disabled
        if exc.message in ABOUT_COPIES or (isinstance(exc, NotFound) and exc.args_values
                                           and exc.args_values[0] == destruction.COPIES):
            return destruction.COPIES
        return None

    # --- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.act is None:
            self.setWindowTitle(QCoreApplication.translate("ActDialog", "New destruction act"))
            self.about.setText(QCoreApplication.translate(
                "ActDialog", "List the copies to destroy, the basis, the method and the "
                "commission. The act is saved as a draft; the commission signs it, the head "
                "approves it, and only then are the copies destroyed."))
        else:
            self.setWindowTitle(fill(QCoreApplication.translate(
                "ActDialog", "Destruction act %1: draft"), self.act.number))
            signed = [m for m in self.act.commission if m.signed is not None]
            about = QCoreApplication.translate(
                "ActDialog", "Change the draft. The act must be signed again after any "
                "change.")
            if signed and self.act.state is ActState.DRAFT:
                about += "\n" + fill(QCoreApplication.translate(
                    "ActDialog", "Saving withdraws the signatures already given (%1)."),
                    ", ".join(m.full_name for m in signed))
            self.about.setText(about)
        labels = {
            "act_date": QCoreApplication.translate("ActDialog", "Act &date:"),
            "place": QCoreApplication.translate("ActDialog", "&Place:"),
            "basis": QCoreApplication.translate("ActDialog", "&Basis:"),
            "basis_reference": QCoreApplication.translate("ActDialog", "&Reference:"),
            "basis_date": QCoreApplication.translate("ActDialog", "Da&ted:"),
            "method": QCoreApplication.translate("ActDialog", "&Method:"),
            "method_note": QCoreApplication.translate(
                "ActDialog", "How it rules out &recovery:"),
            "chair": QCoreApplication.translate("ActDialog", "&Chair of the commission:"),
            "members": QCoreApplication.translate("ActDialog", "M&embers (at least two):"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        for i, kind in enumerate(BasisKind):
            self.basis_kind.setItemText(i, QCoreApplication.translate("Destruction", kind.label))
        self.place.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "Where the copies are destroyed, e.g. the registry's room"))
        self.basis_reference.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "No. of the originator's notice or of the decision"))
        self.method_note.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "e.g. the particles are no larger than 0.8 × 12 mm; the ash is "
            "stirred"))
        self.method.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "Choose the method"))
        self.basis_kind.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "Choose the basis"))
        self.chair.setPlaceholderText(QCoreApplication.translate(
            "ActDialog", "Choose the chair"))
        self.members.setAccessibleName(QCoreApplication.translate(
            "ActDialog", "Members of the commission"))
        self.ok_button.setText(QCoreApplication.translate("ActDialog", "&Save the draft"))

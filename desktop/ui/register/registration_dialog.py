"""Registering a carrier (SPEC §2): a keyboard-first form for a RegistrationDraft.

Every field has its message right under it. Required fields are checked together before
the service is called, so the clerk sees every gap at once; the service then checks
everything (and the clearance) and its typed error lands beside the field it names. Nothing
typed is ever cleared. A Kyrgyz carrier keeps its own marking and gets the comparable Kazakh
level, set here from the marking and locked (S001 a.3 p.1, a.6 p.1). A carrier received
from the Kyrgyz party or made jointly with it may come under a contract in force (S001 a.7)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    Registration,
    RegistrationDraft,
)
from desktop.domain.errors import ClearanceInsufficient, GrifError, InvalidInput
from desktop.domain.levels import MARKINGS, Level, kazakh_equivalent_of_kyrgyz
from desktop.domain.text import clean_text
from desktop.services import contracts, register
from desktop.services.session import Session
from desktop.ui.register.form_parts import (
    ErrorLabel,
    FieldErrors,
    OptionalDate,
    date_edit,
    field_box,
)
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.retranslate import Retranslating

LEVELS = (Level.OV, Level.SS, Level.S)
# Copies are made only under a copy request (services/copying.py).
DERIVATIONS = (Derivation.EXTRACT, Derivation.TRANSLATION)
PARENT_NUMBER = "registration number"   # the field name register.find() checks
UNDER_CONTRACT = (OriginatorType.KYRGYZ, OriginatorType.JOINT)


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


def contract_combo(session: Session, name: str) -> QComboBox:
    """The contracts in force something may come under (S001 a.7); the first item, "none",
    gets its text where the combo is shown."""
    combo = _combo(name)
    combo.addItem("", None)
    try:
        for contract_id, label in contracts.choices(session):
            combo.addItem(label, contract_id)
    except GrifError:
        pass                # the list stays "none"; the service decides anyway
    return combo


class RegistrationDialog(Retranslating, QDialog):
    """After OK, `self.registration` is the new registration as stored."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.registration: Registration | None = None
        self.kind = _combo("kind")
        for kind in CarrierKind:
            self.kind.addItem("", kind.value)
        self.serial = line_edit("serial", 100)
        self.capacity = line_edit("capacity", 50)
        self.title_edit = line_edit("title", 500)
        self.level = _combo("level")
        for level in LEVELS:
            self.level.addItem("", level.value)
        self.level.setCurrentIndex(-1)
        self.reg_date = date_edit("regDate")
        self.basis = line_edit("basis", 300)
        self.review_date = OptionalDate("reviewDate", future=True)
        self.sheets = QSpinBox()
        self.sheets.setObjectName("sheets")
        self.sheets.setRange(0, 100_000)
        self.sheets.setSpecialValueText("—")       # 0: not given (a medium, an item)
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, register.MAX_COPIES)
        self.location = line_edit("location", 100)
        self.parent_no = line_edit("parentNo", 64)
        self.derivation = _combo("derivation")
        for derivation in DERIVATIONS:
            self.derivation.addItem("", derivation.value)
        self.origin_type = _combo("originatorType")
        for kind in OriginatorType:
            self.origin_type.addItem("", kind.value)
        self.origin_name = line_edit("originatorName", 300)
        self.marking = _combo("kyrgyzMarking")
        for level in LEVELS:
            self.marking.addItem(MARKINGS["ky"][level], level.value)
        self.marking.setCurrentIndex(-1)
        self.reference = line_edit("foreignReference", 100)
        self.reference_date = OptionalDate("foreignReferenceDate")
        self.purpose = line_edit("purpose", 500)
        self.contract = line_edit("contract", 200)
        self.contract_choice = contract_combo(session, "contractChoice")
        self.incoming_no = line_edit("incomingNo", 100)
        self.incoming_date = OptionalDate("incomingDate")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.errors = FieldErrors(self.message)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self.carrier_group, carrier = self._group()
        self._row(carrier, "kind", self.kind)
        self._row(carrier, "serial", self.serial, "serial")
        self._row(carrier, "capacity", self.capacity, "capacity")
        self._row(carrier, "title", self.title_edit, register.TITLE)
        self._row(carrier, "level", self.level, fields.LEVEL)
        self._row(carrier, "reg_date", self.reg_date, register.DATES)
        self._row(carrier, "basis", self.basis, "basis")
        self._row(carrier, "review_date", self.review_date)
        self._row(carrier, "sheets", self.sheets, register.SHEETS)
        self._row(carrier, "copies", self.copies, register.COPIES)
        self._row(carrier, "location", self.location, "location")
        self.parent_group, derived = self._group()
        self._row(derived, "parent", self.parent_no, register.PARENT, PARENT_NUMBER)
        self._row(derived, "derivation", self.derivation)
        self.origin_group, origin = self._group()
        self._row(origin, "origin_type", self.origin_type)
        self._row(origin, "origin_name", self.origin_name, fields.ORGANISATION)
        self._row(origin, "marking", self.marking, register.FOREIGN_MARKING,
                  fields.KYRGYZ_MARKING)
        self._row(origin, "reference", self.reference)
        self._row(origin, "reference_date", self.reference_date)
        self._row(origin, "purpose", self.purpose, register.PURPOSE)
        self._row(origin, "contract", self.contract)
        self._row(origin, "contract_choice", self.contract_choice, fields.CONTRACT)
        self.incoming_group, incoming = self._group()
        self._row(incoming, "incoming_no", self.incoming_no, "incoming number")
        self._row(incoming, "incoming_date", self.incoming_date)
        self._row(incoming, "notes", self.notes, "notes")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.carrier_group)
        left.addWidget(self.parent_group)
        left.addStretch(1)
        right.addWidget(self.origin_group)
        right.addWidget(self.incoming_group)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)

        chain = (self.kind, self.serial, self.capacity, self.title_edit, self.level,
                 self.reg_date, self.basis, self.review_date.edit, self.review_date.none,
                 self.sheets, self.copies, self.location, self.parent_no, self.derivation,
                 self.origin_type, self.origin_name, self.marking, self.reference,
                 self.reference_date.edit, self.reference_date.none, self.purpose,
                 self.contract, self.contract_choice, self.incoming_no, self.incoming_date.edit,
                 self.incoming_date.none, self.notes)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.origin_type.currentIndexChanged.connect(lambda _i: self._origin_changed())
        self.marking.currentIndexChanged.connect(lambda _i: self._marking_changed())
        self.parent_no.textChanged.connect(lambda _t: self._parent_changed())
        self._kind_changed()
        self._origin_changed()
        self._parent_changed()
        self.retranslate_ui()
        self.kind.setFocus()

    # --- building --------------------------------------------------------------------------

    @staticmethod
    def _group() -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox()
        return group, QFormLayout(group)

    def _row(self, form: QFormLayout, key: str, widget: QWidget, *names: str) -> None:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        error = ErrorLabel()
        error.setObjectName(f"{key}Error")
        box = field_box(widget, error)
        form.addRow(label, box)
        self.labels[key] = label
        self.rows[key] = (form, box)
        self.errors.add(names, widget, error)

    def show_row(self, key: str, visible: bool) -> None:
        form, box = self.rows[key]
        form.setRowVisible(box, visible)

    def row_visible(self, key: str) -> bool:
        form, box = self.rows[key]
        row, _ = form.getWidgetPosition(box)
        return form.isRowVisible(row)

    # --- behaviour -------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        electronic = self.kind.currentData() == CarrierKind.ELECTRONIC.value
        self.show_row("serial", electronic)
        self.show_row("capacity", electronic)

    def _origin_type(self) -> OriginatorType:
        return OriginatorType(self.origin_type.currentData())

    def _origin_changed(self) -> None:
        kind = self._origin_type()
        self.show_row("origin_name", kind is not OriginatorType.OWN)
        for key in ("marking", "reference", "reference_date", "purpose"):
            self.show_row(key, kind is OriginatorType.KYRGYZ)
        for key in ("contract", "contract_choice"):     # S001 a.7: from the Party or joint
            self.show_row(key, kind in UNDER_CONTRACT)
        self._marking_changed()

    def _marking_changed(self) -> None:
        """The Kyrgyz marking decides the level: the comparable Kazakh one, locked."""
        kyrgyz = self._origin_type() is OriginatorType.KYRGYZ
        if kyrgyz and self.marking.currentIndex() >= 0:
            level = kazakh_equivalent_of_kyrgyz(self.marking.currentText())
            self.level.setCurrentIndex(self.level.findData(level.value))
        self.level.setEnabled(not kyrgyz)

    def _parent_changed(self) -> None:
        given = bool(self.parent_no.text().strip())
        self.derivation.setEnabled(given)

    # --- the draft -------------------------------------------------------------------------

    def _missing(self) -> list[InvalidInput]:
        """Required fields left empty, all at once (the service would stop at the first)."""
        found: list[InvalidInput] = []
        kind = self._origin_type()
        checks = [(register.TITLE, self.title_edit.text())]
        if kind is OriginatorType.DOMESTIC:
            checks.append((fields.ORGANISATION, self.origin_name.text()))
        if kind is OriginatorType.KYRGYZ:
            checks.append((register.FOREIGN_MARKING, self.marking.currentText()))
            checks.append((register.PURPOSE, self.purpose.text()))
        for name, value in checks:
            try:
                clean_text(name, value, max_len=10_000)
            except InvalidInput as exc:
                found.append(exc)
        if self.level.currentIndex() < 0 and kind is not OriginatorType.KYRGYZ:
            # (a Kyrgyz carrier's level follows its marking, which is asked for above)
            found.append(InvalidInput(fields.LEVEL, fields.EMPTY))
        return found

    def draft(self, parent_id: int | None = None) -> RegistrationDraft:
        kind = self._origin_type()
        kyrgyz = kind is OriginatorType.KYRGYZ
        party = kind in UNDER_CONTRACT
        electronic = self.kind.currentData() == CarrierKind.ELECTRONIC.value
        originator = Originator(
            kind, "" if kind is OriginatorType.OWN else self.origin_name.text(),
            foreign_marking=self.marking.currentText() if kyrgyz else "",
            reference=self.reference.text() if kyrgyz else "",
            reference_date=self.reference_date.value() if kyrgyz else None)
        return RegistrationDraft(
            kind=CarrierKind(self.kind.currentData()), title=self.title_edit.text(),
            level=Level(self.level.currentData()), reg_date=self.reg_date.date().toPython(),
            basis=self.basis.text(), review_date=self.review_date.value(),
            originator=originator, incoming_no=self.incoming_no.text(),
            incoming_date=self.incoming_date.value(), sheets=self.sheets.value() or None,
            medium_serial=self.serial.text() if electronic else "",
            medium_capacity=self.capacity.text() if electronic else "",
            copies=self.copies.value(), parent_id=parent_id,
            derivation=Derivation(self.derivation.currentData()) if parent_id else None,
            purpose=self.purpose.text() if kyrgyz else "",
            contract=self.contract.text() if party else "",
            contract_id=self.contract_choice.currentData() if party else None,
            notes=self.notes.toPlainText(), location=self.location.text())

    def accept(self) -> None:
        self.errors.clear()
        missing = self._missing()
        for exc in reversed(missing):   # the focus ends on the first gap
            self.errors.show(exc)
        if missing:
            return
        parent_id = None
        if self.parent_no.text().strip():
            try:
                parent_id = register.find(self.session, self.parent_no.text()).id
            except GrifError as exc:
                self.errors.show(exc, register.PARENT)
                return
        try:
            self.registration = register.register_carrier(self.session, self.draft(parent_id))
        except GrifError as exc:
            # The clearance refusal here is about the level chosen.
            self.errors.show(exc, fields.LEVEL if isinstance(exc, ClearanceInsufficient)
                             else None)
            return
        super().accept()

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("RegistrationDialog", "Register a carrier"))
        self.carrier_group.setTitle(QCoreApplication.translate("RegistrationDialog", "Carrier"))
        self.parent_group.setTitle(QCoreApplication.translate(
            "RegistrationDialog", "Derived from (copy, extract, translation)"))
        self.origin_group.setTitle(QCoreApplication.translate("RegistrationDialog", "Originator"))
        self.incoming_group.setTitle(QCoreApplication.translate(
            "RegistrationDialog", "Incoming and notes"))
        texts = {
            "kind": QCoreApplication.translate("RegistrationDialog", "&Kind:"),
            "serial": QCoreApplication.translate("RegistrationDialog", "Se&rial No.:"),
            "capacity": QCoreApplication.translate("RegistrationDialog", "Ca&pacity:"),
            "title": QCoreApplication.translate("RegistrationDialog", "&Title:"),
            "level": QCoreApplication.translate("RegistrationDialog", "&Level:"),
            "reg_date": QCoreApplication.translate("RegistrationDialog", "Registration &date:"),
            "basis": QCoreApplication.translate("RegistrationDialog", "&Basis of classification:"),
            "review_date": QCoreApplication.translate("RegistrationDialog", "Re&view date:"),
            "sheets": QCoreApplication.translate("RegistrationDialog", "&Sheets:"),
            "copies": QCoreApplication.translate("RegistrationDialog", "Number of c&opies:"),
            "location": QCoreApplication.translate("RegistrationDialog", "Locatio&n:"),
            "parent": QCoreApplication.translate("RegistrationDialog", "Parent reg. No.:"),
            "derivation": QCoreApplication.translate("RegistrationDialog", "Derivation:"),
            "origin_type": QCoreApplication.translate("RegistrationDialog", "Ori&ginator:"),
            "origin_name": QCoreApplication.translate("RegistrationDialog", "Na&me:"),
            "marking": QCoreApplication.translate("RegistrationDialog", "Their &marking:"),
            "reference": QCoreApplication.translate("RegistrationDialog", "Their outgoing No.:"),
            "reference_date": QCoreApplication.translate("RegistrationDialog", "Of (date):"),
            "purpose": QCoreApplication.translate("RegistrationDialog", "P&urpose of transfer:"),
            "contract": QCoreApplication.translate("RegistrationDialog", "Contrac&t:"),
            "contract_choice": QCoreApplication.translate("RegistrationDialog",
                                                          "Under &contract:"),
            "incoming_no": QCoreApplication.translate("RegistrationDialog", "&Incoming No.:"),
            "incoming_date": QCoreApplication.translate("RegistrationDialog", "Incoming dat&e:"),
            "notes": QCoreApplication.translate("RegistrationDialog", "Not&es:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i, kind in enumerate(CarrierKind):
            self.kind.setItemText(i, QCoreApplication.translate("CarrierKind", kind.label))
        for i, level in enumerate(LEVELS):
            self.level.setItemText(i, QCoreApplication.translate("Level", level.label))
        for i, derivation in enumerate(DERIVATIONS):
            self.derivation.setItemText(
                i, QCoreApplication.translate("Derivation", derivation.label))
        for i, kind in enumerate(OriginatorType):
            self.origin_type.setItemText(
                i, QCoreApplication.translate("OriginatorType", kind.label))
        self.level.setPlaceholderText(
            QCoreApplication.translate("RegistrationDialog", "Choose the level"))
        self.marking.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "As written on the carrier"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "Descriptive, non-secret wording"))
        self.basis.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "Item of the list of classified information"))
        self.purpose.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "It may be used only for this purpose (S001 a.4 p.1.4)"))
        self.contract.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "As written, when it is not in the list below"))
        self.contract_choice.setItemText(0, QCoreApplication.translate(
            "RegistrationDialog", "Not under a contract"))
        self.parent_no.setPlaceholderText(QCoreApplication.translate(
            "RegistrationDialog", "Registration number of the source"))
        self.level.setToolTip(QCoreApplication.translate(
            "RegistrationDialog", "For a Kyrgyz carrier the level follows its marking."))

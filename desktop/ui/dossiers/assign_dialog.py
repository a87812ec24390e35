"""The head's assignment of a damage assessment (seed 000 p.3, p.7, p.13): a loss or
disclosure case picked from the cases (or, for the claim of the owner of an information
source, the owner and the level of the information), the basis with its reference and date,
the assignment date and the date the materials reached the commission (the 30 days of p.7
are counted from one of them), the standing commission or an expert commission created by
order, the place, and whether the head has authority over state secrets (if not, the
conclusion is agreed with the body that has it before the signatures)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.domain import fields
from desktop.domain.dossier import BasisKind, CommissionKind, Variant
from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.levels import Level
from desktop.services import dossiers, incidents
from desktop.services.dossiers import Assignment
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.errors import error_text
from desktop.ui.inventory.texts import incident_kind_text
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import OptionalDate, date_edit
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import day_text, fill

LEVELS = sorted(Level, key=lambda lv: lv.rank)
ASSIGNED_ON, BASIS_DATE = "assigned_on", "basis_date"   # dates the service names together


def _combo(name: str, values: list) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:
        combo.addItem("", value)
    return combo


def _line(name: str, max_len: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    return edit


class AssignDialog(FormDialog):
    """`dossier_id` is set once the dossier is assigned."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, min_width=640)
        self.dossier_id: int | None = None
        try:
            self.cases = incidents.incidents(session)
        except GrifError as exc:
            self.cases = []
            self.message.show_text(error_text(exc))
        self.variant = _combo("dossierVariant", list(Variant))
        self.case = _combo("dossierCase", [c.id for c in self.cases])
        self.case.setCurrentIndex(-1)
        self.owner = _line("dossierOwner", 300)
        self.level = _combo("dossierLevel", [lv.value for lv in LEVELS])
        self.level.setCurrentIndex(-1)
        self.basis_kind = _combo("basisKind", list(BasisKind))
        self.basis_reference = _line("basisReference", 200)
        self.basis_date = OptionalDate("basisDate", future=True)
        self.assigned_on = date_edit("assignedOn", future=True)    # the service refuses it
        self.materials = date_edit("materialsReceived", future=True)
        self.commission_kind = _combo("commissionKind", list(CommissionKind))
        self.expert_order = _line("expertOrder", 100)
        self.expert_order_date = date_edit("expertOrderDate", future=True)
        self.place = _line("dossierPlace", 200)
        self.authority = QCheckBox()
        self.authority.setObjectName("headHasAuthority")
        self.authority.setChecked(True)
        self.add_field("variant", self.variant)
        self.add_field("case", self.case, dossiers.INCIDENT)
        self.add_field("owner", self.owner, dossiers.OWNER)
        self.add_field("level", self.level, fields.LEVEL)
        self.add_field("basis_kind", self.basis_kind)
        self.add_field("basis_reference", self.basis_reference, dossiers.BASIS_REF)
        self.add_field("basis_date", self.basis_date, BASIS_DATE)
        self.add_field("assigned_on", self.assigned_on, ASSIGNED_ON)
        self.add_field("materials", self.materials, dossiers.DATES)
        self.add_field("commission_kind", self.commission_kind)
        self.add_field("expert_order", self.expert_order, dossiers.EXPERT_ORDER)
        self.add_field("expert_order_date", self.expert_order_date)
        self.add_field("place", self.place, "place")
        self.add_field("authority", self.authority)
        self.variant.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.commission_kind.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._show_rows()
        self.retranslate_ui()
        self.variant.setFocus()

    def set_variant(self, variant: Variant) -> None:
        self.variant.setCurrentIndex(self.variant.findData(variant))

    def set_case(self, case_id: int) -> None:
        self.case.setCurrentIndex(self.case.findData(case_id))

    def _show_rows(self) -> None:
        breach = self.variant.currentData() is Variant.BREACH
        self.set_row_visible(self.case, breach)
        self.set_row_visible(self.owner, not breach)
        self.set_row_visible(self.level, not breach)
        if not breach:      # p.13: the owner's claim is its own basis
            self.basis_kind.setCurrentIndex(self.basis_kind.findData(BasisKind.OWNER_CLAIM))
        expert = self.commission_kind.currentData() is CommissionKind.EXPERT
        self.set_row_visible(self.expert_order, expert)
        self.set_row_visible(self.expert_order_date, expert)

    def assignment(self) -> Assignment:
        variant = self.variant.currentData()
        breach = variant is Variant.BREACH
        expert = self.commission_kind.currentData() is CommissionKind.EXPERT
        code = self.level.currentData()
        return Assignment(
            variant=variant, basis_kind=self.basis_kind.currentData(),
            assigned_on=self.assigned_on.date().toPython(),
            materials_received=self.materials.date().toPython(),
            commission_kind=self.commission_kind.currentData(),
            incident_id=self.case.currentData() if breach else None,
            basis_reference=self.basis_reference.text(), basis_date=self.basis_date.value(),
            expert_order=self.expert_order.text() if expert else "",
            expert_order_date=self.expert_order_date.date().toPython() if expert else None,
            owner="" if breach else self.owner.text(), place=self.place.text(),
            head_has_authority=self.authority.isChecked(),
            level=None if breach or not code else Level(code))

    def submit(self) -> None:
        self.dossier_id = dossiers.assign(self.session, self.assignment())

    def field_for(self, exc: GrifError) -> str | None:
        """The dates are refused together: the message goes beside the one at fault."""
        if not isinstance(exc, InvalidInput) or exc.args_values[:1] != (dossiers.DATES,):
            return None
        today = self.session.today
        if self.assigned_on.date().toPython() > today:
            return ASSIGNED_ON
        if (self.basis_date.value() or today) > today:
            return BASIS_DATE
        return dossiers.DATES

    def _case_text(self, case: incidents.Incident) -> str:
        return fill(QCoreApplication.translate("AssignDialog", "%1 — %2 found %3 (%4)"),
                    case.number, incident_kind_text(case.kind), day_text(case.date_found),
                    level_name(case.level))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("AssignDialog", "Assign a damage "
                                                       "assessment"))
        self.about.setText(QCoreApplication.translate(
            "AssignDialog", "The head of the organisation assigns the assessment of the damage "
            "from a loss or disclosure (or claimed by the owner of an information source) to "
            "a commission. The commission works at most 30 days."))
        for combo, values in ((self.variant, list(Variant)), (self.basis_kind, list(BasisKind)),
                              (self.commission_kind, list(CommissionKind))):
            for i, value in enumerate(values):
                combo.setItemText(i, texts.label(value))
        for i, case in enumerate(self.cases):
            self.case.setItemText(i, self._case_text(case))
        for i, level in enumerate(LEVELS):
            self.level.setItemText(i, level_name(level))
        labels = {
            "variant": QCoreApplication.translate("AssignDialog", "&Variant:"),
            "case": QCoreApplication.translate("AssignDialog", "Loss or disclosure &case:"),
            "owner": QCoreApplication.translate("AssignDialog", "&Owner of the source:"),
            "level": QCoreApplication.translate("AssignDialog", "&Level of the information:"),
            "basis_kind": QCoreApplication.translate("AssignDialog", "&Basis:"),
            "basis_reference": QCoreApplication.translate("AssignDialog",
                                                          "Basis &reference:"),
            "basis_date": QCoreApplication.translate("AssignDialog", "Basis &dated:"),
            "assigned_on": QCoreApplication.translate("AssignDialog", "Assi&gned on:"),
            "materials": QCoreApplication.translate("AssignDialog",
                                                    "&Materials reached the commission on:"),
            "commission_kind": QCoreApplication.translate("AssignDialog", "Co&mmission:"),
            "expert_order": QCoreApplication.translate("AssignDialog", "Head's order &No.:"),
            "expert_order_date": QCoreApplication.translate("AssignDialog", "Order da&ted:"),
            "place": QCoreApplication.translate("AssignDialog", "&Place:"),
            "authority": "",
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.authority.setText(QCoreApplication.translate(
            "AssignDialog", "The &head has authority over state secrets (otherwise the "
            "conclusion is agreed with the body that has it)"))
        self.ok_button.setText(QCoreApplication.translate("AssignDialog", "&Assign"))

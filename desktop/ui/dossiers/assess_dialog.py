"""Step two: the amount of damage. Without a methodology (or when the exact amount cannot be
found) the range of seed 000 p.10 for the degree established is shown first — in MCI and
tenge, with the MCI in force on the day the materials arrived (or on the date a court or
prosecution order names, recorded with its reference) — and an amount outside it is
refused; a lost document in a single copy is assessed at the minimum. Under a methodology
(its name and approving body, p.3) the amount is the total of the indicators of p.8. For
information of the Kyrgyz party its own assessment is recorded (S001 a.12 p.2)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.damage import NoMci, OutOfRange
from desktop.domain.errors import GrifError, InvalidInput
from desktop.services import dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.dossiers import Assessment
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.errors import error_text
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import OptionalDate
from desktop.ui.widgets.display import fill

# Fields the service names together: the dialog says which one is at fault.
PARTY_REFERENCE, PARTY_CURRENCY, METHOD_BODY, OVERRIDE_DATE = (
    "party_reference", "party_currency", "methodology_body", "override_date")


def _line(name: str, max_len: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    return edit


class AssessDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top, min_width=680)
        self.dossier = dossier
        self.party = dossier.party_involved
        self.by_range = QRadioButton()
        self.by_range.setObjectName("byRange")
        self.by_method = QRadioButton()
        self.by_method.setObjectName("byMethodology")
        group = QButtonGroup(self)
        group.addButton(self.by_range)
        group.addButton(self.by_method)
        self.by_range.setChecked(True)
        choice = QWidget()
        line = QHBoxLayout(choice)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.by_range)
        line.addWidget(self.by_method)
        line.addStretch(1)
        self.preview = QLabel()
        self.preview.setObjectName("rangePreview")
        self.preview.setWordWrap(True)
        self.single = QCheckBox()
        self.single.setObjectName("singleCopy")
        self.override_date = OptionalDate("overrideDate", future=True)
        self.override = _line("overrideReference", 200)
        self.amount = _line("amountMci", 32)
        self.methodology = _line("methodology", 300)
        self.methodology_body = _line("methodologyBody", 300)
        self.total = QLabel()
        self.total.setObjectName("indicatorsTotal")
        self.party_reference = _line("partyReference", 200)
        self.party_amount = _line("partyAmount", 64)
        self.party_currency = _line("partyCurrency", 16)
        self.other = text_box("otherMatters", 3)
        self.add_field("how", self.by_range, row=choice)
        self.add_field("range", self.preview)
        self.add_field("single", self.single)
        self.add_field("override_date", self.override_date, OVERRIDE_DATE)
        self.add_field("override", self.override, dossiers.BASIS_REF)
        self.add_field("amount", self.amount, dossiers.AMOUNT)
        self.add_field("methodology", self.methodology, dossiers.METHODOLOGY)
        self.add_field("methodology_body", self.methodology_body, METHOD_BODY)
        self.add_field("total", self.total)
        self.add_field("party_reference", self.party_reference, PARTY_REFERENCE)
        self.add_field("party_amount", self.party_amount, dossiers.PARTY)
        self.add_field("party_currency", self.party_currency, PARTY_CURRENCY)
        self.add_field("other", self.other, dossiers.NOTE)
        self.by_range.toggled.connect(lambda _on: self._show_rows())
        self.single.toggled.connect(lambda _on: self.update_preview())
        self.override_date.none.toggled.connect(lambda _on: self.update_preview())
        self.override_date.edit.dateChanged.connect(lambda _d: self.update_preview())
        self._show_rows()
        self.retranslate_ui()
        (self.party_reference if self.party else self.amount).setFocus()

    def _show_rows(self) -> None:
        ranges = self.by_range.isChecked() and not self.party
        method = self.by_method.isChecked() and not self.party
        self.set_row_visible(self.by_range, not self.party)
        for widget in (self.preview, self.single, self.override_date, self.override,
                       self.amount):
            self.set_row_visible(widget, ranges)
        for widget in (self.methodology, self.methodology_body, self.total):
            self.set_row_visible(widget, method)
        for widget in (self.party_reference, self.party_amount, self.party_currency):
            self.set_row_visible(widget, self.party)

    def update_preview(self) -> None:
        """The range of p.10 as it stands for the choices made (a plain read)."""
        if self.party:
            return
        try:
            preview = dossiers.range_preview(self.session, self.dossier.id,
                                             single_copy=self.single.isChecked(),
                                             override_date=self.override_date.value())
        except GrifError as exc:
            self.preview.setText(error_text(exc))
            return
        self.preview.setText(texts.range_text(preview))
        # The register knows whether a lost document existed in a single copy.
        self.single.blockSignals(True)
        self.single.setChecked(preview.single)
        self.single.blockSignals(False)
        if preview.single:      # the amount is the minimum: nothing to choose
            self.amount.setText(str(preview.low_mci))

    def assessment(self) -> Assessment:
        other = self.other.toPlainText()
        if self.party:
            return Assessment(party_reference=self.party_reference.text(),
                              party_amount=self.party_amount.text(),
                              party_currency=self.party_currency.text(), other_matters=other)
        if self.by_method.isChecked():
            if not self.methodology.text().strip():     # else the service reads "no method"
                raise InvalidInput(dossiers.METHODOLOGY, fields.EMPTY)
            return Assessment(methodology=self.methodology.text(),
                              methodology_body=self.methodology_body.text(),
                              other_matters=other)
        return Assessment(amount_mci=self.amount.text(), single_copy=self.single.isChecked(),
                          mci_override_date=self.override_date.value(),
                          mci_override=self.override.text(), other_matters=other)

    def submit(self) -> None:
        dossiers.assess(self.session, self.dossier.id, self.assessment())

    def field_for(self, exc: GrifError) -> str | None:
        if isinstance(exc, OutOfRange):
            return dossiers.AMOUNT
        if isinstance(exc, NoMci):
            return OVERRIDE_DATE if self.override_date.value() else None
        first = exc.args_values[:1]
        if first == (dossiers.PARTY,):
            for key, edit in ((PARTY_REFERENCE, self.party_reference),
                              (dossiers.PARTY, self.party_amount),
                              (PARTY_CURRENCY, self.party_currency)):
                if not edit.text().strip():
                    return key
            return dossiers.PARTY
        if first == (dossiers.METHODOLOGY,) and self.methodology.text().strip():
            return METHOD_BODY
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "AssessDialog", "Assess the damage: dossier %1"), self.dossier.number))
        if self.party:
            about = QCoreApplication.translate(
                "AssessDialog", "The information belongs to the Kyrgyz party: the damage is "
                "assessed under its law (Agreement, article 12 item 2). Record its assessment.")
        else:
            about = QCoreApplication.translate(
                "AssessDialog", "By a methodology, the amount is the total of the indicators; "
                "without one, the amount is set from the range of p.10 for the degree "
                "established.")
        self.about.setText(about)
        self.by_range.setText(QCoreApplication.translate(
            "AssessDialog", "&No methodology: the range of p.10"))
        self.by_method.setText(QCoreApplication.translate("AssessDialog",
                                                          "By a &methodology"))
        self.single.setText(QCoreApplication.translate(
            "AssessDialog", "The lost document existed in a &single copy"))
        total = sum((amount for _n, amount, _j in self.dossier.indicators), Decimal(0))
        self.total.setText(texts.tenge_text(total))
        labels = {
            "how": QCoreApplication.translate("AssessDialog", "Assessed:"),
            "range": QCoreApplication.translate("AssessDialog", "Allowed:"),
            "single": "",
            "override_date": QCoreApplication.translate(
                "AssessDialog", "MCI &date named by a court order:"),
            "override": QCoreApplication.translate("AssessDialog", "That &order:"),
            "amount": QCoreApplication.translate("AssessDialog", "Final &amount, MCI:"),
            "methodology": QCoreApplication.translate("AssessDialog", "Methodology &name:"),
            "methodology_body": QCoreApplication.translate("AssessDialog",
                                                           "Approved &by:"),
            "total": QCoreApplication.translate("AssessDialog", "Total of the indicators:"),
            "party_reference": QCoreApplication.translate(
                "AssessDialog", "Kyrgyz party's &reference:"),
            "party_amount": QCoreApplication.translate("AssessDialog", "Its a&mount:"),
            "party_currency": QCoreApplication.translate("AssessDialog", "&Currency:"),
            "other": QCoreApplication.translate("AssessDialog", "&Other matters:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.ok_button.setText(QCoreApplication.translate("AssessDialog", "&Record"))
        self.update_preview()

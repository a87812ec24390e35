"""An indicator of seed 000 p.8 (one of the 12) considered by the commission: its amount in
tenge and the justification. Setting one again replaces it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.damage import INDICATORS
from desktop.services import dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.session import Session
from desktop.ui.dossiers import texts
from desktop.ui.dossiers.degree_dialog import text_box
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill


class IndicatorDialog(FormDialog):
    def __init__(self, session: Session, dossier: Dossier, number: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=dossier.top, min_width=640)
        self.dossier = dossier
        self.number = QComboBox()
        self.number.setObjectName("indicatorNumber")
        for n in range(1, len(INDICATORS) + 1):
            self.number.addItem("", n)
        self.amount = QLineEdit()
        self.amount.setObjectName("indicatorAmount")
        self.amount.setMaxLength(32)
        self.justification = text_box("indicatorJustification", 4)
        self.add_field("number", self.number)
        self.add_field("amount", self.amount, dossiers.AMOUNT)
        self.add_field("justification", self.justification, dossiers.INDICATOR)
        self.number.currentIndexChanged.connect(lambda _i: self._fill_known())
        self.set_number(number)
        self.retranslate_ui()
        self.amount.setFocus()

    def set_number(self, number: int) -> None:
        self.number.setCurrentIndex(self.number.findData(number))
        self._fill_known()

    def _fill_known(self) -> None:
        """An indicator already set shows its values, to be corrected."""
        known = {n: (a, j) for n, a, j in self.dossier.indicators}
        found = known.get(self.number.currentData())
        if found is not None:
            self.amount.setText(str(found[0]))
            self.justification.setPlainText(found[1])

    def submit(self) -> None:
        dossiers.set_indicator(self.session, self.dossier.id, self.number.currentData(),
                               self.amount.text(), self.justification.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "IndicatorDialog", "Indicator of damage: dossier %1"), self.dossier.number))
        self.about.setText(QCoreApplication.translate(
            "IndicatorDialog", "Each indicator of p.8 considered: its amount in tenge and why."))
        for i in range(self.number.count()):
            self.number.setItemText(i, texts.indicator_text(i + 1))
        self.labels["number"].setText(QCoreApplication.translate("IndicatorDialog",
                                                                 "&Indicator:"))
        self.labels["amount"].setText(QCoreApplication.translate("IndicatorDialog",
                                                                 "&Amount, tenge:"))
        self.labels["justification"].setText(QCoreApplication.translate(
            "IndicatorDialog", "&Justification:"))
        self.ok_button.setText(QCoreApplication.translate("IndicatorDialog", "&Set"))

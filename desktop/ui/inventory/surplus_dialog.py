"""A surplus item: something the commission found that the check does not expect (a carrier
not on the register, or one whose label names no expected copy). It is described in words,
with the numbers on its label when it has any; the inventory act lists it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.domain import fields
from desktop.services import inventory
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import plain_label


class SurplusDialog(FormDialog):
    def __init__(self, session: Session, check_id: int, number: str, *, reg_no: str = "",
                 copy_no: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, about=plain_label("surplusAbout"))
        self.check_id = check_id
        self.number = number
        self.reg_no = QLineEdit(reg_no)
        self.reg_no.setObjectName("surplusRegNo")
        self.reg_no.setMaxLength(64)
        self.copy_no = QSpinBox()
        self.copy_no.setObjectName("surplusCopyNo")
        self.copy_no.setRange(0, 999_999)     # 0: the label has no copy number
        self.copy_no.setValue(copy_no or 0)
        self.description = QPlainTextEdit()
        self.description.setObjectName("surplusDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("description", self.description, inventory.DESCRIPTION)
        self.add_field("reg_no", self.reg_no, fields.REG_NO)
        self.add_field("copy_no", self.copy_no)
        self.retranslate_ui()
        self.description.setFocus()

    def submit(self) -> None:
        inventory.add_surplus(self.session, self.check_id, self.description.toPlainText(),
                              reg_no=self.reg_no.text(), copy_no=self.copy_no.value() or None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "SurplusDialog", "Surplus item of check %1"), self.number))
        self.about.setText(QCoreApplication.translate(
            "SurplusDialog", "Something found that the check does not expect. Describe it "
            "(what it is, its marking, where it was found) and copy the numbers from its "
            "label, if it has any."))
        self.labels["description"].setText(
            QCoreApplication.translate("SurplusDialog", "&Description:"))
        self.labels["reg_no"].setText(
            QCoreApplication.translate("SurplusDialog", "&Registration No. on the label:"))
        self.labels["copy_no"].setText(
            QCoreApplication.translate("SurplusDialog", "&Copy No. on the label:"))
        self.copy_no.setSpecialValueText(QCoreApplication.translate("SurplusDialog", "none"))

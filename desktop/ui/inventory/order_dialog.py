"""The internal investigation of a loss or disclosure case is ordered: the order's number and
date (S000 p.7: the investigation confirms the fact). The service refuses a future date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services import incidents
from desktop.services.incidents import Incident
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import plain_label


class OrderInvestigationDialog(FormDialog):
    def __init__(self, session: Session, case: Incident, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, about=plain_label("orderAbout"), level=case.level)
        self.case = case
        self.order = QLineEdit()
        self.order.setObjectName("investigationOrder")
        self.order.setMaxLength(100)
        self.order_date = date_edit("orderDate", future=True)
        self.add_field("order", self.order, incidents.ORDER)
        self.add_field("order_date", self.order_date, incidents.ORDER_DATE)
        self.retranslate_ui()
        self.order.setFocus()

    def submit(self) -> None:
        incidents.order_investigation(self.session, self.case.id, self.order.text(),
                                      self.order_date.date().toPython())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "OrderInvestigationDialog", "Order the investigation of case %1"),
            self.case.number))
        self.about.setText(QCoreApplication.translate(
            "OrderInvestigationDialog", "The number and date of the order by which the "
            "internal investigation is made."))
        self.labels["order"].setText(
            QCoreApplication.translate("OrderInvestigationDialog", "&Order No.:"))
        self.labels["order_date"].setText(
            QCoreApplication.translate("OrderInvestigationDialog", "&Dated:"))

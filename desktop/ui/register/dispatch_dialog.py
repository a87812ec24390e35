"""Dispatching a copy to another organisation.

To the other state (services/transfers.py) only through the channels of S001 a.5 p.3 and
only after the recipient's written confirmation of clearance and capability, with its
reference and date (a.5 p.1); optionally under a contract (a.7); a large carrier names the
method of transport, the route and the escort (a.5 p.4). At home (services/moves.py) through
the channels the administrator lists. A carrier that came from the Kyrgyz party goes to a
third party only with its originator's prior written consent (a.4 p.1.5); sending it back to
the originator needs none. The dialog shows those fields when they apply and says why; the
services check all of it again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from desktop import settings as declared
from desktop.domain import fields
from desktop.domain.carriers import InternationalChannel, OriginatorType
from desktop.domain.errors import GrifError
from desktop.services import moves, settings, transfers
from desktop.services.session import Session
from desktop.ui.register.form_parts import OptionalDate
from desktop.ui.register.move_dialog import MoveDialog
from desktop.ui.register.registration_dialog import contract_combo
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import line_edit


class DispatchDialog(MoveDialog):
    def __init__(self, session: Session, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, row, parent)
        self.foreign = row.get("originator_type") == OriginatorType.KYRGYZ.value
        self.originator = (row.get("originator") or "").strip()
        try:
            self.domestic_channels = list(settings.current(session)["dispatch.channels"])
        except GrifError:
            self.domestic_channels = list(declared.defaults("store")["dispatch.channels"])
        self.international = QCheckBox()
        self.international.setObjectName("international")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.to_org = line_edit("toOrg", 300)
        self.cover_letter = line_edit("coverLetter", 100)
        self.basis = line_edit("basis", 300)
        self.confirmation = line_edit("confirmation", 200)
        self.confirmation_date = OptionalDate("confirmationDate")
        self.contract = contract_combo(session, "contract")
        self.large = QCheckBox()
        self.large.setObjectName("large")
        self.transport = line_edit("transport", 300)
        self.route = line_edit("route", 500)
        self.escort = line_edit("escort", 300)
        self.consent = line_edit("consent", 200)
        self.consent_why = QLabel()
        self.consent_why.setObjectName("consentWhy")
        self.consent_why.setWordWrap(True)

        self.add_field("international", self.international)
        self.add_field("channel", self.channel, moves.CHANNEL)
        self.add_field("to_org", self.to_org, fields.ORGANISATION)
        self.add_field("cover_letter", self.cover_letter, moves.COVER_LETTER)
        self.add_field("basis", self.basis, moves.BASIS)
        self.add_field("confirmation", self.confirmation, transfers.CONFIRMATION)
        self.add_field("confirmation_date", self.confirmation_date,
                       transfers.CONFIRMATION_DATE)
        self.add_field("contract", self.contract, fields.CONTRACT)
        self.add_field("large", self.large)
        self.add_field("transport", self.transport, transfers.TRANSPORT)
        self.add_field("route", self.route, transfers.ROUTE)
        self.add_field("escort", self.escort, transfers.ESCORT)
        self.add_field("consent", self.consent, moves.CONSENT)
        self.form.addRow(self.consent_why)

        self.international.toggled.connect(lambda _on: self._international_changed())
        self.large.toggled.connect(lambda _on: self._show_rows())
        self.to_org.textChanged.connect(lambda _text: self._consent_texts())
        self._fill_channels()
        self._international_changed()
        self.set_row_visible(self.consent, self.foreign)
        self.consent_why.setVisible(self.foreign)
        self.international.setFocus()
        self.retranslate_ui()

    # --- behaviour -------------------------------------------------------------------------

    def _fill_channels(self) -> None:
        keep = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        if self.international.isChecked():
            for channel in InternationalChannel:
                self.channel.addItem(QCoreApplication.translate("Channel", channel.label),
                                     channel.value)
        else:
            for name in self.domestic_channels:
                self.channel.addItem(name, name)
        found = self.channel.findData(keep) if keep is not None else -1
        self.channel.setCurrentIndex(found)
        self.channel.blockSignals(False)

    def _international_changed(self) -> None:
        self._fill_channels()
        self._show_rows()
        self._consent_texts()

    def _show_rows(self) -> None:
        abroad = self.international.isChecked()
        for widget in (self.confirmation, self.confirmation_date, self.contract, self.large):
            self.set_row_visible(widget, abroad)
        for widget in (self.transport, self.route, self.escort):
            self.set_row_visible(widget, abroad and self.large.isChecked())

    def back_to_originator(self) -> bool:
        """The service's rule: to the other state, addressed to the originator itself."""
        return self.foreign and self.international.isChecked() and bool(self.originator) \
            and self.to_org.text().strip().casefold() == self.originator.casefold()

    def _consent_texts(self) -> None:
        if not self.foreign:
            return
        if self.back_to_originator():
            self.consent_why.setText(QCoreApplication.translate(
                "DispatchDialog", "The carrier goes back to its originator: no consent "
                "is needed."))
        else:
            self.consent_why.setText(fill(QCoreApplication.translate(
                "DispatchDialog", "This carrier came from the Kyrgyz party (%1). Passing it "
                "to anyone else needs the originator's prior written consent (S001 a.4 "
                "p.1.5): give its reference."), self.originator or "—"))

    def submit(self) -> None:
        consent = self.consent.text() if self.foreign else ""
        if not self.international.isChecked():
            moves.dispatch(
                self.session, self.copy_id, to_org=self.to_org.text(),
                channel=self.channel.currentData() or "", cover_letter=self.cover_letter.text(),
                basis=self.basis.text(), originator_consent=consent)
            return
        large = self.large.isChecked()
        transfers.send_abroad(
            self.session, self.copy_id, to_org=self.to_org.text(),
            channel=self.channel.currentData() or "", cover_letter=self.cover_letter.text(),
            basis=self.basis.text(), confirmation_ref=self.confirmation.text(),
            confirmation_date=self.confirmation_date.value(), consent_ref=consent,
            contract_id=self.contract.currentData(), large=large,
            transport=self.transport.text() if large else "",
            route=self.route.text() if large else "",
            escort=self.escort.text() if large else "")

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(QCoreApplication.translate("DispatchDialog", "Dispatch a copy"))
        texts = {
            "international": QCoreApplication.translate("DispatchDialog", "To the other state:"),
            "channel": QCoreApplication.translate("DispatchDialog", "C&hannel:"),
            "to_org": QCoreApplication.translate("DispatchDialog", "&Recipient organisation:"),
            "cover_letter": QCoreApplication.translate("DispatchDialog", "Co&ver letter No.:"),
            "basis": QCoreApplication.translate("DispatchDialog", "&Basis:"),
            "confirmation": QCoreApplication.translate(
                "DispatchDialog", "Recipient's &written confirmation:"),
            "confirmation_date": QCoreApplication.translate(
                "DispatchDialog", "Confirmation &dated:"),
            "contract": QCoreApplication.translate("DispatchDialog", "Under co&ntract:"),
            "large": "",
            "transport": QCoreApplication.translate("DispatchDialog", "&Transport method:"),
            "route": QCoreApplication.translate("DispatchDialog", "R&oute:"),
            "escort": QCoreApplication.translate("DispatchDialog", "&Escort:"),
            "consent": QCoreApplication.translate("DispatchDialog", "Originator's &consent:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.international.setText(QCoreApplication.translate(
            "DispatchDialog", "&International dispatch (S001 a.5 p.3 channels only)"))
        self.large.setText(QCoreApplication.translate(
            "DispatchDialog", "&Large carrier (S001 a.5 p.4)"))
        self.contract.setItemText(0, QCoreApplication.translate("DispatchDialog", "None"))
        self.channel.setPlaceholderText(
            QCoreApplication.translate("DispatchDialog", "Choose the channel"))
        self.confirmation.setPlaceholderText(QCoreApplication.translate(
            "DispatchDialog", "Reference of the confirmation of clearance and capability "
            "(S001 a.5 p.1)"))
        self.transport.setPlaceholderText(QCoreApplication.translate(
            "DispatchDialog", "e.g. a special vehicle"))
        self.escort.setPlaceholderText(QCoreApplication.translate(
            "DispatchDialog", "Who accompanies the carrier"))
        self.consent.setPlaceholderText(QCoreApplication.translate(
            "DispatchDialog", "Reference and date of the written consent"))
        if self.international.isChecked():
            current = self.channel.currentIndex()
            for i, channel in enumerate(InternationalChannel):
                self.channel.setItemText(i, QCoreApplication.translate("Channel", channel.label))
            self.channel.setCurrentIndex(current)
        self._consent_texts()

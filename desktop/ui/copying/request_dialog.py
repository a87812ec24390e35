"""A new copy request (SPEC §4): which registration, how many copies, why, for whom, and any
third party the information goes to.

The registration is looked up as the number is typed (the service shows only what the user
may see). A clerk may record the request of a colleague cleared for its level; anybody else
asks for themselves. The third party's consent is asked as soon as a third party is named;
whether it is required (information of the other Party, S001 a.4 p.1.5) is the service's
rule and its message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.carriers import Registration
from desktop.domain.errors import ClearanceInsufficient, GrifError, InvalidInput, NotFound
from desktop.services import copying, register
from desktop.services.session import Session
from desktop.ui.copying.form import RequestForm
from desktop.ui.widgets.display import fill, originator_text
from desktop.ui.widgets.fields import plain_label


class RequestDialog(RequestForm):
    """`request_id` is set once the request is recorded."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.registration: Registration | None = None
        self.request_id: int | None = None
        self.can_choose = session.user.has_role(*register.CLERKS)
        self.reg_no = QLineEdit()
        self.reg_no.setObjectName("regNo")
        self.reg_no.setMaxLength(64)
        self.reg_no.editingFinished.connect(self.look_up)
        self.find_button = QPushButton()
        self.find_button.setObjectName("findRegistration")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.look_up)
        number_row = QWidget()
        line = QHBoxLayout(number_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.reg_no, 1)
        line.addWidget(self.find_button)
        self.copies = QSpinBox()
        self.copies.setObjectName("copiesAsked")
        self.copies.setRange(1, register.MAX_COPIES)
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.requester: QComboBox | None = None
        self.myself = plain_label("requesterName")
        if self.can_choose:
            self.requester = QComboBox()
            self.requester.setObjectName("requester")
            self._offer_people([(session.user.username, session.user.full_name)])
        else:
            self.myself.setText(session.user.full_name)
        self.third_party = QLineEdit()
        self.third_party.setObjectName("thirdParty")
        self.third_party.setMaxLength(300)
        self.third_party.textChanged.connect(lambda _text: self._show_consent())
        self.consent = QLineEdit()
        self.consent.setObjectName("consent")
        self.consent.setMaxLength(200)

        self.add_field("reg_no", self.reg_no, fields.REG_NO, row=number_row)
        self.add_field("copies", self.copies, copying.COPIES)
        self.add_field("purpose", self.purpose, copying.PURPOSE)
        self.add_field("requester", self.requester or self.myself, copying.REQUESTER)
        self.add_field("third_party", self.third_party, copying.THIRD_PARTY)
        self.add_field("consent", self.consent, copying.CONSENT)
        self._show_consent()
        self.retranslate_ui()
        self.reg_no.setFocus()

    # --- the registration and the people ---------------------------------------------------

    def look_up(self) -> Registration | None:
        """Find the registration typed (journalled by the service) and show what it is."""
        typed = self.reg_no.text().strip()
        if self.registration is not None and typed == self.registration.reg_no:
            return self.registration
        self.registration = None
        self.badge.set_level(None)
        self._show_about()
        if not typed:
            return None
        self.errors.labels[fields.REG_NO].show_text("")
        try:
            found = register.find(self.session, typed)
        except GrifError as exc:
            self.errors.show(exc, fields.REG_NO)
            return None
        self.registration = found
        self.badge.set_level(found.level)
        self._show_about()
        if self.requester is not None:
            try:
                self._offer_people(register.recipients(self.session, found.level))
            except GrifError as exc:
                self.errors.show(exc, copying.REQUESTER)
        return found

    def _offer_people(self, people: list[tuple[str, str]]) -> None:
        """The colleagues cleared for the level; the choice made so far (or oneself) kept."""
        combo = self.requester
        assert combo is not None
        wanted = combo.currentData() or self.session.user.username
        combo.clear()
        for username, full_name in people:
            combo.addItem(fill("%1 (%2)", full_name, username), username)
        combo.setCurrentIndex(combo.findData(wanted))

    def select_requester(self, username: str) -> None:
        if self.requester is not None:
            self.requester.setCurrentIndex(self.requester.findData(username))

    def _show_consent(self) -> None:
        named = bool(self.third_party.text().strip())
        self.set_row_visible(self.consent, named)

    # --- the request -----------------------------------------------------------------------

    def submit(self) -> None:
        requester = None
        if self.requester is not None:
            requester = self.requester.currentData()
            if not requester:
                raise InvalidInput(copying.REQUESTER, fields.EMPTY)
        third_party = self.third_party.text()
        self.request_id = copying.create_request(
            self.session, self.reg_no.text(), self.copies.value(), self.purpose.toPlainText(),
            requester=requester, third_party=third_party,
            third_party_consent=self.consent.text() if third_party.strip() else "")

    def field_for(self, exc: GrifError) -> str | None:
        if isinstance(exc, NotFound):
            typed = self.reg_no.text().strip()
            return fields.REG_NO if exc.args_values[:1] == (typed,) else copying.REQUESTER
        if isinstance(exc, ClearanceInsufficient):
            return fields.REG_NO
        return None

    # --- texts -----------------------------------------------------------------------------

    def _show_about(self) -> None:
        found = self.registration
        if found is None:
            self.about.setText(QCoreApplication.translate(
                "RequestDialog", "Type the registration number of the carrier to be copied."))
            return
        self.about.setText(fill(
            QCoreApplication.translate("RequestDialog", "%1: %2\nOriginator: %3"),
            found.reg_no, found.title,
            originator_text(found.originator.type, found.originator.name)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("RequestDialog", "New copy request"))
        texts = {
            "reg_no": QCoreApplication.translate("RequestDialog", "&Registration No.:"),
            "copies": QCoreApplication.translate("RequestDialog", "&Copies asked:"),
            "purpose": QCoreApplication.translate("RequestDialog", "&Purpose:"),
            "requester": QCoreApplication.translate("RequestDialog", "Re&quester:"),
            "third_party": QCoreApplication.translate("RequestDialog", "&Third party:"),
            "consent": QCoreApplication.translate(
                "RequestDialog", "Originator's prior written c&onsent:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.find_button.setText(QCoreApplication.translate("RequestDialog", "&Find"))
        self.purpose.setPlaceholderText(QCoreApplication.translate(
            "RequestDialog", "Why the copies are needed"))
        self.third_party.setPlaceholderText(QCoreApplication.translate(
            "RequestDialog", "Only if the copies go outside the organisation"))
        self.consent.setPlaceholderText(QCoreApplication.translate(
            "RequestDialog", "Letter No. and date of the consent"))
        if self.requester is not None:
            self.requester.setPlaceholderText(QCoreApplication.translate(
                "RequestDialog", "People cleared for this level"))
        self._show_about()

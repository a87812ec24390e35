"""Sending carriers back to their Kyrgyz originator on its written notice (S001 a.6 p.4):
the copies (all from one originator), the notice's reference and date, a channel of
S001 a.5 p.3 and the cover letter. The copies leave as one return list, dispatched; they
leave the register when the originator confirms the receipt. The service checks it all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.carriers import InternationalChannel
from desktop.domain.errors import GrifError, NotFound
from desktop.services import returns
from desktop.services.session import Session
from desktop.ui.destruction.copy_picker import CopyPicker, place_below
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.register.form_parts import date_edit


class ReturnDialog(FormDialog):
    """`list_id` is set once the copies are sent."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, min_width=760)
        self.list_id: int | None = None
        self.picker = CopyPicker(session)
        self.notice_reference = QLineEdit()
        self.notice_reference.setObjectName("noticeReference")
        self.notice_reference.setMaxLength(100)
        self.notice_date = date_edit("noticeDate")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in InternationalChannel:
            self.channel.addItem("", channel.value)
        self.channel.setCurrentIndex(-1)
        self.cover_letter = QLineEdit()
        self.cover_letter.setObjectName("coverLetter")
        self.cover_letter.setMaxLength(100)
        self.errors.add([returns.COPIES], self.picker.reg_no, self.picker.error)
        self.add_field("notice_reference", self.notice_reference, returns.NOTICE_REF)
        self.add_field("notice_date", self.notice_date, returns.NOTICE_DATE)
        self.add_field("channel", self.channel, returns.CHANNEL)
        self.add_field("cover_letter", self.cover_letter, returns.COVER_LETTER)
        place_below(self.main_layout, self.form, self.picker)
        self.picker.changed.connect(lambda: self.badge.set_level(self.picker.top_level()))
        self.resize(860, 640)
        self.retranslate_ui()
        self.picker.reg_no.setFocus()

    def submit(self) -> None:
        self.list_id = returns.send_back(
            self.session, self.picker.copy_ids(),
            notice_reference=self.notice_reference.text(),
            notice_date=self.notice_date.date().toPython(),
            channel=self.channel.currentData() or "", cover_letter=self.cover_letter.text())

    def field_for(self, exc: GrifError) -> str | None:
        if exc.message == returns.NOT_RETURNABLE or isinstance(exc, NotFound):
            return returns.COPIES
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(
            "ReturnDialog", "Return carriers to the originator"))
        self.about.setText(QCoreApplication.translate(
            "ReturnDialog", "On the originator's written notice, copies received from the "
            "Kyrgyz party go back to it, all from one originator, through an allowed "
            "channel. They leave the register when the originator confirms the receipt."))
        labels = {
            "notice_reference": QCoreApplication.translate(
                "ReturnDialog", "Notice &reference:"),
            "notice_date": QCoreApplication.translate("ReturnDialog", "Notice &date:"),
            "channel": QCoreApplication.translate("ReturnDialog", "C&hannel:"),
            "cover_letter": QCoreApplication.translate("ReturnDialog", "Co&ver letter No.:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        for i, channel in enumerate(InternationalChannel):
            self.channel.setItemText(i, QCoreApplication.translate("Channel", channel.label))
        self.channel.setPlaceholderText(QCoreApplication.translate(
            "ReturnDialog", "Choose the channel"))
        self.notice_reference.setPlaceholderText(QCoreApplication.translate(
            "ReturnDialog", "No. of the originator's notice"))
        self.ok_button.setText(QCoreApplication.translate("ReturnDialog", "&Send back"))

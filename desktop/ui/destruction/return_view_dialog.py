"""A return list: to whom and on which notice the copies went back, through which channel,
and whether the originator has confirmed the receipt. A clerk records the confirmation (the
copies then leave the register); the return list prints in the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from desktop.services import act_forms, returns
from desktop.services.register import CLERKS
from desktop.services.returns import ReturnList
from desktop.services.session import Session
from desktop.ui.destruction.record_dialog import RecordDialog
from desktop.ui.destruction.returns_model import notice_text, return_state_text
from desktop.ui.destruction.tables import fill_rows, read_only_table
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import day_text, fill, moment_text

FIELDS = ("state", "originator", "notice", "channel", "cover_letter", "sent_by", "received")


def return_print_dialog(session: Session, list_id: int, number: str,
                        parent: QWidget | None) -> PrintDialog:
    return PrintDialog(
        session, lambda lang, _progress: act_forms.return_list_pdf(session, list_id, lang),
        file_stem=f"return-list-{number}", parent=parent,
        what=lambda: QCoreApplication.translate("ReturnViewDialog", "Print the return list"))


class ReturnViewDialog(RecordDialog):
    def __init__(self, session: Session, list_id: int, parent: QWidget | None = None) -> None:
        super().__init__(FIELDS, parent)
        self.session = session
        self.found: ReturnList = returns.return_list(session, list_id)
        self.is_clerk = session.user.has_role(*CLERKS)
        self.copies_label = QLabel()
        self.copies = read_only_table("returnCopies", 7, level_column=2)
        self.copies_label.setBuddy(self.copies)
        self.main_layout.addWidget(self.copies_label)
        self.main_layout.addWidget(self.copies, 1)
        self.add_action("confirm", self.confirm_receipt)
        self.add_action("print", self.print_list)
        self.finish_layout()
        self.resize(960, 600)
        self.retranslate_ui()
        self.copies.resizeColumnsToContents()

    # --- hooks (tests replace them) --------------------------------------------------------

    def ask_reference(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, QCoreApplication.translate("ReturnViewDialog", "Receipt confirmed"),
            fill(QCoreApplication.translate(
                "ReturnViewDialog", "Reference of %1's confirmation that they received the "
                "copies of return list %2:"), self.found.originator, self.found.number))
        return text if ok else None

    # --- actions ---------------------------------------------------------------------------

    def confirm_receipt(self) -> bool:
        if self.found.confirmed or not self.is_clerk:
            return False
        reference = self.ask_reference()
        if reference is None:
            return False
        done = self.call(lambda: returns.confirm(self.session, self.found.id, reference))
        self.reload()
        return done

    def print_list(self) -> bool:
        return self.print_with(return_print_dialog(self.session, self.found.id,
                                                   self.found.number, self))

    def reload(self) -> None:
        self.call(lambda: setattr(self, "found",
                                  returns.return_list(self.session, self.found.id)))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        found = self.found
        self.setWindowTitle(fill(QCoreApplication.translate(
            "ReturnViewDialog", "Return list %1"), found.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "ReturnViewDialog", "Return list No. %1 of %2"), found.number,
            day_text(found.list_date)))
        received = ""
        if found.confirmed:
            received = fill(QCoreApplication.translate("ReturnViewDialog", "%1: %2"),
                            moment_text(found.received_at), found.receipt_reference)
        self.set_values({
            "state": return_state_text(found),
            "originator": found.originator,
            "notice": notice_text(found),
            "channel": QCoreApplication.translate("Channel", found.channel.label),
            "cover_letter": found.cover_letter,
            "sent_by": found.created_by,
            "received": received,
        }, found.top)
        labels = {
            "state": QCoreApplication.translate("ReturnViewDialog", "State:"),
            "originator": QCoreApplication.translate("ReturnViewDialog", "Originator:"),
            "notice": QCoreApplication.translate("ReturnViewDialog", "Originator's notice:"),
            "channel": QCoreApplication.translate("ReturnViewDialog", "Channel:"),
            "cover_letter": QCoreApplication.translate("ReturnViewDialog", "Cover letter No.:"),
            "sent_by": QCoreApplication.translate("ReturnViewDialog", "Sent by:"),
            "received": QCoreApplication.translate("ReturnViewDialog", "Receipt confirmed:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.copies_label.setText(QCoreApplication.translate("ReturnViewDialog", "C&opies:"))
        self.copies.setHorizontalHeaderLabels([
            QCoreApplication.translate("ReturnViewDialog", "Registration No."),
            QCoreApplication.translate("ReturnViewDialog", "Title"),
            QCoreApplication.translate("ReturnViewDialog", "Level"),
            QCoreApplication.translate("ReturnViewDialog", "Their marking"),
            QCoreApplication.translate("ReturnViewDialog", "Copy No."),
            QCoreApplication.translate("ReturnViewDialog", "Sheets"),
            QCoreApplication.translate("ReturnViewDialog", "State")])
        fill_rows(self.copies, [
            (c.reg_no, c.title, c.level, c.foreign_marking, c.copy_no, c.sheets,
             QCoreApplication.translate("CopyState", c.state.label)) for c in found.copies])
        self.action_buttons["confirm"].setText(
            QCoreApplication.translate("ReturnViewDialog", "&Confirm receipt…"))
        self.action_buttons["print"].setText(
            QCoreApplication.translate("ReturnViewDialog", "P&rint return list…"))
        self.show_actions({"confirm": self.is_clerk and not found.confirmed, "print": True})

"""Recording the signatures the members gave on the printed act: the clerk ticks who signed
(the journal keeps who recorded it and when). The act moves on once everyone has signed,
in Grif or on paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.services import destruction
from desktop.services.destruction import Act
from desktop.services.session import Session
from desktop.ui.register.form_dialog import FormDialog
from desktop.ui.widgets.display import fill


class PaperSignaturesDialog(FormDialog):
    def __init__(self, session: Session, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, level=act.top, min_width=520)
        self.act = act
        self.members = QListWidget()
        self.members.setObjectName("paperSigners")
        for member in act.unsigned:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, member.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.add_field("members", self.members, destruction.SIGNER)
        self.retranslate_ui()
        self.members.setFocus()

    def tick(self, usernames: list[str]) -> None:
        for i in range(self.members.count()):
            item = self.members.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in usernames
                               else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [self.members.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        destruction.record_paper_signatures(self.session, self.act.id, self.ticked())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "PaperSignaturesDialog", "Signatures on the printed act %1"), self.act.number))
        self.about.setText(fill(QCoreApplication.translate(
            "PaperSignaturesDialog", "Tick the members of the commission who signed the "
            "printed act %1 by hand."), self.act.number))
        self.labels["members"].setText(
            QCoreApplication.translate("PaperSignaturesDialog", "&Signed on paper:"))
        for i, member in enumerate(self.act.unsigned):
            self.members.item(i).setText(fill(QCoreApplication.translate(
                "PaperSignaturesDialog", "%1 — %2"), member.full_name,
                QCoreApplication.translate("Destruction", member.role.label)))
        self.ok_button.setText(
            QCoreApplication.translate("PaperSignaturesDialog", "&Record the signatures"))

"""Making copies under a permission (SPEC §4): how many of the copies left, and where they
are kept. The service gives them the next copy numbers of the registration and its level,
registers them in the same transaction and never exceeds the permission; the dialog then
shows the new numbers (to be written on the copies) and offers only Close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from desktop.domain.errors import GrifError
from desktop.services import copying
from desktop.services.copying import CopyRequest
from desktop.services.session import Session
from desktop.ui.copying.form import RequestForm
from desktop.ui.copying.requests_model import numbers_text
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import plain_label


class MakeCopiesDialog(RequestForm):
    """`numbers` holds the copy numbers made (empty until then)."""

    def __init__(self, session: Session, request: CopyRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.request = request
        self.numbers: list[int] = []
        self.badge.set_level(request.level)
        self.left = plain_label("copiesLeft")
        self.count = QSpinBox()
        self.count.setObjectName("copyCount")
        self.count.setRange(1, max(request.left, 1))
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location.setMaxLength(100)
        self.made_label = plain_label("madeCopies")
        self.made_label.hide()
        self.add_field("left", self.left)
        self.add_field("count", self.count, copying.COPIES)
        self.add_field("location", self.location, copying.LOCATION)
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.made_label)
        self.exhausted = request.left < 1
        if self.exhausted:
            self.count.setEnabled(False)
            self.location.setEnabled(False)
            self.ok_button.setEnabled(False)
        self.retranslate_ui()
        self.count.setFocus()

    def submit(self) -> None:
        self.numbers = copying.make_copies(self.session, self.request.id, self.count.value(),
                                           location=self.location.text())

    def accept(self) -> None:
        if self.numbers:            # already made: only closes
            QDialog.accept(self)
            return
        self.errors.clear()
        try:
            self.submit()
        except GrifError as exc:
            self.errors.show(exc)
            return
        # Made: show the numbers and stay open until the clerk has read them.
        self.count.setEnabled(False)
        self.location.setEnabled(False)
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._show_result()

    def reject(self) -> None:
        if self.numbers:
            self.done(QDialog.DialogCode.Accepted)
        else:
            super().reject()

    def _show_result(self) -> None:
        if not self.numbers:
            return
        self.made_label.setText(fill(QCoreApplication.translate(
            "MakeCopiesDialog", "Registered: %1, copies %2. Write these numbers on the "
            "copies."), self.request.reg_no,
            numbers_text(tuple(self.numbers))))
        self.made_label.show()

    def retranslate_ui(self) -> None:
        req = self.request
        self.setWindowTitle(fill(QCoreApplication.translate(
            "MakeCopiesDialog", "Make copies under request %1"), req.number))
        self.about.setText(fill(QCoreApplication.translate(
            "MakeCopiesDialog", "%1: %2\nPermission: %3, ref. %4"),
            req.reg_no, req.title, req.permitted_by, req.permission_reference or "—"))
        self.left.setText(fill(QCoreApplication.translate(
            "MakeCopiesDialog", "%1 of %2 authorised"), req.left, req.authorised))
        texts = {
            "left": QCoreApplication.translate("MakeCopiesDialog", "Copies left:"),
            "count": QCoreApplication.translate("MakeCopiesDialog", "&Copies to make now:"),
            "location": QCoreApplication.translate("MakeCopiesDialog", "&Location:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.location.setPlaceholderText(QCoreApplication.translate(
            "MakeCopiesDialog", "Where the source's copies are kept, if left empty"))
        if self.exhausted:
            self.message.show_text(QCoreApplication.translate(
                "MakeCopiesDialog", "No copies are left under this permission."))
        self._show_result()

"""A copy's card: what it is, where it is, and every move it made (SPEC §2).

The service gives the card only to a user cleared for the copy and journals the viewing.
Printing the card (a print is itself a carrier, registered by the service) is offered when
the printing service provides it; the file name is asked before anything is printed, so a
print is never made for nothing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.carriers import CopyState, InternationalChannel, Move, OriginatorType
from desktop.domain.errors import GrifError
from desktop.i18n import LANGUAGES
from desktop.services import printing, register, stored
from desktop.services.register import CopyCard
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.ops import run_with_progress
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadge, level_name
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.register.register_model import (
    cell_text,
    date_text,
    holder_text,
    originator_text,
)
from desktop.ui.widgets import clipboard, display
from desktop.ui.widgets.display import fill
from desktop.ui.widgets.fields import run_modal
from desktop.ui.widgets.retranslate import Retranslating

PRINT_LANGUAGES = ("kk", "ru", "ky")
HISTORY = ("date", "from", "to", "whom", "basis", "by")


def _state(code: str) -> str:
    if not code:
        return "—"
    try:
        return QCoreApplication.translate("CopyState", CopyState(code).label)
    except ValueError:
        return code


def _when(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def _channel(code: str) -> str:
    try:
        return QCoreApplication.translate("Channel", InternationalChannel(code).label)
    except ValueError:
        return code      # a domestic channel, as the administrator wrote it


def whom_text(move: Move) -> str:
    """To whom or where: the person, or the organisation with the channel and letter."""
    if move.to_user:
        return move.to_user
    parts = [p for p in (move.to_org, _channel(move.channel) if move.channel else "") if p]
    if move.to_org and move.reference:
        parts.append(fill(QCoreApplication.translate("CopyCardDialog", "letter No. %1"),
                          move.reference))
    return ", ".join(parts)


def transfer_text(transfer: dict) -> str:
    """What S001 a.5 asks of a transfer abroad: the recipient's written confirmation and, for
    a large carrier, its transport, route and escort."""
    text = fill(QCoreApplication.translate(
        "CopyCardDialog", "recipient's confirmation %1 of %2"), transfer["confirmation_ref"],
        display.day_text(stored.day(transfer["confirmation_date"])))
    if transfer["large"]:
        text += "; " + fill(QCoreApplication.translate(
            "CopyCardDialog", "transport: %1, route: %2, escort: %3"), transfer["transport"],
            transfer["route"], transfer["escort"])
    return text


class CopyCardDialog(Retranslating, QDialog):
    """Raises the service's error (e.g. ClearanceInsufficient) when the card is refused."""

    def __init__(self, session: Session, copy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.copy_id = copy_id
        self.card: CopyCard = register.card(session, copy_id)
        row = self.card.row
        self.badge = LevelBadge(self.card.registration.level)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        header = QFormLayout()
        for key, value in (("title", row.get("title", "")),
                           ("kind", cell_text(row, "kind")),
                           ("reg_date", date_text(row.get("reg_date"))),
                           ("originator", originator_text(row)),
                           ("holder", holder_text(row)),
                           ("location", row.get("location") or ""),
                           ("state", ""),
                           ("levels", "")):
            label, shown = QLabel(), QLabel(value)
            shown.setObjectName(f"card_{key}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key], self.values[key] = label, shown
            header.addRow(label, shown)
        self.history = QTableWidget(len(self.card.moves), len(HISTORY))
        self.history.setObjectName("history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history_label = QLabel()
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printCard")
        self.print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for code, name, _ in LANGUAGES:
            if code in PRINT_LANGUAGES:
                action = self.print_menu.addAction(name)   # each language in itself
                action.triggered.connect(lambda _=False, c=code: self.print_card(c))
                self.print_actions[code] = action
        self.print_button.setMenu(self.print_menu)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        # S001 a.5 p.3: the receipt is confirmed to the Party that sent the carrier.
        self.confirmation_button = QPushButton()
        self.confirmation_button.setObjectName("receiptConfirmation")
        self.confirmation_button.clicked.connect(lambda: self.print_confirmation())
        self.buttons.addButton(self.confirmation_button,
                               QDialogButtonBox.ButtonRole.ActionRole)
        self.confirmation_button.setVisible(self.from_kyrgyz_party())
        self.confirmation_button.setEnabled(session.user.has_role(*register.CLERKS))
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyNumber")
        self.copy_button.clicked.connect(lambda: self.copy_number())
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate_ui()
        self.history.resizeColumnsToContents()
        self.history.setFocus()

    # --- printing --------------------------------------------------------------------------

    def ask_path(self, lang: str) -> Path | None:
        """Where to save the printed card (None: the user changed their mind)."""
        reg = self.card.registration
        name = f"{reg.reg_no}-{self.card.copy.copy_no}-{lang}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("CopyCardDialog", "Save the copy's card"),
            str(Path.home() / f"{name}.pdf"),
            QCoreApplication.translate("CopyCardDialog", "PDF files (*.pdf)"))
        return Path(path) if path else None

    def print_card(self, lang: str) -> Path | None:
        target = self.ask_path(lang)
        if target is None:
            return None
        self.message.show_text("")
        self.status.clear()
        session, copy_id = self.session, self.copy_id
        make = printing.copy_card_pdf  # type: ignore[attr-defined]
        try:
            pdf = run_with_progress(
                self, QCoreApplication.translate("CopyCardDialog", "Printing the card…"),
                lambda _progress: make(session, copy_id, lang), raise_errors=True)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return None
        if pdf is None:
            return None
        partial = target.with_name(target.name + ".part")
        try:
            partial.write_bytes(pdf)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            self.message.show_text(fill(QCoreApplication.translate(
                "CopyCardDialog", "The file %1 could not be written (%2). Choose another "
                "place."), target, exc.strerror or type(exc).__name__))
            return None
        self.status.setText(fill(
            QCoreApplication.translate("CopyCardDialog", "Saved to %1"), target))
        return target

    def copy_number(self) -> str:
        """The registration number on the clipboard for 30 s."""
        reg_no = self.card.registration.reg_no
        clipboard.copy_text(reg_no)
        self.message.show_text("")
        self.status.setText(clipboard.copied_notice(reg_no))
        return reg_no

    def from_kyrgyz_party(self) -> bool:
        return self.card.registration.originator.type is OriginatorType.KYRGYZ

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in); deleted afterwards."""
        return run_modal(dialog)

    def print_confirmation(self) -> Path | None:
        """The confirmation of receipt to the Kyrgyz party, as a registered printout."""
        if not self.from_kyrgyz_party():
            return None
        session, reg = self.session, self.card.registration
        dialog = PrintDialog(
            session, lambda lang, _progress: printing.receipt_confirmation_pdf(
                session, reg.id, lang),
            file_stem=f"{reg.reg_no}-receipt", parent=self,
            what=lambda: QCoreApplication.translate(
                "CopyCardDialog", "Print the receipt confirmation"))
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        self.message.show_text("")
        self.status.setText(dialog.result_text())
        return dialog.saved

    # --- texts -----------------------------------------------------------------------------

    def _fill_history(self) -> None:
        for r, move in enumerate(self.card.moves):
            whom = whom_text(move)
            transfer = self.card.transfers.get(move.id)
            if transfer is not None:
                whom = "; ".join([whom, transfer_text(transfer)])
            values = (_when(move.at), _state(move.from_state), _state(move.to_state),
                      whom, move.basis, move.by_user)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(r, c, item)

    def retranslate_ui(self) -> None:
        reg, copy = self.card.registration, self.card.copy
        self.setWindowTitle(fill(QCoreApplication.translate(
            "CopyCardDialog", "Card of copy No. %2 of %1"), reg.reg_no, copy.copy_no))
        self.heading.setText(fill(QCoreApplication.translate(
            "CopyCardDialog", "%1, copy No. %2"), reg.reg_no, copy.copy_no))
        texts = {
            "title": QCoreApplication.translate("CopyCardDialog", "Title:"),
            "kind": QCoreApplication.translate("CopyCardDialog", "Kind:"),
            "reg_date": QCoreApplication.translate("CopyCardDialog", "Registered on:"),
            "originator": QCoreApplication.translate("CopyCardDialog", "Originator:"),
            "holder": QCoreApplication.translate("CopyCardDialog", "Who has it:"),
            "location": QCoreApplication.translate("CopyCardDialog", "Location:"),
            "state": QCoreApplication.translate("CopyCardDialog", "State:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.values["kind"].setText(cell_text(self.card.row, "kind"))
        self.values["originator"].setText(originator_text(self.card.row))
        self.values["state"].setText(_state(copy.state.value))
        # Earlier levels (marking-change cases): the register shows the current one.
        self.labels["levels"].setText(QCoreApplication.translate(
            "CopyCardDialog", "Level changes:"))
        self.values["levels"].setText("\n".join(fill(QCoreApplication.translate(
            "CopyCardDialog", "%1 → %2 (case %3, %4)"), level_name(change.old),
            level_name(change.new) if change.new else QCoreApplication.translate(
                "CopyCardDialog", "declassified"),
            change.case_number, _when(change.at)) for change in self.card.levels))
        for widget in (self.labels["levels"], self.values["levels"]):
            widget.setVisible(bool(self.card.levels))
        self.history_label.setText(QCoreApplication.translate("CopyCardDialog", "History:"))
        self.history.setHorizontalHeaderLabels([
            QCoreApplication.translate("CopyCardDialog", "Date"),
            QCoreApplication.translate("CopyCardDialog", "From state"),
            QCoreApplication.translate("CopyCardDialog", "To state"),
            QCoreApplication.translate("CopyCardDialog", "To whom / where"),
            QCoreApplication.translate("CopyCardDialog", "Basis"),
            QCoreApplication.translate("CopyCardDialog", "Recorded by"),
        ])
        self._fill_history()
        self.print_button.setText(QCoreApplication.translate("CopyCardDialog", "&Print…"))
        self.copy_button.setText(
            QCoreApplication.translate("CopyCardDialog", "Copy &number"))
        self.copy_button.setToolTip(QCoreApplication.translate(
            "CopyCardDialog", "Copy the registration number; the clipboard is cleared after "
                              "30 seconds"))
        self.confirmation_button.setText(
            QCoreApplication.translate("CopyCardDialog", "Receipt &confirmation…"))
        self.confirmation_button.setToolTip(QCoreApplication.translate(
            "CopyCardDialog", "Print the confirmation of receipt for the Kyrgyz party"))
        self.print_button.setToolTip(
            QCoreApplication.translate("CopyCardDialog", "Print the card as a PDF file"))

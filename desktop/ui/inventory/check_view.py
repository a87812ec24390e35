"""An inventory check being done: the commission reads each copy's label into the entry
field ("12с/2026 / 3", Enter) and the copy is ticked found; a label the check does not
expect may be recorded as surplus. The expected copies are listed a page at a time
(filtered: all, not checked yet, found, missing) and can be marked found or missing by
selection; what is left can be marked missing at once, after a confirmation that says how
many. The counts are always in view. Finishing is refused while a copy is unchecked and,
once done, shows the loss cases opened for the missing copies; the act prints at any time
(a draft while the check is open). The service checks every step again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.inventory import CheckState, ItemResult
from desktop.services import act_forms, inventory
from desktop.services.inventory import Check
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.errors import error_text
from desktop.ui.inventory import texts
from desktop.ui.inventory.items_model import ALL, FOUND, MISSING, UNCHECKED, CheckItemsModel
from desktop.ui.inventory.surplus_dialog import SurplusDialog
from desktop.ui.ops import run_with_progress
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import LevelBadge, LevelBadgeDelegate
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import day_text, fill
from desktop.ui.widgets.fields import plain_label, run_modal, value_form
from desktop.ui.widgets.list_section import list_table
from desktop.ui.widgets.retranslate import Retranslating

BATCH = 500           # copies marked missing per transaction by "Mark all remaining…"
FIELDS = ("kind", "as_of", "commission", "counts", "incidents")
FILTERS = (ALL, UNCHECKED, FOUND, MISSING)


def _plural_messages() -> None:  # never called: read by lupdate only (see journal_page)
    QCoreApplication.translate(
        "CheckView", "Mark the %n remaining unchecked copy(ies) missing? Each one opens a "
        "loss case when the check is finished.", "", 0)
    QCoreApplication.translate("CheckView", "%n copy(ies) marked missing.", "", 0)


def inventory_act_dialog(session: Session, check: Check, parent: QWidget | None) -> PrintDialog:
    """The print dialog of a check's act (the language is chosen there)."""
    return PrintDialog(
        session, lambda lang, _progress: act_forms.inventory_act_pdf(session, check.id, lang),
        file_stem=f"inventory-act-{check.number}", parent=parent,
        what=lambda: QCoreApplication.translate("CheckView", "Print the inventory act"))


class CheckViewDialog(Retranslating, QDialog):
    """Raises the service's error when the check may not be shown to this user."""

    def __init__(self, session: Session, check_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check_id = check_id
        self.check: Check = inventory.check(session, check_id)
        self.can_act = session.user.has_role(*CLERKS)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.badge = LevelBadge(self.check.top)
        form, self.labels, self.values = value_form(FIELDS, "check")
        self.values["counts"].setStyleSheet("font-weight: bold;")   # always in view
        # The entry field: a label read (or scanned) and Enter.
        self.entry = QLineEdit()
        self.entry.setObjectName("labelEntry")
        self.entry.setMaxLength(80)
        self.entry.returnPressed.connect(lambda: self.tick_entry())
        self.entry_label = QLabel()
        self.entry_label.setBuddy(self.entry)
        self.entry_message = ErrorLabel()
        self.entry_message.setObjectName("entryMessage")
        self.entry_result = QLabel()
        self.entry_result.setObjectName("entryResult")
        self.filter = QComboBox()
        self.filter.setObjectName("resultFilter")
        for code in FILTERS:
            self.filter.addItem("", code)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.model = CheckItemsModel(session, check_id, self)
        self.model.failed.connect(lambda exc: self.message.show_text(error_text(exc)))
        self.table = list_table("checkItems", self.model, many=True)
        self.table.setItemDelegateForColumn(CheckItemsModel.column_of("level"),
                                            LevelBadgeDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.filter.currentIndexChanged.connect(
            lambda _i: self.model.set_result(self.filter.currentData()))
        self.message = ErrorLabel()
        self.message.setObjectName("dialogMessage")
        self.status = plain_label("checkStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # Enter belongs to the entry field: no button of the dialog takes it.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.actions: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, slot in (("found", self.mark_selected_found),
                           ("missing", self.mark_selected_missing),
                           ("rest", self.mark_rest_missing), ("surplus", self.add_surplus),
                           ("finish", self.finish), ("print", self.print_act)):
            button = QPushButton()
            button.setObjectName(f"{name}Button")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.actions[name] = button
            bar.addWidget(button)
            if name == "surplus":
                bar.addStretch(1)
        for name in ("found", "missing", "rest", "surplus", "finish"):
            self.actions[name].setVisible(self.can_act)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(self.heading, 1)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_label)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.filter_label)
        entry_row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(entry_row)
        layout.addWidget(self.entry_message)
        layout.addWidget(self.entry_result)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)
        self.model.set_result(ALL)
        self.retranslate_ui()
        self.table.resizeColumnsToContents()
        self.entry.setFocus()

    # --- hooks (tests replace them) --------------------------------------------------------

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CheckView", "Inventory check"), question)
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        return run_modal(dialog)

    # --- ticking off -----------------------------------------------------------------------

    def tick_entry(self) -> bool:
        """The label in the entry field is found; a wrong one stays there with its message,
        a label the check does not expect may be recorded as surplus."""
        self.entry_message.show_text("")
        self.entry_result.setText("")
        try:
            reg_no, copy_no = texts.parse_label(self.entry.text())
            copy_id = inventory.find(self.session, self.check_id, reg_no, copy_no)
        except InvalidInput as exc:
            self._entry_refused(exc)
            if exc.message == inventory.NOT_EXPECTED and self.can_act and self.confirm(
                    fill(QCoreApplication.translate(
                        "CheckView", "%1 is not among the copies this check expects. Is it "
                        "here? Record it as a surplus item?"), self.entry.text().strip())):
                self.add_surplus(reg_no, copy_no)
            return False
        except GrifError as exc:
            self._entry_refused(exc)
            return False
        if not self._mark([copy_id], found=True):
            return False
        self.entry_result.setText(fill(QCoreApplication.translate(
            "CheckView", "%1: found"), texts.label_text(reg_no, copy_no)))
        self.entry.clear()
        return True

    def _entry_refused(self, exc: GrifError) -> None:
        self.entry_message.show_text(error_text(exc))
        self.entry.selectAll()          # kept: correct it or type over it
        self.entry.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item.copy_id for item in (self.model.item(r) for r in rows) if item]

    def mark_selected_found(self) -> int:
        ids = self.selected_ids()
        return len(ids) if ids and self._mark(ids, found=True) else 0

    def mark_selected_missing(self) -> int:
        ids = self.selected_ids()
        return len(ids) if ids and self._mark(ids, found=False) else 0

    def _mark(self, copy_ids: list[int], *, found: bool) -> bool:
        self.message.show_text("")
        try:
            if found:
                inventory.mark_found(self.session, self.check_id, copy_ids)
            else:
                inventory.mark_missing(self.session, self.check_id, copy_ids)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return False
        # The rows change in place: a long list scrolled far is not read again.
        self.reload(rows=not self.model.apply(
            copy_ids, ItemResult.FOUND if found else ItemResult.MISSING))
        return True

    def mark_rest_missing(self) -> int:
        """Every copy not checked yet is marked missing, after a confirmation with their
        number; a page at a time on a worker. Returns how many were marked."""
        left = self.check.counts["unchecked"]
        if not left or not self.confirm(QCoreApplication.translate(
                "CheckView", "Mark the %n remaining unchecked copy(ies) missing? Each one "
                "opens a loss case when the check is finished.", "", left)):
            return 0
        session, check_id = self.session, self.check_id

        def job(progress) -> int:
            done = 0
            while page := inventory.items(session, check_id, result=None, limit=BATCH):
                inventory.mark_missing(session, check_id, [i.copy_id for i in page])
                done += len(page)
                if not progress(done, left):
                    break           # what is marked stays marked; the counts say the rest
            return done

        self.message.show_text("")
        try:
            done = run_with_progress(self, QCoreApplication.translate(
                "CheckView", "Marking copies missing…"), job, raise_errors=True) or 0
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            done = 0
        self.reload()
        self.status.setText(QCoreApplication.translate(
            "CheckView", "%n copy(ies) marked missing.", "", done))
        return done

    def add_surplus(self, reg_no: str = "", copy_no: int | None = None) -> bool:
        dialog = SurplusDialog(self.session, self.check_id, self.check.number, reg_no=reg_no,
                               copy_no=copy_no, parent=self)
        if not self.run_dialog(dialog):
            return False
        self.entry.clear()
        self.entry_message.show_text("")
        self.reload()
        self.status.setText(QCoreApplication.translate("CheckView",
                                                       "The surplus item is recorded."))
        return True

    # --- finishing and the act -------------------------------------------------------------

    def finish(self) -> list[str] | None:
        """Close the check; None when refused or not confirmed. While copies are unchecked
        the service's refusal says how many (nothing is skipped silently)."""
        counts = self.check.counts
        if not counts["unchecked"] and not self.confirm(fill(QCoreApplication.translate(
                "CheckView", "Finish check %1? Found: %2, missing: %3, surplus: %4. Each "
                "missing copy opens a loss case and is recorded as lost. A finished check "
                "cannot be changed."), self.check.number, counts["found"], counts["missing"],
                counts["surplus"])):
            return None
        self.message.show_text("")
        try:
            opened = inventory.finish(self.session, self.check_id)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return None
        self.reload()
        if opened:
            self.status.setText(fill(QCoreApplication.translate(
                "CheckView", "The check is finished. Loss cases opened: %1."),
                ", ".join(opened)))
        else:
            self.status.setText(QCoreApplication.translate(
                "CheckView", "The check is finished. Nothing is missing: no loss case."))
        return opened

    def print_act(self) -> bool:
        dialog = inventory_act_dialog(self.session, self.check, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return False
        self.status.setText(dialog.result_text())
        return True

    def reload(self, *, rows: bool = True) -> None:
        """The check's counts and state again, and its rows unless they are up to date."""
        try:
            self.check = inventory.check_again(self.session, self.check_id)
        except GrifError as exc:
            self.message.show_text(error_text(exc))
            return
        if rows:
            self.model.reload()
        self._fill_values()
        self.update_actions()

    def update_actions(self) -> None:
        open_check = self.check.state is CheckState.OPEN and self.can_act
        selected = bool(self.selected_ids())
        self.entry.setEnabled(open_check)
        self.actions["found"].setEnabled(open_check and selected)
        self.actions["missing"].setEnabled(open_check and selected)
        self.actions["rest"].setEnabled(open_check and self.check.counts["unchecked"] > 0)
        self.actions["surplus"].setEnabled(open_check)
        self.actions["finish"].setEnabled(open_check)

    # --- texts -----------------------------------------------------------------------------

    def _fill_values(self) -> None:
        check = self.check
        kind = texts.kind_text(check.kind)
        if check.reason:
            kind = fill(QCoreApplication.translate("CheckView", "%1: %2"), kind, check.reason)
        if check.custodian:
            kind = fill(QCoreApplication.translate("CheckView", "%1 (copies of %2)"), kind,
                        check.custodian)
        chair = [m.full_name for m in check.commission if m.role == "chair"]
        members = [m.full_name for m in check.commission if m.role != "chair"]
        incidents = ", ".join(f"{number} ({label})" for number, label in check.incidents)
        values = {
            "kind": kind,
            "as_of": day_text(check.as_of),
            "commission": fill(QCoreApplication.translate(
                "CheckView", "Chair: %1. Members: %2."), ", ".join(chair), ", ".join(members)),
            "counts": texts.counts_text(check.counts),
            "incidents": incidents or "—",
        }
        for key, value in values.items():
            self.values[key].setText(value)
        self.heading.setText(fill(QCoreApplication.translate(
            "CheckView", "Inventory check %1: %2"), check.number,
            texts.check_state_text(check.state)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate(
            "CheckView", "Inventory check %1"), self.check.number))
        labels = {
            "kind": QCoreApplication.translate("CheckView", "Kind:"),
            "as_of": QCoreApplication.translate("CheckView", "As of:"),
            "commission": QCoreApplication.translate("CheckView", "Commission:"),
            "counts": QCoreApplication.translate("CheckView", "Counts:"),
            "incidents": QCoreApplication.translate("CheckView", "Loss cases opened:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self._fill_values()
        self.entry_label.setText(QCoreApplication.translate(
            "CheckView", "&Registration / copy No.:"))
        self.entry.setPlaceholderText(QCoreApplication.translate(
            "CheckView", "e.g. 12с/2026 / 3, then Enter: the copy is found"))
        self.filter_label.setText(QCoreApplication.translate("CheckView", "&Show:"))
        for i, text in enumerate((
                QCoreApplication.translate("CheckView", "All copies"),
                QCoreApplication.translate("CheckView", "Not checked yet"),
                QCoreApplication.translate("CheckView", "Found"),
                QCoreApplication.translate("CheckView", "Missing"))):
            self.filter.setItemText(i, text)
        buttons = {
            "found": QCoreApplication.translate("CheckView", "Mark selected &found"),
            "missing": QCoreApplication.translate("CheckView", "Mark selected &missing"),
            "rest": QCoreApplication.translate("CheckView", "Mark all &remaining missing…"),
            "surplus": QCoreApplication.translate("CheckView", "S&urplus item…"),
            "finish": QCoreApplication.translate("CheckView", "F&inish…"),
            "print": QCoreApplication.translate("CheckView", "&Print act…"),
        }
        for name, text in buttons.items():
            self.actions[name].setText(text)
        self.table.setAccessibleName(QCoreApplication.translate(
            "CheckView", "Copies the check expects"))
        self.model.retranslate()
        self.update_actions()


"""A damage-assessment dossier (seed 000 p.3–14): the steps line (degree → assessment →
agreement where needed → signatures → approval → dispatch, or the owner's reading), the
overview with the 30-day term and the days left, the commission with who has signed, the
indicators of p.8, the files, and the conclusion printed in kk, ru or ky.

What can be done follows the state and the user's roles (the service checks it again): the
commission and the clerks establish the degree, set indicators and assess; the head or a
clerk seat the commission and record an agreement; signers sign with their own password and
the clerk records paper signatures; the head approves; the clerk records the dispatch (or
the owner's reading). Commission members see only the dossiers they sit on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dossier import DossierState, Variant
from desktop.domain.roles import Role
from desktop.services import dossier_view, dossiers
from desktop.services.dossier_view import Dossier
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.ui.destruction.record_dialog import RecordDialog
from desktop.ui.destruction.tables import fill_rows, read_only_table
from desktop.ui.dossiers import texts
from desktop.ui.dossiers.agree_dialog import AgreeDialog
from desktop.ui.dossiers.assess_dialog import AssessDialog
from desktop.ui.dossiers.commission_panel import CommissionPanel
from desktop.ui.dossiers.degree_dialog import DegreeDialog
from desktop.ui.dossiers.dispatch_dialog import DispatchDialog
from desktop.ui.dossiers.files_panel import FilesPanel
from desktop.ui.dossiers.indicator_dialog import IndicatorDialog
from desktop.ui.dossiers.overview import FIELDS, field_labels, overview
from desktop.ui.dossiers.owner_read_dialog import OwnerReadDialog
from desktop.ui.dossiers.paper_dialog import PaperSignatureDialog
from desktop.ui.dossiers.sign_dialog import DossierSignDialog
from desktop.ui.marking import texts as deadline_texts
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.widgets.display import fill

ACTIONS = ("degree", "assess", "agree", "sign", "paper", "approve", "dispatch", "owner_read",
           "print")
WORKERS = (*CLERKS, Role.COMMISSION)


def conclusion_print_dialog(session: Session, dossier_id: int, number: str,
                            parent: QWidget | None) -> PrintDialog:
    """The conclusion of p.11 in kk, ru or ky (the language is chosen in the dialog)."""
    return PrintDialog(
        session, lambda lang, _progress: dossier_view.conclusion_pdf(session, dossier_id, lang),
        file_stem=f"conclusion-{number}", parent=parent,
        what=lambda: QCoreApplication.translate("DossierView", "Print the conclusion"))


class DossierViewDialog(RecordDialog):
    """Raises the service's error when the dossier may not be shown to this user."""

    def __init__(self, session: Session, dossier_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(FIELDS, parent)
        self.session = session
        self.dossier: Dossier = dossier_view.dossier(session, dossier_id)
        user = session.user
        self.is_clerk = user.has_role(*CLERKS)
        self.is_head = user.has_role(Role.ORG_HEAD)
        self.works = user.has_role(*WORKERS)
        self.steps = QLabel()
        self.steps.setObjectName("dossierSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.main_layout.insertWidget(1, self.steps)
        self.values["content"].setMinimumWidth(480)
        # the deadline's highlight hugs its text instead of the whole row; a short line that
        # is not wrapped, or the width would be guessed too small and the days left cut off
        self.values["deadline"].setWordWrap(False)
        self.values["deadline"].setSizePolicy(QSizePolicy.Policy.Maximum,
                                              QSizePolicy.Policy.Preferred)
        self.commission = CommissionPanel(self)
        self.indicators = read_only_table("dossierIndicators", 3)
        self.indicator_button = QPushButton()
        self.indicator_button.setObjectName("indicatorButton")
        self.indicator_button.setAutoDefault(False)
        self.indicator_button.clicked.connect(lambda _=False: self.set_indicator())
        self.indicators_total = QLabel()
        self.indicators_total.setObjectName("indicatorsTotal")
        indicators = QWidget()
        column = QVBoxLayout(indicators)
        column.addWidget(self.indicators, 1)
        row = QHBoxLayout()
        row.addWidget(self.indicator_button)
        row.addWidget(self.indicators_total, 1)
        column.addLayout(row)
        self.files = FilesPanel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossierTabs")
        for widget in (self.commission, indicators, self.files):
            self.tabs.addTab(widget, "")
        self.main_layout.addWidget(self.tabs, 1)
        for name in ACTIONS:
            self.add_action(name, getattr(self, "print_conclusion" if name == "print"
                                          else name))
        self.finish_layout()
        self.resize(1100, 860)
        self.retranslate_ui()

    # --- what may be done now --------------------------------------------------------------

    def allowed(self) -> dict[str, bool]:
        d, state = self.dossier, self.dossier.state
        signing = (state is DossierState.ASSESSED and d.row["head_has_authority"]) or (
            state is DossierState.AGREED)
        waiting = bool(texts.unsigned(d))
        return {
            "degree": state is DossierState.ASSIGNED and self.works,
            "assess": state is DossierState.DEGREE_SET and self.works,
            "agree": state is DossierState.ASSESSED and not d.row["head_has_authority"] and (
                self.is_clerk or self.is_head),
            "sign": signing and waiting,
            "paper": signing and waiting and self.is_clerk,
            "approve": state is DossierState.SIGNED and self.is_head,
            "dispatch": state is DossierState.APPROVED and d.variant is Variant.BREACH
            and self.is_clerk,
            "owner_read": state is DossierState.APPROVED and d.variant is Variant.OWNER
            and self.is_clerk,
            "print": True,
        }

    # --- actions ---------------------------------------------------------------------------

    def _step(self, name: str, dialog_class) -> bool:
        """Open a step's dialog when the step is open now, then show the dossier again."""
        if not self.allowed()[name]:
            return False
        done = self.run_dialog(dialog_class(self.session, self.dossier, self))
        self.reload()
        return done

    def degree(self) -> bool:
        return self._step("degree", DegreeDialog)

    def assess(self) -> bool:
        return self._step("assess", AssessDialog)

    def agree(self) -> bool:
        return self._step("agree", AgreeDialog)

    def sign(self) -> bool:
        return self._step("sign", DossierSignDialog)

    def paper(self) -> bool:
        return self._step("paper", PaperSignatureDialog)

    def dispatch(self) -> bool:
        return self._step("dispatch", DispatchDialog)

    def owner_read(self) -> bool:
        return self._step("owner_read", OwnerReadDialog)

    def set_indicator(self, number: int = 1) -> bool:
        if not self.indicators_open():
            return False
        chosen = self.indicators.currentRow()
        done = self.run_dialog(IndicatorDialog(self.session, self.dossier,
                                               chosen + 1 if chosen >= 0 else number, self))
        self.reload()
        return done

    def indicators_open(self) -> bool:
        return self.dossier.state is DossierState.DEGREE_SET and self.works

    def approve(self) -> bool:
        if not self.allowed()["approve"] or not self.confirm(
                QCoreApplication.translate("DossierView", "Approve the conclusion"),
                fill(QCoreApplication.translate(
                    "DossierView", "Approve the conclusion of dossier %1 as the head of the "
                    "organisation?"), self.dossier.number)):
            return False
        done = self.call(lambda: dossiers.approve(self.session, self.dossier.id))
        self.reload()
        return done

    def print_conclusion(self) -> bool:
        return self.print_with(conclusion_print_dialog(self.session, self.dossier.id,
                                                       self.dossier.number, self))

    def reload(self) -> None:
        self.call(lambda: setattr(self, "dossier",
                                  dossier_view.dossier(self.session, self.dossier.id)))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def _fill_indicators(self) -> None:
        known = {n: (amount, why) for n, amount, why in self.dossier.indicators}
        fill_rows(self.indicators, [
            (texts.indicator_text(n), texts.tenge_text(known[n][0]) if n in known else "",
             known[n][1] if n in known else "") for n in range(1, 13)])
        total = sum(amount for amount, _why in known.values())
        self.indicators_total.setText(fill(QCoreApplication.translate(
            "DossierView", "Total: %1"), texts.tenge_text(total)))

    def retranslate_ui(self) -> None:
        d = self.dossier
        self.setWindowTitle(fill(QCoreApplication.translate("DossierView", "Dossier %1"),
                                 d.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "DossierView", "Damage-assessment dossier No. %1: %2"), d.number,
            texts.label(d.variant)))
        self.steps.setText(texts.steps_html(d))
        for key, text in field_labels().items():
            self.labels[key].setText(text)
        self.set_values(overview(d, self.session.today), d.level or d.top)
        found = texts.highlight(d, self.session.today)
        self.values["deadline"].setStyleSheet(
            deadline_texts.style_sheet(d.deadline, self.session.today) if found else "")
        self.form.setRowVisible(FIELDS.index("agreement"), not d.row["head_has_authority"])
        self.commission.retranslate_ui()
        self.files.retranslate_ui()
        self.indicators.setHorizontalHeaderLabels([
            QCoreApplication.translate("DossierView", "Indicator (p.8)"),
            QCoreApplication.translate("DossierView", "Amount"),
            QCoreApplication.translate("DossierView", "Justification")])
        self._fill_indicators()
        self.indicator_button.setText(QCoreApplication.translate("DossierView",
                                                                 "Set &indicator…"))
        self.indicator_button.setVisible(self.indicators_open())
        for i, text in enumerate((
                QCoreApplication.translate("DossierView", "Commission"),
                QCoreApplication.translate("DossierView", "Indicators"),
                QCoreApplication.translate("DossierView", "Files"))):
            self.tabs.setTabText(i, text)
        labels = {
            "degree": QCoreApplication.translate("DossierView", "Secrecy &degree…"),
            "assess": QCoreApplication.translate("DossierView", "&Assess…"),
            "agree": QCoreApplication.translate("DossierView", "A&greement…"),
            "sign": QCoreApplication.translate("DossierView", "&Sign…"),
            "paper": QCoreApplication.translate("DossierView", "Record paper si&gnature…"),
            "approve": QCoreApplication.translate("DossierView", "Appro&ve"),
            "dispatch": QCoreApplication.translate("DossierView", "Dispa&tch…"),
            "owner_read": QCoreApplication.translate("DossierView", "Owner has &read…"),
            "print": QCoreApplication.translate("DossierView", "P&rint conclusion…"),
        }
        for name, text in labels.items():
            self.action_buttons[name].setText(text)
        self.show_actions(self.allowed())

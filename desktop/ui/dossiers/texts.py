"""How a dossier reads on screen, the same in the list, the dossier, its dialogs and the start
page: the labels of its enums, amounts in MCI and tenge, the days left of its 30-day term
(p.7) with the marking cases' urgency words and colours, and its steps line."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.domain.damage import INDICATORS
from desktop.domain.dossier import (
    BasisKind,
    CommissionKind,
    DossierState,
    Role,
    Variant,
    required_signers,
)
from desktop.services.dossier_view import Dossier, Participant
from desktop.services.dossiers import RangePreview
from desktop.ui.marking import texts as deadline_texts
from desktop.ui.widgets.display import day_text, fill

Labelled = Variant | DossierState | BasisKind | CommissionKind | Role


def label(value: Labelled) -> str:
    """An enum of the dossier in the UI language (its labels live in context "Dossier")."""
    return QCoreApplication.translate("Dossier", value.label)


def indicator_text(number: int) -> str:
    """The title of indicator `number` (1–12) of p.8."""
    return fill(QCoreApplication.translate("DossierTexts", "%1. %2"), number,
                QCoreApplication.translate("Damage", INDICATORS[number - 1]))


def grouped(value: Decimal | int) -> str:
    """4325000 -> "4 325 000"; decimals kept as stored ("3 500 000.50")."""
    return format(value, ",").replace(",", " ")


def tenge_text(value: Decimal | int) -> str:
    return fill(QCoreApplication.translate("DossierTexts", "%1 ₸"), grouped(value))


def mci_text(value: Decimal | int) -> str:
    return fill(QCoreApplication.translate("DossierTexts", "%1 MCI"), grouped(value))


def mci_in_force(value: int, since: dt.date) -> str:
    """The MCI used and the date it took effect (p.9)."""
    return fill(QCoreApplication.translate("DossierTexts", "MCI %1 of %2"),
                tenge_text(value), day_text(since))


def range_text(preview: RangePreview) -> str:
    """What p.10 allows, shown before an amount is entered."""
    mci = mci_in_force(preview.mci, preview.mci_date)
    if preview.single:
        return fill(QCoreApplication.translate(
            "DossierTexts", "A lost document in a single copy: exactly %1 = %2 (p.10); %3"),
            mci_text(preview.low_mci), tenge_text(preview.low_tenge), mci)
    if preview.high_mci is None or preview.high_tenge is None:
        return fill(QCoreApplication.translate(
            "DossierTexts", "Range of p.10: from %1 = from %2; %3"),
            mci_text(preview.low_mci), tenge_text(preview.low_tenge), mci)
    return fill(QCoreApplication.translate(
        "DossierTexts", "Range of p.10: %1 – %2 = %3 – %4; %5"),
        mci_text(preview.low_mci), mci_text(preview.high_mci),
        tenge_text(preview.low_tenge), tenge_text(preview.high_tenge), mci)


def amount_text(d: Dossier) -> str:
    """The final amount: in MCI and tenge, the Kyrgyz party's own, or none (p.11)."""
    row = d.row
    if d.no_state_secrets:
        return QCoreApplication.translate("DossierTexts", "none: no state secrets")
    if row["party_amount"]:
        return fill(QCoreApplication.translate("DossierTexts", "%1 %2 (assessed by the "
                                               "Kyrgyz party, %3)"),
                    grouped(Decimal(row["party_amount"])), row["party_currency"],
                    row["party_reference"])
    if d.amount_mci is None or d.amount_tenge is None:
        return ""
    return fill(QCoreApplication.translate("DossierTexts", "%1 = %2"),
                mci_text(d.amount_mci), tenge_text(d.amount_tenge))


def left_text(d: Dossier, today: dt.date) -> str:
    """Days left of the 30-day term, in words (never by colour alone)."""
    if d.state is DossierState.CLOSED:
        return QCoreApplication.translate("DossierTexts", "closed")
    if d.deadline is None:
        return QCoreApplication.translate("DossierTexts", "no term (p.14)")
    return deadline_texts.days_text(d.deadline, today)


def highlight(d: Dossier, today: dt.date):
    """(background, text) brushes of an open dossier near or past its deadline."""
    if d.state is DossierState.CLOSED or d.deadline is None:
        return None
    return deadline_texts.brushes(d.deadline, today)


def chair_name(d: Dossier) -> str:
    return next((p.name for p in d.participants if p.role is Role.CHAIR), "")


def case_text(d: Dossier) -> str:
    return d.incident_number if d.variant is Variant.BREACH else d.owner


def signers(d: Dossier) -> list[Participant]:
    """Whose signature the conclusion needs (p.11): the chair or, when absent, the deputy."""
    needed = required_signers([(p.role, p.absent) for p in d.participants])
    return [p for p in d.participants if p.role in needed and not p.absent]


def unsigned(d: Dossier) -> list[Participant]:
    return [p for p in signers(d) if not p.signed]


def signature_text(p: Participant, d: Dossier) -> str:
    if p.signed == "program":
        return QCoreApplication.translate("DossierTexts", "signed in Grif")
    if p.signed == "paper":
        return QCoreApplication.translate("DossierTexts", "signed on paper")
    if p.absent:
        return QCoreApplication.translate("DossierTexts", "absent")
    if p in signers(d):
        return QCoreApplication.translate("DossierTexts", "not signed yet")
    return QCoreApplication.translate("DossierTexts", "does not sign")


def steps(d: Dossier) -> list[DossierState]:
    """The states this dossier passes through: the agreement only where it is needed."""
    return [s for s in DossierState
            if s is not DossierState.AGREED or not d.row["head_has_authority"]]


def steps_html(d: Dossier) -> str:
    """The steps in a row: passed ones ticked, the current one in bold, the rest grey."""
    order = steps(d)
    now = order.index(d.state)
    marks = ["✓ {}" if i < now else "<b>▶ {}</b>" if i == now
             else "<span style='color: #6b6b6b'>{}</span>" for i in range(len(order))]
    return " &nbsp;→&nbsp; ".join(mark.format(html.escape(label(step)))
                                  for mark, step in zip(marks, order, strict=True))

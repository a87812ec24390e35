"""The overview of a dossier: what it assesses, on what basis, when it was assigned and when
the materials arrived, its deadline with the days left (p.7), the commission, the degree
and content established (p.9), the amount and the MCI used (p.9–10), the agreement (p.11),
the approval and the dispatch (p.12) or the owner's reading (p.14)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.dossier import CommissionKind
from desktop.domain.incidents import IncidentKind
from desktop.services.dossier_view import Dossier
from desktop.services.stored import day, moment
from desktop.ui.dossiers import texts
from desktop.ui.inventory.texts import incident_kind_text
from desktop.ui.register.level_badge import level_name
from desktop.ui.widgets.display import day_text, fill, moment_text

FIELDS = ("state", "case", "basis", "dates", "deadline", "commission", "place", "degree",
          "content", "amount", "mci", "methodology", "agreement", "approved", "closed")


def field_labels() -> dict[str, str]:
    return {
        "state": QCoreApplication.translate("DossierOverview", "State:"),
        "case": QCoreApplication.translate("DossierOverview", "Case or owner:"),
        "basis": QCoreApplication.translate("DossierOverview", "Basis:"),
        "dates": QCoreApplication.translate("DossierOverview", "Assigned, materials:"),
        "deadline": QCoreApplication.translate("DossierOverview", "Deadline (30 days):"),
        "commission": QCoreApplication.translate("DossierOverview", "Commission:"),
        "place": QCoreApplication.translate("DossierOverview", "Place:"),
        "degree": QCoreApplication.translate("DossierOverview", "Secrecy degree:"),
        "content": QCoreApplication.translate("DossierOverview", "Content:"),
        "amount": QCoreApplication.translate("DossierOverview", "Amount of damage:"),
        "mci": QCoreApplication.translate("DossierOverview", "MCI used:"),
        "methodology": QCoreApplication.translate("DossierOverview", "Methodology:"),
        "agreement": QCoreApplication.translate("DossierOverview", "Agreed with:"),
        "approved": QCoreApplication.translate("DossierOverview", "Approved:"),
        "closed": QCoreApplication.translate("DossierOverview", "Dispatch or reading:"),
    }


def _case(d: Dossier) -> str:
    if d.incident_number:
        kind = incident_kind_text(IncidentKind(d.row["incident_kind"]))
        return fill(QCoreApplication.translate("DossierOverview", "case %1 (%2)"),
                    d.incident_number, kind) + (QCoreApplication.translate(
                        "DossierOverview", "; information of the Kyrgyz party")
                        if d.party_involved else "")
    return d.owner


def _basis(d: Dossier) -> str:
    parts = [texts.label(d.basis_kind), d.basis_reference, day_text(d.basis_date)]
    return ", ".join(p for p in parts if p)


def _deadline(d: Dossier, today: dt.date) -> str:
    if d.deadline is None:
        return texts.left_text(d, today)
    return fill(QCoreApplication.translate("DossierOverview", "%1, %2"), day_text(d.deadline),
                texts.left_text(d, today))


def _commission(d: Dossier) -> str:
    if d.commission_kind is CommissionKind.EXPERT:
        return fill(QCoreApplication.translate("DossierOverview", "%1, order %2 of %3"),
                    texts.label(d.commission_kind), d.expert_order,
                    day_text(day(d.row["expert_order_date"])))
    return texts.label(d.commission_kind)


def _degree(d: Dossier) -> str:
    if d.no_state_secrets:
        return QCoreApplication.translate("DossierOverview", "no state secrets")
    return level_name(d.level) if d.level else ""


def _mci(d: Dossier) -> str:
    if d.mci_value is None or d.mci_date is None:
        return ""
    used = texts.mci_in_force(d.mci_value, d.mci_date)
    if d.row["mci_override"]:
        used = fill(QCoreApplication.translate("DossierOverview", "%1 (date named by %2)"),
                    used, d.row["mci_override"])
    return used


def _methodology(d: Dossier) -> str:
    row = d.row
    if row["methodology"]:
        return fill(QCoreApplication.translate("DossierOverview", "%1, approved by %2"),
                    row["methodology"], row["methodology_body"])
    if d.amount_mci is not None:
        single = QCoreApplication.translate("DossierOverview", "; a lost single copy") \
            if row["single_copy"] else ""
        return QCoreApplication.translate(
            "DossierOverview", "none: the range of p.10") + single
    return ""


def _agreement(d: Dossier) -> str:
    row = d.row
    if not row["agreement_body"]:
        return QCoreApplication.translate("DossierOverview", "needed before the signatures")
    return fill(QCoreApplication.translate("DossierOverview", "%1, %2 of %3"),
                row["agreement_body"], row["agreement_reference"],
                day_text(day(row["agreement_date"])))


def _closed(d: Dossier) -> str:
    row = d.row
    if row["dispatch_number"]:
        text = fill(QCoreApplication.translate("DossierOverview", "sent under No. %1 of %2"),
                    row["dispatch_number"], day_text(day(row["dispatch_date"])))
        if row["pretrial_body"]:
            text += fill(QCoreApplication.translate("DossierOverview", "; the result to %1"),
                         row["pretrial_body"])
        return text
    if row["owner_read_on"]:
        return fill(QCoreApplication.translate("DossierOverview", "read by the owner on %1"),
                    day_text(day(row["owner_read_on"])))
    return ""


def overview(d: Dossier, today: dt.date) -> dict[str, str]:
    row = d.row
    approved = ""
    if row["approved_by"]:
        approved = fill(QCoreApplication.translate("DossierOverview", "%1, %2"),
                        row["approved_by_name"], moment_text(moment(row["approved_at"])))
    return {
        "state": texts.label(d.state),
        "case": _case(d),
        "basis": _basis(d),
        "dates": fill(QCoreApplication.translate("DossierOverview", "%1; %2"),
                      day_text(d.assigned_on), day_text(d.materials_received)),
        "deadline": _deadline(d, today),
        "commission": _commission(d),
        "place": row["place"],
        "degree": _degree(d),
        "content": d.content,
        "amount": texts.amount_text(d),
        "mci": _mci(d),
        "methodology": _methodology(d),
        "agreement": _agreement(d),
        "approved": approved,
        "closed": _closed(d),
    }

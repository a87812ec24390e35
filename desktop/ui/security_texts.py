"""Security events in words: what was found and where (page, record, journal head), and how
it was found; shared by the warning at start and the start page's panel (context
"SecurityEvents")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services import security_events as ev
from desktop.services.session import Session
from desktop.ui.widgets import display
from desktop.ui.widgets.display import fill

CONTEXT = "SecurityEvents"


def _source(name: object) -> str:
    if name == "keyring":
        return QCoreApplication.translate("SecurityEvents", "the workstation's keyring")
    return QCoreApplication.translate("SecurityEvents", "the key file")


def _tamper(where: dict[str, Any], details: dict[str, Any]) -> str:
    if where.get("header_pages"):
        file_pages = int(where.get("file_pages") or 0)
        return fill(QCoreApplication.translate(
            "SecurityEvents",
            "The store file is cut short: its header says %1 pages, the file holds %2 (pages from %3 on are missing)."),  # noqa: E501
            where["header_pages"], file_pages, file_pages + 1)
    pages = [str(p) for p in where.get("bad_pages") or []]
    if len(pages) > 1:
        return fill(QCoreApplication.translate(
            "SecurityEvents", "The store file is damaged: pages %1 fail their check."),
            ", ".join(pages))
    if where.get("first_bad_page"):
        return fill(QCoreApplication.translate(
            "SecurityEvents", "The store file is damaged: page %1 fails its check."),
            where["first_bad_page"])
    problems = details.get("problems") or ["?"]
    return fill(QCoreApplication.translate(
        "SecurityEvents",
        "The store file is damaged: a page does not read (%1). The integrity check names the page."),  # noqa: E501
        problems[0])


def _chain(where: dict[str, Any]) -> str:
    kind, seq = where.get("fault"), where.get("seq")
    if kind == "missing":
        return fill(QCoreApplication.translate(
            "SecurityEvents", "Journal records before record %1 were removed."), seq)
    if kind == "order":
        return fill(QCoreApplication.translate(
            "SecurityEvents", "Journal record %1 is out of order."), seq)
    return fill(QCoreApplication.translate(
        "SecurityEvents", "Journal record %1 was changed, inserted or reordered."), seq)


def _rollback(where: dict[str, Any]) -> str:
    found = where.get("found_seq")
    found_text = "?" if found is None else found
    source = _source(where.get("anchor"))
    if where.get("kind") == "invalid":
        return fill(QCoreApplication.translate(
            "SecurityEvents", "The journal head remembered by %1 is not valid for this store."),
            source)
    if where.get("kind") == "beside":
        return fill(QCoreApplication.translate(
            "SecurityEvents",
            "The journal does not match the one %2 remembers: record %1 differs (the journal ends at record %3). The store was replaced or its journal was changed."),  # noqa: E501
            where.get("expected_seq"), source, found_text)
    return fill(QCoreApplication.translate(
        "SecurityEvents",
        "The store is an older copy: its journal ends at record %1, %2 remembers record %3."),
        found_text, source, where.get("expected_seq"))


def _moment(epoch: object) -> str:
    try:
        moment = dt.datetime.fromtimestamp(float(epoch))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return "?"
    return display.moment_text(moment)


def _burst(details: dict[str, Any]) -> str:
    accounts = ", ".join(details.get("accounts") or []) or "—"
    text = fill(QCoreApplication.translate(
        "SecurityEvents", "%1 failed logins within %2 minutes (%3 – %4); accounts: %5."),
        details.get("failures"), details.get("minutes"), _moment(details.get("from_at")),
        _moment(details.get("to_at")), accounts)
    unknown = int(details.get("unknown_names") or 0)
    if unknown:
        text += " " + fill(QCoreApplication.translate(
            "SecurityEvents", "Tries with unknown names: %1."), unknown)
    return text


def describe(action: str, where: dict[str, Any], details: dict[str, Any] | None = None
             ) -> str:
    """What was found and where, in a sentence."""
    details = details or {}
    if action == ev.TAMPER:
        return _tamper(where, details)
    if action == ev.CHAIN_BROKEN:
        return _chain(where)
    if action == ev.ROLLBACK:
        return _rollback(where)
    if action == ev.LOGIN_BURST:
        return _burst(details)
    return action


def describe_finding(finding: ev.Finding) -> str:
    """A finding of a check (not yet an event of the journal) in a sentence."""
    return describe(finding.action, finding.where, finding.facts)


def watches_events(session: Session) -> bool:
    """Administrators and auditors see security events and acknowledge them; other users
    only hear of a fault."""
    return session.user.has_role(*ev.WATCHERS)


def found_by(name: str) -> str:
    texts = {
        "open": QCoreApplication.translate("SecurityEvents", "found when the store was opened"),
        "verify": QCoreApplication.translate("SecurityEvents", "found by the integrity check"),
        "write": QCoreApplication.translate("SecurityEvents", "found while writing"),
        "start": QCoreApplication.translate("SecurityEvents", "found by the check at start"),
        "login": QCoreApplication.translate("SecurityEvents", "counted at login"),
    }
    return texts.get(name, name)


def event_text(event: ev.SecurityEvent) -> str:
    """One line of the start page's panel: when, what and where, how it was found, and
    whether an administrator or auditor has seen it."""
    when = display.moment_text(event.when.astimezone().replace(tzinfo=None))
    text = fill("%1 — %2 (%3)", when, describe(event.action, event.where, event.details),
                found_by(event.found_by))
    if event.seq is None:
        return text + " " + QCoreApplication.translate(
            "SecurityEvents", "[waiting to be written into the journal]")
    if event.acknowledged_by:
        return text + " " + fill(QCoreApplication.translate(
            "SecurityEvents", "[seen by %1]"), event.acknowledged_by)
    return fill(QCoreApplication.translate("SecurityEvents", "[not acknowledged] %1"), text)

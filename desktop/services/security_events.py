"""Security events (SPEC §8): a damaged store file, a store older than its remembered journal
head, a broken audit chain — found at open, by `verify` or by the check at every start — and
bursts of failed logins. Each is a journal record ("security.*"), so the journal export
carries it; administrators and auditors see the recent ones on their start page.

An event found while the store cannot take it (refused at open as an older copy, or too
damaged to write) waits in STORE.events — JSON lines, appended with fsync, holding only page
and record numbers — and moves into the journal at the next successful login. A fault found
again at a later start is the same event, not a new one."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.access import require_role
from desktop.domain.errors import NotFound, StoreError
from desktop.domain.roles import Role
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security.audit_chain import ChainFault
from desktop.security.keyfile import write_atomic
from desktop.services import journal
from desktop.services.session import Session, action, current_user
from desktop.store import journal_query
from desktop.store.journal_query import Criteria

if TYPE_CHECKING:
    from desktop.services.journal import HeadMismatch
    from desktop.services.session import OpenStore
    from desktop.store.engine import Connection
    from desktop.store.maintenance import IntegrityReport

TAMPER = "security.tamper"
ROLLBACK = "security.rollback"
CHAIN_BROKEN = "security.chain_broken"
LOGIN_BURST = "security.login_burst"
ACKNOWLEDGE = "security.acknowledge"
EVENTS = (TAMPER, ROLLBACK, CHAIN_BROKEN, LOGIN_BURST)

# Who sees and acknowledges security events: those who answer for the journal.
WATCHERS = (Role.AUDITOR, Role.ADMIN)
PROGRAM = "(grif)"      # the journal's actor for what the program found (not a valid user name)
BURST_FAILURES = 5      # this many failed logins…
BURST_MINUTES = 10      # …within this many minutes are a burst
RECENT_DAYS = 30
_LOOKBACK = 1000        # events of one kind read when looking for an earlier same finding

EVENT = QT_TRANSLATE_NOOP("Errors", "security event")


def pending_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".events")


@dataclass(frozen=True)
class Finding:
    """What was found (`action`) and where (`where`: page, record or journal head numbers).
    `facts` say more (the check's own words) but do not make it another finding."""

    action: str
    where: dict[str, Any]
    facts: dict[str, Any] = field(default_factory=dict)


def tamper_finding(report: IntegrityReport) -> Finding:
    where: dict[str, Any] = {"first_bad_page": report.first_bad_page,
                             "bad_pages": list(report.bad_pages)}
    if report.truncated:
        where.update(file_pages=report.file_pages, header_pages=report.header_pages)
    return Finding(TAMPER, where, {"problems": list(report.problems[:5])})


def chain_finding(fault: ChainFault) -> Finding:
    return Finding(CHAIN_BROKEN, {"seq": fault.seq, "fault": fault.kind},
                   {"text": fault.describe()})


def rollback_finding(mismatch: HeadMismatch) -> Finding:
    return Finding(ROLLBACK, mismatch.where())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _details(finding: Finding, found_by: str, user: str | None) -> dict[str, Any]:
    details: dict[str, Any] = {"where": finding.where, "found_by": found_by, **finding.facts}
    if user:
        details["user"] = user
    return details


# --- the side file -------------------------------------------------------------------------

# What a line of STORE.events may hold, and how long each text may be: the file is outside
# the store, so a line is read as untrusted input and a bad one never blocks a login.
_FIELDS = {"id": 64, "action": 64, "detected_at": 40, "found_by": 16, "user": 64, "text": 300}
MAX_PENDING = 200


def _clean(item: object) -> dict[str, Any] | None:
    if not isinstance(item, dict) or item.get("action") not in EVENTS:
        return None
    out: dict[str, Any] = {}
    for name, longest in _FIELDS.items():
        value = item.get(name)
        if isinstance(value, str) and len(value) <= longest:
            out[name] = value
    where = item.get("where")
    if "id" not in out or not isinstance(where, dict) or len(json.dumps(where)) > 2000:
        return None
    out["where"] = where
    problems = item.get("problems")
    if isinstance(problems, list):
        out["problems"] = [str(p)[:300] for p in problems[:5]]
    return out


def pending(store_path: Path) -> list[dict[str, Any]]:
    """The events waiting in STORE.events (a damaged or strange line is skipped)."""
    try:
        text = pending_path(store_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines()[:MAX_PENDING]:
        try:
            item = _clean(json.loads(line))
        except ValueError:
            continue
        if item is not None:
            out.append(item)
    return out


def note_pending(store_path: Path, finding: Finding, *, found_by: str,
                 user: str | None = None) -> None:
    """Keep an event for the journal in STORE.events; the same finding is kept once."""
    if any(p["action"] == finding.action and p.get("where") == finding.where
           for p in pending(store_path)):
        return
    item = {"id": uuid.uuid4().hex, "action": finding.action, "detected_at": _now(),
            **_details(finding, found_by, user)}
    line = (json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    # Nowhere to keep it (a read-only folder, a full disk): what the user is shown still
    # says what was found, and the next check finds it again.
    with contextlib.suppress(OSError):
        fd = os.open(pending_path(store_path), flags, 0o600)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)


def note_rollback(store_path: Path, mismatch: HeadMismatch, *, found_by: str) -> None:
    note_pending(store_path, rollback_finding(mismatch), found_by=found_by)


def note_damage(store_path: Path, exc: StoreError, *, found_by: str) -> None:
    """A page that did not read while the store was being opened or written: the event waits
    beside the store (the integrity check names the page)."""
    said = exc.args_values[0] if exc.args_values else type(exc).__name__
    note_pending(store_path, Finding(TAMPER, {"first_bad_page": None, "bad_pages": []},
                                     {"problems": [said[:300]]}), found_by=found_by)


def move_pending(conn: Connection, store: OpenStore) -> int:
    """In a login's write transaction: journal the waiting events. The side file keeps them
    until a later login sees them in the journal, so a commit that fails loses none."""
    waiting = pending(store.path)
    if not waiting:
        return 0
    moved = _moved_ids(conn, {p["id"] for p in waiting})
    for item in waiting:
        if item["id"] in moved:
            continue
        details = {k: v for k, v in item.items() if k != "action"}
        details["event_id"] = details.pop("id")
        journal.append(conn, store, actor=PROGRAM, action=item["action"], obj=store.store_id,
                       outcome="failure", details=details)
    keep = [p for p in waiting if p["id"] not in moved]
    path = pending_path(store.path)
    with contextlib.suppress(OSError):  # tidied at a later login, the journal has them
        if not keep:
            path.unlink(missing_ok=True)
        elif len(keep) < len(waiting):
            write_atomic(path, "".join(json.dumps(p, ensure_ascii=False, sort_keys=True)
                                       + "\n" for p in keep).encode("utf-8"))
    return len(keep)


def _moved_ids(conn: Connection, ids: set[str]) -> set[str]:
    found = set()
    for name in (TAMPER, ROLLBACK, CHAIN_BROKEN):
        for row in _rows(conn, name):
            event_id = _parse(row["details"]).get("event_id")
            if event_id in ids:
                found.add(event_id)
    return found


# --- findings of a check -------------------------------------------------------------------

@dataclass(frozen=True)
class Recorded:
    """A finding and its journal record (`seq` None: it waits in STORE.events). `new`: this
    check recorded it; `acknowledged_by`: an administrator or auditor who has seen it."""

    finding: Finding
    seq: int | None
    new: bool
    acknowledged_by: str | None = None


def record_findings(session: Session, findings: Iterable[Finding], *, found_by: str
                    ) -> list[Recorded]:
    """Journal what a check found (the program writes it, whoever is logged in); a fault
    already journalled is not written again. When the store does not take the record, it
    waits in STORE.events."""
    store = session.store
    out = []
    for finding in findings:
        try:
            with store.write() as conn:
                earlier = _same_event(conn, finding)
                if earlier is not None:
                    out.append(Recorded(finding, earlier, False, _acknowledger(conn, earlier)))
                    continue
                seq = journal.append(conn, store, actor=PROGRAM, action=finding.action,
                                     obj=store.store_id, outcome="failure",
                                     details=_details(finding, found_by, session.actor))
            store.after_commit()
            out.append(Recorded(finding, seq, True))
        except StoreError:
            note_pending(store.path, finding, found_by=found_by, user=session.actor)
            out.append(Recorded(finding, None, True))
    return out


def _rows(conn: Connection, name: str, since: str | None = None) -> list[dict[str, Any]]:
    return journal_query.page(conn, Criteria(action=name, ts_from=since), limit=_LOOKBACK)


def _parse(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _same_event(conn: Connection, finding: Finding) -> int | None:
    for row in _rows(conn, finding.action):
        if _parse(row["details"]).get("where") == finding.where:
            return int(row["seq"])
    return None


def _acknowledgements(conn: Connection) -> dict[int, tuple[str, str]]:
    """event seq -> (who, when) of its first acknowledgement."""
    out: dict[int, tuple[str, str]] = {}
    for row in reversed(_rows(conn, ACKNOWLEDGE)):
        if row["object"].isdigit():
            out.setdefault(int(row["object"]), (row["actor"], row["ts"]))
    return out


def _acknowledger(conn: Connection, seq: int) -> str | None:
    found = _acknowledgements(conn).get(seq)
    return found[0] if found else None


# --- bursts of failed logins ---------------------------------------------------------------

def after_failures(conn: Connection, store: OpenStore, times: list[float]) -> int:
    """In the transaction that journals failed logins (`times`, when each happened): a burst
    of BURST_FAILURES within BURST_MINUTES among them and the failures journalled before is
    journalled once. Counted by when the failures happened, not when they were journalled
    (they wait for the next login). Returns the number of bursts recorded."""
    if not times:
        return 0
    window = BURST_MINUTES * 60.0
    newest_from = min(times)
    # A failure is journalled after it happened, so the journal's own time bounds the read.
    try:
        since = dt.datetime.fromtimestamp(max(newest_from - window, 0), dt.UTC)
    except (OverflowError, OSError, ValueError):
        since = dt.datetime.fromtimestamp(0, dt.UTC)
    bursts = _rows(conn, LOGIN_BURST)
    after = float(_parse(bursts[0]["details"]).get("to_at", float("-inf"))) if bursts \
        else float("-inf")
    failures = []
    cursor: int | None = None
    crit = Criteria(action="auth.login_failed",
                    ts_from=since.isoformat(timespec="microseconds"))
    while True:
        rows = journal_query.page(conn, crit, after_seq=cursor, limit=journal_query.MAX_PAGE,
                                  newest_first=False)
        if not rows:
            break
        cursor = rows[-1]["seq"]
        for row in rows:
            at = _parse(row["details"]).get("at")
            if isinstance(at, int | float) and at > after:
                failures.append((float(at), row["actor"]))
    failures.sort()
    ats = [at for at, _ in failures]
    recorded = 0
    start = 0
    while start < len(ats):
        end = bisect.bisect_right(ats, ats[start] + window) - 1
        if end - start + 1 >= BURST_FAILURES and ats[end] >= newest_from:
            names = [name for _, name in failures[start:end + 1]]
            journal.append(conn, store, actor=PROGRAM, action=LOGIN_BURST, obj=store.store_id,
                           outcome="failure", details={
                               "failures": end - start + 1, "from_at": ats[start],
                               "to_at": ats[end], "minutes": BURST_MINUTES,
                               "accounts": sorted({n for n in names if n != "?"}),
                               "unknown_names": names.count("?")})
            recorded += 1
            start = end + 1
        else:
            start += 1
    return recorded


# --- what administrators and auditors see --------------------------------------------------

@dataclass(frozen=True)
class SecurityEvent:
    seq: int | None                 # None: still waiting in STORE.events
    when: dt.datetime               # UTC, when it was found
    action: str
    found_by: str                   # "open", "verify", "start", "login"
    details: dict[str, Any]
    acknowledged_by: str | None = None
    acknowledged_at: dt.datetime | None = None

    @property
    def where(self) -> dict[str, Any]:
        where = self.details.get("where")
        return where if isinstance(where, dict) else {}


def _time(text: object) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def recent(session: Session, days: int = RECENT_DAYS) -> list[SecurityEvent]:
    """The events of the last `days` days and those still waiting in STORE.events, the
    unacknowledged first, then the newest first (administrators and auditors; a plain read)."""
    since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(
        timespec="microseconds")
    events = []
    with session.store.read() as conn:
        require_role(current_user(conn, session), *WATCHERS)
        acks = _acknowledgements(conn)
        for name in EVENTS:
            for row in _rows(conn, name, since):
                details = _parse(row["details"])
                who, at = acks.get(row["seq"], (None, None))
                events.append(SecurityEvent(
                    row["seq"], _time(details.get("detected_at", row["ts"])), name,
                    str(details.get("found_by", "login" if name == LOGIN_BURST else "")),
                    details, who, _time(at) if at else None))
    moved = {e.details.get("event_id") for e in events}
    for item in pending(session.store.path):
        if item["id"] not in moved:     # moved in at the last login, not yet tidied away
            events.append(SecurityEvent(None, _time(item.get("detected_at")), item["action"],
                                        str(item.get("found_by", "")), item))
    events.sort(key=lambda e: e.when, reverse=True)
    events.sort(key=lambda e: e.acknowledged_by is not None)
    return events


def acknowledge(session: Session, seq: int) -> None:
    """An administrator or auditor has seen event `seq` (journalled; once is enough)."""
    with action(session, ACKNOWLEDGE, str(seq)) as tx:
        require_role(tx.user, *WATCHERS)
        rows = journal_query.by_seqs(tx.conn, [seq])
        if not rows or rows[0]["action"] not in EVENTS:
            raise NotFound(EVENT)
        tx.details = {"event": rows[0]["action"]}

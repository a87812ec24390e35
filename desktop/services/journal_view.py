"""The audit journal as auditors read it: a filtered search in keyset pages, an export of the
selection, and a check of the chain with progress and cancel.

Who: an auditor or an administrator (integrity.VERIFIERS), checked against the account as it
is in the store now. Opening a search is journalled once ("audit.search", with the filter);
paging through it is not. A refused attempt is journalled with outcome "denied".

Dates: a filter's dates are calendar days of the workstation's local time zone. The bounds
of those days (local midnight, daylight saving included) are converted to UTC and compared
with the stored ISO-8601 UTC timestamps as text, which is exact because every timestamp has
the same width. `date_to` is inclusive (the whole day).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.errors import GrifError, InvalidInput, PermissionDenied
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.services.chain_check import ChainReport, verify_chain
from desktop.services.integrity import VERIFIERS
from desktop.services.session import Session, action, current_user, record_outcome
from desktop.store import journal_query
from desktop.store.engine import Connection

PAGE = 200
EXPORT_BATCH = 5000

ACTION_FIELD = QT_TRANSLATE_NOOP("Errors", "action")
OBJECT_FIELD = QT_TRANSLATE_NOOP("Errors", "object")
DATES_FIELD = QT_TRANSLATE_NOOP("Errors", "dates")
DATES_REVERSED = QT_TRANSLATE_NOOP("Errors", "the first date is after the last one")
RECORD = QT_TRANSLATE_NOOP("Errors", "journal record number")

Progress = Callable[[int, int], bool]


class VerificationCancelled(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The journal check was cancelled before it was complete.")


class ExportCancelled(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The export was cancelled before it was complete.")


def _text(field: str, value: object, max_len: int) -> str | None:
    return clean_text(field, value, max_len=max_len, required=False) or None


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise InvalidInput(DATES_FIELD, fields.WRONG_TYPE)
    return value


@dataclass(frozen=True)
class JournalFilter:
    """What an auditor looks for. Empty text means "any"; dates are local calendar days,
    both inclusive."""

    actor: str | None = None
    action: str | None = None
    object_contains: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "actor", _text(fields.USERNAME, self.actor, 64))
        put(self, "action", _text(ACTION_FIELD, self.action, 64))
        put(self, "object_contains", _text(OBJECT_FIELD, self.object_contains, 200))
        put(self, "date_from", _day(self.date_from))
        put(self, "date_to", _day(self.date_to))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInput(DATES_FIELD, DATES_REVERSED)

    def as_details(self) -> dict[str, str]:
        """The filter as journalled: only what was set."""
        out: dict[str, str] = {}
        for name in ("actor", "action", "object_contains", "date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat() if isinstance(value, dt.date) else value
        return out


def _utc_bound(day: dt.date) -> str | None:
    """The UTC timestamp text of local midnight starting `day` (None past the calendar's end)."""
    try:
        local = dt.datetime.combine(day, dt.time()).astimezone()
        return local.astimezone(dt.UTC).isoformat(timespec="microseconds")
    except (OverflowError, ValueError, OSError):
        return None


def criteria(flt: JournalFilter) -> journal_query.Criteria:
    ts_before = None
    if flt.date_to is not None and flt.date_to < dt.date.max:
        ts_before = _utc_bound(flt.date_to + dt.timedelta(days=1))
    return journal_query.Criteria(
        actor=flt.actor, action=flt.action, object_contains=flt.object_contains,
        ts_from=_utc_bound(flt.date_from) if flt.date_from else None, ts_before=ts_before)


@dataclass(frozen=True)
class JournalRecord:
    seq: int
    ts: dt.datetime  # UTC
    actor: str
    workstation: str
    action: str
    object: str
    outcome: str
    details: dict[str, Any]


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _record(row: dict[str, Any]) -> JournalRecord:
    # A damaged record is shown as it is (the chain check reports it), never crashes a view.
    details: dict[str, Any]
    try:
        parsed = json.loads(row["details"]) if row["details"] else {}
        details = parsed if isinstance(parsed, dict) else {"value": parsed}
    except ValueError:
        details = {"raw": row["details"]}
    try:
        ts = dt.datetime.fromisoformat(row["ts"])
        ts = ts.replace(tzinfo=dt.UTC) if ts.tzinfo is None else ts.astimezone(dt.UTC)
    except (TypeError, ValueError):
        ts, details = _EPOCH, {**details, "raw_ts": row["ts"]}
    return JournalRecord(row["seq"], ts, row["actor"], row["workstation"], row["action"],
                         row["object"], row["outcome"], details)


class JournalCursor:
    """An opened search, made by open_search (which checked the right and journalled it):
    fetch its pages without journalling each one."""

    def __init__(self, session: Session, flt: JournalFilter, *, newest_first: bool = True
                 ) -> None:
        self._session = session
        self.filter = flt
        self.newest_first = newest_first
        self._criteria = criteria(flt)

    def fetch(self, after_seq: int | None = None, limit: int = PAGE) -> list[JournalRecord]:
        """The next page after record `after_seq` (None: the first page)."""
        with self._session.store.read() as conn:
            rows = journal_query.page(conn, self._criteria, after_seq=after_seq, limit=limit,
                                      newest_first=self.newest_first)
        return [_record(r) for r in rows]

    def records(self, seqs: list[int]) -> dict[int, JournalRecord]:
        """Records by number, for a view's cache (at most a page at a time)."""
        with self._session.store.read() as conn:
            rows = journal_query.by_seqs(conn, seqs[:journal_query.MAX_PAGE])
        return {r["seq"]: _record(r) for r in rows}

    def count(self) -> int:
        with self._session.store.read() as conn:
            return journal_query.count(conn, self._criteria)


@contextlib.contextmanager
def _reading(session: Session, name: str) -> Iterator[Connection]:
    """A read transaction for an auditor or administrator as the account stands now; a
    refusal is journalled under `name`."""
    try:
        with session.store.read() as conn:
            require_role(current_user(conn, session), *VERIFIERS)
            yield conn
    except PermissionDenied as exc:
        record_outcome(session, name, "", "denied", {"reason": type(exc).__name__})
        raise


def open_search(session: Session, flt: JournalFilter, *, newest_first: bool = True
                ) -> JournalCursor:
    """Check the right and journal the search once; page through the returned cursor."""
    with action(session, "audit.search") as tx:
        require_role(tx.user, *VERIFIERS)
        tx.details = {"filter": flt.as_details()}
    return JournalCursor(session, flt, newest_first=newest_first)


def search(session: Session, flt: JournalFilter, *, after_seq: int | None = None,
           limit: int = PAGE, newest_first: bool = True) -> list[JournalRecord]:
    """One journalled page (for the CLI and scripts; a view opens a cursor instead)."""
    # Checked before the search is journalled: a page that cannot be read is no search.
    for value in (after_seq, limit):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not -2 ** 63 <= value < 2 ** 63):
            raise InvalidInput(RECORD, str(value)[:20])
    return open_search(session, flt, newest_first=newest_first).fetch(after_seq, limit)


def count(session: Session, flt: JournalFilter) -> int:
    with _reading(session, "audit.search") as conn:
        return journal_query.count(conn, criteria(flt))


def actors(session: Session) -> list[str]:
    """Every user name that appears in the journal (for the filter's list)."""
    with _reading(session, "audit.search") as conn:
        return journal_query.distinct_actors(conn)


def actions(session: Session) -> list[str]:
    """Every action code that appears in the journal (for the filter's list)."""
    with _reading(session, "audit.search") as conn:
        return journal_query.distinct_actions(conn)


def export_filtered(session: Session, flt: JournalFilter, out: IO[str],
                    progress: Progress | None = None) -> int:
    """The selected records, oldest first, as JSON lines in the format of
    integrity.export_journal. Journalled before anything is written. `progress(done, total)`
    returning False stops it with ExportCancelled (what was written stays in `out`)."""
    with action(session, "audit.export") as tx:
        require_role(tx.user, *VERIFIERS)
        tx.details = {"filter": flt.as_details()}
    crit = criteria(flt)
    total = 0
    if progress is not None:
        with session.store.read() as conn:
            total = journal_query.count(conn, crit)
        if progress(0, total) is False:
            raise ExportCancelled()
    written = 0
    after: int | None = None
    while True:
        with session.store.read() as conn:
            batch = journal_query.page(conn, crit, after_seq=after, limit=EXPORT_BATCH,
                                       newest_first=False, with_mac=True)
        if not batch:
            return written
        for row in batch:
            row["mac"] = row["mac"].hex()
            try:
                row["details"] = json.loads(row["details"]) if row["details"] else {}
            except ValueError:
                pass  # exported as stored text: the chain check tells what happened
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        written += len(batch)
        after = batch[-1]["seq"]
        if progress is not None and progress(written, max(total, written)) is False:
            raise ExportCancelled()


def verify(session: Session, progress: Progress | None = None) -> ChainReport:
    """Check the whole journal's chain (long: run it on a worker). The right is checked
    before the work starts; the result, or a cancel, is journalled as "store.verify"."""
    with _reading(session, "store.verify"):
        pass
    store = session.store
    try:
        report = verify_chain(store.path, store.keys.store_key, store.keys.chain_key,
                              progress=progress)
    except VerificationCancelled:
        with action(session, "store.verify", store.store_id) as tx:
            require_role(tx.user, *VERIFIERS)
            tx.outcome = "failure"
            tx.details = {"cancelled": True}
        raise
    with action(session, "store.verify", store.store_id) as tx:
        require_role(tx.user, *VERIFIERS)
        tx.outcome = "ok" if report.ok else "failure"
        tx.details = {"records": report.checked,
                      "fault": report.fault.describe() if report.fault else None}
    if report.fault is not None:
        from desktop.services import security_events  # (import cycle)
        security_events.record_findings(session, [security_events.chain_finding(report.fault)],
                                        found_by="verify")
    return report

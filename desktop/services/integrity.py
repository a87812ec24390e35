"""`verify`, the same check at every start in a background process, journal export and the
raw key for outside tools."""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop.domain.access import require_role
from desktop.domain.errors import AuthenticationFailed, StoreRolledBack
from desktop.security import keyfile
from desktop.security.workstation import Keystore
from desktop.services import journal, security_events
from desktop.services.auth import login
from desktop.services.chain_check import START_METHOD, ChainReport, Progress, verify_chain
from desktop.services.journal import HeadMismatch
from desktop.services.keys import StoreKeys, kek_from_password, recovery_kek, settle_rekey
from desktop.services.restore_marker import settled
from desktop.services.security_events import WATCHERS, Finding
from desktop.services.session import OpenStore, Session, action
from desktop.services.stores import open_with_recovery
from desktop.services.users import RECOVERY_ACTOR
from desktop.store import audit
from desktop.store.engine import make_engine
from desktop.store.maintenance import IntegrityReport, check_file

VERIFIERS = WATCHERS     # who verifies the journal is who watches its security events


@dataclass(frozen=True)
class VerifyReport:
    file: IntegrityReport
    chain: ChainReport | None
    head: HeadMismatch | None = None   # the store against the journal heads remembered for it

    @property
    def ok(self) -> bool:
        return self.file.ok and self.chain is not None and self.chain.ok and self.head is None

    @property
    def anchor_problem(self) -> str | None:
        return self.head.error().text() if self.head else None

    def findings(self) -> list[Finding]:
        """What was found and where, as security events."""
        out = []
        if not self.file.ok:
            out.append(security_events.tamper_finding(self.file))
        if self.chain is not None and self.chain.fault is not None:
            out.append(security_events.chain_finding(self.chain.fault))
        if self.head is not None:
            out.append(security_events.rollback_finding(self.head))
        return out

    def lines(self) -> Iterator[str]:
        if self.file.ok:
            yield "store file: ok (SQLCipher page HMACs and SQLite structure)"
        else:
            where = f" (first bad page {self.file.first_bad_page})" \
                if self.file.first_bad_page else ""
            yield f"store file: DAMAGED{where}"
            yield from (f"  {p}" for p in self.file.problems[:20])
        if self.chain is not None:
            if self.chain.ok:
                yield f"audit journal: ok, {self.chain.checked} records, chain intact"
            else:
                assert self.chain.fault is not None
                yield f"audit journal: BROKEN at record {self.chain.fault.seq}: " \
                      f"{self.chain.fault.describe()}"
        if self.head is not None:
            yield f"journal head: {self.anchor_problem}"


def verify(path: Path, username: str, password: str, keystore: Keystore | None = None
           ) -> VerifyReport:
    """Check the file, the chain and the remembered heads. The file is checked before
    anything is written to it; what is found is a security event, and the verification itself
    is journalled when the store opens."""
    path = settled(path)    # after a restore cut off, the restored store is the one checked
    kf_path = keyfile.key_file_path(path)
    kf = keyfile.load(kf_path)
    kek = kek_from_password(kf, username, password, keystore)
    if kek is None:
        login(path, username, password, keystore)  # counts the failure, raises
        raise AuthenticationFailed()
    store_key = settle_rekey(path, kf_path, kek)
    file_report = check_file(path, store_key)
    if not file_report.ok:
        # Nothing is written into a damaged file: the event waits beside it.
        report = VerifyReport(file_report, None)
        _note(path, report, username)
        return report
    keys = StoreKeys(kek, store_key)
    chain = verify_chain(path, store_key, keys.chain_key)
    try:
        session = login(path, username, password, keystore)
    except StoreRolledBack as exc:  # check_anchors has kept that event in STORE.events
        report = VerifyReport(file_report, chain, exc.mismatch)
        _note(path, report, username)
        return report
    try:
        report = VerifyReport(file_report, chain)
        security_events.record_findings(session, report.findings(), found_by="verify")
        with action(session, "store.verify", session.store.store_id) as tx:
            require_role(tx.user, *VERIFIERS)
            tx.outcome = "ok" if report.ok else "failure"
            tx.details = {"records": chain.checked,
                          "fault": chain.fault.describe() if chain.fault else None}
    finally:
        session.store.close()
    return report


def _note(path: Path, report: VerifyReport, username: str) -> None:
    for finding in report.findings():
        security_events.note_pending(path, finding, found_by="verify", user=username)


# --- the check at every start ---------------------------------------------------------------

@dataclass(frozen=True)
class StartCheck:
    """What the check at start needs, gathered on the GUI thread (the remembered heads come
    from the key file and the keyring, which the background process does not touch)."""

    path: Path
    store_key: bytes = field(repr=False)
    chain_key: bytes = field(repr=False)
    heads: tuple[tuple[str, dict[str, Any]], ...] = ()

    @classmethod
    def of(cls, store: OpenStore) -> StartCheck:
        return cls(store.path, store.keys.store_key, store.keys.chain_key,
                   tuple(journal.remembered_heads(store)))


Stage = Callable[[str], None]


def full_check(check: StartCheck, progress: Progress | None = None,
               stage: Stage | None = None) -> VerifyReport:
    """`verify` without a login, on an open store: the file (pages, structure), the chain and
    the remembered heads. `stage("file" | "chain" | "heads")` says what runs; `progress` gets
    the chain's records done."""
    say = stage or (lambda _name: None)
    say("file")
    file_report = check_file(check.path, check.store_key)
    if not file_report.ok:
        # The program may have checkpointed a page while the check read it: only a page that
        # fails twice is damaged.
        file_report = check_file(check.path, check.store_key)
        if not file_report.ok:
            return VerifyReport(file_report, None)
    say("chain")
    chain = verify_chain(check.path, check.store_key, check.chain_key, workers=1,
                         progress=progress)
    say("heads")
    engine = make_engine(check.path, check.store_key, read_only=True)
    head = None
    try:
        with engine.connect() as conn:
            for source, record in check.heads:
                head = journal.compare_head(check.chain_key, conn, source, record)
                if head is not None:
                    break
    finally:
        engine.dispose()
    return VerifyReport(file_report, chain, head)


def _run_start_check(check: StartCheck, out: Any, gate: Any = None) -> None:
    """The body of the background process; it tells the GUI through `out`:
    ("stage", name), ("progress", done, total), ("done", VerifyReport) or ("failed", why)."""
    # A forked child shares the GUI's objects: collecting a cycle here could run a Qt
    # destructor that talks to the display on the parent's connection. It frees nothing.
    gc.disable()
    with contextlib.suppress(AttributeError, OSError):
        os.nice(10)          # the person at the keyboard comes first
    if gate is not None:
        gate.wait()

    def progress(done: int, total: int) -> bool:
        out.send(("progress", done, total))
        return True
    try:
        report = full_check(check, progress, lambda name: out.send(("stage", name)))
        out.send(("done", report))
    except BaseException as exc:  # reported to the GUI, never raised in a child
        out.send(("failed", type(exc).__name__))
    finally:
        out.close()


class BackgroundCheck:
    """`full_check` in its own process (START_METHOD), so the GUI thread never waits on it:
    start(), then poll() now and then; cancel() ends it (it only reads, so killing it is
    safe)."""

    def __init__(self, store: OpenStore) -> None:
        self.store = store
        self.process: Any = None
        self._inbox: Any = None
        self.stage = ""
        self.done = 0
        self.total = 0
        self.report: VerifyReport | None = None
        self.failed: str | None = None
        self.cancelled = False

    def start(self, gate: Any = None) -> None:
        """`gate` (a multiprocessing Event): the process waits for it before checking."""
        check = StartCheck.of(self.store)
        if START_METHOD == "fork":
            # A forked child must not inherit open SQLite connections: SQLite keeps its
            # POSIX-lock bookkeeping per process. The pool reopens them on the next read.
            self.store.engine.dispose()
        ctx = multiprocessing.get_context(START_METHOD)
        inbox, outbox = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=_run_start_check, args=(check, outbox, gate),
                                   name="grif-check", daemon=True)
        self.process.start()
        outbox.close()
        self._inbox = inbox

    @property
    def running(self) -> bool:
        return self._inbox is not None

    def poll(self) -> bool:
        """Take in what the process said, without waiting; True once it is over."""
        while self._inbox is not None:
            try:
                if not self._inbox.poll():
                    break
                message = self._inbox.recv()
            except (EOFError, OSError):
                if self.report is None and not self.cancelled:
                    self.failed = self.failed or "ended"
                self._close()
                break
            if message[0] == "stage":
                self.stage = message[1]
            elif message[0] == "progress":
                self.done, self.total = message[1], message[2]
            elif message[0] == "done":
                self.report = message[1]
            elif message[0] == "failed":
                self.failed = message[1]
        return self._inbox is None

    def cancel(self) -> None:
        self.cancelled = True
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
        self._close()

    def _close(self) -> None:
        if self._inbox is not None:
            self._inbox.close()
            self._inbox = None
        if self.process is not None and not self.process.is_alive():
            self.process.join(0)


def raw_key_with_recovery(path: Path, code: str, keystore: Keystore | None = None) -> bytes:
    """The raw SQLCipher key, so that any SQLCipher 4 tool can open the store without Grif.
    Journalled in the store itself."""
    # A wrong code is refused before the store is opened (or a cut-off restore finished).
    recovery_kek(keyfile.load(keyfile.key_file_path(Path(path).absolute())), code)
    store = open_with_recovery(path, code, keystore)
    try:
        with store.write() as conn:
            journal.append(conn, store, actor=RECOVERY_ACTOR, action="store.raw_key_disclosed",
                           obj=store.store_id)
        return store.keys.store_key
    finally:
        store.close()


def export_journal(session: Session, out: IO[str]) -> int:
    """The whole journal as JSON lines for a log collector (auditor or administrator)."""
    with action(session, "audit.export") as tx:
        require_role(tx.user, *VERIFIERS)
    written = 0
    after = 0
    while True:
        with session.store.read() as conn:
            batch = audit.rows(conn, after, 5000)
        if not batch:
            return written
        for row in batch:
            row["mac"] = row["mac"].hex()
            row["details"] = json.loads(row["details"]) if row["details"] else {}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
        after = batch[-1]["seq"]


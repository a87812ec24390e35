"""`verify`, journal export and the raw key for outside tools."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.domain.access import require_role
from desktop.domain.errors import AuthenticationFailed, StoreError, StoreNotFound
from desktop.domain.roles import Role
from desktop.security import keyfile, recovery
from desktop.security.workstation import Keystore
from desktop.services import journal
from desktop.services.auth import login
from desktop.services.chain_check import ChainReport, verify_chain
from desktop.services.keys import StoreKeys, kek_from_password, kek_from_recovery, settle_rekey
from desktop.services.session import Session, action
from desktop.services.stores import WRONG_RECOVERY, open_with_recovery
from desktop.store import audit
from desktop.store.maintenance import IntegrityReport, check_file

VERIFIERS = (Role.AUDITOR, Role.ADMIN)


@dataclass(frozen=True)
class VerifyReport:
    file: IntegrityReport
    chain: ChainReport | None
    anchor_problem: str | None

    @property
    def ok(self) -> bool:
        return self.file.ok and self.chain is not None and self.chain.ok \
            and self.anchor_problem is None

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
        if self.anchor_problem:
            yield f"journal head: {self.anchor_problem}"


def verify(path: Path, username: str, password: str, keystore: Keystore | None = None
           ) -> VerifyReport:
    """Check the file, the chain and the remembered head. The file is checked before
    anything is written to it; the verification itself is journalled when the store opens."""
    path = Path(path).absolute()
    if not path.exists():
        raise StoreNotFound(str(path))
    kf_path = keyfile.key_file_path(path)
    kf = keyfile.load(kf_path)
    kek = kek_from_password(kf, username, password, keystore)
    if kek is None:
        login(path, username, password, keystore)  # counts the failure, raises
        raise AuthenticationFailed()
    store_key = settle_rekey(path, kf_path, kek)
    file_report = check_file(path, store_key)
    if not file_report.ok:
        return VerifyReport(file_report, None, None)
    keys = StoreKeys(kek, store_key)
    chain = verify_chain(path, store_key, keys.chain_key)
    session = _session_for_verify(path, username, password, keystore)
    anchor_problem = None
    if session is None:
        anchor_problem = "the store is older than the journal head remembered for it"
    else:
        try:
            journal.check_anchors(session.store)
        except StoreError as exc:
            anchor_problem = exc.text()
        with action(session, "store.verify", session.store.store_id) as tx:
            require_role(tx.user, *VERIFIERS)
            tx.outcome = "ok" if chain.ok and not anchor_problem else "failure"
            tx.details = {"records": chain.checked,
                          "fault": chain.fault.describe() if chain.fault else None}
        session.store.close()
    return VerifyReport(file_report, chain, anchor_problem)


def _session_for_verify(path: Path, username: str, password: str,
                        keystore: Keystore | None) -> Session | None:
    from desktop.domain.errors import StoreRolledBack
    try:
        return login(path, username, password, keystore)
    except StoreRolledBack:
        return None


def raw_key_with_recovery(path: Path, code: str, keystore: Keystore | None = None) -> bytes:
    """The raw SQLCipher key, so that any SQLCipher 4 tool can open the store without Grif.
    Journalled in the store itself."""
    normal = recovery.normalize(code)
    kf = keyfile.load(keyfile.key_file_path(Path(path).absolute()))
    if normal is None or kek_from_recovery(kf, normal) is None:
        raise AuthenticationFailed(message=WRONG_RECOVERY)
    store = open_with_recovery(path, normal, keystore)
    try:
        with store.write() as conn:
            journal.append(conn, store, actor="recovery-code", action="store.raw_key_disclosed",
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


"""The writing process of the kill drill: logs in as the clerk and calls services in a loop
until it is killed, acknowledging each call that returned (tests/reliability/acks.py).

It runs in a forked child of the drill, so it never returns: it ends with os._exit."""

from __future__ import annotations

import datetime as dt
import os
import random
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, NoReturn

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.levels import Level
from desktop.services import auth, destruction, moves, register, rekey
from desktop.services.session import Session
from desktop.store import audit
from desktop.store import register as register_repo
from tests.conftest import PASSWORD
from tests.reliability import acks

CLERK = "clerk"
RECIPIENT = "executor"
CHAIR = "head"
MEMBERS = ("m1", "m2")
CHANNEL = "Нарочным"   # one of the default domestic dispatch channels
IN_SAFE = ("registered", "returned")


class Writer:
    """The clerk at work, with the copies it may move read once at the start (the store may
    hold changes of an earlier trial that were committed but never acknowledged)."""

    def __init__(self, session: Session, rng: random.Random, out: IO[bytes], tag: str) -> None:
        self.session, self.rng, self.out, self.tag = session, rng, out, tag
        self.admin: Session | None = None
        self.calls = 0
        with session.store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT c.id, c.state FROM copies c WHERE NOT EXISTS (SELECT 1 FROM "
                "destruction_act_copies x WHERE x.copy_id = c.id)").all()
            self.recipient_id = conn.exec_driver_sql(
                "SELECT id FROM users WHERE username = ?", (RECIPIENT,)).scalar_one()
            acts = conn.exec_driver_sql(
                "SELECT a.id, x.copy_id FROM destruction_acts a JOIN destruction_act_copies x "
                "ON x.act_id = a.id WHERE a.state = 'approved'").all()
        self.by_state: dict[str, list[int]] = {"safe": [], "issued": [], "dispatched": []}
        for copy_id, state in rows:
            key = "safe" if state in IN_SAFE else state
            if key in self.by_state:
                self.by_state[key].append(copy_id)
        self.acts: dict[int, list[int]] = {}
        for act_id, copy_id in acts:
            self.acts.setdefault(act_id, []).append(copy_id)

    # -- bookkeeping ---------------------------------------------------------------------
    def ack(self, op: str, **fields: Any) -> None:
        with self.session.store.read() as conn:
            seq, mac = audit.head(conn)
        acks.write(self.out, {"op": op, "seq": seq, "mac": mac.hex(), **fields})

    def _take(self, state: str) -> int:
        pool = self.by_state[state]
        return pool.pop(self.rng.randrange(len(pool)))

    def _last_move(self, copy_id: int) -> int:
        with self.session.store.read() as conn:
            return register_repo.moves_of(conn, copy_id)[-1].id

    # -- the operations --------------------------------------------------------------------
    def register(self) -> None:
        self.calls += 1
        draft = RegistrationDraft(kind=CarrierKind.PAPER, title=f"Drill {self.tag}-{self.calls}",
                                  level=Level.S, reg_date=dt.date.today(),
                                  copies=self.rng.randint(1, 3), sheets=2)
        reg = register.register_carrier(self.session, draft)
        with self.session.store.read() as conn:
            copy_ids = [c.id for c in register_repo.copies_of(conn, reg.id)]
        self.ack("register", reg_id=reg.id, reg_no=reg.reg_no, copies=copy_ids)
        self.by_state["safe"].extend(copy_ids)

    def issue(self) -> None:
        copy_id = self._take("safe")
        moves.issue(self.session, copy_id, RECIPIENT, "drill")
        self._moved("issue", copy_id, "issued", self.recipient_id)

    def return_copy(self) -> None:
        copy_id = self._take("issued")
        moves.return_copy(self.session, copy_id, "drill")
        self._moved("return", copy_id, "returned", None)

    def dispatch(self) -> None:
        copy_id = self._take("safe")
        self.calls += 1
        moves.dispatch(self.session, copy_id, to_org="Drill recipient", channel=CHANNEL,
                       cover_letter=f"D-{self.tag}-{self.calls}", basis="drill")
        self._moved("dispatch", copy_id, "dispatched", None)

    def confirm_receipt(self) -> None:
        copy_id = self._take("dispatched")
        moves.confirm_receipt(self.session, copy_id, "receipt")
        self._moved("confirm_receipt", copy_id, "delivered", None)

    def _moved(self, op: str, copy_id: int, state: str, holder: int | None) -> None:
        self.ack(op, copy=copy_id, move=self._last_move(copy_id), state=state, holder=holder)
        key = "safe" if state in IN_SAFE else state
        if key in self.by_state:
            self.by_state[key].append(copy_id)

    def execute(self) -> None:
        act_id = self.rng.choice(sorted(self.acts))
        copy_ids = self.acts.pop(act_id)
        destruction.execute(self.session, act_id, (CHAIR, PASSWORD), (MEMBERS[0], PASSWORD))
        self.ack("execute", act=act_id, copies=copy_ids)

    def lock(self) -> None:
        auth.lock(self.session)          # journalled, and the head anchored in the key file
        self.ack("lock")
        acks.begin(self.out, "unlock")
        auth.unlock(self.session, PASSWORD)
        self.ack("unlock")

    def view_card(self) -> None:
        pool = self.by_state["safe"] or self.by_state["issued"]
        register.card(self.session, self.rng.choice(pool))
        self.ack("view_card")

    def rekey(self) -> None:
        if self.admin is None:   # the administrator at the same open store
            self.admin = auth.login(self.session.store.path, "admin", PASSWORD,
                                    store=self.session.store)
        rekey.rekey(self.admin)
        self.ack("rekey", generation=self.session.store.keyfile.generation)

    # -- choosing --------------------------------------------------------------------------
    def choices(self) -> list[tuple[Callable[[], None], float]]:
        safe, issued = self.by_state["safe"], self.by_state["issued"]
        return [
            (self.register, 3.0),
            (self.issue, 2.0 if safe else 0.0),
            (self.return_copy, 2.0 if issued else 0.0),
            (self.dispatch, 1.0 if safe else 0.0),
            (self.confirm_receipt, 1.0 if self.by_state["dispatched"] else 0.0),
            (self.execute, 1.0 if self.acts else 0.0),
            (self.lock, 0.7),
            (self.view_card, 0.7 if safe or issued else 0.0),
            (self.rekey, 0.6),
        ]

    def step(self) -> None:
        options = [(op, weight) for op, weight in self.choices() if weight > 0]
        op = self.rng.choices([o for o, _ in options], [w for _, w in options])[0]
        acks.begin(self.out, op.__name__)
        op()


def run_child(path: Path, ack_path: Path, seed: int, crash_at: str | None,
              ready_fd: int) -> NoReturn:
    """Log in, tell the drill (one byte on ready_fd), then write until killed. With crash_at
    the first call is a rekey that dies at that crash point (services/faults.py)."""
    code = 0
    try:
        if crash_at:
            os.environ["GRIF_CRASH_AT"] = crash_at
        else:
            os.environ.pop("GRIF_CRASH_AT", None)
        rng = random.Random(seed)
        session = auth.login(path, CLERK, PASSWORD)
        with open(ack_path, "ab", buffering=0) as out:
            writer = Writer(session, rng, out, str(seed))
            os.write(ready_fd, b"r")
            os.close(ready_fd)
            if crash_at:
                acks.begin(out, "rekey")
                writer.rekey()
            while True:
                writer.step()
    except BaseException:  # the drill reports it: a service call failed in the writer
        try:
            ack_path.with_suffix(".err").write_text(traceback.format_exc(), encoding="utf-8")
        finally:
            code = 3
    finally:
        os._exit(code)

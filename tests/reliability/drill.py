"""The kill drill (issue 9 point 2): kill the writing process with SIGKILL at random points
and check, after every kill, that nothing acknowledged was lost and the store is whole.

A trial forks a child of this (already imported) program that logs in to a real store and
calls services in a loop — registration, moves, execution of destruction acts, journal
appends (lock/unlock, a card viewed) and rekeying — acknowledging each call that returned
(tests/reliability/worker.py). The parent waits a random time, kills it, reaps it and then,
in-process: logs in as a real user (which settles a cut-off rekey and checks the journal head
against the anchor in the key file), checks the anchor again, runs SQLCipher's and SQLite's
integrity checks, verifies the whole audit chain, and looks up every acknowledgement of every
trial so far. The same store goes on to the next trial. Some trials die on purpose at the
rekey crash points (GRIF_CRASH_AT, services/faults.py).

    .venv/bin/python -m tests.reliability.drill [KILLS] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.destruction import BasisKind
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.security import keyfile
from desktop.security.kdf import MINIMUM
from desktop.services import auth, destruction, journal, register, users
from desktop.services.chain_check import verify_chain
from desktop.services.destruction import ActDraft
from desktop.services.session import Session
from desktop.services.stores import create_store
from desktop.store import register as register_repo
from desktop.store.maintenance import check_file
from tests.conftest import PASSWORD, clearance
from tests.reliability import acks, worker

Tamper = Callable[[Path, int], None]
CRASH_POINTS = ("rekey.exported", "rekey.staged", "rekey.swapped")
CRASH_EXIT = 137          # services.faults.crash_point's exit status
READY_TIMEOUT_S = 30
LONG_SHARE = 0.05         # trials that run up to LONG_WAIT_S instead of max_wait_s
LONG_WAIT_S = 1.5
ACT_STOCK = 3             # approved acts kept ready for the writer to execute
ACT_METHOD = "Сжигание"   # one of the default destruction methods

# username -> (roles, clearance form); the clerk writes, the others sign, approve, receive.
PEOPLE = {
    "clerk": ({Role.CLERK}, 1),
    "head": ({Role.PROTECTION_HEAD}, 2),
    "executor": ({Role.EXECUTOR}, 3),
    "m1": ({Role.COMMISSION}, 2),
    "m2": ({Role.COMMISSION}, 2),
    "chief": ({Role.ORG_HEAD}, 1),
}


@dataclass(frozen=True)
class Failure:
    trial: int
    what: str
    detail: str


@dataclass
class DrillResult:
    trials: int = 0
    kills: int = 0                 # killed by SIGKILL or died at a crash point
    crash_points: int = 0          # of those, at a rekey crash point
    acks: int = 0
    lost_commits: int = 0
    failures: list[Failure] = field(default_factory=list)
    ops: Counter = field(default_factory=Counter)          # acknowledged, by call
    killed_during: Counter = field(default_factory=Counter)  # the call the kill cut short
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and self.lost_commits == 0

    def complete(self, kills: int) -> bool:
        """Every trial run and nothing lost."""
        return self.ok and self.trials == kills

    def figures(self) -> dict[str, float]:
        return {"kill_trials": self.trials, "kill_lost_commits": self.lost_commits}

    def lines(self) -> list[str]:
        ops = ", ".join(f"{op} {n}" for op, n in sorted(self.ops.items()))
        out = [f"kill drill: {self.trials} trials, {self.kills} kills "
               f"({self.crash_points} at rekey crash points), {self.acks} acknowledged "
               f"changes, {self.lost_commits} lost commits, {len(self.failures)} failures, "
               f"{self.seconds:.1f} s",
               f"  acknowledged: {ops}",
               "  killed during: " + ", ".join(
                   f"{op} {n}" for op, n in self.killed_during.most_common())]
        out += [f"  trial {f.trial}: {f.what}: {f.detail}" for f in self.failures[:20]]
        return out


def make_store(path: Path) -> Path:
    """A store at the KDF floor (as tests/conftest.py's template) with the drill's people."""
    created = create_store(path, organisation="Drill organisation", admin_username="admin",
                           admin_full_name="Admin Adminov", admin_password=PASSWORD,
                           kdf=MINIMUM)
    for name, (roles, form) in PEOPLE.items():
        users.add_user(created.session, username=name, full_name=f"{name.title()} Drillov",
                       password=PASSWORD, roles=roles, position="Specialist",
                       clearance=clearance(form))
    created.session.store.close()
    return path


def _stock_acts(clerk: Session, view: acks.StoreView) -> None:
    """Approved one-copy acts for the writer: drawn up, signed on paper, approved."""
    missing = ACT_STOCK - view.approved_acts()
    if missing <= 0:
        return
    chief = auth.login(clerk.store.path, "chief", PASSWORD, store=clerk.store)
    for _ in range(missing):
        reg = register.register_carrier(clerk, RegistrationDraft(
            kind=CarrierKind.PAPER, title="Drill act carrier", level=Level.S,
            reg_date=clerk.today, copies=1, sheets=1))
        with clerk.store.read() as conn:
            [copy] = register_repo.copies_of(conn, reg.id)
        act_id = destruction.create_act(clerk, ActDraft(
            act_date=clerk.today, basis_kind=BasisKind.STORAGE_EXPIRED, method=ACT_METHOD,
            method_note="Ash stirred, recovery ruled out", copies=((copy.id, ""),),
            chair=worker.CHAIR, members=worker.MEMBERS))
        destruction.record_paper_signatures(clerk, act_id, [worker.CHAIR, *worker.MEMBERS])
        destruction.approve(chief, act_id)


class Drill:
    def __init__(self, path: Path, seed: int, *, crash_share: float, early_share: float,
                 max_wait_s: float) -> None:
        self.path, self.rng = path, random.Random(seed)
        self.crash_share, self.early_share, self.max_wait_s = crash_share, early_share, max_wait_s
        self.acks_dir = path.with_name(path.name + ".acks")
        self.acks_dir.mkdir(exist_ok=True)
        self.acked: list[dict] = []
        self.lost: set[int] = set()   # positions in self.acked already counted
        self.login_s = 0.05
        self.result = DrillResult()

    # -- the check after a kill ------------------------------------------------------------
    def check(self, trial: int) -> bool:
        """False when the store cannot be used any more (the drill stops)."""
        fail = self.result.failures
        start = time.perf_counter()
        try:
            session = auth.login(self.path, "clerk", PASSWORD)
        except Exception as exc:
            fail.append(Failure(trial, "store does not open", f"{type(exc).__name__}: {exc}"))
            return False
        self.login_s = time.perf_counter() - start
        store = session.store
        try:
            journal.check_anchors(store)
            kf = keyfile.load(store.keyfile_path)
            if kf.pending_store_key_blob is not None:
                fail.append(Failure(trial, "key file", "a pending store key left after open"))
            if self.path.with_name(self.path.name + ".rekey").exists():
                fail.append(Failure(trial, "rekey", "the half-made STORE.rekey left"))
            integrity = check_file(self.path, store.keys.store_key)
            if not integrity.ok:
                fail.append(Failure(trial, "integrity check", "; ".join(integrity.problems)))
            chain = verify_chain(self.path, store.keys.store_key, store.keys.chain_key,
                                 workers=1)
            if not chain.ok:
                assert chain.fault is not None
                fail.append(Failure(trial, "audit chain", chain.fault.describe()))
            view = acks.StoreView.read(self.path, store.keys.store_key, kf)
            for index, ack in enumerate(self.acked):
                if index in self.lost:
                    continue
                reason = acks.missing(view, ack)
                if reason is not None:
                    self.lost.add(index)
                    self.result.lost_commits += 1
                    fail.append(Failure(trial, "lost commit", reason))
            if not any(f.trial == trial for f in fail):
                _stock_acts(session, view)
        except Exception as exc:
            fail.append(Failure(trial, "check failed", f"{type(exc).__name__}: {exc}"))
        finally:
            store.engine.dispose()   # nothing of the parent's open store crosses the fork
        return not any(f.trial == trial and f.what != "lost commit" for f in fail)

    # -- one trial -------------------------------------------------------------------------
    def trial(self, trial: int, tamper: Tamper | None) -> bool:
        crash_at = self.rng.choice(CRASH_POINTS) if self.rng.random() < self.crash_share \
            else None
        early = crash_at is None and self.rng.random() < self.early_share
        ack_path = self.acks_dir / f"{trial:05d}.acks"
        seed = self.rng.getrandbits(32)
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready_r)
            worker.run_child(self.path, ack_path, seed, crash_at, ready_w)
        os.close(ready_w)
        status = None
        try:
            if early:   # while it opens the store (settles a rekey, recovers the WAL)
                time.sleep(self.rng.uniform(0, self.login_s * 1.5))
            elif crash_at:   # let it reach the crash point
                status = _exit_status(pid, READY_TIMEOUT_S)
            else:
                ready, _, _ = select.select([ready_r], [], [], READY_TIMEOUT_S)
                if not ready:   # hung (a lock inherited across the fork?): the drill says so
                    self.result.failures.append(Failure(
                        trial, "writer not ready", f"no login within {READY_TIMEOUT_S} s"))
                # Now and then a long run, so that slow calls (a rekey) also complete.
                longest = LONG_WAIT_S if self.rng.random() < LONG_SHARE else self.max_wait_s
                time.sleep(self.rng.uniform(0, longest))
        finally:
            os.close(ready_r)
        if status is None:
            os.kill(pid, signal.SIGKILL)   # a zombie if it already died: still ours to reap
            _, status = os.waitpid(pid, 0)
        self.result.trials += 1
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            self.result.kills += 1
        elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == CRASH_EXIT and crash_at:
            self.result.kills += 1
            self.result.crash_points += 1
        else:
            err = ack_path.with_suffix(".err")
            detail = err.read_text(encoding="utf-8") if err.exists() else f"status {status}"
            self.result.failures.append(Failure(trial, "writer failed", detail))
        if tamper is not None:
            tamper(ack_path, trial)
        new, under_way = acks.read(ack_path)
        self.result.killed_during[under_way] += 1
        self.acked += new
        self.result.acks += len(new)
        self.result.ops.update(a["op"] for a in new)
        return self.check(trial)


def _exit_status(pid: int, timeout_s: float) -> int | None:
    """The child's wait status once it has ended by itself, or None after timeout_s."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.005)
    return None


def run(path: Path, kills: int, *, seed: int | None = None, crash_share: float = 0.08,
        early_share: float = 0.12, max_wait_s: float = 0.15,
        tamper: Tamper | None = None,
        progress: Callable[[DrillResult], None] | None = None) -> DrillResult:
    """`kills` trials on the store at `path` (made with make_store if it does not exist).
    tamper(ack file, trial), if given, runs after each kill and before the check (tests use
    it to show that the drill notices a loss). Stops early only when the store cannot be opened."""
    start = time.perf_counter()
    path = Path(path).absolute()
    if not path.exists():
        make_store(path)
    seed = random.SystemRandom().getrandbits(32) if seed is None else seed
    drill = Drill(path, seed, crash_share=crash_share, early_share=early_share,
                  max_wait_s=max_wait_s)
    for trial in range(kills):
        usable = drill.trial(trial, tamper)
        if progress is not None:
            progress(drill.result)
        if not usable:
            break
    drill.result.seconds = time.perf_counter() - start
    return drill.result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", nargs="?", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--save", action="store_true",
                        help="save kill_trials and kill_lost_commits into bench.json")
    args = parser.parse_args(argv)

    def tick(result: DrillResult) -> None:
        if result.trials % 100 == 0:
            print(f"  {result.trials} trials, {result.acks} acknowledged, "
                  f"{result.lost_commits} lost", flush=True)
    with tempfile.TemporaryDirectory(prefix="grif-drill-") as folder:
        result = run(Path(folder) / "drill.grif", args.kills, seed=args.seed, progress=tick)
    print("\n".join(result.lines()), flush=True)
    if args.save:
        from tests.bench.run_all import save
        save(result.figures())
    return 0 if result.complete(args.kills) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Destruction acts, a return to the originator, an inventory check and a loss case of the
demo register, made through the services as the demo's people would: an act in each state
(draft, signed, approved, executed), a return confirmed by the originator, and a finished
check of one safe with a copy found missing and its loss case."""

from __future__ import annotations

import datetime as dt

from desktop.domain.carriers import CarrierKind, InternationalChannel, RegistrationDraft
from desktop.domain.destruction import BasisKind
from desktop.domain.inventory import CheckKind
from desktop.domain.levels import Level
from desktop.services import auth, demo_cases, destruction, inventory, register, returns
from desktop.services.destruction import ActDraft
from desktop.services.session import OpenStore, Session
from desktop.store import register as repo

SAFE = "Сейф № 5, каб. 105"
NOTE = "Бумага измельчена до частиц не более 0,8 × 12 мм; остатки сожжены"


def _own(session: Session, title: str, copies: int, days_ago: int,
         location: str = "Сейф № 2") -> list[int]:
    reg = register.register_carrier(session, RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=Level.S, copies=copies, sheets=3,
        reg_date=session.today - dt.timedelta(days=days_ago), location=location))
    with session.store.read() as conn:
        return [c.id for c in repo.copies_of(conn, reg.id)]


def _act(clerk: Session, copy_ids: list[int], days_ago: int) -> int:
    return destruction.create_act(clerk, ActDraft(
        act_date=clerk.today - dt.timedelta(days=days_ago),
        basis_kind=BasisKind.STORAGE_EXPIRED, method=destruction.methods(clerk)[0],
        method_note=NOTE, copies=tuple((c, "") for c in copy_ids), chair="head",
        members=("member", "executor"), place="г. Астана, каб. 105"))


def fill(store: OpenStore, password: str) -> None:
    """Add the acts, the return, the check and its loss case (after demo_cases)."""
    clerk = auth.login(store.path, "clerk", password, store=store)
    director = auth.login(store.path, "director", password, store=store)
    # Executed: signed in the program and on paper, approved, destroyed.
    done = _act(clerk, _own(clerk, "Черновые материалы к плану 2024 года", 2, 400), 10)
    destruction.sign(clerk, done, "member", password)
    destruction.record_paper_signatures(clerk, done, ["head", "executor"])
    destruction.approve(director, done)
    destruction.execute(clerk, done, ("head", password), ("member", password))
    # Approved, waiting to be executed.
    ready = _act(clerk, _own(clerk, "Рабочие записи совещания 2024 года", 3, 380), 3)
    destruction.record_paper_signatures(clerk, ready, ["head", "member", "executor"])
    destruction.approve(director, ready)
    # Signed by the whole commission, waiting for the head.
    signed = _act(clerk, _own(clerk, "Копии приказов 2024 года", 2, 375), 1)
    destruction.sign(clerk, signed, "member", password)
    destruction.record_paper_signatures(clerk, signed, ["head", "executor"])
    # A draft one member has signed.
    draft = _act(clerk, _own(clerk, "Проекты писем 2024 года", 2, 370), 0)
    destruction.sign(clerk, draft, "member", password)
    # Two copies of a Kyrgyz report go back to their originator on its notice.
    report = register.register_carrier(clerk, demo_cases.kyrgyz_draft(
        "Справка о результатах учений", Level.S, 2, clerk.today - dt.timedelta(days=40)))
    with clerk.store.read() as conn:
        ids = [c.id for c in repo.copies_of(conn, report.id)]
    sent = returns.send_back(clerk, ids, notice_reference="12/4-690",
                             notice_date=clerk.today - dt.timedelta(days=5),
                             channel=InternationalChannel.COURIER, cover_letter="исх-412")
    returns.confirm(clerk, sent, "Письмо МО КР 12/4-702")
    # An unscheduled check of one safe, on a change of custodian: one copy is missing.
    in_safe = _own(clerk, "Журнал учёта выдачи ключей от хранилища", 3, 200, SAFE)
    check = inventory.start_check(clerk, CheckKind.UNSCHEDULED, clerk.today,
                                  ["head", "member", "executor"],
                                  reason="Смена хранителя сейфа № 5", location=SAFE)
    inventory.mark_found(clerk, check, in_safe[:2])
    inventory.add_surplus(clerk, check, "Папка без учётного номера с черновиками",
                          reg_no="", copy_no=None)
    inventory.mark_missing(clerk, check, in_safe[2:])
    inventory.finish(clerk, check)

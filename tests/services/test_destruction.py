"""Destruction acts: the state machine, every refusal, atomic execution (SPEC §5)."""

import datetime as dt
import itertools

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    CopyState,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.destruction import ActState, BasisKind, Signature, check_move
from desktop.domain.errors import (
    AuthenticationFailed,
    IllegalMove,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.services import destruction, marking, moves, register, users
from desktop.services.destruction import ActDraft
from desktop.services.marking import CaseDraft, Notice
from desktop.store import register as repo
from desktop.store import register_export
from tests.conftest import PASSWORD, clearance

TODAY = dt.date.today()
KG = "ГКНБ Кыргызской Республики"
METHOD = "Сжигание"


def own(level=Level.SS, copies=3, title="Отчёт"):
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level,
                             reg_date=TODAY, copies=copies, sheets=5)


def kyrgyz(copies=2):
    return RegistrationDraft(
        kind=CarrierKind.PAPER, title="Сводка", level=Level.S, reg_date=TODAY, copies=copies,
        sheets=2, originator=Originator(OriginatorType.KYRGYZ, KG, "Жашыруун", "5/1", TODAY),
        purpose="Учения")


@pytest.fixture
def people(admin):
    for name, form, roles in (("m1", 2, {Role.COMMISSION}), ("m2", 2, {Role.COMMISSION}),
                              ("m3", 3, {Role.COMMISSION}), ("chief", 1, {Role.ORG_HEAD})):
        users.add_user(admin, username=name, full_name=f"{name.title()} Member Testov",
                       password=PASSWORD, roles=roles, clearance=clearance(form),
                       position="Специалист")


def copies_of(session, reg_id):
    with session.store.read() as conn:
        return repo.copies_of(conn, reg_id)


def draft(copy_ids, **kw):
    return ActDraft(act_date=kw.pop("act_date", TODAY),
                    basis_kind=kw.pop("basis_kind", BasisKind.STORAGE_EXPIRED),
                    method=kw.pop("method", METHOD),
                    method_note=kw.pop("method_note", "Пепел перемешан, восстановление исключено"),
                    copies=tuple((c, "") for c in copy_ids), chair=kw.pop("chair", "head"),
                    members=kw.pop("members", ("m1", "m2")), **kw)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(ActState, ActState)))
def test_the_state_machine(current, target):
    allowed = {(ActState.DRAFT, ActState.SIGNED), (ActState.SIGNED, ActState.APPROVED),
               (ActState.APPROVED, ActState.EXECUTED), (ActState.SIGNED, ActState.DRAFT),
               (ActState.APPROVED, ActState.DRAFT)}
    if (current, target) in allowed:
        check_move(current, target)
    else:
        with pytest.raises(IllegalMove):
            check_move(current, target)


def test_from_draft_to_executed(login, people):
    clerk, chief = login("clerk"), login("chief")
    reg = register.register_carrier(clerk, own())
    ids = [c.id for c in copies_of(clerk, reg.id)]
    act_id = destruction.create_act(clerk, draft(ids[:2]))
    act = destruction.act(clerk, act_id)
    assert act.state is ActState.DRAFT and act.sheets == 10 and act.top is Level.SS
    with pytest.raises(IllegalMove):
        destruction.approve(chief, act_id)                       # not signed yet
    with pytest.raises(AuthenticationFailed):
        destruction.sign(clerk, act_id, "m1", "wrong-password-1")
    destruction.sign(clerk, act_id, "m1", PASSWORD)
    destruction.sign(clerk, act_id, "head", PASSWORD)
    with pytest.raises(IllegalState):
        destruction.sign(clerk, act_id, "m1", PASSWORD)          # once
    with pytest.raises(InvalidInput):
        destruction.sign(clerk, act_id, "m3", PASSWORD)          # not on the commission
    destruction.record_paper_signatures(clerk, act_id, ["m2"])
    act = destruction.act(clerk, act_id)
    assert act.state is ActState.SIGNED
    assert {m.username: m.signed for m in act.commission} == {
        "head": Signature.PROGRAM, "m1": Signature.PROGRAM, "m2": Signature.PAPER}
    with pytest.raises(PermissionDenied):
        destruction.approve(clerk, act_id)                       # the head approves
    destruction.approve(chief, act_id)
    with pytest.raises(InvalidInput):                            # the chair and a member
        destruction.execute(clerk, act_id, ("m1", PASSWORD), ("m2", PASSWORD))
    with pytest.raises(InvalidInput):
        destruction.execute(clerk, act_id, ("head", PASSWORD), ("head", PASSWORD))
    destruction.execute(clerk, act_id, ("head", PASSWORD), ("m2", PASSWORD))
    act = destruction.act(clerk, act_id)
    assert act.state is ActState.EXECUTED and act.execution_chair == "head"
    states = [c.state for c in copies_of(clerk, reg.id)]
    assert states == [CopyState.DESTROYED, CopyState.DESTROYED, CopyState.REGISTERED]
    with clerk.store.read() as conn:
        history = repo.moves_of(conn, ids[0])
        rows = register_export.rows(conn, register.scope_for(clerk.user),
                                    register.RegisterFilter(), sort="number")
    assert history[-1].kind == "destroy" and history[-1].reference == act.number
    disposal = {r["copy_id"]: r["dispatch_reference"] for r in rows}
    assert disposal[ids[0]] == act.number and disposal[ids[2]] == ""
    # Executed: never edited, never executed again.
    with pytest.raises(IllegalState):
        destruction.update_act(clerk, act_id, draft(ids[2:]))
    with pytest.raises(IllegalMove):
        destruction.execute(clerk, act_id, ("head", PASSWORD), ("m1", PASSWORD))


def test_what_cannot_go_on_an_act(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=4))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    moves.issue(clerk, ids[0], "executor", "работа")
    with pytest.raises(IllegalState):                            # issued
        destruction.create_act(clerk, draft([ids[0]]))
    top = register.register_carrier(clerk, own(level=Level.SS, copies=1))
    [top_copy] = [c.id for c in copies_of(clerk, top.id)]
    with pytest.raises(InvalidInput) as caught:                  # m3 holds form 3 only
        destruction.create_act(clerk, draft([top_copy], members=("m1", "m3")))
    assert "M3 Member Testov" in caught.value.text()
    with pytest.raises(InvalidInput) as caught:                  # the clerk keeps the copies
        destruction.create_act(clerk, draft([ids[1]], members=("m1", "clerk")))
    assert "Clerk Testov" in caught.value.text()
    with pytest.raises(InvalidInput):                            # a chair and two members
        destruction.create_act(clerk, draft([ids[1]], members=("m1",)))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft([ids[1]], members=("m1", "m1")))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft([ids[1]], method="Выбросить"))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft([ids[1]], method_note=" "))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft([]))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft([ids[1]], act_date=TODAY + dt.timedelta(days=1)))
    with pytest.raises(InvalidInput):                            # a decision needs its ref.
        destruction.create_act(clerk, draft([ids[1]], basis_kind=BasisKind.DECISION))
    first = destruction.create_act(clerk, draft([ids[1]]))
    with pytest.raises(IllegalState):                            # on one act at most
        destruction.create_act(clerk, draft([ids[1]]))
    with pytest.raises(IllegalState):                            # and then it stays put
        moves.issue(clerk, ids[1], "executor", "работа")
    marking.open_case(clerk, CaseDraft(Notice("Директор", "1", TODAY, TODAY), (reg.reg_no,),
                                       Level.SS))
    with pytest.raises(IllegalState):                            # under a marking change
        destruction.create_act(clerk, draft([ids[2]]))
    with pytest.raises(IllegalState):                            # re-checked on signing
        destruction.sign(clerk, first, "m1", PASSWORD)
    with pytest.raises(NotFound):
        destruction.create_act(clerk, draft([999_999]))


def test_foreign_carriers_need_the_originators_notice(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz())
    ids = [c.id for c in copies_of(clerk, reg.id)]
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft(ids))
    with pytest.raises(InvalidInput):
        destruction.create_act(clerk, draft(ids, basis_kind=BasisKind.ORIGINATOR_NOTICE,
                                            basis_reference="12/4"))     # no date
    mine = register.register_carrier(clerk, own(level=Level.S, copies=1))
    with pytest.raises(InvalidInput):                                    # mixed with own
        destruction.create_act(clerk, draft([*ids, copies_of(clerk, mine.id)[0].id],
                                            basis_kind=BasisKind.ORIGINATOR_NOTICE,
                                            basis_reference="12/4", basis_date=TODAY))
    act_id = destruction.create_act(clerk, draft(ids, basis_kind=BasisKind.ORIGINATOR_NOTICE,
                                                 basis_reference="12/4", basis_date=TODAY))
    assert destruction.act(clerk, act_id).originator == KG
    with pytest.raises(InvalidInput):                        # own carriers: not on a notice
        destruction.create_act(clerk, draft([copies_of(clerk, mine.id)[0].id],
                                            basis_kind=BasisKind.ORIGINATOR_NOTICE,
                                            basis_reference="1", basis_date=TODAY))


def test_editing_a_draft_withdraws_its_signatures(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    act_id = destruction.create_act(clerk, draft(ids[:1]))
    destruction.sign(clerk, act_id, "m1", PASSWORD)
    destruction.update_act(clerk, act_id, draft(ids[:2]))
    act = destruction.act(clerk, act_id)
    assert len(act.copies) == 2 and all(m.signed is None for m in act.commission)


def test_execution_is_all_or_nothing(login, people, monkeypatch):
    clerk, chief = login("clerk"), login("chief")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=5))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    act_id = destruction.create_act(clerk, draft(ids))
    destruction.record_paper_signatures(clerk, act_id, ["head", "m1", "m2"])
    destruction.approve(chief, act_id)
    real = repo.insert_move
    calls = []

    def failing(conn, values):
        calls.append(values["copy_id"])
        if len(calls) == 3:
            raise OSError("disk gone")
        return real(conn, values)
    monkeypatch.setattr(repo, "insert_move", failing)
    with pytest.raises(Exception):  # noqa: B017 — any failure: the transaction rolls back
        destruction.execute(clerk, act_id, ("head", PASSWORD), ("m1", PASSWORD))
    monkeypatch.undo()
    assert {c.state for c in copies_of(clerk, reg.id)} == {CopyState.REGISTERED}
    assert destruction.act(clerk, act_id).state is ActState.APPROVED
    destruction.execute(clerk, act_id, ("head", PASSWORD), ("m1", PASSWORD))
    assert {c.state for c in copies_of(clerk, reg.id)} == {CopyState.DESTROYED}


def test_lists_and_visibility(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.SS, copies=1))
    act_id = destruction.create_act(clerk, draft([copies_of(clerk, reg.id)[0].id]))
    assert [a.id for a in destruction.acts(clerk)] == [act_id]
    assert destruction.acts(clerk, ActState.EXECUTED) == []
    with pytest.raises(PermissionDenied):
        destruction.acts(login("executor"))
    assert destruction.acts(login("m1")) != []               # a commission member sees it


def test_an_act_that_can_no_longer_be_executed_goes_back_to_draft(login, people):
    clerk, chief = login("clerk"), login("chief")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=2))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    act_id = destruction.create_act(clerk, draft(ids))
    destruction.record_paper_signatures(clerk, act_id, ["head", "m1", "m2"])
    destruction.approve(chief, act_id)
    destruction.withdraw(chief, act_id)
    act = destruction.act(clerk, act_id)
    assert act.state is ActState.DRAFT and act.approved_by == ""
    assert all(m.signed is None for m in act.commission)
    destruction.update_act(clerk, act_id, draft(ids[:1]))       # now it can be corrected
    assert [c.copy_no for c in destruction.act(clerk, act_id).copies] == [1]
    with pytest.raises(IllegalMove):
        destruction.withdraw(clerk, act_id)                      # a draft already


def test_a_member_sees_only_the_acts_of_their_commission(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=1))
    act_id = destruction.create_act(clerk, draft([copies_of(clerk, reg.id)[0].id]))
    assert [a.id for a in destruction.acts(login("m1"))] == [act_id]
    assert destruction.acts(login("m3")) == []
    with pytest.raises(NotFound):
        destruction.act(login("m3"), act_id)


def test_an_act_shows_the_level_its_copies_have_now(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=1))
    act_id = destruction.create_act(clerk, draft([copies_of(clerk, reg.id)[0].id],
                                                 members=("m1", "m3")))
    assert [a.id for a in destruction.acts(login("m3"))] == [act_id]
    case_id = marking.open_case(clerk, CaseDraft(Notice("Директор", "1", TODAY, TODAY),
                                                 (reg.reg_no,), Level.SS))
    for copy in marking.case(clerk, case_id).copies:
        marking.remark(clerk, case_id, copy.copy_id)
    marking.close_case(clerk, case_id)
    with pytest.raises(NotFound):                  # m3 holds form 3: the copy is SS now
        destruction.act(login("m3"), act_id)
    assert destruction.act(clerk, act_id).top is Level.SS
    with pytest.raises(InvalidInput):              # and m3 can no longer sit on it
        destruction.sign(clerk, act_id, "m1", PASSWORD)

"""Marking-change cases: notice rules, affected copies, two-person rule, closing (SPEC §3)."""

import datetime as dt

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.errors import (
    AuthenticationFailed,
    ClearanceInsufficient,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.domain.marking import BelowSource, CaseState, ChangeKind, Reason, WindowRule
from desktop.domain.roles import Role
from desktop.services import marking, moves, register, users
from desktop.services.marking import CaseDraft, Notice
from desktop.store import marking as marking_repo
from tests.conftest import PASSWORD, clearance

TODAY = dt.date.today()
KG = "Министерство обороны Кыргызской Республики"


def kyrgyz(title="Сводка", level=Level.SS, copies=3, **kw):
    return RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=level, reg_date=TODAY, copies=copies,
        originator=Originator(OriginatorType.KYRGYZ, KG,
                              {Level.SS: "Абдан жашыруун", Level.S: "Жашыруун",
                               Level.OV: "Өзгөчө маанилүү"}[level], "12/7", TODAY),
        purpose="Совместные учения", **kw)


def own(title="План", level=Level.S, copies=1, **kw):
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level, reg_date=TODAY,
                             copies=copies, **kw)


def notice(issuer=KG, received=TODAY, **kw):
    return Notice(issuer=issuer, reference=kw.pop("reference", "45/12-с"),
                  date=kw.pop("date", received - dt.timedelta(days=2)), received=received, **kw)


@pytest.fixture
def people(admin):
    users.add_user(admin, username="clerk2", full_name="Second Clerk Testov", password=PASSWORD,
                   roles={Role.CLERK}, clearance=clearance(3))
    users.add_user(admin, username="chief", full_name="Chief Boss Testov", password=PASSWORD,
                   roles={Role.ORG_HEAD}, clearance=clearance(1), position="Директор")


@pytest.fixture
def source(login):
    """A registration from the Kyrgyz party (SS, 3 copies: one issued, one dispatched) and
    an extract derived from it (SS, 1 copy)."""
    clerk = login("clerk")
    src = register.register_carrier(clerk, kyrgyz())
    extract = register.register_carrier(clerk, kyrgyz(
        "Выписка из сводки", copies=1, parent_id=src.id, derivation=Derivation.EXTRACT))
    copies = {c.copy_no: c.id for c in _copies(clerk, src.id)}
    moves.issue(clerk, copies[2], "head", "для работы")
    moves.dispatch(clerk, copies[3], to_org="ГКНБ", channel="Нарочным", cover_letter="9",
                   basis="указание", originator_consent="письмо 3/1")
    return clerk, src, extract


def _copies(session, reg_id):
    with session.store.read() as conn:
        from desktop.store import register as repo
        return repo.copies_of(conn, reg_id)


def test_a_kyrgyz_lowering_lists_every_copy_with_its_reason_and_task(source, people):
    clerk, src, extract = source
    draft = CaseDraft(notice(), (src.reg_no,), Level.S)
    with pytest.raises(BelowSource):
        marking.preview(clerk, CaseDraft(notice(), (extract.reg_no,), Level.S))
    plan = marking.preview(clerk, CaseDraft(notice(), (src.reg_no, extract.reg_no), Level.S))
    assert plan.kind is ChangeKind.LOWER and plan.needs_confirmation
    assert plan.rule is WindowRule.AGREEMENT and plan.window_days == 30
    assert plan.deadline == TODAY + dt.timedelta(days=30)
    tasks = {(c.reg_no, c.copy_no): (c.reason, c.task, c.task_for) for c in plan.copies}
    assert tasks == {
        (src.reg_no, 1): (Reason.NAMED, "none", ""),
        (src.reg_no, 2): (Reason.NAMED, "holder", "Head Testov"),
        (src.reg_no, 3): (Reason.NAMED, "recipient", "ГКНБ"),
        (extract.reg_no, 1): (Reason.NAMED, "none", ""),
    }
    # Lowering only the source: the extract keeps SS, its copy is not affected.
    alone = marking.preview(clerk, draft)
    assert {c.reg_no for c in alone.copies} == {src.reg_no}
    assert [c.reason for c in alone.changes if c.registration_id == extract.id] == \
        [Reason.UNCHANGED]


def test_a_foreign_case_needs_the_originators_notice(source, people):
    clerk, src, _ = source
    with pytest.raises(InvalidInput) as caught:
        marking.open_case(clerk, CaseDraft(notice(issuer="Наш начальник"), (src.reg_no,),
                                           Level.OV))
    assert KG in caught.value.text()
    for bad in (notice(reference=" "), notice(received=TODAY + dt.timedelta(days=1)),
                notice(date=TODAY, received=TODAY - dt.timedelta(days=1))):
        with pytest.raises(InvalidInput):
            marking.open_case(clerk, CaseDraft(bad, (src.reg_no,), Level.OV))
    assert marking.cases(clerk) == []


def test_joint_information_needs_the_other_partys_agreement(login, people):
    clerk = login("clerk")
    joint = register.register_carrier(clerk, own(
        originator=Originator(OriginatorType.JOINT, "КР, ГКНБ")))
    with pytest.raises(InvalidInput):
        marking.open_case(clerk, CaseDraft(notice(issuer="Директор"), (joint.reg_no,),
                                           Level.SS))
    case_id = marking.open_case(clerk, CaseDraft(
        notice(issuer="Директор", partner_agreement="Протокол 2",
               partner_agreement_date=TODAY), (joint.reg_no,), Level.SS))
    case = marking.case(clerk, case_id)
    assert case.rule is WindowRule.HOUSE and case.notice.partner_agreement == "Протокол 2"


def test_two_person_rule(source, people, login):
    clerk, src, extract = source
    draft = CaseDraft(notice(), (src.reg_no, extract.reg_no), Level.S)
    with pytest.raises(InvalidInput):
        marking.open_case(clerk, draft)                           # nobody confirms
    with pytest.raises(InvalidInput):
        marking.open_case(clerk, draft, ("clerk", PASSWORD))      # the same person twice
    with pytest.raises(InvalidInput) as caught:
        marking.open_case(clerk, draft, ("clerk2", PASSWORD))     # form 3: not cleared for SS
    assert "clearance" in caught.value.text()
    with pytest.raises(InvalidInput) as caught:
        marking.open_case(clerk, draft, ("auditor", PASSWORD))    # does not answer for it
    assert "head of the organisation" in caught.value.text()
    with pytest.raises(AuthenticationFailed):
        marking.open_case(clerk, draft, ("head", "wrong-password-123"))
    assert marking.cases(clerk) == []
    case_id = marking.open_case(clerk, draft, ("head", PASSWORD))
    case = marking.case(clerk, case_id)
    assert case.confirmed_by == "Head Testov" and case.opened_by == "Clerk Testov"
    with clerk.store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, actor, outcome, details FROM audit_event WHERE action IN "
            "('marking.open', 'auth.login_failed') ORDER BY seq").fetchall()
    # A right password of someone who may not confirm is journalled as refused, a wrong
    # one as a failed login of that person.
    denied = [r for r in rows if r[0] == "marking.open" and r[2] == "denied"]
    assert ['"confirmer":"clerk2"' in denied[0][3], '"confirmer":"auditor"' in denied[1][3]] \
        == [True, True]
    assert [r[1] for r in rows if r[0] == "auth.login_failed"] == ["head"]
    assert rows[-1][0] == "marking.open" and '"confirmed_by":"head"' in rows[-1][3]


def test_raising_needs_no_second_person_and_closes_with_the_new_level(source, people, login):
    clerk, src, extract = source
    case_id = marking.open_case(clerk, CaseDraft(notice(), (src.reg_no,), Level.OV))
    case = marking.case(clerk, case_id)
    assert case.kind is ChangeKind.RAISE and case.state is CaseState.OPEN
    assert {(c.reg_no, c.copy_no) for c in case.copies} == {
        (src.reg_no, 1), (src.reg_no, 2), (src.reg_no, 3), (extract.reg_no, 1)}
    # The register rows show the deadline while the case is open.
    with clerk.store.read() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM copies WHERE marking_case_id = ?",
                                   (case_id,)).fetchall()
    assert len(ids) == 4
    with pytest.raises(IllegalState):
        marking.close_case(clerk, case_id)                       # nothing re-marked yet
    # A second case over the same registrations is refused while this one is open.
    with pytest.raises(IllegalState):
        marking.open_case(clerk, CaseDraft(notice(), (extract.reg_no,), Level.OV))
    by_no = {(c.reg_no, c.copy_no): c for c in case.copies}
    head = login("head")
    with pytest.raises(NotFound):            # the head holds copy 2 but is not cleared for OV
        marking.remark(head, case_id, by_no[(src.reg_no, 2)].copy_id)
    marking.remark(clerk, case_id, by_no[(src.reg_no, 1)].copy_id)
    assert by_no[(src.reg_no, 2)].task == "return"
    with pytest.raises(IllegalState):        # raised above its holder: back to the safe first
        marking.remark(clerk, case_id, by_no[(src.reg_no, 2)].copy_id)
    with pytest.raises(IllegalState):        # nor can it be issued again below the new level
        moves.return_copy(clerk, by_no[(src.reg_no, 2)].copy_id)
        moves.issue(clerk, by_no[(src.reg_no, 2)].copy_id, "head", "again")
    marking.remark(clerk, case_id, by_no[(src.reg_no, 2)].copy_id)
    with pytest.raises(InvalidInput):                            # sent away: needs a reference
        marking.remark(clerk, case_id, by_no[(src.reg_no, 3)].copy_id)
    marking.remark(clerk, case_id, by_no[(src.reg_no, 3)].copy_id, "письмо ГКНБ 77")
    with pytest.raises(IllegalState):                            # ticked off once
        marking.remark(clerk, case_id, by_no[(src.reg_no, 1)].copy_id)
    marking.remark(clerk, case_id, by_no[(extract.reg_no, 1)].copy_id)
    marking.close_case(clerk, case_id)
    case = marking.case(clerk, case_id)
    assert case.state is CaseState.CLOSED and case.done == 4
    assert all(c.remarked_by == "Clerk Testov" for c in case.copies)
    with clerk.store.read() as conn:
        from desktop.store import register as repo
        assert repo.registration(conn, src.id).level is Level.OV
        assert repo.registration(conn, extract.id).level is Level.OV
        history = marking_repo.history(conn, src.id)
        assert [(h["old_level"], h["new_level"]) for h in history] == [("SS", "OV")]
        assert conn.exec_driver_sql("SELECT count(*) FROM copies WHERE marking_case_id "
                                    "IS NOT NULL").scalar() == 0
        kinds = [m.kind for m in repo.moves_of(conn, by_no[(src.reg_no, 3)].copy_id)]
    assert kinds[-1] == "remark"
    with pytest.raises(IllegalState):
        marking.close_case(clerk, case_id)


def test_the_holder_ticks_off_their_own_copy(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=2))
    first, second = (c.id for c in _copies(clerk, reg.id))
    moves.issue(clerk, first, "head", "работа")
    moves.issue(clerk, second, "executor", "работа")
    case_id = marking.open_case(clerk, CaseDraft(notice(issuer="Директор"), (reg.reg_no,),
                                                 Level.SS))
    case = marking.case(clerk, case_id)
    assert case.rule is WindowRule.HOUSE
    # Raised above the executor's clearance (form 3): the copy has to come back first.
    assert {c.copy_no: c.task for c in case.copies} == {1: "holder", 2: "return"}
    head = login("head")
    assert [(t.reg_no, t.copy_no) for t in marking.my_tasks(head)] == [(reg.reg_no, 1)]
    marking.remark(head, case_id, first)
    assert marking.my_tasks(head) == []
    with pytest.raises(PermissionDenied):           # not cleared for SS: not the holder's task
        marking.remark(login("executor"), case_id, second)


def test_declassifying_keeps_the_level_in_history(login, people):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S))
    case_id = marking.open_case(clerk, CaseDraft(notice(issuer="Директор"), (reg.reg_no,),
                                                 None), ("chief", PASSWORD))
    case = marking.case(clerk, case_id)
    assert case.kind is ChangeKind.DECLASSIFY and case.confirmed_by == "Chief Boss Testov"
    marking.remark(clerk, case_id, case.copies[0].copy_id)
    marking.close_case(clerk, case_id)
    with clerk.store.read() as conn:
        from desktop.store import register as repo
        row = conn.exec_driver_sql("SELECT level, declassified_on FROM registrations "
                                   "WHERE id = ?", (reg.id,)).one()
        assert row[0] == "S" and row[1] == TODAY.isoformat()
        assert repo.registration(conn, reg.id) is not None
    with pytest.raises(IllegalState):
        marking.open_case(clerk, CaseDraft(notice(issuer="Директор"), (reg.reg_no,),
                                           Level.SS))


def test_lists_and_visibility(source, people, login):
    clerk, src, _ = source
    case_id = marking.open_case(clerk, CaseDraft(notice(), (src.reg_no,), Level.OV))
    rows = marking.cases(clerk, state=CaseState.OPEN)
    assert [r.id for r in rows] == [case_id] and rows[0].total == 4 and rows[0].done == 0
    assert rows[0].deadline == TODAY + dt.timedelta(days=30) and rows[0].named == src.reg_no
    assert marking.cases(clerk, state=CaseState.CLOSED) == []
    assert [r.id for r in marking.cases(clerk, due_within=30)] == [case_id]
    assert marking.cases(clerk, due_within=29) == []
    assert marking.cases(clerk, originator_type=OriginatorType.OWN) == []
    # The protection head (form 2) does not see a case that touches OV.
    assert marking.cases(login("head")) == []
    with pytest.raises(NotFound):
        marking.case(login("head"), case_id)
    with pytest.raises(PermissionDenied):
        marking.cases(login("executor"))
    assert [r.id for r in marking.open_deadlines(clerk)] == [case_id]
    assert marking.open_deadlines(login("executor")) == []


def test_no_derived_carrier_below_a_source_being_raised(source, people):
    clerk, src, _ = source
    marking.open_case(clerk, CaseDraft(notice(), (src.reg_no,), Level.OV))
    with pytest.raises(IllegalState):
        register.register_carrier(clerk, kyrgyz("Перевод", copies=1, parent_id=src.id,
                                                derivation=Derivation.TRANSLATION))


def test_unknown_and_hidden_registrations_are_the_same_answer(login, people):
    clerk, head = login("clerk"), login("head")
    top = register.register_carrier(clerk, own(level=Level.OV))
    for reg_no in (top.reg_no, "999/1999"):
        with pytest.raises((NotFound, PermissionDenied)):
            marking.preview(head, CaseDraft(notice(issuer="Директор"), (reg_no,), Level.S))
    with pytest.raises(NotFound):
        marking.preview(clerk, CaseDraft(notice(issuer="Директор"), ("999/1999",), Level.S))


def test_a_case_is_for_someone_cleared_for_all_it_shows(login, admin, people):
    users.add_user(admin, username="clerk3", full_name="Third Clerk Testov", password=PASSWORD,
                   roles={Role.CLERK}, clearance=clearance(2))
    clerk = login("clerk")
    base = register.register_carrier(clerk, own(level=Level.S))
    register.register_carrier(clerk, own(title="Перевод", level=Level.OV, parent_id=base.id,
                                         derivation=Derivation.TRANSLATION))
    draft = CaseDraft(notice(issuer="Директор"), (base.reg_no,), Level.SS)
    with pytest.raises(ClearanceInsufficient):     # the OV translation would show through
        marking.preview(login("clerk3"), draft)
    case_id = marking.open_case(clerk, draft)
    assert [r.id for r in marking.cases(clerk)] == [case_id]
    assert marking.cases(login("clerk3")) == []    # the case touches OV


def test_a_source_and_its_own_printout_in_one_notice(source, people):
    clerk, src, _ = source
    from desktop.services import printing
    printing.copy_card_pdf(clerk, _copies(clerk, src.id)[0].id, "ru")
    with clerk.store.read() as conn:
        printout = conn.exec_driver_sql(
            "SELECT reg_no FROM registrations WHERE derivation = 'printout'").scalar()
    plan = marking.preview(clerk, CaseDraft(notice(), (src.reg_no, printout), Level.OV))
    assert {c.reg_no for c in plan.changes if c.reason is Reason.NAMED} == {src.reg_no,
                                                                           printout}


def test_a_derivative_left_as_it_is_is_not_held_up(source, people):
    clerk, src, extract = source
    marking.open_case(clerk, CaseDraft(notice(), (src.reg_no,), Level.S), ("head", PASSWORD))
    # The extract keeps SS under that lowering: a case of its own can still be opened.
    plan = marking.preview(clerk, CaseDraft(notice(), (extract.reg_no,), Level.OV))
    assert [c.reg_no for c in plan.changes if c.changes] == [extract.reg_no]

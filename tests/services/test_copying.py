"""Copy requests: copies only under a permission, never more than authorised (SPEC §4)."""

import datetime as dt

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.copying import PermissionSource, RequestState
from desktop.domain.errors import (
    IllegalMove,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.services import copying, marking, register, users
from desktop.services.marking import CaseDraft, Notice
from desktop.store import register as repo
from tests.conftest import PASSWORD, clearance

TODAY = dt.date.today()
KG = "ГКНБ Кыргызской Республики"


def own(level=Level.SS, copies=2):
    return RegistrationDraft(kind=CarrierKind.PAPER, title="Отчёт", level=level,
                             reg_date=TODAY, copies=copies, sheets=4, location="Сейф 2")


def kyrgyz():
    return RegistrationDraft(
        kind=CarrierKind.PAPER, title="Сводка", level=Level.S, reg_date=TODAY, copies=1,
        originator=Originator(OriginatorType.KYRGYZ, KG, "Жашыруун", "5/1", TODAY),
        purpose="Учения")


@pytest.fixture
def chief(admin, login):
    users.add_user(admin, username="chief", full_name="Chief Boss Testov", password=PASSWORD,
                   roles={Role.ORG_HEAD}, clearance=clearance(1), position="Директор")
    return login("chief")


def copy_numbers(session, reg_id):
    with session.store.read() as conn:
        return [(c.copy_no, c.state.value) for c in repo.copies_of(conn, reg_id)]


def test_own_information_copied_on_the_heads_decision(login, chief):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own())
    request_id = copying.create_request(clerk, reg.reg_no, 3, "Для совещания",
                                        requester="head")
    req = copying.request(clerk, request_id)
    assert req.state is RequestState.PENDING and req.source is PermissionSource.HEAD
    assert req.requester == "Head Testov"
    with pytest.raises(IllegalState):
        copying.make_copies(clerk, request_id, 1)          # not permitted yet
    with pytest.raises(PermissionDenied):
        copying.approve(clerk, request_id, 2)              # own information: the head decides
    with pytest.raises(InvalidInput):
        copying.approve(chief, request_id, 4)              # more than asked
    assert [r.id for r in copying.awaiting_decision(chief)] == [request_id]
    assert copying.awaiting_decision(clerk) == []
    copying.approve(chief, request_id, 2, reference="Приказ 12")
    req = copying.request(chief, request_id)
    assert req.state is RequestState.APPROVED and req.authorised == 2
    assert req.permitted_by == "Директор, Chief Boss Testov" and req.permission_date == TODAY
    with pytest.raises(IllegalMove):
        copying.refuse(chief, request_id, "передумал")     # decided once
    with pytest.raises(InvalidInput):
        copying.make_copies(clerk, request_id, 3)          # beyond the permission
    assert copying.make_copies(clerk, request_id, 1) == [3]
    assert copying.make_copies(clerk, request_id, 1) == [4]
    with pytest.raises(IllegalState):
        copying.make_copies(clerk, request_id, 1)          # used up
    req = copying.request(clerk, request_id)
    assert req.state is RequestState.USED_UP and req.copy_numbers == (3, 4) and req.made == 2
    assert copy_numbers(clerk, reg.id) == [(1, "registered"), (2, "registered"),
                                           (3, "registered"), (4, "registered")]
    with clerk.store.read() as conn:
        again = repo.registration(conn, reg.id)
        new = repo.copies_of(conn, reg.id)[2]
        history = repo.moves_of(conn, new.id)
    assert again.copies == 4 and again.level is Level.SS
    assert new.sheets == 4 and new.location == "Сейф 2"
    assert history[0].basis == req.number and history[0].reference == "Приказ 12"


def test_received_information_needs_the_originators_written_permission(login):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz())
    request_id = copying.create_request(clerk, reg.reg_no, 2, "Учения")
    assert copying.request(clerk, request_id).source is PermissionSource.ORIGINATOR
    for kwargs in ({"permitted_by": "Наш директор", "reference": "1",
                    "permission_date": TODAY},
                   {"permitted_by": KG, "reference": "", "permission_date": TODAY},
                   {"permitted_by": KG, "reference": "1", "permission_date": None},
                   {"permitted_by": KG, "reference": "1",
                    "permission_date": TODAY + dt.timedelta(days=1)}):
        with pytest.raises(InvalidInput):
            copying.approve(clerk, request_id, 2, **kwargs)
    copying.approve(clerk, request_id, 1, permitted_by=KG, reference="7/2",
                    permission_date=TODAY)
    assert copying.make_copies(clerk, request_id, 1) == [2]


def test_refusal_and_third_party_consent(login, chief):
    clerk = login("clerk")
    foreign = register.register_carrier(clerk, kyrgyz())
    with pytest.raises(InvalidInput):
        copying.create_request(clerk, foreign.reg_no, 1, "Передать", third_party="ТОО «А»")
    request_id = copying.create_request(clerk, foreign.reg_no, 1, "Передать",
                                        third_party="ТОО «А»",
                                        third_party_consent="письмо 8/3")
    with pytest.raises(InvalidInput):
        copying.refuse(clerk, request_id, "  ")
    copying.refuse(clerk, request_id, "Сторона-источник не согласна", permitted_by=KG,
                   reference="9/9", permission_date=TODAY)
    req = copying.request(clerk, request_id)
    assert req.state is RequestState.REFUSED and req.refusal_reason.startswith("Сторона")
    with pytest.raises(IllegalState):
        copying.make_copies(clerk, request_id, 1)


def test_checks_on_the_request(login, chief):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.SS))
    for copies in (0, 1000, True, "2"):
        with pytest.raises(InvalidInput):
            copying.create_request(clerk, reg.reg_no, copies, "x")
    with pytest.raises(InvalidInput):
        copying.create_request(clerk, reg.reg_no, 1, "x", requester="executor")  # form 3
    with pytest.raises(InvalidInput):
        copying.create_request(clerk, reg.reg_no, 1, "bad\x00text")
    with pytest.raises(NotFound):
        copying.create_request(clerk, "404/1999", 1, "x")
    executor = login("executor")
    with pytest.raises(NotFound):                    # above the executor's clearance
        copying.create_request(executor, reg.reg_no, 1, "x")
    assert copying.requests(clerk) == []
    low = register.register_carrier(clerk, own(level=Level.S, copies=1))
    with clerk.store.read() as conn:
        copy_id = repo.copies_of(conn, low.id)[0].id
    from desktop.services import moves
    moves.issue(clerk, copy_id, "executor", "работа")
    with pytest.raises(PermissionDenied):            # only a clerk asks for someone else
        copying.create_request(executor, low.reg_no, 1, "x", requester="clerk")
    assert copying.create_request(executor, low.reg_no, 1, "для работы")


def test_no_copy_without_a_request(login):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own())
    with pytest.raises(InvalidInput):
        register.register_carrier(clerk, RegistrationDraft(
            kind=CarrierKind.PAPER, title="Копия", level=Level.SS, reg_date=TODAY,
            parent_id=reg.id, derivation=Derivation.COPY))


def test_no_copies_while_the_marking_is_changing(login, chief):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=1))
    request_id = copying.create_request(clerk, reg.reg_no, 1, "x")
    copying.approve(chief, request_id, 1)
    marking.open_case(clerk, CaseDraft(Notice("Директор", "1", TODAY, TODAY), (reg.reg_no,),
                                       Level.SS))
    with pytest.raises(IllegalState):
        copying.make_copies(clerk, request_id, 1)


def test_lists(login, chief):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S))
    mine = copying.create_request(clerk, reg.reg_no, 1, "x", requester="executor")
    other = copying.create_request(clerk, reg.reg_no, 2, "y")
    copying.refuse(chief, other, "нет")
    assert [r.id for r in copying.requests(clerk)] == [mine, other]
    assert [r.id for r in copying.requests(clerk, state=RequestState.REFUSED)] == [other]
    assert [r.id for r in copying.requests(login("executor"))] == [mine]
    assert copying.requests(clerk, originator_type=OriginatorType.KYRGYZ) == []


def test_copies_are_made_from_a_copy_in_the_safe(login, chief):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=1))
    request_id = copying.create_request(clerk, reg.reg_no, 1, "x")
    copying.approve(chief, request_id, 1)
    with clerk.store.read() as conn:
        only = repo.copies_of(conn, reg.id)[0].id
    from desktop.services import moves
    moves.issue(clerk, only, "executor", "работа")
    with pytest.raises(IllegalState):
        copying.make_copies(clerk, request_id, 1)
    moves.return_copy(clerk, only)
    assert copying.make_copies(clerk, request_id, 1) == [2]

"""Registering carriers: numbering, checks, clearance and need-to-know on every read."""

import datetime as dt
import threading

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.errors import (
    AuditWriteFailed,
    ClearanceInsufficient,
    IllegalMove,
    IllegalState,
    InvalidInput,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.services import auth, journal, moves, register, transfers
from desktop.store import register as repo
from desktop.store.register_query import RegisterFilter
from tests.conftest import PASSWORD

TODAY = dt.date.today()


def draft(title="Жоспар", level=Level.S, **kw):
    return RegistrationDraft(kind=kw.pop("kind", CarrierKind.PAPER), title=title, level=level,
                             reg_date=kw.pop("reg_date", TODAY), **kw)


def numbers(session):
    cursor = register.open_register(session)
    return sorted({(r["year"], r["number"]) for r in cursor.fetch(limit=10_000)})


def test_numbers_are_gap_free_and_formatted(login):
    clerk = login("clerk")
    regs = [register.register_carrier(clerk, draft(f"Doc {i}", Level.SS if i % 2 else Level.S))
            for i in range(5)]
    assert [r.number for r in regs] == [1, 2, 3, 4, 5]
    assert regs[0].reg_no == f"1с/{TODAY.year}" and regs[1].reg_no == f"2сс/{TODAY.year}"


def test_a_failed_transaction_does_not_skip_a_number(login, monkeypatch):
    clerk = login("clerk")
    register.register_carrier(clerk, draft("first"))

    def broken(*args, **kwargs):
        raise AuditWriteFailed("disk")
    monkeypatch.setattr(journal.audit, "append", broken)
    with pytest.raises(AuditWriteFailed):
        register.register_carrier(clerk, draft("lost"))
    monkeypatch.undo()
    second = register.register_carrier(clerk, draft("second"))
    assert second.number == 2
    with clerk.store.read() as conn:
        assert repo.last_number(conn, "main", TODAY.year) == 2


def test_concurrent_registrations_get_distinct_consecutive_numbers(store_path):
    sessions = [auth.login(store_path, name, PASSWORD) for name in ("clerk", "clerk", "head")]
    errors = []

    def work(session, n):
        for i in range(n):
            try:
                register.register_carrier(session, draft(f"t{i}"))
            except Exception as exc:
                errors.append(exc)
    threads = [threading.Thread(target=work, args=(s, 8)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    got = [n for _, n in numbers(sessions[0])]
    assert got == list(range(1, 25))
    for s in sessions:
        s.store.engine.dispose()


def test_numbers_restart_each_year(login):
    clerk = login("clerk")
    last_year = TODAY.replace(year=TODAY.year - 1, day=min(TODAY.day, 28))
    a = register.register_carrier(clerk, draft("old", reg_date=last_year))
    b = register.register_carrier(clerk, draft("new"))
    assert (a.number, b.number) == (1, 1) and a.reg_no != b.reg_no


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"title": ""}, "title"), ({"title": "x" * 501}, "title"), ({"title": "a\x00b"}, "title"),
    ({"copies": 0}, "number of copies"), ({"copies": 1000}, "number of copies"),
    ({"sheets": 0}, "number of sheets"),
    ({"reg_date": TODAY + dt.timedelta(days=1)}, "dates"),
])
def test_bad_drafts_are_refused_and_nothing_is_written(login, kwargs, field):
    clerk = login("clerk")
    with pytest.raises(InvalidInput) as err:
        register.register_carrier(clerk, draft(**kwargs))
    assert field in err.value.text()
    assert register.open_register(clerk).count() == 0


def test_kyrgyz_carrier_keeps_its_marking_with_the_comparable_level(login):
    clerk = login("clerk")
    origin = Originator(OriginatorType.KYRGYZ, "ГКНБ КР", "Абдан жашыруун", "12/3")
    reg = register.register_carrier(clerk, draft("Отчёт", Level.SS, originator=origin,
                                                 purpose="совместное учение"))
    row = register.open_register(clerk).fetch()[0]
    assert reg.originator.foreign_marking == row["foreign_marking"] == "Абдан жашыруун"
    assert row["level"] == "SS"
    with pytest.raises(InvalidInput):        # Абдан жашыруун is SS, not S
        register.register_carrier(clerk, draft("x", Level.S, originator=origin, purpose="p"))
    with pytest.raises(InvalidInput):        # purpose of transfer required (a.4 p.1.4)
        register.register_carrier(clerk, draft("x", Level.SS, originator=origin))


def test_derived_information_never_below_its_source(login):
    clerk = login("clerk")
    parent = register.register_carrier(clerk, draft("Источник", Level.SS))
    with pytest.raises(InvalidInput) as err:
        register.register_carrier(clerk, draft("Выписка", Level.S, parent_id=parent.id,
                                               derivation=Derivation.EXTRACT))
    assert "lower level" in err.value.text()
    child = register.register_carrier(clerk, draft("Выписка", Level.OV, parent_id=parent.id,
                                                   derivation=Derivation.EXTRACT))
    with clerk.store.read() as conn:
        assert repo.derived_from(conn, parent.id) == [child.id]


def test_registering_above_own_clearance_or_without_the_role_is_refused(login):
    head = login("head")                 # form 2: SS and S
    with pytest.raises(ClearanceInsufficient):
        register.register_carrier(head, draft("ov", Level.OV))
    with pytest.raises(PermissionDenied):
        register.register_carrier(login("executor"), draft("s"))
    with pytest.raises(PermissionDenied):
        register.register_carrier(login("admin"), draft("s"))


@pytest.fixture
def mixed(login):
    clerk = login("clerk")
    for title, level in (("Құпия жоспар", Level.S), ("Секретный отчёт", Level.SS),
                         ("Өзгөчө маанилүү карта", Level.OV)):
        register.register_carrier(clerk, draft(title, level, copies=2))
    return clerk


def levels_seen(session, **flt):
    cursor = register.open_register(session, RegisterFilter(**flt))
    return sorted({r["level"] for r in cursor.fetch(limit=1000)}), cursor.count()


def test_each_user_sees_only_what_clearance_and_need_to_know_allow(mixed, login):
    assert levels_seen(mixed) == (["OV", "S", "SS"], 6)
    assert levels_seen(login("head")) == (["S", "SS"], 4)         # form 2
    assert levels_seen(login("executor")) == ([], 0)              # holds nothing
    assert levels_seen(login("auditor")) == ([], 0)               # no clearance
    assert levels_seen(login("admin")) == ([], 0)                 # admin role gives nothing


def test_executor_sees_exactly_what_they_hold_and_never_above_form_3(mixed, login):
    rows = register.open_register(mixed).fetch(limit=100)
    s_copy = next(r for r in rows if r["level"] == "S")
    ss_copy = next(r for r in rows if r["level"] == "SS")
    moves.issue(mixed, s_copy["copy_id"], "executor", "для работы")
    with pytest.raises(IllegalState):
        moves.issue(mixed, ss_copy["copy_id"], "executor", "для работы")
    executor = login("executor")
    assert levels_seen(executor) == (["S"], 1)
    assert levels_seen(executor, search="Секретный") == ([], 0)
    with pytest.raises(ClearanceInsufficient):
        register.card(executor, ss_copy["copy_id"])
    with pytest.raises(ClearanceInsufficient):
        register.find(executor, register.card(mixed, ss_copy["copy_id"]).registration.reg_no)
    assert register.card(executor, s_copy["copy_id"]).copy.holder_id is not None


def test_search_finds_kazakh_russian_kyrgyz_words_case_insensitively(mixed):
    for words, expected in (("ЖОСПАР", ["S"]), ("отчёт", ["SS"]), ("маанилүү", ["OV"]),
                            ("карт", ["OV"]), ('"жос', ["S"]), ("", ["OV", "S", "SS"])):
        assert levels_seen(mixed, search=words)[0] == expected, words


def test_moves_record_who_when_whom_and_refuse_illegal_ones(mixed, login):
    row = register.open_register(mixed).fetch()[0]
    copy_id = row["copy_id"]
    moves.issue(mixed, copy_id, "head", "распоряжение 5")
    with pytest.raises(IllegalMove):
        moves.dispatch(mixed, copy_id, to_org="ТОО", channel="Нарочным", cover_letter="1",
                       basis="b")
    moves.return_copy(mixed, copy_id)
    with pytest.raises(InvalidInput):           # not an allowed domestic channel
        moves.dispatch(mixed, copy_id, to_org="ТОО", channel="Почта", cover_letter="1",
                       basis="b")
    with pytest.raises(InvalidInput):           # abroad: only S001 a.5 p.3 channels
        transfers.send_abroad(mixed, copy_id, to_org="ГКНБ", channel="Нарочным",
                              cover_letter="1", basis="b", confirmation_ref="п-1",
                              confirmation_date=TODAY)
    with pytest.raises(InvalidInput):           # abroad: written confirmation first
        transfers.send_abroad(mixed, copy_id, to_org="ГКНБ", channel="courier",
                              cover_letter="1", basis="b", confirmation_ref="",
                              confirmation_date=TODAY)
    moves.dispatch(mixed, copy_id, to_org="ТОО «Адресат»", channel="Нарочным",
                   cover_letter="исх-7", basis="письмо")
    moves.confirm_receipt(mixed, copy_id, "уведомление 9")
    history = register.card(mixed, copy_id).moves
    assert [m.kind for m in history] == ["register", "issue", "return", "dispatch",
                                         "confirm_receipt"]
    assert history[1].to_user == "Head Testov" and history[1].basis == "распоряжение 5"
    assert history[3].to_org == "ТОО «Адресат»" and history[3].reference == "исх-7"
    assert all(m.by_user == "clerk" and m.at for m in history)


def test_foreign_information_to_a_third_party_needs_the_originators_consent(login):
    clerk = login("clerk")
    origin = Originator(OriginatorType.KYRGYZ, "ГКНБ КР", "Жашыруун", "1")
    register.register_carrier(clerk, draft("КР", Level.S, originator=origin, purpose="цель"))
    copy_id = register.open_register(clerk).fetch()[0]["copy_id"]
    with pytest.raises(InvalidInput) as err:
        moves.dispatch(clerk, copy_id, to_org="ТОО Третье лицо", channel="Нарочным",
                       cover_letter="1", basis="b")
    assert "consent" in err.value.text()
    transfers.send_abroad(clerk, copy_id, to_org="ГКНБ КР", channel="courier",
                          cover_letter="2", basis="возврат", confirmation_ref="подтв. 3",
                          confirmation_date=TODAY)


def test_an_open_cursor_stops_at_once_when_the_account_or_clearance_changes(mixed, login):
    from desktop.domain.clearance import Clearance
    from desktop.services import users
    head = login("head")                          # form 2: S and SS
    cursor = register.open_register(head)
    assert cursor.count() == 4
    admin = login("admin")
    users.update_user(admin, "head", clearance=Clearance(3, "N-3", TODAY - dt.timedelta(days=1),
                                                          TODAY + dt.timedelta(days=10)))
    assert cursor.count() == 2 and {r["level"] for r in cursor.fetch()} == {"S"}
    users.disable_user(admin, "head")
    assert cursor.count() == 0 and cursor.fetch() == []

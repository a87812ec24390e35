"""Inventory checks, loss cases and returns to the originator."""

import datetime as dt

import pytest

from desktop.domain.carriers import CopyState, InternationalChannel
from desktop.domain.errors import IllegalState, InvalidInput, NotFound, PermissionDenied
from desktop.domain.incidents import IncidentKind, IncidentState
from desktop.domain.inventory import CheckKind, CheckState, ItemResult, totals
from desktop.domain.levels import Level
from desktop.services import incidents, inventory, moves, register, returns
from tests.services.test_destruction import copies_of, kyrgyz, own, people  # noqa: F401

TODAY = dt.date.today()
NEW_YEAR = dt.date(TODAY.year, 1, 1)


def test_the_arithmetic():
    assert totals(10, 7, 2, 1) == {"expected": 10, "found": 7, "missing": 2, "unchecked": 1,
                                   "surplus": 1}
    with pytest.raises(ValueError):
        totals(3, 2, 2, 0)


def test_a_check_from_start_to_its_loss_cases(login, people):  # noqa: F811
    clerk = login("clerk")
    a = register.register_carrier(clerk, own(level=Level.S, copies=3, title="Альфа"))
    b = register.register_carrier(clerk, own(level=Level.SS, copies=2, title="Бета"))
    ids_a = [c.id for c in copies_of(clerk, a.id)]
    ids_b = [c.id for c in copies_of(clerk, b.id)]
    moves.issue(clerk, ids_a[2], "head", "работа")                 # issued: still expected
    moves.dispatch(clerk, ids_b[1], to_org="ГУ", channel="Нарочным", cover_letter="1",
                   basis="указание")                               # sent away: not expected
    with pytest.raises(InvalidInput):
        inventory.start_check(clerk, CheckKind.ANNUAL, TODAY.replace(day=2, month=1),
                              ["head", "m1", "m2"])
    with pytest.raises(InvalidInput):
        inventory.start_check(clerk, CheckKind.ANNUAL, NEW_YEAR, ["head", "m1"])
    with pytest.raises(InvalidInput):                              # m3: form 3, SS listed
        inventory.start_check(clerk, CheckKind.ANNUAL, NEW_YEAR, ["head", "m1", "m3"])
    with pytest.raises(InvalidInput):
        inventory.start_check(clerk, CheckKind.UNSCHEDULED, TODAY, ["head", "m1", "m2"])
    check_id = inventory.start_check(clerk, CheckKind.ANNUAL, NEW_YEAR, ["head", "m1", "m2"])
    with pytest.raises(IllegalState):                              # one check at a time
        inventory.start_check(clerk, CheckKind.ANNUAL, NEW_YEAR, ["head", "m1", "m2"])
    check = inventory.check(clerk, check_id)
    assert check.counts == {"expected": 4, "found": 0, "missing": 0, "unchecked": 4,
                            "surplus": 0}
    assert [m.role for m in check.commission] == ["chair", "member", "member"]
    # Ticked off from the labels: registration and copy number.
    found = inventory.find(clerk, check_id, a.reg_no, 1)
    inventory.mark_found(clerk, check_id, [found, ids_a[2], ids_b[0]])
    with pytest.raises(InvalidInput):                              # sent away: not expected
        inventory.find(clerk, check_id, b.reg_no, 2)
    inventory.add_surplus(clerk, check_id, "Папка без учётного номера", reg_no="", copy_no=None)
    with pytest.raises(IllegalState) as caught:                    # one copy unchecked
        inventory.finish(clerk, check_id)
    assert "1" in caught.value.text()
    unchecked = inventory.items(clerk, check_id, result=None)
    assert [(i.reg_no, i.copy_no) for i in unchecked] == [(a.reg_no, 2)]
    inventory.mark_missing(clerk, check_id, [i.copy_id for i in unchecked])
    assert inventory.check(clerk, check_id).counts == {
        "expected": 4, "found": 3, "missing": 1, "unchecked": 0, "surplus": 1}
    opened = inventory.finish(clerk, check_id)
    check = inventory.check(clerk, check_id)
    assert check.state is CheckState.FINISHED and len(opened) == 1
    assert check.incidents == ((opened[0], f"{a.reg_no} / 2"),)
    assert copies_of(clerk, a.id)[1].state is CopyState.LOST
    [case] = incidents.incidents(clerk)
    assert case.kind is IncidentKind.LOSS and case.check_number == check.number
    assert [(c.reg_no, c.copy_no) for c in case.copies] == [(a.reg_no, 2)]
    with pytest.raises(IllegalState):
        inventory.mark_found(clerk, check_id, [ids_a[0]])          # finished
    pages = inventory.items(clerk, check_id, limit=2)
    more = inventory.items(clerk, check_id, after=pages[-1].key, limit=2)
    assert [i.result for i in pages + more] == [ItemResult.FOUND, ItemResult.MISSING,
                                                ItemResult.FOUND, ItemResult.FOUND]


def test_an_unscheduled_check_of_one_custodian(login, people):  # noqa: F811
    clerk = login("clerk")
    register.register_carrier(clerk, own(level=Level.S, copies=2))
    check_id = inventory.start_check(clerk, CheckKind.UNSCHEDULED, TODAY, ["head", "m1", "m2"],
                                     reason="Смена хранителя", custodian_id=clerk.user.id)
    assert inventory.check(clerk, check_id).counts["expected"] == 2
    assert inventory.check(clerk, check_id).custodian == "Clerk Testov"


def test_a_loss_case_by_hand_and_its_investigation(login, people):  # noqa: F811
    clerk = login("clerk")
    with pytest.raises(InvalidInput):                              # nothing concerned
        incidents.open_incident(clerk, IncidentKind.DISCLOSURE, date_found=TODAY,
                                circumstances="Разговор в столовой")
    case_id = incidents.open_incident(
        clerk, IncidentKind.DISCLOSURE, date_found=TODAY, circumstances="Разговор в столовой",
        description="Сведения о плане учений", level=Level.SS)
    with pytest.raises(IllegalState):
        incidents.record_findings(clerk, case_id, "Подтверждено")  # not investigated yet
    incidents.order_investigation(clerk, case_id, "Приказ № 12", TODAY)
    incidents.record_findings(clerk, case_id, "Факт подтверждён материалами проверки")
    case = incidents.incident(clerk, case_id)
    assert case.state is IncidentState.CLOSED and case.investigation_order == "Приказ № 12"
    assert case.level is Level.SS
    with pytest.raises(PermissionDenied):           # a commission member reads no cases
        incidents.incident(login("m3"), case_id)
    with pytest.raises(PermissionDenied):
        incidents.incidents(login("executor"))


def test_return_to_the_originator(login, people):  # noqa: F811
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz(copies=2))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    mine = register.register_carrier(clerk, own(level=Level.S, copies=1))
    with pytest.raises(InvalidInput):                      # own carriers are not returned
        returns.send_back(clerk, [copies_of(clerk, mine.id)[0].id], notice_reference="1",
                          notice_date=TODAY, channel=InternationalChannel.COURIER,
                          cover_letter="2")
    with pytest.raises(InvalidInput):
        returns.send_back(clerk, ids, notice_reference="1", notice_date=TODAY,
                          channel="почта", cover_letter="2")
    list_id = returns.send_back(clerk, ids, notice_reference="12/4-9", notice_date=TODAY,
                                channel=InternationalChannel.COURIER, cover_letter="исх-5")
    assert {c.state for c in copies_of(clerk, reg.id)} == {CopyState.DISPATCHED}
    with pytest.raises(InvalidInput):
        returns.confirm(clerk, list_id, " ")
    returns.confirm(clerk, list_id, "Письмо 12/4-15")
    found = returns.return_list(clerk, list_id)
    assert found.confirmed and found.originator.startswith("ГКНБ")
    assert {c.state for c in copies_of(clerk, reg.id)} == {CopyState.RETURNED_TO_ORIGINATOR}
    with pytest.raises(IllegalState):
        returns.confirm(clerk, list_id, "ещё раз")
    assert [r.id for r in returns.return_lists(clerk)] == [list_id]



def test_a_copy_that_moves_during_the_check_is_looked_at_again(login, people):  # noqa: F811
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own(level=Level.S, copies=2))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    check_id = inventory.start_check(clerk, CheckKind.UNSCHEDULED, TODAY, ["head", "m1", "m2"],
                                     reason="Смена хранителя", custodian_id=clerk.user.id)
    inventory.mark_found(clerk, check_id, ids[:1])
    inventory.mark_missing(clerk, check_id, ids[1:])
    moves.dispatch(clerk, ids[1], to_org="ГУ", channel="Нарочным", cover_letter="1",
                   basis="указание")                     # it was there after all
    with pytest.raises(IllegalState) as caught:
        inventory.finish(clerk, check_id)
    assert f"{reg.reg_no} / 2" in caught.value.text()
    assert incidents.incidents(clerk) == []              # nothing half done
    with pytest.raises(IllegalState):                    # it has left: no longer expected
        inventory.mark_found(clerk, check_id, ids[1:])
    moves.confirm_receipt(clerk, ids[1], "получено")


def test_a_member_sees_only_the_checks_of_their_commission(login, people):  # noqa: F811
    clerk = login("clerk")
    register.register_carrier(clerk, own(level=Level.S, copies=1))
    check_id = inventory.start_check(clerk, CheckKind.UNSCHEDULED, TODAY, ["head", "m1", "m2"],
                                     reason="Смена хранителя", custodian_id=clerk.user.id)
    assert [c.id for c in inventory.checks(login("m1"))] == [check_id]
    assert inventory.checks(login("m3")) == []
    with pytest.raises(NotFound):
        inventory.items(login("m3"), check_id)


def test_the_journal_keeps_no_findings_text(login, people):  # noqa: F811
    clerk = login("clerk")
    case_id = incidents.open_incident(clerk, IncidentKind.LOSS, date_found=TODAY,
                                      circumstances="Не найден при приёме дел",
                                      description="Сведения о составе сил", level=Level.S)
    incidents.order_investigation(clerk, case_id, "Приказ № 77-с", TODAY)
    incidents.record_findings(clerk, case_id, "Секретные сведения о составе сил утрачены")
    with clerk.store.read() as conn:
        details = " ".join(r[0] for r in conn.exec_driver_sql(
            "SELECT details FROM audit_event WHERE action LIKE 'incident.%'"))
    assert "составе сил" not in details and "77-с" not in details


def test_the_kyrgyz_party_is_told_at_once(login, people):  # noqa: F811
    """S001 a.12 p.1: a breach involving its information is reported to the other Party at
    once; the start page reminds from the first day until the notice is recorded."""
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz(copies=1))
    case_id = incidents.open_incident(clerk, IncidentKind.LOSS, date_found=TODAY,
                                      circumstances="Не найден при проверке",
                                      copy_ids=[copies_of(clerk, reg.id)[0].id])
    assert incidents.incident(clerk, case_id).party_involved
    [due] = incidents.party_notices_due(clerk)
    assert due.incident_id == case_id and due.days == 0
    with pytest.raises(InvalidInput):
        incidents.record_party_notice(clerk, case_id, TODAY, " ")
    with pytest.raises(InvalidInput):
        incidents.record_party_notice(clerk, case_id, TODAY + dt.timedelta(days=1), "x")
    incidents.record_party_notice(clerk, case_id, TODAY,
                                  "Обстоятельства, последствия и принятые меры")
    assert incidents.party_notices_due(clerk) == []
    assert incidents.incident(clerk, case_id).party_notice_sent == TODAY
    own_case = incidents.open_incident(clerk, IncidentKind.DISCLOSURE, date_found=TODAY,
                                       circumstances="x", description="y", level=Level.S)
    with pytest.raises(IllegalState):
        incidents.record_party_notice(clerk, own_case, TODAY, "x")
    described = incidents.open_incident(clerk, IncidentKind.DISCLOSURE, date_found=TODAY,
                                        circumstances="x", description="y", level=Level.S,
                                        party_involved=True)
    assert [d.incident_id for d in incidents.party_notices_due(clerk)] == [described]

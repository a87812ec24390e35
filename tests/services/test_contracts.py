"""Contracts with their separate section (S001 a.7) and transfers to the Kyrgyz party (a.5):
required fields, what was received and sent under a contract, the confirmation of the
recipient's clearance, large carriers, the receipt closing the transfer."""

import dataclasses
import datetime as dt

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    CopyState,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.errors import (
    AlreadyExists,
    ClearanceInsufficient,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.domain.levels import Level
from desktop.services import contracts, moves, register, transfers
from desktop.services.contracts import ContractDraft, ItemInput

TODAY = dt.date.today()
KG = "ГКНБ Кыргызской Республики"


def contract_draft(**kw):
    values = dict(number="7-КР", signed_on=TODAY - dt.timedelta(days=30),
                  subject="Совместные учения «Достык»", our_body="ТОО «Наша организация»",
                  other_body="Министерство обороны Кыргызской Республики",
                  protection="Хранение только в режимных помещениях",
                  disputes="Споры — переговорами (ст. 13 Соглашения); ущерб — по законодательству "
                           "Стороны, где произошло нарушение (ст. 12)",
                  items=[ItemInput("План учений", Level.SS), ItemInput("Карта района", Level.S)])
    values.update(kw)
    return ContractDraft(**values)


def kyrgyz(title="Сводка", level=Level.S, copies=2, **kw):
    marking = {Level.S: "Жашыруун", Level.SS: "Абдан жашыруун", Level.OV: "Өзгөчө маанилүү"}
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level, reg_date=TODAY,
                             copies=copies, purpose="Учения",
                             originator=Originator(OriginatorType.KYRGYZ, KG, marking[level],
                                                   "12/7", TODAY), **kw)


@pytest.fixture
def clerk(login):
    return login("clerk")


def test_a_contract_keeps_its_separate_section(clerk):
    contract_id = contracts.create(clerk, contract_draft())
    page = contracts.contract(clerk, contract_id)
    c = page.contract
    assert (c.number, c.top, c.in_force(TODAY)) == ("7-КР", Level.SS, True)
    assert [(i.description, i.level) for i in c.items] == [("План учений", Level.SS),
                                                           ("Карта района", Level.S)]
    assert c.protection.startswith("Хранение") and "ст. 13" in c.disputes
    assert page.received == [] and page.sent == [] and page.hidden == 0


@pytest.mark.parametrize("change, field_name", [
    ({"number": ""}, "contract number"), ({"signed_on": None}, "date of signing"),
    ({"subject": " "}, "subject of the contract"), ({"our_body": ""}, "our authorised body"),
    ({"other_body": ""}, "authorised body of the Kyrgyz party"),
    ({"protection": ""}, "specifics of protection"),
    ({"disputes": ""}, "order of resolving disputes and compensating damage"),
    ({"items": []}, "list of classified information"),
    ({"items": [ItemInput("", Level.S)]}, "item of the list"),
    ({"items": [ItemInput("x", None)]}, "level"),
    ({"items": [ItemInput(registration_id=999_999)]}, "registration"),
    ({"signed_on": TODAY + dt.timedelta(days=1)}, "date of signing"),
    ({"signed_on": "2026-01-01"}, "date of signing"),
    ({"valid_until": TODAY - dt.timedelta(days=31)}, "valid until"),
    ({"number": "7\x00"}, "contract number"),
])
def test_required_and_impossible_values_are_refused(clerk, change, field_name):
    with pytest.raises(InvalidInput) as err:
        contracts.create(clerk, contract_draft(**change))
    assert err.value.args_values[0] == field_name
    assert contracts.contracts(clerk) == []


def test_the_same_number_and_date_twice(clerk):
    contracts.create(clerk, contract_draft())
    with pytest.raises(AlreadyExists):
        contracts.create(clerk, contract_draft())
    contracts.create(clerk, contract_draft(signed_on=TODAY))


def test_an_item_linked_to_a_registration_takes_its_title_and_level(clerk):
    reg = register.register_carrier(clerk, kyrgyz("Сводка <b>№ 3</b>", Level.SS))
    contract_id = contracts.create(clerk, contract_draft(items=[ItemInput(registration_id=reg.id)]))
    (item,) = contracts.contract(clerk, contract_id).contract.items
    assert (item.description, item.level, item.reg_no) == ("Сводка <b>№ 3</b>", Level.SS,
                                                           reg.reg_no)


def test_carriers_received_under_a_contract(clerk, login):
    contract_id = contracts.create(clerk, contract_draft())
    received = register.register_carrier(clerk, kyrgyz(contract_id=contract_id))
    assert received.contract_id == contract_id and received.contract.startswith("№ 7-КР")
    later = register.register_carrier(clerk, kyrgyz("Приложение"))
    contracts.link(clerk, contract_id, later.id)
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="Свой", level=Level.S, reg_date=TODAY))
    with pytest.raises(InvalidInput):      # own information is not received under it
        contracts.link(clerk, contract_id, own.id)
    with pytest.raises(InvalidInput):
        register.register_carrier(clerk, RegistrationDraft(
            kind=CarrierKind.PAPER, title="Свой", level=Level.S, reg_date=TODAY,
            contract_id=contract_id))
    secret = register.register_carrier(clerk, kyrgyz("Особая", Level.OV, copies=1,
                                                     contract_id=contract_id))
    page = contracts.contract(clerk, contract_id)
    assert {r["reg_no"] for r in page.received} == {received.reg_no, later.reg_no,
                                                    secret.reg_no}
    head = login("head")                   # cleared for SS: the OV one is counted, not shown
    page = contracts.contract(head, contract_id)
    assert len(page.received) == 2 and page.hidden == 1


def test_an_ended_contract_takes_nothing_new_and_cannot_be_edited(clerk):
    contract_id = contracts.create(clerk, contract_draft())
    with pytest.raises(InvalidInput):
        contracts.end(clerk, contract_id, TODAY + dt.timedelta(days=1), "расторгнут")
    contracts.end(clerk, contract_id, TODAY, "Срок действия истёк")
    with pytest.raises(IllegalState):
        contracts.update(clerk, contract_id, contract_draft(subject="Новое"))
    with pytest.raises(IllegalState):
        contracts.end(clerk, contract_id, TODAY, "ещё раз")
    with pytest.raises(InvalidInput) as err:
        register.register_carrier(clerk, kyrgyz(contract_id=contract_id))
    assert "ended" in err.value.text()
    assert contracts.choices(clerk) == []


def test_an_expired_contract_is_not_offered(clerk):
    contract_id = contracts.create(clerk, contract_draft(
        signed_on=TODAY - dt.timedelta(days=400), valid_until=TODAY - dt.timedelta(days=1)))
    assert contracts.choices(clerk) == []
    with pytest.raises(InvalidInput):
        contracts.link(clerk, contract_id, register.register_carrier(clerk, kyrgyz()).id)


def test_update_replaces_the_section(clerk):
    contract_id = contracts.create(clerk, contract_draft())
    contracts.update(clerk, contract_id, contract_draft(items=[ItemInput("Одно", Level.S)]))
    c = contracts.contract(clerk, contract_id).contract
    assert [i.description for i in c.items] == ["Одно"] and c.top is Level.S


def test_roles_and_clearance(clerk, login):
    with pytest.raises(PermissionDenied):
        contracts.create(login("executor"), contract_draft())
    head = login("head")                   # SS at most
    with pytest.raises(ClearanceInsufficient):
        contracts.create(head, contract_draft(items=[ItemInput("Особая", Level.OV)]))
    top = contracts.create(clerk, contract_draft(items=[ItemInput("Особая", Level.OV)]))
    with pytest.raises(NotFound):
        contracts.contract(head, top)
    assert contracts.contracts(head) == []


# --- transfers (a.5) -----------------------------------------------------------------------

def _copy(clerk, reg):
    """The copy of a one-copy registration."""
    return next(r["copy_id"] for r in register.open_register(clerk).fetch()
                if r["reg_no"] == reg.reg_no)


def send(clerk, copy_id, **kw):
    values = dict(to_org=KG, channel="courier", cover_letter="исх-5", basis="по договору",
                  confirmation_ref="письмо ГКНБ № 45", confirmation_date=TODAY)
    values.update(kw)
    return transfers.send_abroad(clerk, copy_id, **values)


def test_a_transfer_records_the_confirmation_and_closes_on_receipt(clerk):
    contract_id = contracts.create(clerk, contract_draft())
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="План", level=Level.S, reg_date=TODAY))
    copy_id = _copy(clerk, own)
    send(clerk, copy_id, contract_id=contract_id)
    (t,) = transfers.transfers_of_copy(clerk, copy_id)
    assert (t.confirmation_ref, t.confirmation_date, t.contract_id, t.received_on) == (
        "письмо ГКНБ № 45", TODAY, contract_id, None)
    page = contracts.contract(clerk, contract_id)
    assert [(r["reg_no"], r["received_on"]) for r in page.sent] == [(own.reg_no, None)]
    moves.confirm_receipt(clerk, copy_id, "уведомление 17")
    (t,) = transfers.transfers_of_copy(clerk, copy_id)
    assert (t.receipt_ref, t.received_on) == ("уведомление 17", TODAY)
    assert register.card(clerk, copy_id).copy.state is CopyState.DELIVERED


@pytest.mark.parametrize("change, field_name", [
    ({"confirmation_ref": ""}, "written confirmation of the recipient's clearance and "
                               "capability"),
    ({"confirmation_date": None}, "date of the written confirmation"),
    ({"confirmation_date": TODAY + dt.timedelta(days=1)}, "date of the written confirmation"),
    ({"channel": "Нарочным"}, "channel"),
    ({"large": True}, "method of transport"),
    ({"large": True, "transport": "спецавтомобиль"}, "route"),
    ({"large": True, "transport": "спецавтомобиль", "route": "Алматы — Бишкек"}, "escort"),
    ({"contract_id": 999}, "contract"),
    ({"to_org": ""}, "organisation"),
])
def test_a_transfer_without_what_a5_requires_is_refused(clerk, change, field_name):
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="План", level=Level.S, reg_date=TODAY))
    copy_id = _copy(clerk, own)
    with pytest.raises(InvalidInput) as err:
        send(clerk, copy_id, **change)
    assert err.value.args_values[0] == field_name
    assert register.card(clerk, copy_id).copy.state is CopyState.REGISTERED
    assert transfers.transfers_of_copy(clerk, copy_id) == []


def test_a_large_carrier_travels_with_transport_route_and_escort(clerk):
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.ITEM, title="Изделие", level=Level.SS, reg_date=TODAY))
    copy_id = _copy(clerk, own)
    send(clerk, copy_id, large=True, transport="спецавтомобиль", route="Алматы — Бишкек",
         escort="два сотрудника фельдсвязи")
    (t,) = transfers.transfers_of_copy(clerk, copy_id)
    assert (t.large, t.transport, t.route, t.escort) == (
        True, "спецавтомобиль", "Алматы — Бишкек", "два сотрудника фельдсвязи")


def test_foreign_information_abroad_needs_consent_unless_it_goes_home(clerk):
    reg = register.register_carrier(clerk, kyrgyz())
    copy_id = _copy(clerk, reg)
    with pytest.raises(InvalidInput):
        send(clerk, copy_id, to_org="Третья организация КР")
    send(clerk, copy_id)                   # back to its originator


def test_the_journal_has_the_whole_transfer(clerk):
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="План", level=Level.S, reg_date=TODAY))
    send(clerk, _copy(clerk, own))
    with clerk.store.read() as conn:
        details = conn.exec_driver_sql("SELECT details FROM audit_event WHERE action = "
                                       "'copy.transfer'").scalar()
    assert "письмо ГКНБ № 45" in details and TODAY.isoformat() in details


def test_an_expired_contract_refuses_transfers(clerk):
    contract_id = contracts.create(clerk, contract_draft())
    own = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="План", level=Level.S, reg_date=TODAY))
    later = dataclasses.replace(clerk, today=TODAY)
    contracts.end(later, contract_id, TODAY, "истёк")
    with pytest.raises(InvalidInput):
        send(clerk, _copy(clerk, own), contract_id=contract_id)

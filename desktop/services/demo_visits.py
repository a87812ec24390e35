"""Visits, contracts and transfers of the demo register (S001 a.5, a.7, a.10), made through
the services: a contract in force with carriers received and sent under it (one transfer
awaiting its receipt, one large carrier confirmed), an ended contract, and visit requests in
each state — a draft due to be sent this week, one overdue, one sent late with its reason,
one agreed, one refused, one cancelled, one closed with the visitors registered and what
was shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.domain.carriers import (
    CarrierKind,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.levels import Level
from desktop.services import auth, contracts, moves, register, transfers, visit_view, visits
from desktop.services.contracts import ContractDraft, ItemInput
from desktop.services.session import OpenStore, Session
from desktop.services.visit_input import ContactInput, VisitDraft, VisitorInput
from desktop.store import register as repo

KG_MOD = "Министерство обороны Кыргызской Республики"
KG_GKNB = "Государственный комитет национальной безопасности Кыргызской Республики"
ORGANISATIONS = "АО «Демо» (г. Астана)\nВойсковая часть 12345 (г. Алматы)"

KYRGYZ_VISITORS = [
    VisitorInput("Асанов", "Бакыт Жумабекович", dt.date(1979, 4, 12), "г. Бишкек",
                 "Кыргызская Республика", "AC1234567", "инженер связи",
                 "начальник отдела", KG_MOD, Level.SS),
    VisitorInput("Токтогулова", "Айнура Маратовна", dt.date(1986, 11, 3), "г. Ош",
                 "Кыргызская Республика", "AC7654321", "юрист", "главный специалист",
                 KG_MOD, Level.SS),
]
OUR_VISITORS = [
    VisitorInput("Нұрланов", "Ерлан Болатұлы", dt.date(1975, 2, 20), "г. Караганда",
                 "Республика Казахстан", "N12345678", "инженер",
                 "начальник режимно-секретного отдела", "АО «Демо»", Level.OV),
]
CONTACTS = [ContactInput("заместитель директора", "Сейітов", "Марат"),
            ContactInput("начальник режимно-секретного отдела", "Нұрланов", "Ерлан")]
KG_CONTACTS = [ContactInput("начальник управления связи", "Бекматов", "Нурлан")]


def _kyrgyz(clerk: Session, title: str, level: Level, contract_id: int | None,
            large: bool = False) -> int:
    """A carrier received from the Kyrgyz party: its registration's id."""
    marking = {Level.S: "Жашыруун", Level.SS: "Абдан жашыруун", Level.OV: "Өзгөчө маанилүү"}
    received = clerk.today - dt.timedelta(days=12)
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.ITEM if large else CarrierKind.PAPER, title=title, level=level,
        reg_date=received, copies=1, sheets=None if large else 14,
        originator=Originator(OriginatorType.KYRGYZ, KG_MOD, marking[level], "15/224",
                              received - dt.timedelta(days=3)),
        purpose="Подготовка совместных учений", incoming_no="вх-318",
        incoming_date=received, contract_id=contract_id, location="Сейф № 2"))
    return reg.id


def _own(clerk: Session, title: str, level: Level, kind: CarrierKind) -> int:
    """A carrier of our own, registered a month before the session's day: its copy's id."""
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=kind, title=title, level=level, reg_date=clerk.today - dt.timedelta(days=30),
        copies=1,
        sheets=8 if kind is CarrierKind.PAPER else None, location="Сейф № 2"))
    with clerk.store.read() as conn:
        return repo.copies_of(conn, reg.id)[0].id


def _in_force(today: dt.date, items: list[ItemInput]) -> ContractDraft:
    return ContractDraft(
        number="7-КР/2026", signed_on=today - dt.timedelta(days=90),
        subject="Подготовка и проведение совместных учений связи «Достық — 2027»",
        our_body="АО «Демо»", other_body=KG_MOD,
        valid_until=today + dt.timedelta(days=365),
        protection="Сведения хранятся только в режимных помещениях обеих Сторон; "
                   "размножение — с письменного разрешения передавшей Стороны "
                   "(ст. 6 п. 4 Соглашения).",
        disputes="Споры разрешаются путём переговоров и консультаций (ст. 13 Соглашения); "
                 "ущерб определяется по законодательству Стороны, на территории которой "
                 "произошло нарушение (ст. 12 п. 2).",
        items=items)


def _contracts(clerk: Session) -> int:
    today = clerk.today
    contract_id = contracts.create(clerk, _in_force(today, [
        ItemInput("План совместных учений связи", Level.SS),
        ItemInput("Схема организации связи полигона", Level.S),
        ItemInput("Таблицы позывных", Level.S)]))
    ended = contracts.create(clerk, ContractDraft(
        number="3-КР/2024", signed_on=today - dt.timedelta(days=700),
        subject="Поставка аппаратуры засекреченной связи", our_body="АО «Демо»",
        other_body=KG_GKNB, protection="Аппаратура хранится в опечатанных контейнерах.",
        disputes="Переговоры и консультации (ст. 13 Соглашения).",
        items=[ItemInput("Техническая документация аппаратуры", Level.S)]))
    contracts.end(clerk, ended, today - dt.timedelta(days=30), "Обязательства исполнены")
    return contract_id


def _transfers(clerk: Session, contract_id: int) -> None:
    plan = _kyrgyz(clerk, "План совместных учений связи", Level.SS, contract_id)
    tables = _kyrgyz(clerk, "Таблицы позывных", Level.S, contract_id)
    # The section's list now names the registrations the information came in.
    contracts.update(clerk, contract_id, _in_force(clerk.today, [
        ItemInput(registration_id=plan), ItemInput("Схема организации связи полигона", Level.S),
        ItemInput(registration_id=tables)]))
    waiting = _own(clerk, "Предложения к плану учений", Level.S, CarrierKind.PAPER)
    transfers.send_abroad(
        clerk, waiting, to_org=KG_MOD, channel="courier", cover_letter="исх-1204",
        basis="Договор № 7-КР/2026", confirmation_ref="письмо МО КР № 15/230",
        confirmation_date=clerk.today - dt.timedelta(days=5), contract_id=contract_id)
    large = _own(clerk, "Комплект аппаратуры связи П-230", Level.SS, CarrierKind.ITEM)
    transfers.send_abroad(
        clerk, large, to_org=KG_MOD, channel="military_courier", cover_letter="исх-1188",
        basis="Договор № 7-КР/2026", confirmation_ref="письмо МО КР № 15/219",
        confirmation_date=clerk.today - dt.timedelta(days=20), contract_id=contract_id,
        large=True, transport="спецавтомобиль с сопровождением",
        route="г. Алматы — п/п «Қордай» — г. Бишкек", escort="два сотрудника военно-"
        "курьерской службы, вооружённая охрана")
    moves.confirm_receipt(clerk, large, "уведомление МО КР № 15/241")


def _draft(direction: str, start: dt.date, **kw) -> VisitDraft:
    incoming = direction == "incoming"
    values = dict(direction=direction, start_date=start, days=4,
                  organisations=ORGANISATIONS if incoming else
                  "Министерство обороны Кыргызской Республики (г. Бишкек)",
                  purpose="Согласование плана совместных учений связи; вопросы организации "
                          "засекреченной связи на полигоне.",
                  level=Level.SS, visitors=KYRGYZ_VISITORS if incoming else OUR_VISITORS,
                  contacts=CONTACTS if incoming else KG_CONTACTS)
    values.update(kw)
    return VisitDraft(**values)


def _visits(clerk: Session, contract_id: int) -> None:
    today = clerk.today
    # Drafts: one due this week, one overdue (the start page warns about both).
    visits.create(clerk, _draft("outgoing", today + dt.timedelta(days=33),
                                contract_id=contract_id))
    visits.create(clerk, _draft("incoming", today + dt.timedelta(days=20)))
    late = visits.create(clerk, _draft("incoming", today + dt.timedelta(days=18)))
    visits.send(clerk, late, request_ref="СНБ КР № 12/889", request_date=today,
                late_reason="Перенос сроков учений по решению Сторон")
    agreed = visits.create(clerk, _draft("outgoing", today + dt.timedelta(days=50),
                                         contract_id=contract_id))
    visits.send(clerk, agreed, request_ref="исх-1210", request_date=today)
    visits.answer(clerk, agreed, agreed=True, reference="СНБ КР № 12/901", answer_date=today)
    refused = visits.create(clerk, _draft("incoming", today + dt.timedelta(days=60),
                                          level=Level.S, purpose="Ознакомление с архивом"))
    visits.send(clerk, refused, request_ref="СНБ КР № 12/874", request_date=today)
    visits.answer(clerk, refused, agreed=False, reference="исх-1199", answer_date=today)
    cancelled = visits.create(clerk, _draft("outgoing", today + dt.timedelta(days=45)))
    visits.cancel(clerk, cancelled, "Совещание перенесено Сторонами на 2027 год")
    _closed(clerk, contract_id)


def _closed(clerk: Session, contract_id: int) -> None:
    """Made as it happened: prepared 50 days ago, the visit 10 days ago."""
    today = clerk.today
    then = dataclasses.replace(clerk, today=today - dt.timedelta(days=50))
    closed = visits.create(then, _draft("incoming", today - dt.timedelta(days=10),
                                        contract_id=contract_id))
    visits.send(then, closed, request_ref="СНБ КР № 12/640", request_date=then.today)
    visits.answer(then, closed, agreed=True, reference="исх-1011", answer_date=then.today)
    scheme = _own(then, "Схема организации связи полигона", Level.S, CarrierKind.PAPER)
    with clerk.store.read() as conn:
        copy = repo.copy(conn, scheme)
    people = visit_view.visit(clerk, closed).visitors
    visits.close(clerk, closed, attendance=[
        visits.Attendance(people[0].id, True, today - dt.timedelta(days=10), "рег. № 214"),
        visits.Attendance(people[1].id, False)],
        shown=[visits.ShownInput(registration_id=copy.registration_id if copy else None),
               visits.ShownInput("Порядок допуска на полигон (устно)", Level.S)],
        note="Токтогулова А.М. не прибыла (замена не согласовывалась)")


def fill(store: OpenStore, password: str) -> None:
    clerk = auth.login(store.path, "clerk", password, store=store)
    contract_id = _contracts(clerk)
    _transfers(clerk, contract_id)
    _visits(clerk, contract_id)

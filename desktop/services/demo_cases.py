"""Marking-change cases and copy requests of the demo register, made through the services as
the demo's people would: open cases on time, due soon and overdue, a closed lowering with
its second person, and copy requests permitted, refused and waiting."""

from __future__ import annotations

import datetime as dt

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.levels import Level
from desktop.services import auth, copying, marking, moves, register
from desktop.services.marking import CaseDraft, Notice
from desktop.services.session import OpenStore, Session
from desktop.store import register as repo

KG_BODY = "Министерство обороны Кыргызской Республики"
KG_MARKING = {Level.S: "Жашыруун", Level.SS: "Абдан жашыруун", Level.OV: "Өзгөчө маанилүү"}
OFFICIAL = "Директор АО «Demo» М.Қ. Сейітов"


def kyrgyz_draft(title: str, level: Level, copies: int, day: dt.date, **kw) -> RegistrationDraft:
    return RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=level, reg_date=day, copies=copies,
        sheets=kw.pop("sheets", 6), location="Сейф № 1",
        originator=Originator(OriginatorType.KYRGYZ, KG_BODY, KG_MARKING[level],
                              kw.pop("reference", "12/4-567"), day),
        incoming_no=kw.pop("incoming_no", "вх-1"), incoming_date=day,
        purpose="Совместные командно-штабные учения",
        contract="Договор № 7-КР о совместных учениях", **kw)


def _own(title: str, level: Level, copies: int, day: dt.date) -> RegistrationDraft:
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level, reg_date=day,
                             copies=copies, sheets=4, location="Сейф № 2")


def _copy_ids(session: Session, reg_id: int) -> list[int]:
    with session.store.read() as conn:
        return [c.id for c in repo.copies_of(conn, reg_id)]


def _notice(issuer: str, reference: str, received: dt.date) -> Notice:
    return Notice(issuer=issuer, reference=reference, date=received - dt.timedelta(days=3),
                  received=received)


def fill(store: OpenStore, password: str) -> None:
    """Add the cases and requests as the demo's clerk, head and director (who must exist),
    logged in on the open demo store."""
    clerk = auth.login(store.path, "clerk", password, store=store)
    director = auth.login(store.path, "director", password, store=store)
    _cases(clerk, password)
    _requests(clerk, director)


def _cases(clerk: Session, password: str) -> None:
    today = clerk.today
    ago = lambda days: today - dt.timedelta(days=days)  # noqa: E731 — a local shorthand

    # The walk-through: the Kyrgyz party lowers SS→S for a report with 3 copies and its
    # extract; one copy is with the head, one was sent to another body. Closed.
    report = register.register_carrier(clerk, kyrgyz_draft(
        "Сводка о ходе совместных учений", Level.SS, 3, ago(60)))
    extract = register.register_carrier(clerk, kyrgyz_draft(
        "Выписка из сводки о ходе учений", Level.SS, 1, ago(55), parent_id=report.id,
        derivation=Derivation.EXTRACT))
    ids = _copy_ids(clerk, report.id)
    moves.issue(clerk, ids[1], "head", "Для подготовки доклада")
    moves.dispatch(clerk, ids[2], to_org="ГУ «Пограничная служба»", channel="Нарочным",
                   cover_letter="исх-204", basis="Указание руководства",
                   originator_consent="Письмо МО КР 12/4-570")
    closed = marking.open_case(clerk, CaseDraft(
        _notice(KG_BODY, "12/4-601", ago(20)), (report.reg_no, extract.reg_no), Level.S),
        ("head", password))
    for copy in marking.case(clerk, closed).copies:
        marking.remark(clerk, closed, copy.copy_id,
                       "Письмо ГУ «Пограничная служба» № 88" if copy.task == "recipient"
                       else "")
    marking.close_case(clerk, closed)

    # Open cases: on time, due within 5 days, overdue.
    for title, received, ref in (("План взаимодействия на 2027 год", ago(3), "12/4-640"),
                                 ("Схема связи пунктов управления", ago(27), "12/4-612"),
                                 ("Перечень объектов охраны", ago(35), "12/4-590")):
        reg = register.register_carrier(clerk, kyrgyz_draft(title, Level.S, 2, ago(90)))
        marking.open_case(clerk, CaseDraft(_notice(KG_BODY, ref, received), (reg.reg_no,),
                                           Level.SS))
    own = register.register_carrier(clerk, _own("Отчёт о проверке режима секретности",
                                                 Level.S, 2, ago(40)))
    marking.open_case(clerk, CaseDraft(_notice(OFFICIAL, "Приказ № 45-с", ago(10)),
                                       (own.reg_no,), Level.SS))


def _requests(clerk: Session, director: Session) -> None:
    today = clerk.today
    plan = register.register_carrier(clerk, _own("План мобилизационной подготовки",
                                                  Level.SS, 2, today - dt.timedelta(days=30)))
    permitted = copying.create_request(clerk, plan.reg_no, 3, "Для рабочих групп",
                                       requester="head")
    copying.approve(director, permitted, 2, reference="Резолюция на служебной записке № 17")
    copying.make_copies(clerk, permitted, 1)
    refused = copying.create_request(clerk, plan.reg_no, 5, "Для ознакомления подразделений",
                                     requester="member")
    copying.refuse(director, refused, "Достаточно имеющихся экземпляров")
    copying.create_request(clerk, plan.reg_no, 1, "Для доклада на совещании")
    foreign = register.register_carrier(clerk, kyrgyz_draft(
        "Карта района учений", Level.S, 1, today - dt.timedelta(days=15), reference="12/4-650"))
    done = copying.create_request(clerk, foreign.reg_no, 2, "Для штаба учений")
    copying.approve(clerk, done, 2, permitted_by=KG_BODY, reference="12/4-655",
                    permission_date=today - dt.timedelta(days=2))
    copying.make_copies(clerk, done, 2)
    copying.create_request(clerk, foreign.reg_no, 1, "Передать в ТОО «Картограф»",
                           third_party="ТОО «Картограф»",
                           third_party_consent="Письмо МО КР 12/4-660")

"""Damage-assessment dossiers of the demo register, made through the services, one in each
state: the walk-through (a single-copy Top secret document lost on 2025-12-28, materials on
2026-01-05; closed), one under a methodology with its indicators (approved), one with "no
state secrets" (signed), one agreed with the body with authority, one whose degree is set,
one just assigned and due soon, and an owner's claim (assessed)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.dossier import BasisKind, CommissionKind, Role, Variant
from desktop.domain.incidents import IncidentKind
from desktop.domain.levels import Level
from desktop.services import auth, dossiers, incidents, register
from desktop.services import dossier_commission as commission
from desktop.services.dossiers import Assessment, Assignment
from desktop.services.session import OpenStore, Session
from desktop.store import register as repo

COMMISSION = (("head", Role.CHAIR), ("member", Role.MEMBER), ("clerk", Role.SECRETARY))


def _lost(clerk: Session, title: str, level: Level, found: dt.date,
          kind: IncidentKind = IncidentKind.LOSS) -> int:
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=level, copies=1, sheets=12,
        reg_date=found - dt.timedelta(days=200), location="Сейф № 3"))
    with clerk.store.read() as conn:
        copy_id = repo.copies_of(conn, reg.id)[0].id
    case = incidents.open_incident(clerk, kind, date_found=found,
                                   circumstances="Не обнаружен при передаче дел",
                                   copy_ids=[copy_id])
    incidents.order_investigation(clerk, case, "Приказ № 14-с", found + dt.timedelta(days=1))
    incidents.record_findings(clerk, case, "Факт утраты подтверждён материалами проверки")
    return case


def _open(director: Session, case: int | None, assigned: dt.date, **kw) -> int:
    dossier_id = dossiers.assign(director, Assignment(
        variant=kw.pop("variant", Variant.BREACH),
        basis_kind=kw.pop("basis_kind", BasisKind.INVESTIGATION), assigned_on=assigned,
        materials_received=kw.pop("materials", assigned),
        commission_kind=CommissionKind.STANDING, incident_id=case, place="г. Астана", **kw))
    for name, role in COMMISSION:
        commission.add_member(director, dossier_id, role, name)
    return dossier_id


def _sign(clerk: Session, dossier_id: int, password: str) -> None:
    for name, _role in COMMISSION:
        commission.sign(clerk, dossier_id, name, password)


def fill(store: OpenStore, password: str) -> None:
    clerk = auth.login(store.path, "clerk", password, store=store)
    director = auth.login(store.path, "director", password, store=store)
    today = clerk.today
    # The walk-through, closed.
    walk = _open(director, _lost(clerk, "Доклад о мобилизационной готовности", Level.SS,
                                 dt.date(2025, 12, 28)),
                 dt.date(2026, 1, 5))
    dossiers.establish_degree(clerk, walk, Level.SS, "Сведения о мобилизационной готовности")
    dossiers.assess(clerk, walk, Assessment(amount_mci=1000, single_copy=True))
    _sign(clerk, walk, password)
    dossiers.approve(director, walk)
    dossiers.dispatch(clerk, walk, "исх-31/с", dt.date(2026, 1, 30))
    # Under a methodology, approved and waiting to be dispatched.
    itemised = _open(director, _lost(clerk, "Технологическая карта изделия", Level.S,
                                     today - dt.timedelta(days=25)),
                     today - dt.timedelta(days=20))
    dossiers.establish_degree(clerk, itemised, Level.S, "Сведения о технологии изделия")
    dossiers.set_indicator(clerk, itemised, 2, "1200000", "Стоимость утраченной документации")
    dossiers.set_indicator(clerk, itemised, 3, "350000", "Затраты на замену кодов и ключей")
    dossiers.set_indicator(clerk, itemised, 12, "80000", "Привлечение специалистов")
    dossiers.assess(clerk, itemised, Assessment(
        methodology="Методика определения размера ущерба", methodology_body="Уполномоченный орган"))
    _sign(clerk, itemised, password)
    dossiers.approve(director, itemised)
    # "No state secrets": signed by the commission.
    none = _open(director, _lost(clerk, "Справка о командировке", Level.S,
                                 today - dt.timedelta(days=15), IncidentKind.DISCLOSURE),
                 today - dt.timedelta(days=12))
    dossiers.establish_degree(clerk, none, None, "Общедоступные сведения о командировке")
    _sign(clerk, none, password)
    # The degree established, the indicators being entered.
    started = _open(director, _lost(clerk, "Перечень пунктов связи", Level.S,
                                    today - dt.timedelta(days=12)), today - dt.timedelta(days=10))
    dossiers.establish_degree(clerk, started, Level.S, "Сведения о пунктах связи")
    dossiers.set_indicator(clerk, started, 3, "420000", "Замена оборудования связи")
    # The head has no authority over state secrets: agreed with the body that has it.
    agreed = _open(director, _lost(clerk, "Отчёт о полевых испытаниях", Level.S,
                                   today - dt.timedelta(days=9)), today - dt.timedelta(days=7),
                   head_has_authority=False)
    dossiers.establish_degree(clerk, agreed, Level.S, "Сведения о результатах испытаний")
    dossiers.assess(clerk, agreed, Assessment(amount_mci=100))       # a lost single copy
    dossiers.agree(director, agreed, "Комитет национальной безопасности", "12/3-581",
                   today - dt.timedelta(days=2))
    # Just assigned, due within a few days.
    _open(director, _lost(clerk, "План охраны объекта", Level.SS, today - dt.timedelta(days=30)),
          today - dt.timedelta(days=27))
    # The owner's claim (p.13–14): no term, no dispatch.
    owner = _open(director, None, today - dt.timedelta(days=8), variant=Variant.OWNER,
                  basis_kind=BasisKind.OWNER_CLAIM, basis_reference="Заявление ТОО «Недра»",
                  owner="ТОО «Недра»", level=Level.S)
    dossiers.establish_degree(clerk, owner, Level.S, "Сведения о запасах месторождения")
    dossiers.assess(clerk, owner, Assessment(amount_mci=250))

"""The damage-assessment dossier (seed 000 p.3–14; S001 a.12): the walk-through of the issue
and every rule of the order of work."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.damage import OutOfRange
from desktop.domain.dossier import BasisKind, CommissionKind, DossierState, Role, Variant
from desktop.domain.errors import (
    IllegalMove,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.domain.incidents import IncidentKind
from desktop.domain.levels import Level
from desktop.services import dossier_commission as commission
from desktop.services import dossier_view, dossiers, incidents, register
from desktop.services.dossiers import Assessment, Assignment
from tests.conftest import PASSWORD
from tests.reports.test_register_forms import needs_poppler, one_line, pdf_pages
from tests.services.test_destruction import copies_of, kyrgyz, own, people  # noqa: F401

LOST, RECEIVED = dt.date(2025, 12, 28), dt.date(2026, 1, 5)


def lost_single_copy(clerk, level=Level.SS, kind=IncidentKind.LOSS, draft=None,
                     confirmed=True):
    reg = register.register_carrier(clerk, draft or own(level=level, copies=1))
    case = incidents.open_incident(clerk, kind, date_found=LOST,
                                   circumstances="Не обнаружен при приёме дел",
                                   copy_ids=[copies_of(clerk, reg.id)[0].id])
    if confirmed:                    # p.7: the investigation confirms the fact
        incidents.order_investigation(clerk, case, "Приказ № 1", LOST)
        incidents.record_findings(clerk, case, "Факт подтверждён")
    return case


def assignment(case_id, **kw):
    return Assignment(variant=kw.pop("variant", Variant.BREACH),
                      basis_kind=kw.pop("basis_kind", BasisKind.INVESTIGATION),
                      assigned_on=kw.pop("assigned_on", RECEIVED),
                      materials_received=kw.pop("materials_received", RECEIVED),
                      commission_kind=kw.pop("commission_kind", CommissionKind.STANDING),
                      incident_id=case_id, place="г. Астана", **kw)


def seat(chief, dossier_id, roles=(("head", Role.CHAIR), ("m1", Role.MEMBER),
                                   ("m2", Role.MEMBER), ("clerk", Role.SECRETARY))):
    return {name: commission.add_member(chief, dossier_id, role, name) for name, role in roles}


def sign_all(clerk, dossier_id, names=("head", "m1", "m2", "clerk")):
    for name in names:
        commission.sign(clerk, dossier_id, name, PASSWORD)


def test_the_walk_through(login, people, tmp_path):  # noqa: F811
    """A single-copy Top secret document lost on 2025-12-28, materials received by the
    commission on 2026-01-05: the MCI of 2026-01-01 (4 325 ₸) is in force that day; p.10
    gives 1 000–20 000 MCI for Top secret and, the document being a lost single copy,
    exactly its minimum: 1 000 MCI = 4 325 000 ₸."""
    clerk, chief = login("clerk"), login("chief")
    case_id = lost_single_copy(clerk)
    with pytest.raises(PermissionDenied):
        dossiers.assign(clerk, assignment(case_id))               # the head assigns
    dossier_id = dossiers.assign(chief, assignment(case_id))
    d = dossier_view.dossier(chief, dossier_id)
    assert d.deadline == dt.date(2026, 2, 4) and d.state is DossierState.ASSIGNED
    seat(chief, dossier_id)
    with pytest.raises(IllegalMove):                               # degree first (p.9)
        dossiers.assess(clerk, dossier_id, Assessment(amount_mci=1000, single_copy=True))
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения о плане учений")
    with pytest.raises(OutOfRange):                                # the single-copy minimum
        dossiers.assess(clerk, dossier_id, Assessment(amount_mci=5000, single_copy=True))
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=1000, single_copy=True))
    d = dossier_view.dossier(clerk, dossier_id)
    assert (d.mci_date, d.mci_value, d.amount_mci, d.amount_tenge) == (
        dt.date(2026, 1, 1), 4325, Decimal(1000), Decimal(4_325_000))
    sign_all(clerk, dossier_id)
    dossiers.approve(chief, dossier_id)
    with pytest.raises(IllegalState):                              # not closed before p.12
        dossiers.owner_read(clerk, dossier_id, dt.date(2026, 1, 20), True)
    dossiers.dispatch(clerk, dossier_id, "исх-77", dt.date(2026, 1, 20))
    d = dossier_view.dossier(clerk, dossier_id)
    assert d.state is DossierState.CLOSED and all(p.signed == "program"
                                                  for p in d.participants)


def test_the_commission_rules(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk),
                                                   commission_kind=CommissionKind.EXPERT,
                                                   expert_order="Приказ 5",
                                                   expert_order_date=RECEIVED))
    with pytest.raises(InvalidInput):                               # form 3 for SS (p.5)
        commission.add_member(chief, dossier_id, Role.MEMBER, "m3")
    with pytest.raises(InvalidInput):                               # an outsider too
        commission.add_outsider(chief, dossier_id, Role.SPECIALIST, name="Эксперт",
                                position="", organisation="НИИ", clearance_form=3,
                                clearance_number="X-1", clearance_expires=dt.date(2030, 1, 1))
    commission.add_outsider(chief, dossier_id, Role.SPECIALIST, name="Эксперт Е.Е.",
                            position="профессор", organisation="НИИ", clearance_form=2,
                            clearance_number="X-2", clearance_expires=dt.date(2030, 1, 1))
    seat(chief, dossier_id, (("m1", Role.CHAIR), ("m2", Role.MEMBER)))
    with pytest.raises(InvalidInput):
        commission.add_member(chief, dossier_id, Role.CHAIR, "head")  # one chair
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=1000, single_copy=True))
    with pytest.raises(IllegalState):                               # no protection unit (p.4)
        commission.sign(clerk, dossier_id, "m1", PASSWORD)
    commission.add_member(chief, dossier_id, Role.SECRETARY, "head")  # protection unit
    commission.sign(clerk, dossier_id, "m1", PASSWORD)
    invited = next(p for p in dossier_view.dossier(clerk, dossier_id).participants
                   if p.role is Role.SPECIALIST)
    with pytest.raises(InvalidInput):                               # invited: does not sign
        commission.record_paper(clerk, dossier_id, invited.id)


def test_the_deputy_chair_signs_only_for_an_absent_chair(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    ids = seat(chief, dossier_id, (("head", Role.CHAIR), ("m1", Role.DEPUTY_CHAIR),
                                   ("m2", Role.MEMBER), ("clerk", Role.SECRETARY)))
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=100, single_copy=True))
    with pytest.raises(InvalidInput):
        commission.sign(clerk, dossier_id, "m1", PASSWORD)         # the chair is there
    commission.set_absent(chief, dossier_id, ids["head"], True)    # the chair is away
    with pytest.raises(InvalidInput):
        commission.sign(clerk, dossier_id, "head", PASSWORD)       # absent: does not sign
    sign_all(clerk, dossier_id, ("m1", "m2", "clerk"))
    assert dossier_view.dossier(clerk, dossier_id).state is DossierState.SIGNED
    with pytest.raises(IllegalState):                               # then it is fixed
        commission.set_absent(chief, dossier_id, ids["head"], False)


def test_the_agreement_comes_before_the_signatures(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S),
                                                   head_has_authority=False))
    seat(chief, dossier_id)
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=100, single_copy=True))
    with pytest.raises(IllegalMove):
        commission.sign(clerk, dossier_id, "head", PASSWORD)
    dossiers.agree(chief, dossier_id, "Комитет национальной безопасности", "15/2",
                   dt.date(2026, 1, 10))
    sign_all(clerk, dossier_id)
    assert dossier_view.dossier(clerk, dossier_id).state is DossierState.SIGNED


def test_no_state_secrets_ends_the_assessment_with_no_amount(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    seat(chief, dossier_id)
    dossiers.establish_degree(clerk, dossier_id, None, "Общедоступные сведения")
    d = dossier_view.dossier(clerk, dossier_id)
    assert d.state is DossierState.ASSESSED and d.no_state_secrets and d.amount_mci is None
    sign_all(clerk, dossier_id)


def test_a_disclosure_is_not_bound_to_the_single_copy_minimum(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(
        clerk, Level.SS, IncidentKind.DISCLOSURE)))
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=5000, single_copy=True))
    assert dossier_view.dossier(clerk, dossier_id).amount_tenge == Decimal(5000 * 4325)


def test_a_court_order_names_the_mci_date(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S),
                                                   basis_kind=BasisKind.COURT_ORDER,
                                                   basis_reference="Постановление 3"))
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(
        amount_mci=100, single_copy=True, mci_override_date=dt.date(2025, 12, 28),
        mci_override="Постановление суда № 3"))
    d = dossier_view.dossier(clerk, dossier_id)
    assert (d.mci_value, d.amount_tenge) == (3932, Decimal(393_200))


def test_indicators_under_a_methodology(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    for bad in (0, 13):
        with pytest.raises(InvalidInput):
            dossiers.set_indicator(clerk, dossier_id, bad, "1", "x")
    with pytest.raises(InvalidInput):
        dossiers.set_indicator(clerk, dossier_id, 2, "-5", "x")
    dossiers.set_indicator(clerk, dossier_id, 2, "2 000 000", "Стоимость носителя и работ")
    dossiers.set_indicator(clerk, dossier_id, 3, "1500000,50", "Затраты на ликвидацию")
    dossiers.assess(clerk, dossier_id, Assessment(methodology="Методика № 1",
                                                  methodology_body="Министерство"))
    d = dossier_view.dossier(clerk, dossier_id)
    assert d.amount_tenge == Decimal("3500000.50") and d.amount_mci == Decimal("809.25")


def test_information_of_the_kyrgyz_party(login, people):  # noqa: F811
    """S001 a.12 p.2: assessed under the law of the Party whose information it is."""
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(
        clerk, Level.S, draft=kyrgyz(copies=1))))
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    with pytest.raises(InvalidInput):
        dossiers.assess(clerk, dossier_id, Assessment(amount_mci=100, single_copy=True))
    dossiers.assess(clerk, dossier_id, Assessment(party_reference="Письмо МО КР 7",
                                                  party_amount="500000",
                                                  party_currency="KGS"))
    d = dossier_view.dossier(clerk, dossier_id)
    assert d.row["party_amount"] == "500000" and d.mci_value is None


def test_the_owners_claim(login, people):  # noqa: F811
    """p.13–14: no term, no dispatch, the owner reads and signs that they did."""
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(
        None, variant=Variant.OWNER, basis_kind=BasisKind.OWNER_CLAIM,
        basis_reference="Заявление ТОО «Недра»", owner="ТОО «Недра»", level=Level.S))
    d = dossier_view.dossier(chief, dossier_id)
    assert d.deadline is None and d.owner == "ТОО «Недра»"
    seat(chief, dossier_id)
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения о запасах")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=300))
    sign_all(clerk, dossier_id)
    dossiers.approve(chief, dossier_id)
    with pytest.raises(IllegalState):
        dossiers.dispatch(clerk, dossier_id, "исх-1", dt.date(2026, 2, 1))
    dossiers.owner_read(clerk, dossier_id, dt.date(2026, 2, 1), attended=True)
    assert dossier_view.dossier(clerk, dossier_id).state is DossierState.CLOSED


def test_files_and_the_members_view(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    seat(chief, dossier_id, (("head", Role.CHAIR), ("m1", Role.MEMBER), ("m2", Role.MEMBER)))
    data = bytes(range(256)) * 1000
    file_id = dossier_view.add_file(clerk, dossier_id, "акт проверки.pdf", data)
    assert dossier_view.open_file(login("m1"), file_id) == ("акт проверки.pdf", data)
    assert [d.id for d in dossier_view.dossiers(login("m1"))] == [dossier_id]
    with pytest.raises(NotFound):
        dossier_view.open_file(login("m3"), file_id)               # not on the commission
    assert dossier_view.dossiers(login("m3")) == []
    with pytest.raises(InvalidInput):
        dossier_view.add_file(clerk, dossier_id, "пусто.txt", b"")


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_the_printed_conclusion(login, people, tmp_path, lang):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk)))
    seat(chief, dossier_id)
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения о плане учений")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=1000, single_copy=True))
    text = one_line("\n".join(pdf_pages(dossier_view.conclusion_pdf(clerk, dossier_id, lang),
                                        tmp_path)))
    assert "4 325 000" in text and "Сведения о плане учений" in text
    assert dossier_view.dossier(clerk, dossier_id).number in text


def test_the_range_shown_before_the_amount(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk)))
    with pytest.raises(IllegalMove):                      # the degree is not established
        dossiers.range_preview(clerk, dossier_id, single_copy=True)
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения")
    single = dossiers.range_preview(clerk, dossier_id, single_copy=True)
    assert (single.low_mci, single.high_mci, single.low_tenge, single.mci,
            single.mci_date) == (1000, None, 4_325_000, 4325, dt.date(2026, 1, 1))
    # The register says it was a single copy, whatever the commission ticks.
    stated = dossiers.range_preview(clerk, dossier_id, single_copy=False,
                                    override_date=dt.date(2025, 12, 28))
    assert (stated.single, stated.low_tenge, stated.mci) == (True, 1000 * 3932, 3932)
    several = dossiers.assign(chief, assignment(lost_single_copy(
        clerk, draft=own(level=Level.SS, copies=3))))
    dossiers.establish_degree(clerk, several, Level.SS, "Сведения")
    full = dossiers.range_preview(clerk, several, single_copy=True)
    assert (full.single, full.low_mci, full.high_mci, full.high_tenge) == (
        False, 1000, 20_000, 20_000 * 4325)


def test_what_the_signatures_fix(login, admin, people):  # noqa: F811
    from desktop.domain.roles import Role as UserRole
    from desktop.services import users
    from tests.conftest import clearance
    users.add_user(admin, username="chief2", full_name="Other Head Testov", password=PASSWORD,
                   roles={UserRole.ORG_HEAD}, clearance=clearance(1))
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    ids = seat(chief, dossier_id, (("head", Role.CHAIR), ("m1", Role.MEMBER)))
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(amount_mci=100, single_copy=True))
    with pytest.raises(IllegalState):                    # no secretary seated
        commission.sign(clerk, dossier_id, "head", PASSWORD)
    with pytest.raises(InvalidInput):                    # only the chair is recorded absent
        commission.set_absent(chief, dossier_id, ids["m1"], True)
    other = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    with pytest.raises(NotFound):                        # a participant of another dossier
        commission.set_absent(chief, other, ids["head"], True)
    commission.add_member(chief, dossier_id, Role.SECRETARY, "clerk")
    commission.sign(clerk, dossier_id, "head", PASSWORD)
    with pytest.raises(IllegalState):                    # fixed once anyone has signed
        commission.add_member(chief, dossier_id, Role.MEMBER, "m2")
    with pytest.raises(IllegalState):
        commission.remove(chief, dossier_id, ids["m1"])
    sign_all(clerk, dossier_id, ("m1", "clerk"))
    with pytest.raises(IllegalState):                    # files stop at the signatures
        dossier_view.add_file(clerk, dossier_id, "x.pdf", b"x")
    with pytest.raises(PermissionDenied):                # the head who assigned it approves
        dossiers.approve(login("chief2"), dossier_id)
    dossiers.approve(chief, dossier_id)


def test_a_higher_degree_needs_a_higher_clearance_of_everyone(login, people):  # noqa: F811
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))
    commission.add_member(chief, dossier_id, Role.MEMBER, "m3")     # form 3: enough for S
    with pytest.raises(InvalidInput) as caught:                     # not for SS
        dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения")
    assert "M3 Member Testov" in caught.value.text()
    assert dossier_view.dossier(clerk, dossier_id).level is None


def test_the_fact_is_confirmed_first_and_the_party_told(login, people):  # noqa: F811
    """p.7: the assessment follows the investigation that confirmed the fact; S001 a.12
    p.1: a dossier on information of the Kyrgyz party closes only once the Party was told."""
    clerk, chief = login("clerk"), login("chief")
    with pytest.raises(IllegalState):
        dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S, confirmed=False)))
    case = lost_single_copy(clerk, Level.S, draft=kyrgyz(copies=1))
    dossier_id = dossiers.assign(chief, assignment(case))
    seat(chief, dossier_id)
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Сведения")
    dossiers.assess(clerk, dossier_id, Assessment(party_reference="7", party_amount="100",
                                                  party_currency="KGS"))
    sign_all(clerk, dossier_id)
    dossiers.approve(chief, dossier_id)
    with pytest.raises(IllegalState):
        dossiers.dispatch(clerk, dossier_id, "исх-1", dt.date(2026, 2, 1))
    incidents.record_party_notice(clerk, case, dt.date(2026, 1, 2), "Обстоятельства, меры")
    dossiers.dispatch(clerk, dossier_id, "исх-1", dt.date(2026, 2, 1))

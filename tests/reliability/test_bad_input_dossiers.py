"""Bad input to damage-assessment dossiers, visit requests and contracts with the Kyrgyz
party (issue 9 point 7). The property and the harness are those of test_bad_input.py;
where something is accepted, what was stored must make sense and every view of it must
still open (a date the calendar cannot go past is no reason for a list to break)."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain import dossier as rules
from desktop.domain import visits as visit_rules
from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.services import (
    contracts,
    dossier_commission,
    dossier_view,
    dossiers,
    visit_view,
    visits,
)
from desktop.services.contracts import ContractDraft, ItemInput
from desktop.services.visit_input import ContactInput, VisitDraft, VisitorInput
from tests.reliability.test_bad_input import (
    NFC,
    TODAY,
    dates,
    fuzz,
    ints,
    mostly,
    number_texts,
    outcome,
    texts,
)


def some_id(demo, sql: str) -> st.SearchStrategy[int]:
    found = demo.ids(sql)
    return st.one_of(st.sampled_from(found), ints()) if found else ints()


LEVELS = st.sampled_from(list(Level))
OPTIONAL_DATES = st.one_of(st.none(), dates())


# --- dossiers --------------------------------------------------------------------------------

ASSIGNMENT = {"variant": rules.Variant.BREACH, "basis_kind": rules.BasisKind.INVESTIGATION,
              "assigned_on": TODAY, "materials_received": TODAY,
              "commission_kind": rules.CommissionKind.STANDING, "incident_id": 2,
              "basis_reference": "", "basis_date": None, "expert_order": "",
              "expert_order_date": None, "owner": "", "place": "", "head_has_authority": True,
              "level": None}


def fresh_dossier(demo) -> int:
    """A dossier assigned just now on a closed loss case (its fact confirmed)."""
    return dossiers.assign(demo("director"), dossiers.Assignment(**ASSIGNMENT))


@fuzz(40)
@given(v=mostly(ASSIGNMENT, {
    "variant": st.sampled_from(list(rules.Variant)),
    "basis_kind": st.sampled_from(list(rules.BasisKind)), "assigned_on": dates(),
    "materials_received": dates(), "commission_kind": st.sampled_from(
        list(rules.CommissionKind)), "incident_id": st.one_of(st.none(), ints()),
    "basis_reference": texts(), "basis_date": dates(), "expert_order": texts(),
    "expert_order_date": dates(), "owner": texts(), "place": texts(),
    "head_has_authority": st.booleans(), "level": LEVELS}))
def test_assigning_dossiers_with_bad_input(demo, v):
    director = demo("director")
    got = outcome(director, lambda: dossiers.assign(director, dossiers.Assignment(**v)))
    if not isinstance(got, GrifError):
        made = dossier_view.dossier(director, got)
        assert made.assigned_on <= TODAY and made.materials_received <= TODAY
        if v["commission_kind"] is rules.CommissionKind.EXPERT:
            assert v["expert_order_date"] is not None and v["expert_order_date"] <= TODAY
        dossier_view.dossiers(director)
        dossier_view.open_deadlines(director)


AMOUNTS = st.one_of(number_texts(), texts(), ints(), st.floats(), st.sampled_from(
    ["1e999999", "1e-999999", "sNaN", "-0", "1 000,50", "Infinity", "0.000000001"]))


@fuzz(40)
@given(v=mostly({"level": Level.S, "content": "Жоспардың мазмұны", "number": 1,
                 "amount": "150000", "justification": "Есеп", "override": None},
                {"level": st.one_of(st.none(), LEVELS), "content": texts(), "number": ints(),
                 "amount": AMOUNTS, "justification": texts(), "override": dates()}))
def test_dossier_degree_and_indicators_with_bad_input(demo, v):
    clerk = demo("clerk")
    dossier_id = fresh_dossier(demo)
    outcome(clerk, lambda: dossiers.establish_degree(clerk, dossier_id, v["level"],
                                                     v["content"]))
    outcome(clerk, lambda: dossiers.set_indicator(clerk, dossier_id, v["number"], v["amount"],
                                                  v["justification"]))
    outcome(clerk, lambda: dossiers.range_preview(clerk, dossier_id, single_copy=False,
                                                  override_date=v["override"]))


@fuzz(40)
@given(v=mostly({"methodology": "", "methodology_body": "", "amount_mci": "100",
                 "single_copy": False, "mci_override_date": None, "mci_override": "",
                 "party_reference": "", "party_amount": "", "party_currency": "",
                 "other_matters": ""},
                {"methodology": texts(), "methodology_body": texts(), "amount_mci": AMOUNTS,
                 "single_copy": st.booleans(), "mci_override_date": dates(),
                 "mci_override": texts(), "party_reference": texts(),
                 "party_amount": AMOUNTS, "party_currency": texts(),
                 "other_matters": texts()}))
def test_dossier_assessment_with_bad_input(demo, v):
    clerk = demo("clerk")
    dossier_id = fresh_dossier(demo)
    dossiers.establish_degree(clerk, dossier_id, Level.S, "Мазмұны")
    got = outcome(clerk, lambda: dossiers.assess(clerk, dossier_id, dossiers.Assessment(**v)))
    if not isinstance(got, GrifError):
        assert dossier_view.dossier(clerk, dossier_id).state is rules.DossierState.ASSESSED


@fuzz(30)
@given(data=st.data(), body=texts(), reference=texts(), day=dates(), number=texts(),
       pretrial=texts(), attended=st.booleans())
def test_dossier_closing_steps_with_bad_input(demo, data, body, reference, day, number,
                                              pretrial, attended):
    clerk, director = demo("clerk"), demo("director")
    dossier_id = data.draw(some_id(demo, "SELECT id FROM dossiers"))
    outcome(clerk, lambda: dossiers.agree(clerk, dossier_id, body, reference, day))
    outcome(director, lambda: dossiers.approve(director, dossier_id))
    outcome(clerk, lambda: dossiers.dispatch(clerk, dossier_id, number, day, pretrial))
    outcome(clerk, lambda: dossiers.owner_read(clerk, dossier_id, day, attended))


@fuzz(40)
@given(v=mostly({"role": rules.Role.MEMBER, "name": "Серіков Бауыржан", "position": "Сарапшы",
                 "organisation": "ҰҚК", "clearance_form": 1, "clearance_number": "Д-9",
                 "clearance_expires": TODAY + dt.timedelta(days=365)},
                {"role": st.sampled_from(list(rules.Role)), "name": texts(),
                 "position": texts(), "organisation": texts(),
                 "clearance_form": st.one_of(st.none(), ints()),
                 "clearance_number": texts(), "clearance_expires": OPTIONAL_DATES}),
       username=st.one_of(texts(), st.sampled_from(["member", "head", "executor"])),
       password=st.one_of(texts(), st.just("demo-password-1")), absent=st.booleans())
@example(v={"role": rules.Role.MEMBER, "name": "Нөл", "position": "", "organisation": "ҰҚК",
            "clearance_form": 0, "clearance_number": "Д-0",
            "clearance_expires": TODAY + dt.timedelta(days=1)},
         username="member", password="", absent=False)   # form 0 once passed as the highest
def test_dossier_commission_with_bad_input(demo, v, username, password, absent):
    clerk = demo("clerk")
    dossier_id = fresh_dossier(demo)
    role = v.pop("role")
    outcome(clerk, lambda: dossier_commission.add_member(clerk, dossier_id, role, username))
    got = outcome(clerk, lambda: dossier_commission.add_outsider(clerk, dossier_id, role, **v))
    if not isinstance(got, GrifError):
        # Seated only with a clearance form that exists and is in force.
        form, expires = v["clearance_form"], v["clearance_expires"]
        assert form in (1, 2, 3) and (expires is None or expires >= TODAY), (form, expires)
        outcome(clerk, lambda: dossier_commission.set_absent(clerk, dossier_id, got, absent))
        outcome(clerk, lambda: dossier_commission.record_paper(clerk, dossier_id, got))
        outcome(clerk, lambda: dossier_commission.remove(clerk, dossier_id, got))
    outcome(clerk, lambda: dossier_commission.sign(clerk, dossier_id, username, password))


@fuzz(30)
@given(name=texts(), payload=st.one_of(st.binary(max_size=64), st.just(b""),
                                       st.just(b"\x00" * 10)),
       kind=st.one_of(texts(), st.sampled_from(["material", "order"])), wild=ints())
def test_dossier_files_with_bad_input(demo, name, payload, kind, wild):
    clerk = demo("clerk")
    dossier_id = demo.ids("SELECT id FROM dossiers WHERE state = 'assigned'")[0]
    got = outcome(clerk, lambda: dossier_view.add_file(clerk, dossier_id, name, payload, kind))
    if not isinstance(got, GrifError):
        assert dossier_view.open_file(clerk, got) == (NFC(name.strip()), payload)
    outcome(clerk, lambda: dossier_view.open_file(clerk, wild))


# --- visits ----------------------------------------------------------------------------------

VISITOR = {"surname": "Асанов", "name": "Бакыт", "birth_date": dt.date(1980, 5, 17),
           "birth_place": "Бишкек", "citizenship": "Кыргызская Республика",
           "passport_no": "AN 123456", "profession": "инженер", "position": "эксперт",
           "organisation": "ГКНБ КР", "clearance": Level.S, "id": None}
VISITOR_FIELDS = {"surname": texts(), "name": texts(), "birth_date": OPTIONAL_DATES,
                  "birth_place": texts(), "citizenship": texts(),
                  "passport_no": texts(), "profession": texts(), "position": texts(),
                  "organisation": texts(), "clearance": st.one_of(LEVELS, texts()),
                  "id": ints()}
VISIT = {"direction": visit_rules.Direction.INCOMING,
         "start_date": TODAY + dt.timedelta(days=60), "days": 4,
         "organisations": "«Сапа» АҚ", "purpose": "Сынақтар", "level": Level.S,
         "marking": None, "contract_id": None}
VISIT_FIELDS = {"direction": st.one_of(st.sampled_from(list(visit_rules.Direction)), texts()),
                "start_date": OPTIONAL_DATES, "days": st.one_of(ints(), st.integers(1, 365)),
                "organisations": texts(), "purpose": texts(),
                "level": st.one_of(LEVELS, texts()),
                "marking": st.one_of(LEVELS, texts()), "contract_id": ints()}


def visit_draft(v: dict, person: dict, contact: tuple[str, str, str]) -> VisitDraft:
    return VisitDraft(visitors=[VisitorInput(**person)], contacts=[ContactInput(*contact)], **v)


@fuzz(50)
@given(v=mostly(VISIT, VISIT_FIELDS), person=mostly(VISITOR, VISITOR_FIELDS),
       contact=st.one_of(st.just(("Бастық", "Омаров", "Бауыржан")),
                         st.tuples(texts(), texts(), texts())))
def test_visit_requests_with_bad_input(demo, v, person, contact):
    clerk = demo("clerk")
    got = outcome(clerk, lambda: visits.create(clerk, visit_draft(v, person, contact)))
    if not isinstance(got, GrifError):
        # Every view of the new request opens: the list, the start page, the printout.
        seen = visit_view.visit(clerk, got)
        assert seen.start_date > TODAY and 1 <= seen.days <= visit_rules.MAX_DAYS
        visit_view.visits(clerk)
        visit_view.requests_due(clerk)
        assert visit_view.request_pdf(demo("head"), got, "kk").startswith(b"%PDF")
        outcome(clerk, lambda: visits.update(clerk, got, visit_draft(
            {**v, "purpose": "Өзгерді"}, person, contact)))


@fuzz(40)
@given(v=mostly({"request_ref": "Хат 14", "request_date": TODAY, "late_reason": "Шұғыл",
                 "reference": "Жауап 2", "answer_date": TODAY, "agreed": True,
                 "reason": "Бас тартылды"},
                {"request_ref": texts(), "request_date": dates(), "late_reason": texts(),
                 "reference": texts(), "answer_date": dates(), "agreed": st.booleans(),
                 "reason": texts()}),
       wild=st.one_of(st.none(), ints()))
def test_visit_steps_with_bad_input(demo, v, wild):
    clerk = demo("clerk")
    visit_id = wild if wild is not None else visits.create(
        clerk, visit_draft(VISIT, VISITOR, ("Бастық", "Омаров", "Бауыржан")))
    outcome(clerk, lambda: visits.send(clerk, visit_id, request_ref=v["request_ref"],
                                       request_date=v["request_date"],
                                       late_reason=v["late_reason"]))
    outcome(clerk, lambda: visits.answer(clerk, visit_id, agreed=v["agreed"],
                                         reference=v["reference"],
                                         answer_date=v["answer_date"]))
    outcome(clerk, lambda: visits.cancel(clerk, visit_id, v["reason"]))


@fuzz(30)
@given(data=st.data(), reference=texts(), note=texts(), attended=st.booleans(),
       registered=OPTIONAL_DATES,
       shown=st.lists(st.builds(visits.ShownInput, texts(), st.one_of(st.none(), LEVELS,
                                                                       texts()),
                                st.one_of(st.none(), ints())), max_size=2))
def test_closing_visits_with_bad_input(demo, data, reference, note, attended, registered,
                                       shown):
    clerk = demo("clerk")
    visit_id = data.draw(some_id(demo, "SELECT id FROM visits"))
    visitor_ids = demo.ids("SELECT id FROM visit_visitors WHERE visit_id = :v", v=visit_id) \
        if isinstance(visit_id, int) and abs(visit_id) < 2 ** 62 else []
    attendance = [visits.Attendance(v, attended, registered, reference) for v in visitor_ids]
    outcome(clerk, lambda: visits.close(clerk, visit_id, attendance=attendance, shown=shown,
                                        note=note))


# --- contracts -------------------------------------------------------------------------------

CONTRACT = {"number": "", "signed_on": TODAY - dt.timedelta(days=10), "subject": "Бірлескен жұмыс",
            "our_body": "ҰҚК", "other_body": "ГКНБ КР", "protection": "Талаптар",
            "disputes": "Келіссөз", "valid_until": None, "items": "valid"}


@fuzz(40)
@given(v=mostly(CONTRACT, {
    "number": texts(), "signed_on": OPTIONAL_DATES, "subject": texts(), "our_body": texts(),
    "other_body": texts(), "protection": texts(), "disputes": texts(),
    "valid_until": OPTIONAL_DATES,
    "items": st.lists(st.builds(ItemInput, texts(), st.one_of(st.none(), LEVELS, texts()),
                                st.one_of(st.none(), ints())), max_size=2)}),
       serial=st.integers(0, 10 ** 9), ended=dates(), note=texts())
def test_contracts_with_bad_input(demo, v, serial, ended, note):
    clerk = demo("clerk")
    if v["number"] == "":
        v["number"] = f"{serial}-КР"
    if v["items"] == "valid":
        v["items"] = [ItemInput("Карта", Level.S)]
    draft = ContractDraft(**v)
    got = outcome(clerk, lambda: contracts.create(clerk, draft))
    if isinstance(got, GrifError):
        return
    made = contracts.contract(clerk, got)
    assert made.contract.signed_on <= TODAY
    contracts.contracts(clerk)
    contracts.choices(clerk)
    outcome(clerk, lambda: contracts.update(clerk, got, draft))
    outcome(clerk, lambda: contracts.link(clerk, got, demo.ids(
        "SELECT id FROM registrations WHERE originator_type = 'kyrgyz'")[0]))
    outcome(clerk, lambda: contracts.end(clerk, got, ended, note))

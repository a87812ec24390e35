"""Visit requests (S001 a.10; SPEC §7): required fields, the 4-week rule, the personal-data
rule, the answer and the closing with the visitors' registration and what was shown."""

import dataclasses
import datetime as dt
import json

import pytest

from desktop.domain import visits as rules
from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.errors import (
    IllegalMove,
    IllegalState,
    InvalidInput,
    NotFound,
    PermissionDenied,
    TextTooLong,
)
from desktop.domain.levels import Level, marking
from desktop.reports import visit_request as form
from desktop.services import register, visit_view, visits
from desktop.services.visit_input import ContactInput, VisitDraft, VisitorInput
from tests.reports.test_marking_forms import needs_poppler, pdf_pages

TODAY = dt.date.today()


def visitor(surname="Асанов", passport="AC1234567", clearance=Level.SS, **kw):
    values = dict(surname=surname, name="Бакыт", birth_date=dt.date(1980, 5, 17),
                  birth_place="г. Бишкек", citizenship="Кыргызская Республика",
                  passport_no=passport, profession="инженер", position="главный специалист",
                  organisation="Министерство обороны Кыргызской Республики",
                  clearance=clearance)
    values.update(kw)
    return VisitorInput(**values)


def draft(start=None, **kw):
    values = dict(direction="incoming", start_date=start or TODAY + dt.timedelta(days=60),
                  days=3, organisations="Наша организация\nВойсковая часть 1234",
                  purpose="Совместные учения: вопросы связи", level=Level.SS,
                  visitors=[visitor()],
                  contacts=[ContactInput("начальник отдела", "Серіков", "Нұрлан")])
    values.update(kw)
    return VisitDraft(**values)


@dataclasses.dataclass
class Event:
    actor: str
    outcome: str
    details: str


def journal(session, action=None):
    """The journal's records (of one action), oldest first, read straight from the store."""
    with session.store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT actor, outcome, details FROM audit_event WHERE ? IS NULL OR action = ? "
            "ORDER BY seq", (action, action)).all()
    return [Event(*r) for r in rows]


@pytest.fixture
def clerk(login):
    return login("clerk")


def test_a_request_keeps_every_field_of_a10_p2(clerk):
    visit_id = visits.create(clerk, draft())
    found = visit_view.visit(clerk, visit_id)
    assert found.state is rules.VisitState.DRAFT and found.number.endswith(f"/{TODAY.year}")
    assert found.direction is rules.Direction.INCOMING and found.days == 3
    assert found.level is Level.SS and found.marking is Level.SS
    assert found.organisations == "Наша организация\nВойсковая часть 1234"
    (v,) = found.visitors
    assert (v.surname, v.name, v.citizenship, v.profession, v.position, v.clearance) == (
        "Асанов", "Бакыт", "Кыргызская Республика", "инженер", "главный специалист", Level.SS)
    assert found.contacts == (rules.Contact("начальник отдела", "Серіков", "Нұрлан"),)
    assert found.end_date == found.start_date + dt.timedelta(days=2)


@pytest.mark.parametrize("change, field_name", [
    ({"surname": ""}, "surname"), ({"name": "  "}, "name"),
    ({"birth_date": None}, "date of birth"), ({"birth_place": ""}, "place of birth"),
    ({"citizenship": ""}, "citizenship"), ({"passport_no": ""}, "passport number"),
    ({"profession": ""}, "profession"), ({"position": ""}, "position"),
    ({"organisation": ""}, "organisation"), ({"clearance": "X"}, "clearance"),
])
def test_every_visitor_field_is_required(clerk, change, field_name):
    with pytest.raises(InvalidInput) as err:
        visits.create(clerk, draft(visitors=[visitor(**change)]))
    assert err.value.args_values[0] == field_name


@pytest.mark.parametrize("change, field_name", [
    ({"organisations": ""}, "organisations to visit"),
    ({"purpose": ""}, "purpose of the visit and questions"),
    ({"visitors": []}, "visitors"), ({"contacts": []}, "people to meet"),
    ({"contacts": [ContactInput("", "А", "Б")]}, "position"),
    ({"start_date": None}, "proposed date of the visit"),
    ({"start_date": TODAY}, "proposed date of the visit"),
    ({"days": 0}, "duration of the visit in days"),
    ({"days": 366}, "duration of the visit in days"),
    ({"days": "3"}, "duration of the visit in days"),
    ({"direction": "sideways"}, "direction of the visit"),
    ({"level": "Z"}, "level"),
])
def test_every_visit_field_is_checked(clerk, change, field_name):
    with pytest.raises(InvalidInput) as err:
        visits.create(clerk, draft(**change))
    assert err.value.args_values[0] == field_name


@pytest.mark.parametrize("bad", [
    {"passport_no": "AB"}, {"passport_no": "A<script>1"}, {"passport_no": "N1\x0712345"},
    {"birth_date": TODAY}, {"birth_date": dt.date(1890, 1, 1)},
    {"birth_date": "1980-05-17"}, {"surname": "Асанов\u202e"},
])
def test_bad_visitor_values_are_refused_and_nothing_is_stored(clerk, bad):
    with pytest.raises(InvalidInput):
        visits.create(clerk, draft(visitors=[visitor(**bad)]))
    assert visit_view.visits(clerk) == []


def test_too_long_text_and_markup(clerk):
    with pytest.raises(TextTooLong):
        visits.create(clerk, draft(purpose="ж" * 4001))
    visit_id = visits.create(clerk, draft(purpose="<b>Учения</b> & связь"))
    assert visit_view.visit(clerk, visit_id).purpose == "<b>Учения</b> & связь"


def test_the_same_passport_twice_is_refused(clerk):
    with pytest.raises(InvalidInput) as err:
        visits.create(clerk, draft(visitors=[visitor(), visitor("Другой", "ac 1234567")]))
    assert err.value.args_values[0] == "passport number"


def test_a_visitor_must_be_cleared_for_what_is_shown(clerk):
    """a.10 p.1: only persons of a.4 p.2 (holding the clearance) are admitted."""
    with pytest.raises(InvalidInput) as err:
        visits.create(clerk, draft(level=Level.OV, visitors=[visitor(clearance=Level.SS)]))
    assert "a.10 p.1" in err.value.text() and "Асанов Бакыт" in err.value.text()


def test_the_request_marking_is_never_below_what_it_names(clerk):
    with pytest.raises(InvalidInput):
        visits.create(clerk, draft(level=Level.SS, marking=Level.S))
    visit_id = visits.create(clerk, draft(level=Level.S, marking=Level.SS,
                                          visitors=[visitor(clearance=Level.S)]))
    assert visit_view.visit(clerk, visit_id).marking is Level.SS


# --- the 4-week rule ------------------------------------------------------------------------

@pytest.mark.parametrize("start, last", [
    (dt.date(2027, 3, 1), dt.date(2027, 2, 1)),      # across February (28 days)
    (dt.date(2028, 3, 1), dt.date(2028, 2, 2)),      # leap year
    (dt.date(2027, 1, 10), dt.date(2026, 12, 13)),   # across the year end
    (dt.date(2027, 5, 31), dt.date(2027, 5, 3)),
    (dt.date(2027, 8, 1), dt.date(2027, 7, 4)),      # a 31-day month
])
def test_last_day_to_send_is_28_days_before(start, last):
    assert rules.last_day_to_send(start) == last
    assert not rules.is_late(last, start) and rules.is_late(last + dt.timedelta(days=1), start)


def test_warning_from_the_moment_the_limit_is_near():
    start = dt.date(2027, 3, 1)   # last day 2027-02-01
    assert not rules.limit_near(start, dt.date(2027, 1, 24), 7)
    assert rules.limit_near(start, dt.date(2027, 1, 25), 7)
    assert rules.days_to_limit(start, dt.date(2027, 1, 25)) == 7
    assert rules.days_to_limit(start, dt.date(2027, 2, 3)) == -2


def _dated(session, day):
    return dataclasses.replace(session, today=day)


def test_a_late_request_needs_its_reason(clerk):
    start = TODAY + dt.timedelta(days=20)
    visit_id = visits.create(clerk, draft(start=start))
    with pytest.raises(InvalidInput) as err:
        visits.send(clerk, visit_id, request_ref="12/345", request_date=TODAY)
    assert "20 day(s)" in err.value.text()
    assert (start - dt.timedelta(days=28)).strftime("%d.%m.%Y") in err.value.text()
    assert visit_view.visit(clerk, visit_id).state is rules.VisitState.DRAFT
    visits.send(clerk, visit_id, request_ref="12/345", request_date=TODAY,
                late_reason="Срочное поручение Правительства")
    found = visit_view.visit(clerk, visit_id)
    assert found.state is rules.VisitState.SENT and found.late
    assert found.late_reason == "Срочное поручение Правительства"
    (event,) = journal(clerk, "visit.send")
    assert json.loads(event.details)["late"] is True


def test_a_request_in_time_keeps_no_reason(clerk):
    start = TODAY + dt.timedelta(days=28)
    visit_id = visits.create(clerk, draft(start=start))
    visits.send(clerk, visit_id, request_ref="1", request_date=TODAY, late_reason="лишнее")
    found = visit_view.visit(clerk, visit_id)
    assert not found.late and found.late_reason == ""


def test_request_dates_in_the_future_or_after_the_start_are_refused(clerk):
    visit_id = visits.create(clerk, draft())
    with pytest.raises(InvalidInput):
        visits.send(clerk, visit_id, request_ref="1", request_date=TODAY + dt.timedelta(1))
    with pytest.raises(InvalidInput):
        visits.send(clerk, visit_id, request_ref="", request_date=TODAY)


def test_drafts_near_their_limit_are_due_on_the_start_page(clerk):
    near = visits.create(clerk, draft(start=TODAY + dt.timedelta(days=30)))
    visits.create(clerk, draft(start=TODAY + dt.timedelta(days=90)))
    overdue = visits.create(clerk, draft(start=TODAY + dt.timedelta(days=10)))
    due = visit_view.requests_due(clerk)
    numbers = {visit_view.visit(clerk, i).number: i for i in (near, overdue)}
    assert [(d.number, d.days_left) for d in due] == sorted(
        [(n, (TODAY + dt.timedelta(days=d - 28) - TODAY).days)
         for n, d in zip(numbers, (30, 10), strict=True)], key=lambda x: x[1])


# --- personal data -------------------------------------------------------------------------

def test_personal_data_are_hidden_without_the_permission(clerk, login):
    visit_id = visits.create(clerk, draft())
    (v,) = visit_view.visit(clerk, visit_id).visitors
    assert v.passport_no == visit_view.HIDDEN and v.birth_date is None
    assert v.birth_place == visit_view.HIDDEN and v.citizenship == "Кыргызская Республика"
    with pytest.raises(PermissionDenied):
        visit_view.personal_data(clerk, visit_id)
    with pytest.raises(PermissionDenied):
        visit_view.request_pdf(clerk, visit_id, "ru")
    head = login("head")
    (shown,) = visit_view.personal_data(head, visit_id).visitors
    assert shown.passport_no == "AC1234567" and shown.birth_date == dt.date(1980, 5, 17)
    admin = login("admin")
    views = journal(admin, "visit.personal_data_view")
    assert [(e.actor, e.outcome) for e in views] == [("clerk", "denied"), ("head", "ok")]
    everything = " ".join(e.details for e in journal(admin))
    assert "AC1234567" not in everything and "1980-05-17" not in everything


def test_every_view_of_personal_data_is_journalled(login, clerk):
    visit_id = visits.create(clerk, draft())
    head = login("head")
    for _ in range(3):
        visit_view.personal_data(head, visit_id)
    assert len(journal(login("admin"), "visit.personal_data_view")) == 3


# --- answer, closing, cancelling -----------------------------------------------------------

def _sent(clerk, **kw):
    visit_id = visits.create(clerk, draft(**kw))
    visits.send(clerk, visit_id, request_ref="12/1", request_date=TODAY)
    return visit_id


def test_illegal_moves_are_refused(clerk):
    visit_id = visits.create(clerk, draft())
    with pytest.raises(IllegalMove):
        visits.answer(clerk, visit_id, agreed=True, reference="о", answer_date=TODAY)
    visits.send(clerk, visit_id, request_ref="1", request_date=TODAY)
    with pytest.raises(IllegalState):
        visits.update(clerk, visit_id, draft())
    visits.answer(clerk, visit_id, agreed=False, reference="отказ 5", answer_date=TODAY)
    with pytest.raises(IllegalMove):
        visits.cancel(clerk, visit_id, "поздно")
    assert visit_view.visit(clerk, visit_id).state is rules.VisitState.REFUSED


def _agreed_and_begun(clerk, visitors=None):
    start = TODAY + dt.timedelta(days=40)
    visit_id = _sent(clerk, start=start, visitors=visitors or [visitor()])
    visits.answer(clerk, visit_id, agreed=True, reference="согласие 7", answer_date=TODAY)
    return visit_id, _dated(clerk, start + dt.timedelta(days=1)), start


def test_closing_registers_the_visitors_and_what_was_shown(clerk):
    source = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="План связи", level=Level.S, reg_date=TODAY))
    visit_id, later, start = _agreed_and_begun(
        clerk, [visitor(), visitor("Бекова", "AC7654321")])
    people = visit_view.visit(later, visit_id).visitors
    visits.close(later, visit_id, attendance=[
        visits.Attendance(people[0].id, True, start, "рег. 15"),
        visits.Attendance(people[1].id, False)],
        shown=[visits.ShownInput(registration_id=source.id),
               visits.ShownInput("Схема полигона", Level.SS)])
    found = visit_view.visit(later, visit_id)
    assert found.state is rules.VisitState.CLOSED
    assert [(v.attended, v.registered_on, v.registration_ref) for v in found.visitors] == [
        (True, start, "рег. 15"), (False, None, "")]
    assert [(s.description, s.level, s.reg_no) for s in found.shown] == [
        ("План связи", Level.S, source.reg_no), ("Схема полигона", Level.SS, "")]


def test_closing_rules(clerk):
    visit_id, later, start = _agreed_and_begun(clerk)
    (v,) = visit_view.visit(later, visit_id).visitors
    shown = [visits.ShownInput("Схема", Level.S)]
    with pytest.raises(IllegalState):   # not begun
        visits.close(clerk, visit_id, attendance=[visits.Attendance(v.id, True, start, "1")],
                     shown=shown)
    with pytest.raises(InvalidInput):   # every visitor
        visits.close(later, visit_id, attendance=[], shown=shown)
    with pytest.raises(InvalidInput):   # nobody came
        visits.close(later, visit_id, attendance=[visits.Attendance(v.id, False)], shown=shown)
    with pytest.raises(InvalidInput):   # registered before the visit
        visits.close(later, visit_id, shown=shown, attendance=[
            visits.Attendance(v.id, True, start - dt.timedelta(days=1), "1")])
    with pytest.raises(InvalidInput):   # no registration record
        visits.close(later, visit_id, shown=shown,
                     attendance=[visits.Attendance(v.id, True, start, "")])
    with pytest.raises(InvalidInput) as err:   # above the agreed degree
        visits.close(later, visit_id, attendance=[visits.Attendance(v.id, True, start, "1")],
                     shown=[visits.ShownInput("Карта", Level.OV)])
    assert "Карта" in err.value.text()
    with pytest.raises(InvalidInput):   # nothing shown and nothing said
        visits.close(later, visit_id, attendance=[visits.Attendance(v.id, True, start, "1")],
                     shown=[])
    assert visit_view.visit(later, visit_id).state is rules.VisitState.AGREED
    visits.close(later, visit_id, attendance=[visits.Attendance(v.id, True, start, "1")],
                 shown=[], note="Сведения не предъявлялись: учения перенесены")
    assert visit_view.visit(later, visit_id).state is rules.VisitState.CLOSED


def test_cancel_needs_a_reason(clerk):
    visit_id = visits.create(clerk, draft())
    with pytest.raises(InvalidInput):
        visits.cancel(clerk, visit_id, " ")
    visits.cancel(clerk, visit_id, "Визит перенесён на следующий год")
    found = visit_view.visit(clerk, visit_id)
    assert found.state is rules.VisitState.CANCELLED and found.closing_note


def test_roles_and_clearance(clerk, login):
    visit_id = visits.create(clerk, draft(level=Level.OV, visitors=[
        visitor(clearance=Level.OV)]))
    head = login("head")                  # cleared for SS only
    with pytest.raises(NotFound):
        visit_view.visit(head, visit_id)
    assert visit_view.visits(head) == []
    with pytest.raises(PermissionDenied):
        visits.create(login("executor"), draft())
    with pytest.raises(PermissionDenied):
        visit_view.visits(login("executor"))


def test_printing_the_request_registers_it_at_its_marking(login, clerk):
    visit_id = visits.create(clerk, draft())
    head = login("head")
    pdf = visit_view.request_pdf(head, visit_id, "ru")
    assert pdf.startswith(b"%PDF")
    (event,) = journal(login("admin"), "print.visit_request")
    details = json.loads(event.details)
    assert details["visit"].endswith(f"/{TODAY.year}") and "AC1234567" not in event.details


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_the_printed_request_in_each_language(login, clerk, tmp_path, lang):
    """What the coordinating body receives: both coordinating bodies in the print language,
    every visitor field, the late reason, the request's marking and its registration."""
    visit_id = visits.create(clerk, draft(start=TODAY + dt.timedelta(days=20)))
    visits.send(clerk, visit_id, request_ref="12/345", request_date=TODAY,
                late_reason="Срочное <b>поручение</b>")
    head = login("head")
    text = " ".join(pdf_pages(visit_view.request_pdf(head, visit_id, lang), tmp_path))
    number = visit_view.visit(head, visit_id).number
    assert form.registration_title(lang, number).split()[0] in text
    assert form.sender_body("incoming", lang) in text and form.receiver_body("incoming", lang) \
        in text
    for value in ("Асанов", "AC1234567", "17.05.1980", "г. Бишкек", "Кыргызская Республика",
                  "инженер", "главный специалист", "Серіков", "Срочное <b>поручение</b>",
                  marking(Level.SS, lang)):
        assert value in text, value
    with head.store.read() as conn:
        reg_no = conn.exec_driver_sql("SELECT object FROM audit_event WHERE action = "
                                      "'print.visit_request'").scalar()
    assert reg_no in text


def test_an_editor_without_the_permission_keeps_the_stored_personal_data(clerk, login):
    visit_id = visits.create(clerk, draft(visitors=[visitor(), visitor("Бекова", "AC7654321")]))
    hidden = visit_view.visit(clerk, visit_id).visitors
    again = [VisitorInput(v.surname, v.name, v.birth_date, v.birth_place, v.citizenship,
                          v.passport_no, v.profession, "бас маман", v.organisation,
                          v.clearance, id=v.id) for v in hidden]
    visits.update(clerk, visit_id, draft(visitors=[again[1]], days=5))
    (kept,) = visit_view.personal_data(login("head"), visit_id).visitors
    assert (kept.surname, kept.passport_no, kept.birth_place, kept.position) == (
        "Бекова", "AC7654321", "г. Бишкек", "бас маман")
    with pytest.raises(InvalidInput):        # another visit's visitor
        visits.update(clerk, visit_id, draft(visitors=[dataclasses.replace(again[0], id=999)]))

"""Visit requests driven like the registry would (S001 a.10; SPEC §7): a request prepared in
its dialog with two visitors (Kazakh and Kyrgyz names), seen in the list with its days left
to send; the late-reason field appears only for a date past the last day and the service
refuses without it (a.10 p.2); the clerk sees the personal data hidden, the head reveals them
(journalled) and prints the request in Kyrgyz; the answer and the closing with the visitors'
registration (a.10 p.3) and what was shown; the page follows a language switch."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.levels import Level
from desktop.domain.marking import Urgency
from desktop.domain.visits import VisitState
from desktop.i18n import Translations
from desktop.services import register, visit_view, visits
from desktop.ui.marking.texts import COLOURS
from desktop.ui.register.form_parts import qdate
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.visits import VisitsAndContractsPage
from desktop.ui.visits.answer_dialog import AnswerDialog
from desktop.ui.visits.cancel_dialog import CancelDialog
from desktop.ui.visits.close_dialog import CloseDialog
from desktop.ui.visits.send_dialog import SendDialog
from desktop.ui.visits.texts import left_text
from desktop.ui.visits.visit_dialog import VisitDialog
from desktop.ui.visits.visit_view_dialog import VisitViewDialog
from desktop.ui.visits.visitor_dialog import VisitorDialog
from desktop.ui.visits.visits_section import VisitsSection
from tests.services.test_visits import draft, journal, visitor
from tests.ui.test_dossiers_ui import error_of, submit

TODAY = dt.date.today()
PASSPORT, BIRTH = 4, 1           # columns of the visitors' table

PEOPLE = [
    {"surname": "Асанов", "name": "Бакыт", "born": dt.date(1980, 5, 17),
     "place": "Бишкек шаары", "citizenship": "Кыргыз Республикасы", "passport": "AC1234567",
     "profession": "инженер", "position": "башкы адис",
     "organisation": "Кыргыз Республикасынын Коргоо министрлиги"},
    {"surname": "Серікқызы", "name": "Әйгерім", "born": dt.date(1991, 2, 3),
     "place": "Өскемен қаласы", "citizenship": "Қазақстан Республикасы",
     "passport": "N 0456789", "profession": "аудармашы", "position": "жетекші маман",
     "organisation": "Қорғаныс министрлігі"},
]


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, model.column_of(key)).data(role)


def table_column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def view_of(qtbot, session, visit_id: int) -> VisitViewDialog:
    view = VisitViewDialog(session, visit_id)
    qtbot.addWidget(view)
    return view


# --- a request prepared in the dialog ---------------------------------------------------------

def fill_visitor(dialog: VisitorDialog, person: dict, clearance: Level) -> None:
    dialog.surname.setText(person["surname"])
    dialog.name.setText(person["name"])
    dialog.birth_date.setDate(qdate(person["born"]))
    dialog.birth_place.setText(person["place"])
    dialog.citizenship.setText(person["citizenship"])
    dialog.passport.setText(person["passport"])
    dialog.profession.setText(person["profession"])
    dialog.position.setText(person["position"])
    dialog.organisation.setText(person["organisation"])
    dialog.clearance.setCurrentIndex(dialog.clearance.findData(clearance.value))


def test_a_request_prepared_in_the_dialog_shows_its_days_left(qtbot, clerk, login):
    section = VisitsSection(clerk)
    qtbot.addWidget(section)
    assert section.refresh() and section.model.rowCount() == 0
    start = TODAY + dt.timedelta(days=40)
    waiting = list(PEOPLE)

    def visitor_dialog(dialog: QDialog) -> bool:
        assert isinstance(dialog, VisitorDialog)
        person = waiting.pop(0)
        if person is PEOPLE[0]:                 # cleared below what is to be seen
            fill_visitor(dialog, person, Level.S)
            assert not submit(dialog)
            assert "holds a clearance for «Secret» only" in error_of(dialog, "clearance")
            assert dialog.surname.text() == "Асанов"        # nothing typed is lost
        fill_visitor(dialog, person, Level.SS)
        return submit(dialog)

    def prepare(dialog: QDialog) -> bool:
        assert isinstance(dialog, VisitDialog)
        dialog.visitors.run_dialog = visitor_dialog
        dialog.direction.setCurrentIndex(dialog.direction.findData("incoming"))
        dialog.start.setDate(qdate(start))
        dialog.days.setValue(3)
        dialog.organisations.setPlainText("Біздің ұйым\nӘскери бөлім 1234")
        dialog.purpose.setPlainText("Бірлескен оқу-жаттығу: байланыс мәселелері")
        dialog.level.setCurrentIndex(dialog.level.findData(Level.SS.value))
        assert dialog.badge.text() == "Top secret"
        assert left_text(start, TODAY, 7) in dialog.last_day.text()
        assert not submit(dialog)
        assert error_of(dialog, "visitors") == "Invalid value for visitors: give at least one"
        assert dialog.visitors.add_visitor() and dialog.visitors.add_visitor()
        assert dialog.visitors.table.rowCount() == 2
        assert dialog.visitors.table.item(1, 0).text() == "Серікқызы Әйгерім"
        row = dialog.contacts.add_contact(edit=False)
        for column, text in enumerate(("бөлім бастығы", "Серіков", "Нұрлан")):
            dialog.contacts.table.item(row, column).setText(text)
        return submit(dialog)

    section.run_dialog = prepare
    visit_id = section.new_visit()
    assert visit_id is not None and section.current().id == visit_id
    model = section.model
    assert [cell(model, 0, k) for k in ("state", "level", "visitors", "left")] == [
        "Draft", "Top secret", "2", left_text(start, TODAY, 7)]
    assert cell(model, 0, "left").startswith("12 day")
    assert cell(model, 0, "number").endswith(f"/{TODAY.year}")
    assert cell(model, 0, "left", Qt.ItemDataRole.BackgroundRole) is None
    assert "is prepared as a draft" in section.notice.text()
    found = visit_view.personal_data(login("head"), visit_id)
    assert [(v.full_name, v.passport_no) for v in found.visitors] == [
        ("Асанов Бакыт", "AC1234567"), ("Серікқызы Әйгерім", "N 0456789")]
    assert found.organisations == "Біздің ұйым\nӘскери бөлім 1234"
    assert [c.surname for c in found.contacts] == ["Серіков"]

    near = visits.create(clerk, draft(start=TODAY + dt.timedelta(days=30)))
    late = visits.create(clerk, draft(start=TODAY + dt.timedelta(days=20)))
    assert section.refresh()
    rows = {model.item(r).id: r for r in range(model.rowCount())}
    assert cell(model, rows[near], "left").startswith("2 day")
    assert cell(model, rows[near], "left").endswith(" — send soon")
    assert cell(model, rows[late], "left").startswith("overdue by 8 day")
    for visit, urgency in ((near, Urgency.DUE_SOON), (late, Urgency.OVERDUE)):
        brush = cell(model, rows[visit], "left", Qt.ItemDataRole.BackgroundRole)
        assert brush.color().name() == COLOURS[urgency][0]
    section.state.setCurrentIndex(section.state.findData(VisitState.CLOSED.value))
    assert model.rowCount() == 0

    opened = []
    section.state.setCurrentIndex(0)
    section.select(visit_id)
    section.run_dialog = lambda dialog: opened.append(dialog) or True
    section.open_selected()
    assert isinstance(opened[0], VisitViewDialog) and opened[0].visit.id == visit_id


def test_errors_about_visitors_and_people_to_meet_land_beside_them(qtbot, clerk):
    dialog = VisitDialog(clerk)
    qtbot.addWidget(dialog)
    start = TODAY + dt.timedelta(days=60)
    twins = [PEOPLE[0], {**PEOPLE[1], "passport": "AC-1234567"}]

    def add(visitor_dialog: QDialog) -> bool:
        fill_visitor(visitor_dialog, twins.pop(0), Level.SS)
        return submit(visitor_dialog)

    dialog.visitors.run_dialog = add
    dialog.direction.setCurrentIndex(dialog.direction.findData("outgoing"))
    dialog.start.setDate(qdate(start))
    dialog.organisations.setPlainText("Кыргыз Республикасынын Коргоо министрлиги")
    dialog.purpose.setPlainText("Байланыс")
    dialog.level.setCurrentIndex(dialog.level.findData(Level.SS.value))
    assert dialog.visitors.add_visitor() and dialog.visitors.add_visitor()
    row = dialog.contacts.add_contact(edit=False)
    dialog.contacts.table.item(row, 1).setText("Серіков")
    dialog.contacts.table.item(row, 2).setText("Нұрлан")
    dialog.visitors.table.clearSelection()
    assert not submit(dialog)
    assert "the same passport number is given twice" in error_of(dialog, "visitors")
    assert dialog.visitors.selected() == 1
    dialog.visitors.remove_visitor()

    dialog.level.setCurrentIndex(dialog.level.findData(Level.OV.value))
    dialog.marking.setCurrentIndex(dialog.marking.findData(Level.SS.value))
    assert not submit(dialog)
    assert "below the secrecy degree" in error_of(dialog, "marking")
    dialog.marking.setCurrentIndex(0)
    assert dialog.badge.text() == "Of special importance"
    assert not submit(dialog)
    assert "Асанов Бакыт holds a clearance for «Top secret» only" in error_of(
        dialog, "visitors")
    dialog.level.setCurrentIndex(dialog.level.findData(Level.SS.value))
    assert not submit(dialog)
    assert error_of(dialog, "contacts") == "Invalid value for position: it is empty"
    assert error_of(dialog, "visitors") == ""
    dialog.contacts.table.item(row, 0).setText("бөлім бастығы")
    assert submit(dialog) and dialog.visit_id is not None
    assert visit_view.visit(clerk, dialog.visit_id).direction.value == "outgoing"


# --- the 4-week rule when sending --------------------------------------------------------------

def test_the_late_reason_is_asked_only_for_a_late_date(qtbot, clerk):
    start = TODAY + dt.timedelta(days=20)
    visit_id = visits.create(clerk, draft(start=start))
    dialog = SendDialog(clerk, visit_view.visit(clerk, visit_id))
    qtbot.addWidget(dialog)
    dialog.reference.setText("12/345")
    dialog.request_date.setDate(qdate(start - dt.timedelta(days=30)))
    assert not dialog.late_reason.isVisibleTo(dialog)
    assert not dialog.late_note.isVisibleTo(dialog)
    dialog.request_date.setDate(qdate(TODAY))
    assert dialog.late_reason.isVisibleTo(dialog)
    assert "S001 a.10 p.2" in dialog.late_note.text()
    assert not submit(dialog)
    assert "Record the reason it is late" in error_of(dialog, "late_reason")
    assert "20 day(s)" in error_of(dialog, "late_reason")
    found = visit_view.visit(clerk, visit_id)
    assert found.state is VisitState.DRAFT and found.request_date is None
    dialog.late_reason.setPlainText("Үкіметтің шұғыл тапсырмасы")
    assert submit(dialog)
    found = visit_view.visit(clerk, visit_id)
    assert found.state is VisitState.SENT and found.late
    assert found.late_reason == "Үкіметтің шұғыл тапсырмасы"
    view = view_of(qtbot, clerk, visit_id)
    assert "Sent late on" in view.values["limit"].text()
    assert "Үкіметтің шұғыл тапсырмасы" in view.values["limit"].text()


# --- personal data -----------------------------------------------------------------------------

def test_personal_data_hidden_from_the_clerk_and_shown_to_the_head(qtbot, clerk, login,
                                                                   tmp_path):
    visit_id = visits.create(clerk, draft(visitors=[visitor(), visitor("Бекова", "AC7654321")]))
    view = view_of(qtbot, clerk, visit_id)
    assert table_column(view.visitors, PASSPORT) == [visit_view.HIDDEN] * 2
    assert table_column(view.visitors, BIRTH) == [visit_view.HIDDEN] * 2
    for name in ("personal", "print"):
        assert not view.action_buttons[name].isEnabled()
    assert not view.show_personal_data() and not view.print_request()

    def clerk_edits(dialog: QDialog) -> bool:   # the personal data stay hidden, and kept
        assert isinstance(dialog, VisitDialog)
        assert [v.passport_no for v in dialog.visitors.visitors] == [visit_view.HIDDEN] * 2
        edit = VisitorDialog(clerk, dialog.start.date().toPython(), Level.SS,
                             dialog.visitors.visitors[1])
        qtbot.addWidget(edit)
        assert not edit.passport.isEnabled() and not edit.birth_date.isEnabled()
        edit.position.setText("бас маман")
        assert submit(edit)
        dialog.visitors.visitors[1] = edit.visitor
        return submit(dialog)

    assert view.action_buttons["edit"].isEnabled()
    view.run_dialog = clerk_edits
    assert view.edit_draft()
    assert view.visit.visitors[1].position == "бас маман"
    assert journal(login("admin"), "visit.personal_data_view") == []

    head = login("head")
    view = view_of(qtbot, head, visit_id)
    assert table_column(view.visitors, PASSPORT) == [visit_view.HIDDEN] * 2
    assert view.action_buttons["personal"].isEnabled()
    qtbot.mouseClick(view.action_buttons["personal"], Qt.MouseButton.LeftButton)
    assert table_column(view.visitors, PASSPORT) == ["AC1234567", "AC7654321"]
    assert table_column(view.visitors, 2) == ["г. Бишкек"] * 2
    assert not view.action_buttons["personal"].isEnabled()
    (event,) = journal(login("admin"), "visit.personal_data_view")
    assert (event.actor, event.outcome) == ("head", "ok")
    assert "AC1234567" not in event.details

    target = tmp_path / "request.pdf"

    def print_it(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintDialog)
        dialog.set_language("ky")
        dialog.ask_path = lambda _lang: target
        return dialog.print_now() == target

    view.run_dialog = print_it
    assert view.print_request()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved to" in view.status.text()
    assert table_column(view.visitors, PASSPORT) == ["AC1234567", "AC7654321"]

    def change(dialog: QDialog) -> bool:         # a draft changes with its personal data
        assert isinstance(dialog, VisitDialog)
        assert [v.passport_no for v in dialog.visitors.visitors] == ["AC1234567", "AC7654321"]
        dialog.days.setValue(5)
        return submit(dialog)

    view.run_dialog = change
    assert view.edit_draft()
    assert view.visit.days == 5 and not view.visit.personal_data     # hidden again
    assert table_column(view.visitors, PASSPORT) == [visit_view.HIDDEN] * 2
    assert len(journal(login("admin"), "visit.personal_data_view")) == 2


# --- answer, closing, cancelling -------------------------------------------------------------

def test_answer_and_close(qtbot, clerk):
    shown_source = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="Байланыс жоспары", level=Level.S, reg_date=TODAY))
    start = TODAY + dt.timedelta(days=40)
    visit_id = visits.create(clerk, draft(start=start, visitors=[
        visitor(), visitor("Бекова", "AC7654321")]))
    view = view_of(qtbot, clerk, visit_id)
    assert view.action_buttons["close"].isHidden() and view.action_buttons["answer"].isHidden()

    def send(dialog: QDialog) -> bool:
        assert isinstance(dialog, SendDialog)
        assert not dialog.late_reason.isVisibleTo(dialog)       # 40 days ahead: in time
        dialog.reference.setText("12/1")
        return submit(dialog)

    view.run_dialog = send
    assert view.mark_sent()
    assert view.visit.state is VisitState.SENT
    assert view.values["limit"].text().startswith("Sent in time on")

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        dialog.choose(True)
        dialog.reference.setText("келісім 7")
        return submit(dialog)

    view.run_dialog = answer
    assert view.record_answer()
    assert view.visit.state is VisitState.AGREED and not view.action_buttons["close"].isHidden()

    later = dataclasses.replace(clerk, today=start + dt.timedelta(days=1))
    view = view_of(qtbot, later, visit_id)

    def close(dialog: QDialog) -> bool:
        assert isinstance(dialog, CloseDialog)
        dialog.set_came(1, False)
        assert not dialog.dates[1].isEnabled()
        dialog.records[0].setText("тіркеу 15")
        dialog.shown.description.setText("Полигон картасы")
        dialog.shown.level.setCurrentIndex(dialog.shown.level.findData(Level.OV.value))
        assert dialog.shown.add_text()
        assert not submit(dialog)
        assert "above the secrecy degree agreed" in error_of(dialog, "shown")
        dialog.shown.table.selectRow(0)
        assert dialog.shown.remove_line()
        dialog.shown.reg_no.setText(shown_source.reg_no)
        assert dialog.shown.add_registration()
        return submit(dialog)

    view.run_dialog = close
    assert view.close_visit()
    found = view.visit
    assert found.state is VisitState.CLOSED
    assert [(v.attended, v.registered_on, v.registration_ref) for v in found.visitors] == [
        (True, start, "тіркеу 15"), (False, None, "")]
    assert [(s.description, s.reg_no) for s in found.shown] == [
        ("Байланыс жоспары", shown_source.reg_no)]
    assert table_column(view.visitors, 9) == ["came", "did not come"]
    assert not view.shown.isHidden()
    assert all(view.action_buttons[n].isHidden() for n in ("edit", "send", "close", "cancel"))


def test_cancel_needs_a_reason(qtbot, clerk):
    visit_id = visits.create(clerk, draft())
    view = view_of(qtbot, clerk, visit_id)

    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, CancelDialog)
        assert not submit(dialog)
        assert error_of(dialog, "reason")
        dialog.reason.setPlainText("Сапар келесі жылға ауыстырылды")
        return submit(dialog)

    view.run_dialog = cancel
    assert view.cancel_visit() and view.visit.state is VisitState.CANCELLED
    assert "Сапар келесі жылға ауыстырылды" in view.values["closed"].text()


# --- language ----------------------------------------------------------------------------------

def test_the_page_follows_a_language_switch(qtbot, clerk):
    visits.create(clerk, draft())
    page = VisitsAndContractsPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    model = page.visits.model
    assert cell(model, 0, "level") == "Top secret"
    translations = Translations()
    try:
        translations.switch("ru")
        QCoreApplication.processEvents()          # the LanguageChange events
        assert cell(model, 0, "level") == "Совершенно секретно"
        assert page.tabs.tabText(0) == QCoreApplication.translate(
            "VisitsAndContractsPage", "Visits")
        assert model.headerData(0, Qt.Orientation.Horizontal) == QCoreApplication.translate(
            "VisitsModel", "Request")
    finally:
        translations.switch("en")
    assert cell(model, 0, "level") == "Top secret"

"""The damage-assessment dossier driven like its people would (seed 000 p.3–14; S001 a.12): the
head assigns a dossier for a single-copy Top secret loss (materials 2026-01-05); the
commission is seated (head chair, m1 and m2 members, clerk secretary); the degree is
established; the range of p.10 is shown before the amount (1 000 MCI = 4 325 000 ₸ at the
MCI of 2026-01-01) and an amount outside it refused; the signatures (one wrong password),
the approval and the dispatch close it. A member sees only the dossiers they sit on; bad
input is refused in words beside the field, keeping what was typed; the conclusion prints
in Kyrgyz; the start page shows the days left and a notice to the Kyrgyz party due."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.dossier import DossierState, Role, Variant
from desktop.domain.incidents import IncidentKind
from desktop.domain.levels import Level
from desktop.domain.marking import Urgency
from desktop.services import dossier_view, dossiers, incidents
from desktop.ui.dossiers import DossiersPage
from desktop.ui.dossiers.assess_dialog import AssessDialog
from desktop.ui.dossiers.assign_dialog import AssignDialog
from desktop.ui.dossiers.degree_dialog import DegreeDialog
from desktop.ui.dossiers.dispatch_dialog import DispatchDialog
from desktop.ui.dossiers.member_dialog import AddMemberDialog
from desktop.ui.dossiers.outsider_dialog import AddOutsiderDialog
from desktop.ui.dossiers.party_notice_dialog import PartyNoticeDialog
from desktop.ui.dossiers.sign_dialog import DossierSignDialog
from desktop.ui.dossiers.view_dialog import DossierViewDialog
from desktop.ui.inventory.incident_dialog import NewIncidentDialog
from desktop.ui.inventory.incident_view import IncidentViewDialog
from desktop.ui.marking.texts import COLOURS, days_text
from desktop.ui.register.form_parts import ErrorLabel, qdate
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.sections import SECTIONS, make_page
from desktop.ui.today_page import TodayPage
from desktop.ui.widgets.display import day_text
from tests.conftest import PASSWORD
from tests.services.test_destruction import people  # noqa: F401  (a fixture)
from tests.services.test_dossiers import RECEIVED, assignment, lost_single_copy, seat
from tests.ui.register_support import type_text

TOMORROW = QDate.currentDate().addDays(1)
SEATS = (("head", Role.CHAIR), ("m1", Role.MEMBER), ("m2", Role.MEMBER),
         ("clerk", Role.SECRETARY))
pytestmark = pytest.mark.usefixtures("people")


def error_of(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{key}Error")
    assert label is not None, key
    return label.text() if not label.isHidden() else ""


def general_error(dialog: QDialog) -> str:
    return dialog.message.text() if not dialog.message.isHidden() else ""


def submit(dialog: QDialog) -> bool:
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def cells(page: DossiersPage, *keys: str) -> list[str]:
    return [page.model.index(0, page.model.column_of(k)).data() for k in keys]


def view_of(session, dossier_id: int, qtbot, answer) -> DossierViewDialog:
    view = DossierViewDialog(session, dossier_id)
    qtbot.addWidget(view)
    view.run_dialog = answer
    view.confirm = lambda _title, _question: True
    return view


def degree_set(clerk, chief) -> int:
    """A dossier on a lost single copy, its commission seated and its degree established."""
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk)))
    seat(chief, dossier_id, SEATS)
    dossiers.establish_degree(clerk, dossier_id, Level.SS, "Сведения о плане учений")
    return dossier_id


# --- the whole way, as the people concerned ---------------------------------------------------

def test_from_assignment_to_dispatch(qtbot, login, monkeypatch):
    clerk, chief = login("clerk"), login("chief")
    case_id = lost_single_copy(clerk)
    assert DossiersPage(clerk).assign_button.isHidden()         # the head assigns
    page = DossiersPage(chief)
    qtbot.addWidget(page)
    assert page.refresh() and page.model.rowCount() == 0

    def assign(dialog: AssignDialog) -> bool:
        dialog.set_variant(Variant.BREACH)
        assert not dialog.owner.isVisibleTo(dialog) and dialog.case.isVisibleTo(dialog)
        dialog.set_case(case_id)
        type_text(dialog.place, "г. Астана, каб. 5")
        dialog.materials.setDate(qdate(RECEIVED))
        dialog.assigned_on.setDate(TOMORROW)
        assert not submit(dialog)
        assert error_of(dialog, "assigned_on") == (
            "Invalid value for dates of the dossier: the date is in the future")
        assert dialog.place.text() == "г. Астана, каб. 5"
        dialog.assigned_on.setDate(qdate(RECEIVED))
        return submit(dialog)

    monkeypatch.setattr(page, "run_dialog", assign)
    dossier_id = page.assign()
    assert dossier_id is not None and page.current_dossier().id == dossier_id
    d = page.current_dossier()
    overdue = days_text(dt.date(2026, 2, 4), dt.date.today())     # "overdue by N day(s)"
    assert overdue.startswith("overdue by ")
    assert cells(page, "variant", "level", "state", "deadline", "left") == [
        "Loss or disclosure", "Top secret", "Assigned to the commission",
        day_text(dt.date(2026, 2, 4)), overdue]
    left = page.model.index(0, page.model.column_of("left"))
    assert left.data(Qt.ItemDataRole.BackgroundRole).color().name() == COLOURS[
        Urgency.OVERDUE][0]
    assert f"Dossier {d.number} is assigned" in page.notice.text()

    def seat_people(dialog) -> bool:
        assert isinstance(dialog, AddMemberDialog)
        name, role = seats.pop(0)
        if name == "m1":                                          # form 3 for Top secret
            dialog.choose(Role.MEMBER, "m3")
            assert not submit(dialog)
            assert "has no valid clearance of form 2" in error_of(dialog, "person")
        dialog.choose(role, name)
        return submit(dialog)

    seats = list(SEATS)
    view = view_of(chief, dossier_id, qtbot, seat_people)
    for _ in SEATS:
        assert view.commission.add_member()
    assert view.commission.table.rowCount() == 4
    assert view.action_buttons["degree"].isHidden()              # the head does not assess

    def work(dialog) -> bool:
        if isinstance(dialog, DegreeDialog):
            dialog.set_level(Level.SS)
            type_text(dialog.content, "Сведения о плане учений")
            return submit(dialog)
        assert isinstance(dialog, AssessDialog)
        assert not dialog.methodology.isVisibleTo(dialog)
        # The register says the lost document existed in a single copy: its minimum.
        shown = dialog.preview.text()
        assert shown.startswith(
            "A lost document in a single copy: exactly 1 000 MCI = 4 325 000 ₸ (p.10)")
        assert f"MCI 4 325 ₸ of {day_text(dt.date(2026, 1, 1))}" in shown
        assert dialog.single.isChecked() and dialog.amount.text() == "1000"
        dialog.amount.clear()
        type_text(dialog.amount, "500")
        assert not submit(dialog)
        assert error_of(dialog, "amount") == ("The amount 500 MCI is outside the range of "
                                              "point 10 for this level: 1000.")
        dialog.amount.clear()
        type_text(dialog.amount, "1000")
        return submit(dialog)

    view = view_of(clerk, dossier_id, qtbot, work)
    assert view.degree() and view.dossier.state is DossierState.DEGREE_SET
    assert view.assess() and view.dossier.state is DossierState.ASSESSED
    assert view.values["amount"].text() == "1 000 MCI = 4 325 000 ₸"
    assert view.values["mci"].text() == f"MCI 4 325 ₸ of {day_text(dt.date(2026, 1, 1))}"

    def sign(dialog: DossierSignDialog) -> bool:
        name = signers.pop(0)
        type_text(dialog.username, name)
        if name == "head":                                        # one wrong password
            type_text(dialog.password, "wrong-password-1")
            assert not submit(dialog)
            assert "password is wrong" in error_of(dialog, "password")
            assert dialog.password.text() == "" and dialog.username.text() == "head"
        type_text(dialog.password, PASSWORD)
        return submit(dialog)

    signers = [name for name, _role in SEATS]
    view.run_dialog = sign
    signature = {r: view.commission.table.item(r, 4).text() for r in range(4)}
    assert set(signature.values()) == {"not signed yet"}
    for _ in SEATS:
        assert view.sign()
    assert view.dossier.state is DossierState.SIGNED and view.action_buttons["sign"].isHidden()
    assert {view.commission.table.item(r, 4).text() for r in range(4)} == {"signed in Grif"}

    head_view = view_of(chief, dossier_id, qtbot, None)
    assert not head_view.action_buttons["approve"].isHidden() and head_view.approve()

    def dispatch(dialog: DispatchDialog) -> bool:
        type_text(dialog.number, "исх-77")
        dialog.sent_on.setDate(TOMORROW)
        assert not submit(dialog)
        assert error_of(dialog, "sent_on") == (
            "Invalid value for outgoing number of the dispatch: the date is in the future")
        dialog.sent_on.setDate(QDate.currentDate())
        return submit(dialog)

    view = view_of(clerk, dossier_id, qtbot, dispatch)
    assert view.dispatch() and view.dossier.state is DossierState.CLOSED
    assert view.values["state"].text() == "Closed"
    assert view.values["closed"].text().startswith("sent under No. исх-77")
    assert "✓" in view.steps.text() and "<b>▶ Closed</b>" in view.steps.text()
    page.refresh()
    assert cells(page, "state", "left") == ["Closed", "closed"]


def test_the_members_view(qtbot, login):
    clerk, chief = login("clerk"), login("chief")
    dossier_id = degree_set(clerk, chief)
    dossiers.assign(chief, assignment(lost_single_copy(clerk, Level.S)))   # not m1's
    page = DossiersPage(login("m1"))
    qtbot.addWidget(page)
    assert page.refresh() and page.model.rowCount() == 1
    assert page.current_dossier().id == dossier_id and page.assign_button.isHidden()
    view = view_of(login("m1"), dossier_id, qtbot, None)
    assert not view.action_buttons["assess"].isHidden()           # a member assesses
    assert view.commission.buttons["member"].isHidden()           # but does not seat people
    assert page.model.index(0, page.model.column_of("chair")).data() == "Head Testov"
    outsider = DossiersPage(login("m3"))
    qtbot.addWidget(outsider)
    assert outsider.refresh() and outsider.model.rowCount() == 0


# --- bad input: refused in words beside the field, nothing typed lost -------------------------

def test_bad_input_keeps_what_was_typed(qtbot, login):
    clerk, chief = login("clerk"), login("chief")
    dossier_id = dossiers.assign(chief, assignment(lost_single_copy(clerk)))
    d = dossier_view.dossier(clerk, dossier_id)
    degree = DegreeDialog(clerk, d)
    qtbot.addWidget(degree)
    assert not submit(degree)
    assert error_of(degree, "content") == "Invalid value for content of the information: " \
        "it is empty"
    degree.content.setPlainText("Сведения\x01 о плане")
    assert not submit(degree)
    assert "control characters" in error_of(degree, "content")
    assert degree.content.toPlainText() == "Сведения\x01 о плане"

    outsider = AddOutsiderDialog(chief, d)
    qtbot.addWidget(outsider)
    type_text(outsider.name, "Эксперт Е.Е.")
    assert not submit(outsider)
    assert "it is empty" in error_of(outsider, "organisation")
    type_text(outsider.organisation, "НИИ")
    type_text(outsider.number, "X-1")
    outsider.form_no.setCurrentIndex(outsider.form_no.findData(3))
    assert not submit(outsider)
    assert "has no valid clearance of form 2" in error_of(outsider, "form")
    assert outsider.name.text() == "Эксперт Е.Е." and outsider.number.text() == "X-1"

    owner = AssignDialog(chief)
    qtbot.addWidget(owner)
    owner.set_variant(Variant.OWNER)
    assert owner.owner.isVisibleTo(owner) and not owner.case.isVisibleTo(owner)
    owner.level.setCurrentIndex(owner.level.findData(Level.S.value))
    type_text(owner.basis_reference, "Заявление 1")
    assert not submit(owner)
    assert error_of(owner, "owner") == ("Invalid value for owner of the information source: "
                                        "it is empty")
    assert owner.basis_reference.text() == "Заявление 1"


def test_the_range_refuses_and_indicators(qtbot, login):
    clerk, chief = login("clerk"), login("chief")
    dossier_id = degree_set(clerk, chief)
    d = dossier_view.dossier(clerk, dossier_id)
    dialog = AssessDialog(clerk, d)
    qtbot.addWidget(dialog)
    dialog.by_method.setChecked(True)
    assert dialog.methodology.isVisibleTo(dialog) and not dialog.amount.isVisibleTo(dialog)
    assert not submit(dialog)
    assert "it is empty" in error_of(dialog, "methodology")
    type_text(dialog.methodology, "Методика № 1")
    assert not submit(dialog)
    assert "it is empty" in error_of(dialog, "methodology_body")
    assert dialog.methodology.text() == "Методика № 1"
    type_text(dialog.methodology_body, "Министерство")
    assert not submit(dialog)                       # no indicators entered yet
    shown = " ".join((dialog.message.text(), error_of(dialog, "methodology"),
                      error_of(dialog, "methodology_body")))
    assert "enter them first" in shown


# --- the conclusion in Kyrgyz ---------------------------------------------------------------

def test_the_conclusion_prints_in_kyrgyz(qtbot, login, monkeypatch, tmp_path):
    clerk, chief = login("clerk"), login("chief")
    dossier_id = degree_set(clerk, chief)
    dossiers.assess(clerk, dossier_id, dossiers.Assessment(amount_mci=1000, single_copy=True))
    target = tmp_path / "conclusion.pdf"

    def run(dialog: PrintDialog) -> bool:
        assert dialog.windowTitle() == "Print the conclusion"
        dialog.set_language("ky")
        dialog.ask_path = lambda lang: target
        dialog.print_now()
        return dialog.result() == QDialog.DialogCode.Accepted

    view = view_of(clerk, dossier_id, qtbot, run)
    assert view.print_conclusion()
    assert target.read_bytes().startswith(b"%PDF") and str(target) in view.status.text()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "БЕКИТЕМ" in text and "4 325 000" in text


# --- the start page and the notice to the Kyrgyz party ----------------------------------------

def test_today_shows_the_term_and_the_kyrgyz_notice(qtbot, login, monkeypatch):
    clerk, chief = login("clerk"), login("chief")
    dossier_id = degree_set(clerk, chief)
    number = dossier_view.dossier(clerk, dossier_id).number
    new = NewIncidentDialog(clerk)
    qtbot.addWidget(new)
    new.show()
    new.set_kind(IncidentKind.DISCLOSURE)
    new.in_words.setChecked(True)
    assert new.party.isVisibleTo(new)
    type_text(new.circumstances, "Разговор в столовой")
    type_text(new.description, "Сведения Кыргызской Республики")
    new.level.setCurrentIndex(new.level.findData(Level.S.value))
    new.party.setChecked(True)
    assert submit(new)
    case = incidents.incident(clerk, new.incident_id)
    assert case.party_involved and case.party_notice_sent is None

    today = TodayPage(clerk)
    qtbot.addWidget(today)
    overdue = days_text(dt.date(2026, 2, 4), dt.date.today())     # "overdue by N day(s)"
    assert overdue.startswith("overdue by ")
    line = today.dossiers.item(0)
    assert line.text() == (f"Dossier {number} (Secrecy degree established): due "
                           f"{day_text(dt.date(2026, 2, 4))}, {overdue}")
    assert line.background().color().name() == COLOURS[Urgency.OVERDUE][0]
    notice = today.notices.item(0)
    assert notice.text().startswith(f"Case {case.number} found on ")
    assert "tell the Kyrgyz party at once — 0 day(s) since it was found" in notice.text()
    assert notice.background().color().name() == COLOURS[Urgency.OVERDUE][0]
    assert not today.notices_box.isHidden() and today.due.isHidden()

    def record(dialog) -> bool:
        if isinstance(dialog, PartyNoticeDialog):
            assert not submit(dialog)
            assert "it is empty" in error_of(dialog, "text")
            type_text(dialog.text, "Обстоятельства, последствия, принятые меры")
            dialog.sent_on.setDate(TOMORROW)
            assert not submit(dialog)
            assert "the date is in the future" in error_of(dialog, "sent_on")
            dialog.sent_on.setDate(QDate.currentDate())
            return submit(dialog)
        view = dialog
        assert isinstance(view, IncidentViewDialog)
        assert not view.notice_button.isHidden()
        assert view.values["party_notice"].text().splitlines() == [
            "not recorded yet: it is due at once",
            "The breach is investigated under the law of the state where it happened; the "
            "amount of damage is assessed under the law of the Party whose information it is."]
        view.run_dialog = record
        assert view.record_party_notice()
        assert view.notice_button.isHidden()
        assert view.values["party_notice"].text().splitlines()[0].endswith(
            ": Обстоятельства, последствия, принятые меры")
        return True

    monkeypatch.setattr(today, "run_dialog", record)
    today.notices.itemActivated.emit(notice)
    assert today.notices.count() == 0 and today.notices_box.isHidden()


def test_the_section_is_wired(qtbot, login):
    section = next(s for s in SECTIONS if s.key == "dossiers")
    page = make_page(section, login("chief"))
    qtbot.addWidget(page)
    assert isinstance(page, DossiersPage)

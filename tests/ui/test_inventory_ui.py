"""The inventory check and the loss/disclosure cases driven like a clerk would: an annual
check from its start (commission head, m1, m2) through the entry field, a surplus item, the
refusal to finish with unchecked copies and the rest marked missing, to the loss case it
opens and the copy lost in the register; a disclosure described in words, investigated and
closed; bad input refused in words beside the field, keeping what was typed; the act
printed in Kazakh."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.inventory import CheckKind
from desktop.domain.levels import Level
from desktop.i18n import Translations
from desktop.services import incidents, inventory, register
from desktop.ui.inventory import IncidentsPage, InventoryPage
from desktop.ui.inventory.check_view import CheckViewDialog
from desktop.ui.inventory.findings_dialog import FindingsDialog
from desktop.ui.inventory.incident_dialog import NewIncidentDialog
from desktop.ui.inventory.incident_view import IncidentViewDialog
from desktop.ui.inventory.items_model import UNCHECKED, CheckItemsModel
from desktop.ui.inventory.order_dialog import OrderInvestigationDialog
from desktop.ui.inventory.start_check_dialog import StartCheckDialog
from desktop.ui.inventory.surplus_dialog import SurplusDialog
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.register.register_model import RegisterModel
from tests.services.test_destruction import copies_of, own, people  # noqa: F401
from tests.ui.register_support import type_text

TODAY = dt.date.today()
TOMORROW = QDate.currentDate().addDays(1)


def annual(clerk) -> int:
    return inventory.start_check(clerk, CheckKind.ANNUAL, dt.date(TODAY.year, 1, 1),
                                 ["head", "m1", "m2"])


@pytest.fixture
def clerk(login, people):  # noqa: F811
    return login("clerk")


@pytest.fixture
def carriers(clerk):
    """Secret "Альфа" in 2 copies and top secret "Бета" in 1: three copies to check."""
    return (register.register_carrier(clerk, own(level=Level.S, copies=2, title="Альфа")),
            register.register_carrier(clerk, own(level=Level.SS, copies=1, title="Бета")))


def error_of(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{key}Error")
    assert label is not None, key
    return label.text() if not label.isHidden() else ""


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(qtbot, dialog: StartCheckDialog, username: str) -> None:
    dialog.commission.person.setCurrentIndex(dialog.commission.person.findData(username))
    click(qtbot, dialog.commission.add_button)


def enter(qtbot, view: CheckViewDialog, text: str) -> None:
    view.entry.clear()
    type_text(view.entry, text)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)


def cells(model, row: int, *keys: str) -> list[str]:
    return [model.index(row, model.column_of(k)).data() for k in keys]


# --- the check --------------------------------------------------------------------------------

def test_an_annual_check_from_start_to_its_loss_case(qtbot, clerk, carriers, monkeypatch):
    alpha, beta = carriers
    page = InventoryPage(clerk)
    qtbot.addWidget(page)
    assert page.refresh() and page.model.rowCount() == 0
    assert not page.start_button.isHidden()

    def start(dialog: StartCheckDialog) -> bool:
        assert dialog.chosen_kind() is CheckKind.ANNUAL
        assert dialog.as_of_date() == dt.date(TODAY.year, 1, 1) and not dialog.as_of.isEnabled()
        pick(qtbot, dialog, "head")
        pick(qtbot, dialog, "m3")                 # form 3: the top secret copy is beyond him
        click(qtbot, dialog.ok_button)
        assert "at least three members" in error_of(dialog, "commission")
        pick(qtbot, dialog, "m1")
        click(qtbot, dialog.ok_button)
        assert "M3 Member Testov has no valid clearance" in error_of(dialog, "commission")
        dialog.commission.chosen.setCurrentRow(1)
        click(qtbot, dialog.commission.remove_button)
        pick(qtbot, dialog, "m2")
        assert dialog.commission.usernames() == ["head", "m1", "m2"]
        assert dialog.commission.chosen.item(0).text() == "Head Testov — chair"
        click(qtbot, dialog.ok_button)
        assert accepted(dialog) and dialog.check_id is not None
        return True

    def work(view: CheckViewDialog) -> bool:
        view.show()
        counts = view.values["counts"]
        assert counts.text() == ("Expected: 3 · found: 0 · missing: 0 · not checked: 3 · "
                                 "surplus: 0")
        assert view.values["commission"].text() == (
            "Chair: Head Testov. Members: M1 Member Testov, M2 Member Testov.")
        assert view.model.rowCount() == 3
        # A label read into the entry field and Enter: found; the dialog stays open.
        enter(qtbot, view, f"{alpha.reg_no} / 1")
        assert view.isVisible() and view.entry.text() == ""
        assert view.entry_result.text() == f"{alpha.reg_no} / 1: found"
        assert "found: 1" in counts.text() and "not checked: 2" in counts.text()
        assert [cells(view.model, r, "result")[0] for r in range(3)] == [
            "Found", "Not checked yet", "Not checked yet"]
        # Not a label: its message, the text kept.
        enter(qtbot, view, "Альфа")
        assert "a slash and the copy number" in view.entry_message.text()
        assert view.entry.text() == "Альфа"
        # A label the check does not expect: offered as surplus, recorded.
        asked: list[str] = []

        def surplus_question(question: str) -> bool:
            asked.append(question)
            assert "is not among the carriers of this check" in view.entry_message.text()
            return True

        def surplus(dialog: SurplusDialog) -> bool:
            assert dialog.reg_no.text() == alpha.reg_no and dialog.copy_no.value() == 7
            click(qtbot, dialog.ok_button)
            assert "it is empty" in error_of(dialog, "description")
            dialog.description.setPlainText("Папка\x07")
            click(qtbot, dialog.ok_button)
            assert "control characters" in error_of(dialog, "description")
            assert dialog.description.toPlainText() == "Папка\x07"
            dialog.description.setPlainText("")
            type_text(dialog.description, "Папка с грифом «Секретно», сейф 2")
            click(qtbot, dialog.ok_button)
            return accepted(dialog)

        view.confirm = surplus_question
        view.run_dialog = surplus
        enter(qtbot, view, f"{alpha.reg_no} / 7")
        assert len(asked) == 1 and f"{alpha.reg_no} / 7" in asked[0]
        assert "surplus: 1" in counts.text() and view.entry.text() == ""
        # The top secret copy ticked by selection among the unchecked ones.
        view.filter.setCurrentIndex(view.filter.findData(UNCHECKED))
        assert [cells(view.model, r, "reg_no", "copy_no") for r in range(2)] == [
            [alpha.reg_no, "2"], [beta.reg_no, "1"]]
        view.table.selectRow(1)
        assert view.actions["found"].isEnabled()
        click(qtbot, view.actions["found"])
        assert view.model.rowCount() == 1 and "found: 2" in counts.text()
        # Finishing with a copy unchecked: refused in words, nothing skipped.
        click(qtbot, view.actions["finish"])
        assert view.message.text() == (
            "1 copies are neither found nor marked missing: nothing is skipped silently")
        assert view.check.state.value == "open"
        # The rest marked missing after the confirmation that says how many.
        questions: list[str] = []
        view.confirm = lambda q: questions.append(q) or False
        assert view.mark_rest_missing() == 0 and "not checked: 1" in counts.text()
        assert questions[-1].startswith("Mark the 1 remaining unchecked copy(ies) missing?")
        view.confirm = lambda q: True
        click(qtbot, view.actions["rest"])
        assert view.status.text() == "1 copy(ies) marked missing."
        assert counts.text() == ("Expected: 3 · found: 2 · missing: 1 · not checked: 0 · "
                                 "surplus: 1")
        assert not view.actions["rest"].isEnabled()
        click(qtbot, view.actions["finish"])
        number = view.check.incidents[0][0]
        assert view.status.text() == f"The check is finished. Loss cases opened: {number}."
        assert view.values["incidents"].text() == f"{number} ({alpha.reg_no} / 2)"
        assert not view.entry.isEnabled() and not view.actions["finish"].isEnabled()
        assert view.actions["print"].isEnabled()
        return True

    monkeypatch.setattr(page, "run_dialog",
                        lambda d: start(d) if isinstance(d, StartCheckDialog) else work(d))
    check_id = page.start_check()
    assert check_id is not None and page.current_check().id == check_id
    row = cells(page.model, 0, "kind", "chair", "expected", "found", "missing", "unchecked",
                "surplus", "state")
    assert row == ["Annual check as of 1 January", "Head Testov", "3", "2", "1", "0", "1",
                   "Finished"]

    # The loss case is on the cases page, linked to the check.
    cases = IncidentsPage(clerk)
    qtbot.addWidget(cases)
    assert cases.refresh() and cases.model.rowCount() == 1
    assert cells(cases.model, 0, "number", "kind", "what", "level", "state", "check") == [
        page.current_check().incidents[0][0], "Loss", f"{alpha.reg_no} / 2", "Secret", "Recorded",
        page.current_check().number]
    view = IncidentViewDialog(clerk, cases.current_incident().id)
    qtbot.addWidget(view)
    assert view.values["check"].text() == page.current_check().number
    assert cells(view.copies_model, 0, "reg_no", "copy_no", "level", "state") == [
        alpha.reg_no, "2", "Secret", "Lost"]
    # The register shows the copy lost.
    model = RegisterModel()
    model.set_cursor(register.open_register(clerk))
    states = {(model.row_data(r)["reg_no"], model.row_data(r)["copy_no"]):
              model.index(r, model.column_of("state")).data() for r in range(model.rowCount())}
    assert states[(alpha.reg_no, 2)] == "Lost" and states[(alpha.reg_no, 1)] == "Registered"


def test_starting_a_check_refuses_bad_input_and_keeps_it(qtbot, clerk, carriers):
    dialog = StartCheckDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.set_kind(CheckKind.UNSCHEDULED)
    assert dialog.as_of.isEnabled() and dialog.reason.isVisibleTo(dialog)
    for name in ("head", "m1", "m2"):
        pick(qtbot, dialog, name)
    dialog.as_of.setDate(TOMORROW)
    click(qtbot, dialog.ok_button)
    assert error_of(dialog, "reason") == "Invalid value for reason for the check: it is empty"
    dialog.reason.setText("Смена\x07 хранителя")        # pasted: a line edit takes it
    click(qtbot, dialog.ok_button)
    assert "control characters" in error_of(dialog, "reason")
    assert dialog.reason.text() == "Смена\x07 хранителя"
    dialog.reason.setText("Смена хранителя")
    click(qtbot, dialog.ok_button)
    assert error_of(dialog, "as_of") == (
        "Invalid value for date of the check: the date is in the future")
    assert dialog.reason.text() == "Смена хранителя" and not accepted(dialog)
    assert dialog.commission.usernames() == ["head", "m1", "m2"]
    dialog.custodian.setCurrentIndex(dialog.custodian.findData(clerk.user.id))
    dialog.as_of.setDate(QDate.currentDate())
    click(qtbot, dialog.ok_button)
    assert accepted(dialog)
    check = inventory.check(clerk, dialog.check_id)
    assert check.kind is CheckKind.UNSCHEDULED and check.custodian == "Clerk Testov"


def test_the_list_pages_and_reads_by_role(qtbot, clerk, login):
    register.register_carrier(clerk, own(level=Level.S, copies=450, title="Журнал"))
    check_id = annual(clerk)
    model = CheckItemsModel(clerk, check_id)
    model.set_result("all")
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert [model.item(r).copy_no for r in (0, 199, 200, 449)] == [1, 200, 201, 450]
    auditor = InventoryPage(login("auditor"))       # reads, starts nothing
    qtbot.addWidget(auditor)
    assert auditor.start_button.isHidden()
    executor = InventoryPage(login("executor"))     # may not read the checks
    qtbot.addWidget(executor)
    assert not executor.refresh() and executor.message.text()


def test_the_inventory_act_prints_in_kazakh(qtbot, clerk, carriers, tmp_path, monkeypatch):
    annual(clerk)
    page = InventoryPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    target = tmp_path / "act.pdf"

    def run(dialog: PrintDialog) -> bool:
        dialog.set_language("kk")
        dialog.ask_path = lambda lang: target
        dialog.print_now()
        return accepted(dialog)

    monkeypatch.setattr(page, "run_dialog", run)
    assert page.print_button.isEnabled() and page.print_act()
    assert target.read_bytes().startswith(b"%PDF") and str(target) in page.status.text()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "бар-жоғын тексеру" in text and "ЖОБА" in text


# --- loss and disclosure cases ----------------------------------------------------------------

def test_a_disclosure_described_in_words_investigated_and_closed(qtbot, clerk, monkeypatch):
    page = IncidentsPage(clerk)
    qtbot.addWidget(page)
    assert page.refresh() and page.model.rowCount() == 0

    def fill(dialog: NewIncidentDialog) -> bool:
        dialog.show()
        dialog.set_kind(incidents.IncidentKind.DISCLOSURE)
        click(qtbot, dialog.in_words)
        assert not dialog.copies.isVisibleTo(dialog)
        assert dialog.description.isVisibleTo(dialog) and dialog.level.isVisibleTo(dialog)
        dialog.date_found.setDate(TOMORROW)
        type_text(dialog.description, "Сведения о плане учений")
        click(qtbot, dialog.ok_button)
        assert "it is empty" in error_of(dialog, "circumstances")
        type_text(dialog.circumstances, "Разговор в столовой")
        click(qtbot, dialog.ok_button)
        assert "the date is in the future" in error_of(dialog, "date_found")
        assert dialog.circumstances.toPlainText() == "Разговор в столовой"
        assert dialog.description.toPlainText() == "Сведения о плане учений"
        dialog.date_found.setDate(QDate.currentDate())
        click(qtbot, dialog.ok_button)
        assert error_of(dialog, "level") == (
            "Invalid value for information concerned: name the copies concerned or describe "
            "the information in words, with its level")
        dialog.level.setCurrentIndex(dialog.level.findData(Level.SS.value))
        click(qtbot, dialog.ok_button)
        return accepted(dialog)

    monkeypatch.setattr(page, "run_dialog", fill)
    case_id = page.new_incident()
    assert case_id is not None and page.current_incident().id == case_id
    assert cells(page.model, 0, "kind", "what", "level", "state", "check") == [
        "Disclosure", "Сведения о плане учений", "Top secret", "Recorded", "—"]

    def investigate(dialog) -> bool:
        if isinstance(dialog, OrderInvestigationDialog):
            click(qtbot, dialog.ok_button)
            assert "it is empty" in error_of(dialog, "order")
            type_text(dialog.order, "Приказ № 12")
            dialog.order_date.setDate(TOMORROW)
            click(qtbot, dialog.ok_button)
            assert "the date is in the future" in error_of(dialog, "order_date")
            dialog.order_date.setDate(QDate.currentDate())
        else:
            assert isinstance(dialog, FindingsDialog)
            dialog.findings.setPlainText("Подтверждено\x00")
            click(qtbot, dialog.ok_button)
            assert "control characters" in error_of(dialog, "findings")
            dialog.findings.setPlainText("Факт подтверждён материалами проверки")
        click(qtbot, dialog.ok_button)
        return accepted(dialog)

    def view_case(view: IncidentViewDialog) -> bool:
        assert view.values["description"].text() == "Сведения о плане учений (Top secret)"
        assert view.copies.isHidden()
        assert view.order_button.isEnabled() and not view.findings_button.isEnabled()
        view.run_dialog = investigate
        click(qtbot, view.order_button)
        assert view.values["order"].text().startswith("Приказ № 12 of ")
        assert view.findings_button.isEnabled() and not view.order_button.isEnabled()
        click(qtbot, view.findings_button)
        assert view.heading.text() == f"Disclosure {view.case.number}: Closed"
        assert not view.findings_button.isEnabled()
        return True

    monkeypatch.setattr(page, "run_dialog", view_case)
    click(qtbot, page.open_button)
    assert cells(page.model, 0, "state") == ["Closed"]
    page.state.setCurrentIndex(page.state.findData("open"))
    assert page.model.rowCount() == 0


def test_a_loss_case_by_copy_labels(qtbot, clerk, carriers):
    alpha, _beta = carriers
    dialog = NewIncidentDialog(clerk)
    qtbot.addWidget(dialog)
    type_text(dialog.circumstances, "Не обнаружен при передаче дел")
    type_text(dialog.copies, "Нет такого / 1")
    click(qtbot, dialog.ok_button)
    assert error_of(dialog, "copies") == "Нет такого / 1 was not found."
    dialog.copies.setPlainText(f"{alpha.reg_no}/1")
    click(qtbot, dialog.ok_button)
    assert "a slash and the copy number" in error_of(dialog, "copies")
    dialog.copies.setPlainText(f"{alpha.reg_no} / 1")
    click(qtbot, dialog.ok_button)
    assert accepted(dialog)
    case = incidents.incident(clerk, dialog.incident_id)
    assert case.kind.value == "loss" and [c.copy_no for c in case.copies] == [1]
    assert [c.state.value for c in copies_of(clerk, alpha.id)] == ["lost", "registered"]


def test_the_lists_follow_a_language_switch(qtbot, clerk, carriers):
    incidents.open_incident(clerk, incidents.IncidentKind.DISCLOSURE, date_found=TODAY,
                            circumstances="Разговор", description="Сведения", level=Level.SS)
    check_id = annual(clerk)
    cases = IncidentsPage(clerk)
    qtbot.addWidget(cases)
    cases.refresh()
    view = CheckViewDialog(clerk, check_id)
    qtbot.addWidget(view)
    translations = Translations()
    try:
        translations.switch("ru")
        QCoreApplication.processEvents()          # the LanguageChange events
        assert cells(cases.model, 0, "level") == ["Совершенно секретно"]
        assert cells(view.model, 2, "level") == ["Совершенно секретно"]
        assert view.badge.text() == "Совершенно секретно"
    finally:
        translations.switch("en")
    assert cells(cases.model, 0, "level") == ["Top secret"]

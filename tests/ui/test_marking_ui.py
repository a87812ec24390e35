"""The marking-change screens driven like a clerk would (SPEC §3): a Kyrgyz notice lowering
SS→S for a registration with 3 copies and a derived extract, from the New case dialog to the
closed case; the register's flag; the start page's deadlines (S001 a.6 p.3: 30 days)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.levels import Level
from desktop.domain.marking import Urgency
from desktop.domain.roles import Role
from desktop.services import copying, marking, moves, register, users
from desktop.services.marking import CaseDraft, Notice
from desktop.store import register as register_repo
from desktop.ui.marking.case_dialog import NewCaseDialog, reg_numbers
from desktop.ui.marking.case_view_dialog import CaseViewDialog
from desktop.ui.marking.cases_page import DUE_SOON, MarkingCasesPage
from desktop.ui.marking.texts import COLOURS
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.level_badge import NoteRole
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.register.register_model import RegisterModel
from desktop.ui.today_page import TodayPage
from tests.conftest import PASSWORD, clearance
from tests.ui.register_support import type_text

TODAY = dt.date.today()
KG = "Кыргыз Республикасынын Коргоо министрлиги"
RED, AMBER = COLOURS[Urgency.OVERDUE], COLOURS[Urgency.DUE_SOON]


@pytest.fixture
def chief(admin, login):
    """The head of the organisation: decides copies of own information."""
    users.add_user(admin, username="chief", full_name="Chief Boss Testov", password=PASSWORD,
                   roles={Role.ORG_HEAD}, clearance=clearance(1), position="Директор")
    return login("chief")


def kyrgyz(title: str, copies: int, **extra) -> RegistrationDraft:
    return RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=Level.SS, reg_date=TODAY, copies=copies,
        originator=Originator(OriginatorType.KYRGYZ, KG, "Абдан жашыруун", "12/7", TODAY),
        purpose="Бірлескен оқу-жаттығу", **extra)


def own(title: str, level: Level = Level.S, copies: int = 1) -> RegistrationDraft:
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level,
                             reg_date=TODAY, copies=copies)


def copies_of(session, reg_id: int):
    with session.store.read() as conn:
        return {c.copy_no: c.id for c in register_repo.copies_of(conn, reg_id)}


@pytest.fixture
def source(clerk):
    """Kyrgyz SS, 3 copies (No. 2 issued to the head, No. 3 sent away) and an extract."""
    src = register.register_carrier(clerk, kyrgyz("Оқу-жаттығу жоспары", 3))
    extract = register.register_carrier(clerk, kyrgyz(
        "Жоспардан үзінді", 1, parent_id=src.id, derivation=Derivation.EXTRACT))
    ids = copies_of(clerk, src.id)
    moves.issue(clerk, ids[2], "head", "жұмыс үшін")
    moves.dispatch(clerk, ids[3], to_org="ҰҚК", channel="Нарочным", cover_letter="9",
                   basis="нұсқау", originator_consent="хат 3/1")
    return src, extract


def register_rows(session) -> tuple[RegisterModel, dict[tuple[str, int], tuple[dict, int]]]:
    """A fresh register model and (reg_no, copy_no) -> (row, its index in the model)."""
    model = RegisterModel()
    model.set_cursor(register.open_register(session))
    rows = {}
    for r in range(model.rowCount()):
        data = model.row_data(r)
        rows[(data["reg_no"], data["copy_no"])] = (data, r)
    return model, rows


def cell(model: RegisterModel, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, model.column_of(key)).data(role)


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def error_of(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{key}Error")
    assert label is not None, key
    return label.text() if not label.isHidden() else ""


def colour_of(model, index_or_row, column=None) -> str | None:
    index = index_or_row if column is None else model.index(index_or_row, column)
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else None


# --- the case flow ----------------------------------------------------------------------------

def test_a_kyrgyz_lowering_from_notice_to_closed_case(qtbot, clerk, source, monkeypatch):
    src, extract = source
    page = MarkingCasesPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.new_button.isHidden() and page.model.rowCount() == 0

    def fill_notice(dialog: NewCaseDialog) -> bool:
        type_text(dialog.issuer, "Біздің бастық")             # not the originator
        type_text(dialog.reference, "45/12-с")
        dialog.notice_date.setDate(QDate.currentDate().addDays(-2))
        type_text(dialog.registrations, f"{src.reg_no}, {extract.reg_no}")
        dialog.level.setCurrentIndex(dialog.level.findData(Level.S.value))
        assert not dialog.ok_button.isEnabled()      # nothing opens before a plan is seen
        qtbot.mouseClick(dialog.work_out_button, Qt.MouseButton.LeftButton)
        assert KG in error_of(dialog, "issuer") and dialog.plan is None
        assert not dialog.ok_button.isEnabled()
        dialog.issuer.clear()
        type_text(dialog.issuer, KG)
        qtbot.mouseClick(dialog.work_out_button, Qt.MouseButton.LeftButton)
        assert error_of(dialog, "issuer") == ""
        table = dialog.copies
        rows = [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]
        assert len(rows) == 4
        assert {r[2] for r in rows} == {"Named in the notice"}
        by_copy = {(r[0], r[1]): r for r in rows}
        assert by_copy[(src.reg_no, "2")][3:] == ["Issued: Head Testov",
                                                  "Issued: the holder re-marks it"]
        assert by_copy[(src.reg_no, "3")][3:] == [
            "Dispatched: ҰҚК", "Sent away: the recipient is told and confirms"]
        assert by_copy[(src.reg_no, "1")][4] == "In the safe: the registry re-marks it"
        assert "Agreement of 4 July 2006" in dialog.rule.text() and "30 day(s)" in \
            dialog.rule.text()
        assert "30 day(s) left" in dialog.deadline.text()
        assert not dialog.second_box.isHidden() and dialog.partner_box.isHidden()
        assert dialog.ok_button.isEnabled()
        # Opening without a second person: refused, the message under the second person.
        dialog.buttons.accepted.emit()
        assert not accepted(dialog) and dialog.case_id is None
        assert "second person" in error_of(dialog, "second_user")
        assert dialog.issuer.text() == KG and dialog.reference.text() == "45/12-с"
        type_text(dialog.second_user, "head")
        dialog.second_password.setText("wrong-password-77")
        dialog.buttons.accepted.emit()
        assert not accepted(dialog) and dialog.second_password.text() == ""
        assert error_of(dialog, "second_user")
        dialog.second_password.setText(PASSWORD)
        dialog.buttons.accepted.emit()
        assert accepted(dialog) and dialog.case_id is not None
        return True

    monkeypatch.setattr(page, "run_dialog", fill_notice)
    case_id = page.new_case()
    assert case_id is not None and page.current_case().id == case_id
    model = page.model
    row = {key: model.index(0, model.column_of(key)).data() for key in
           ("number", "named", "change", "originator", "left", "copies", "state")}
    number = row["number"]
    assert row == {"number": number, "named": f"{src.reg_no}, {extract.reg_no}",
                   "change": "Top secret → Secret", "originator": KG,
                   "left": "30 day(s) left", "copies": "0/4", "state": "Open"}
    assert colour_of(model, 0, model.column_of("left")) is None       # not close yet
    assert not page.print_button.isEnabled()

    # The register flags every copy of the case while it is open.
    reg_model, rows = register_rows(clerk)
    r = rows[(src.reg_no, 1)][1]
    assert cell(reg_model, r, "state") == f"Registered · Marking change {number}: 30 day(s) left"
    assert cell(reg_model, r, "level") == "Top secret"
    assert "Marking change" in cell(reg_model, r, "state", Qt.ItemDataRole.ToolTipRole)
    assert "Marking change" in cell(reg_model, rows[(extract.reg_no, 1)][1], "state")

    # The case: tick the copies (the one sent away asks the recipient's reference), close.
    asked: list = []

    def work_case(dialog: CaseViewDialog) -> bool:
        assert dialog.values["left"].text() == "30 day(s) left"
        assert dialog.values["confirmed"].text() == "Head Testov"
        assert "Clerk Testov" in dialog.values["opened"].text()
        assert not dialog.close_button.isEnabled() and not dialog.print_button.isEnabled()
        dialog.ask_reference = lambda copy: asked.append((copy.reg_no, copy.copy_no)) \
            or "ҰҚК хаты 77"
        dialog.copies.selectAll()
        assert dialog.remark_button.isEnabled()
        assert dialog.remark_selected() == 4
        assert asked == [(src.reg_no, 3)]
        table = dialog.copies
        assert {table.item(r, 5).text() for r in range(table.rowCount())} == {"Clerk Testov"}
        assert all(table.item(r, 6).text() for r in range(table.rowCount()))
        assert dialog.close_button.isEnabled()
        questions: list[str] = []
        dialog.confirm = lambda q: questions.append(q) or False
        assert not dialog.close_case() and dialog.case.state.value == "open"
        dialog.confirm = lambda q: True
        assert dialog.close_case()
        assert number in questions[0] and "Secret" in questions[0]
        assert dialog.values["left"].text() == "Closed" and dialog.print_button.isEnabled()
        assert "Clerk Testov" in dialog.values["closed"].text()
        return True

    monkeypatch.setattr(page, "run_dialog", work_case)
    page.show()
    index = model.index(0, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=page.table.visualRect(index).center())
    assert asked == [(src.reg_no, 3)]                  # the double click opened it once
    assert model.index(0, model.column_of("state")).data() == "Closed"
    assert model.index(0, model.column_of("copies")).data() == "4/4"
    assert page.print_button.isEnabled()

    # Closed: the register shows the new level and no flag.
    reg_model, rows = register_rows(clerk)
    for key in ((src.reg_no, 1), (src.reg_no, 2), (extract.reg_no, 1)):
        r = rows[key][1]
        assert cell(reg_model, r, "level") == "Secret"
        assert "Marking change" not in cell(reg_model, r, "state")
    # The copy's card keeps the earlier level.
    card = CopyCardDialog(clerk, rows[(src.reg_no, 1)][0]["copy_id"])
    qtbot.addWidget(card)
    assert card.values["levels"].text().startswith(f"Top secret → Secret (case {number}, ")
    assert not card.values["levels"].isHidden()


def test_the_act_of_a_closed_case_prints_in_the_chosen_language(qtbot, clerk, chief, tmp_path,
                                                                 monkeypatch):
    reg = register.register_carrier(clerk, own("Жоспар"))
    case_id = marking.open_case(clerk, CaseDraft(Notice("Директор", "7", TODAY, TODAY),
                                                 (reg.reg_no,), Level.SS))
    for copy in marking.case(clerk, case_id).copies:
        marking.remark(clerk, case_id, copy.copy_id)
    marking.close_case(clerk, case_id)
    page = MarkingCasesPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    target = tmp_path / "act.pdf"

    def run(dialog: PrintDialog) -> bool:
        dialog.set_language("ky")
        dialog.ask_path = lambda lang: target
        dialog.print_now()
        return accepted(dialog)

    monkeypatch.setattr(page, "run_dialog", run)
    assert page.print_button.isEnabled() and page.print_act()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status.text()


# --- deadlines everywhere a clerk looks -------------------------------------------------------

def open_raise(session, title: str, received_days_ago: int, holder: str | None = None) -> int:
    reg = register.register_carrier(session, own(title))
    if holder:
        moves.issue(session, copies_of(session, reg.id)[1], holder, "жұмыс")
    received = TODAY - dt.timedelta(days=received_days_ago)
    return marking.open_case(session, CaseDraft(
        Notice("Директор", f"N-{received_days_ago}", received, received), (reg.reg_no,),
        Level.SS))


@pytest.fixture
def deadlines(clerk, chief):
    """Three open cases (on time, due in 3 days, overdue by 10) and a pending request."""
    ids = {"on_time": open_raise(clerk, "Бірінші", 0),
           "soon": open_raise(clerk, "Екінші", 27, holder="head"),
           "overdue": open_raise(clerk, "Үшінші", 40)}
    request = register.register_carrier(clerk, own("Есеп", Level.S))
    copying.create_request(clerk, request.reg_no, 2, "Кеңес үшін", requester="head")
    return ids


def test_the_start_page_lists_overdue_and_due_soon_cases_first(qtbot, login, deadlines,
                                                               monkeypatch):
    page = TodayPage(login("head"))
    qtbot.addWidget(page)
    texts = [page.cases.item(i).text() for i in range(page.cases.count())]
    assert len(texts) == 3
    assert "overdue by 10 day(s)" in texts[0]
    assert "3 day(s) left — due soon" in texts[1]
    assert "30 day(s) left" in texts[2]
    colours = [page.cases.item(i).background().color().name() if
               page.cases.item(i).background().style() != Qt.BrushStyle.NoBrush else None
               for i in range(3)]
    assert colours == [RED[0], AMBER[0], None]
    tasks = [page.tasks.item(i).text() for i in range(page.tasks.count())]
    assert len(tasks) == 1 and "Top secret" in tasks[0] and "due soon" in tasks[0]
    assert page.due.isHidden() and not page.cases_box.isHidden()
    # A case opens from the list.
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda d: opened.append(d.case.id) or True)
    page.cases.itemActivated.emit(page.cases.item(0))
    assert opened == [deadlines["overdue"]]
    # The holder ticks off their own copy from the start page, after saying yes.
    asked = []
    monkeypatch.setattr(page, "confirm", lambda q: asked.append(q) or False)
    page.tasks.itemActivated.emit(page.tasks.item(0))
    assert len(asked) == 1 and page.tasks.count() == 1        # "no": nothing changed
    monkeypatch.setattr(page, "confirm", lambda q: True)
    page.tasks.itemActivated.emit(page.tasks.item(0))
    assert page.tasks.count() == 0 and page.tasks_box.isHidden()
    case = marking.case(login("clerk"), deadlines["soon"])
    assert [c.remarked_by for c in case.copies if c.remarked_at] == ["Head Testov"]


def test_the_start_page_counts_requests_awaiting_a_decision(qtbot, chief, deadlines, login):
    page = TodayPage(chief)
    qtbot.addWidget(page)
    assert page.requests.count() == 1 and "Head Testov" in page.requests.item(0).text()
    assert page.requests_count.text() == "1 copy request(s) wait for your decision"
    empty = TodayPage(login("auditor"))           # nothing to decide, no clearance
    qtbot.addWidget(empty)
    assert empty.requests_box.isHidden() and empty.tasks_box.isHidden()


def test_register_rows_flag_close_and_overdue_cases(clerk, deadlines):
    model, rows = register_rows(clerk)
    flags = {}
    for (_reg_no, _copy_no), (data, r) in rows.items():
        state = cell(model, r, "state")
        if "Marking change" in state:
            flags[data["title"]] = (state, colour_of(model, r, model.column_of("state")))
    assert set(flags) == {"Бірінші", "Екінші", "Үшінші"}
    assert flags["Үшінші"][0].endswith("overdue by 10 day(s)") and flags["Үшінші"][1] == RED[0]
    assert flags["Екінші"][0].endswith("3 day(s) left — due soon") and \
        flags["Екінші"][1] == AMBER[0]
    assert flags["Бірінші"][1] is None


def test_cases_page_filters_and_roles(qtbot, clerk, deadlines, login):
    page = MarkingCasesPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3
    page.due.setCurrentIndex(page.due.findData(DUE_SOON))
    lefts = [page.model.index(r, page.model.column_of("left")).data()
             for r in range(page.model.rowCount())]
    assert lefts == ["overdue by 10 day(s)", "3 day(s) left — due soon"]
    assert colour_of(page.model, 0, page.model.column_of("left")) == RED[0]
    page.due.setCurrentIndex(0)
    page.originator.setCurrentIndex(page.originator.findData(OriginatorType.KYRGYZ.value))
    assert page.model.rowCount() == 0
    page.originator.setCurrentIndex(0)
    page.state.setCurrentIndex(page.state.findData("closed"))
    assert page.model.rowCount() == 0
    auditor = MarkingCasesPage(login("auditor"))    # reads, opens nothing
    qtbot.addWidget(auditor)
    assert auditor.new_button.isHidden()
    executor = MarkingCasesPage(login("executor"))  # may not read the cases
    qtbot.addWidget(executor)
    assert not executor.refresh() and executor.message.text()
    assert executor.new_button.isHidden()


def test_a_declassified_registration_says_so_beside_its_level(clerk, chief):
    reg = register.register_carrier(clerk, own("Ескі нұсқау"))
    case_id = marking.open_case(clerk, CaseDraft(Notice("Директор", "8", TODAY, TODAY),
                                                 (reg.reg_no,), None), ("chief", PASSWORD))
    for copy in marking.case(clerk, case_id).copies:
        marking.remark(clerk, case_id, copy.copy_id)
    marking.close_case(clerk, case_id)
    model, rows = register_rows(clerk)
    r = rows[(reg.reg_no, 1)][1]
    assert cell(model, r, "level") == "Secret · Declassified"
    assert cell(model, r, "level", NoteRole) == "Declassified"


def test_registration_numbers_are_read_from_commas_and_lines():
    assert reg_numbers(" 1/2026, 2/2026 ;3/2026\n1/2026,, ") == ("1/2026", "2/2026", "3/2026")

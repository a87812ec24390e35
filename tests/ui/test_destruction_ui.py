"""The destruction and return screens driven like a clerk would (SPEC §5; S001 a.6 p.4): an act
of an SS registration's copies drawn up with real widgets (chair: the protection head; members
m1, m2) through every refusal, signed in the program and on paper, approved by the head of the
organisation, executed by the chair and a member; printed in Russian; and two Kyrgyz copies
sent back to their originator and confirmed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain import fields
from desktop.domain.destruction import ActState, BasisKind
from desktop.domain.errors import IllegalState, InvalidInput
from desktop.domain.levels import Level
from desktop.i18n import Translations
from desktop.services import destruction, moves, register, returns
from desktop.ui.destruction import DestructionPage
from desktop.ui.destruction.act_dialog import ActDialog
from desktop.ui.destruction.act_view_dialog import ActViewDialog
from desktop.ui.destruction.copy_picker import copy_numbers
from desktop.ui.destruction.execute_dialog import ExecuteDialog
from desktop.ui.destruction.paper_dialog import PaperSignaturesDialog
from desktop.ui.destruction.return_dialog import ReturnDialog
from desktop.ui.destruction.return_view_dialog import ReturnViewDialog
from desktop.ui.destruction.sign_dialog import SignDialog
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.register.register_model import RegisterModel
from desktop.ui.sections import SECTIONS, make_page
from tests.conftest import PASSWORD
from tests.services.test_destruction import copies_of, draft, kyrgyz, own
from tests.services.test_destruction import people as _people  # noqa: F401  (a fixture)
from tests.ui.register_support import type_text

HOSTILE = "<b>Пепел</b> перемешан & <i>восстановление</i> исключено"
pytestmark = pytest.mark.usefixtures("_people")


def accepted(dialog) -> bool:
    return dialog.result() == dialog.DialogCode.Accepted


def error_of(dialog, key: str) -> str:
    label = dialog.labels[key].buddy().parentWidget().findChild(type(dialog.message))
    return label.text() if label is not None and not label.isHidden() else ""


def copies_error(dialog) -> str:
    return dialog.picker.error.text() if not dialog.picker.error.isHidden() else ""


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def register_states(session, reg_no: str) -> dict[int, str]:
    model = RegisterModel()
    model.set_cursor(register.open_register(session))
    column = model.column_of("state")
    out = {}
    for r in range(model.rowCount()):
        row = model.row_data(r)
        if row["reg_no"] == reg_no:
            out[row["copy_no"]] = model.index(r, column).data()
    return out


def add_copies(dialog, reg_no: str, numbers: str = "", note: str = "") -> list:
    type_text(dialog.picker.reg_no, reg_no)
    type_text(dialog.picker.numbers, numbers)
    type_text(dialog.picker.note, note)
    return dialog.picker.add()


def submit(dialog) -> bool:
    dialog.buttons.accepted.emit()
    return accepted(dialog)


# --- drawing up: every refusal keeps what was typed -----------------------------------------

def test_drawing_up_an_act_through_its_refusals(qtbot, clerk, monkeypatch):
    reg = register.register_carrier(clerk, own(level=Level.SS, copies=3, title="Шифр-кесте"))
    issued = copies_of(clerk, reg.id)[2].id
    moves.issue(clerk, issued, "head", "жұмыс үшін")
    page = DestructionPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    tab = page.acts
    assert not tab.buttons["new"].isHidden() and tab.model.rowCount() == 0

    def fill_act(dialog: ActDialog) -> bool:
        picker = dialog.picker
        # Looking copies up: unknown numbers, a copy that does not exist, a bad list.
        assert add_copies(dialog, "999сс/1999") == []
        assert "no registration 999сс/1999" in copies_error(dialog)
        picker.reg_no.clear()
        assert add_copies(dialog, reg.reg_no, "7") == []
        assert f"{reg.reg_no} has no copy No. 7" in copies_error(dialog)
        picker.numbers.clear()
        assert add_copies(dialog, "", "x") == [] and "copy numbers like" in copies_error(dialog)
        picker.reg_no.clear()
        picker.numbers.clear()
        # No numbers: every copy in the safe (the issued one is left out).
        assert [c.copy_no for c in add_copies(dialog, reg.reg_no)] == [1, 2]
        assert [c.copy_no for c in add_copies(dialog, reg.reg_no, "3", "выдан")] == [3]
        rows = table_rows(picker.table)
        assert [r[:1] + r[2:] for r in rows] == [[reg.reg_no, "Шифр-кесте", "Top secret", n,
                                                 "5", note] for n, note in (
            ("1", ""), ("2", ""), ("3", "выдан"))] and all(r[1] for r in rows)   # dated
        assert picker.totals.text() == "Copies: 3, sheets: 15"
        assert dialog.badge.level is Level.SS
        # Only people cleared for Top secret are offered: m3 (form 3) is not.
        offered = {dialog.members.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(dialog.members.count())}
        assert {"head", "m1", "m2", "clerk"} <= offered and "m3" not in offered
        type_text(dialog.place, "Кабинет 12")

        assert not submit(dialog)                                  # no basis chosen
        assert error_of(dialog, "basis") == "Invalid value for basis: it is empty"
        assert dialog.basis_reference.parentWidget().isHidden()
        dialog.basis_kind.setCurrentIndex(dialog.basis_kind.findData(BasisKind.DECISION))
        assert not dialog.basis_reference.parentWidget().isHidden()
        dialog.method.setCurrentIndex(-1)
        assert not submit(dialog)                                  # no method chosen
        assert error_of(dialog, "method") == "Invalid value for method of destruction: " \
            "it is empty"
        dialog.method.setCurrentIndex(dialog.method.findData("Сжигание"))
        assert not submit(dialog)                                  # no note on recovery
        assert "how the method rules out recovery" in error_of(dialog, "method_note")
        type_text(dialog.method_note, HOSTILE)
        assert not submit(dialog)                                  # the issued copy
        assert copies_error(dialog) == f"Copy {reg.reg_no} / 3 cannot be destroyed: it is " \
            "not in the safe (Issued)."
        picker.table.selectRow(2)
        assert picker.remove_selected() == 1 and picker.totals.text() == "Copies: 2, sheets: 10"
        assert not submit(dialog)                                  # a decision needs its No.
        assert "reference of the basis" in error_of(dialog, "basis_reference")
        type_text(dialog.basis_reference, "Приказ 14")
        assert not submit(dialog)                                  # no commission
        assert "a chair and at least two other members" in error_of(dialog, "members")
        dialog.choose_commission("head", ["m1", "clerk", "head"])
        assert dialog.member_names() == ["clerk", "m1"]            # the chair is not a member
        assert not submit(dialog)                                  # the custodian
        assert error_of(dialog, "members") == "Clerk Testov keeps a copy listed on the act " \
            "and cannot sit on its commission"
        # Everything typed is still there.
        assert dialog.place.text() == "Кабинет 12"
        assert dialog.method_note.toPlainText() == HOSTILE
        assert len(picker.copies) == 2 and dialog.chair_name() == "head"
        dialog.choose_commission("head", ["m1", "m2"])
        assert submit(dialog) and dialog.act_id is not None
        return True

    monkeypatch.setattr(tab, "run_dialog", fill_act)
    act_id = tab.new_act()
    assert act_id is not None and tab.current().id == act_id
    row = {key: tab.model.index(0, tab.model.column_of(key)).data()
           for key in ("state", "level", "copies", "method")}
    assert row == {"state": "Draft", "level": "Top secret", "copies": "2", "method": "Сжигание"}
    assert "drawn up as a draft" in tab.notice.text()
    act = destruction.act(clerk, act_id)
    assert act.method_note == HOSTILE and act.place == "Кабинет 12"
    assert [(m.username, m.role.value) for m in act.commission] == [
        ("head", "chair"), ("m1", "member"), ("m2", "member")]


def test_errors_are_shown_in_the_users_language(qtbot, clerk, qapp):
    reg = register.register_carrier(clerk, own(level=Level.S, copies=1))
    translations = Translations()
    translations.switch("ru")
    try:
        dialog = ActDialog(clerk)
        qtbot.addWidget(dialog)
        add_copies(dialog, reg.reg_no)
        dialog.basis_kind.setCurrentIndex(dialog.basis_kind.findData(BasisKind.STORAGE_EXPIRED))
        dialog.method.setCurrentIndex(0)
        assert not submit(dialog)
        expected = InvalidInput(destruction.METHOD_NOTE, fields.EMPTY)
        shown = error_of(dialog, "method_note")
        assert shown == expected.text(QCoreApplication.translate)
        assert shown != expected.text() and "не заполнено" in shown
        assert dialog.windowTitle() == QCoreApplication.translate(
            "ActDialog", "New destruction act")
    finally:
        translations.switch("en")


# --- the life of an act ---------------------------------------------------------------------

@pytest.fixture
def act_id(clerk):
    reg = register.register_carrier(clerk, own(level=Level.SS, copies=3, title="Шифр-кесте"))
    ids = [c.id for c in copies_of(clerk, reg.id)]
    return destruction.create_act(clerk, draft(ids[:2], method_note=HOSTILE)), reg


def test_an_act_signed_approved_and_executed(qtbot, clerk, login, act_id):
    act_id, reg = act_id
    view = ActViewDialog(clerk, act_id)
    qtbot.addWidget(view)
    shown = {name for name, b in view.action_buttons.items() if not b.isHidden()}
    assert shown == {"edit", "sign", "paper", "print"}
    assert "<b>▶ Draft</b>" in view.steps.text()
    assert view.values["method_note"].text() == HOSTILE            # plain text, not markup
    assert view.values["method_note"].textFormat() == Qt.TextFormat.PlainText
    assert view.totals.text() == "Total: 2 copies, 10 sheets"
    assert [r[1] for r in table_rows(view.commission)] == [
        "Head Testov", "M1 Member Testov", "M2 Member Testov"]

    def sign(dialog: SignDialog) -> bool:
        assert "M1 Member Testov" in dialog.about.text()
        type_text(dialog.username, "m1")
        dialog.password.setText("wrong-password-1")
        assert not submit(dialog) and dialog.password.text() == ""
        assert error_of(dialog, "password")
        type_text(dialog.password, PASSWORD)
        assert submit(dialog) and dialog.password.text() == ""
        return True

    view.run_dialog = sign
    assert view.sign()
    signatures = {r[1]: r[3] for r in table_rows(view.commission)}
    assert signatures == {"Head Testov": "not signed yet",
                          "M1 Member Testov": "Signed in the program",
                          "M2 Member Testov": "not signed yet"}

    def paper(dialog: PaperSignaturesDialog) -> bool:
        assert dialog.members.count() == 2               # m1 has signed already
        assert not submit(dialog)                         # nobody ticked
        dialog.tick(["m2", "head"])
        return submit(dialog)

    view.run_dialog = paper
    assert view.record_paper()
    assert view.act.state is ActState.SIGNED
    assert view.values["state"].text() == "Signed by the commission"
    assert "✓ Draft" in view.steps.text() and "<b>▶ Signed by the commission</b>" in \
        view.steps.text()
    assert {r[3] for r in table_rows(view.commission)} == {
        "Signed in the program", "Signed on paper"}
    shown = {name for name, b in view.action_buttons.items() if not b.isHidden()}
    assert shown == {"withdraw", "print"}               # a clerk does not approve
    # Sent back to a draft (its signatures withdrawn) and signed again on paper.
    questions_back: list[str] = []
    view.confirm = lambda _title, question: questions_back.append(question) or True
    assert view.withdraw() and view.act.state is ActState.DRAFT
    assert "signed again" in questions_back[0]
    destruction.record_paper_signatures(clerk, act_id, ["head", "m1", "m2"])
    view.reload()
    assert view.act.state is ActState.SIGNED

    # The head of the organisation approves.
    head_view = ActViewDialog(login("chief"), act_id)
    qtbot.addWidget(head_view)
    assert not head_view.action_buttons["approve"].isHidden()
    asked: list[str] = []
    head_view.confirm = lambda _title, question: asked.append(question) or True
    assert head_view.approve()
    assert head_view.act.state is ActState.APPROVED and "Chief Member Testov" in \
        head_view.values["approved"].text()
    assert head_view.action_buttons["approve"].isHidden()

    # The chair and a member execute it.
    view = ActViewDialog(clerk, act_id)
    qtbot.addWidget(view)
    assert not view.action_buttons["execute"].isHidden()
    questions: list[str] = []
    view.confirm = lambda _title, question: questions.append(question) or False
    assert not view.execute()                            # "no": nothing happens
    assert "cannot be undone" in questions[0]

    def execute(dialog: ExecuteDialog) -> bool:
        assert dialog.chair_user.text() == "head"
        dialog.choose_member("m1")
        dialog.chair_password.setText("wrong-password-2")
        type_text(dialog.member_password, PASSWORD)
        assert not submit(dialog)
        assert dialog.chair_password.text() == "" and dialog.member_password.text() == ""
        assert dialog.message.text()
        type_text(dialog.chair_password, PASSWORD)
        type_text(dialog.member_password, PASSWORD)
        return submit(dialog)

    view.confirm = lambda _title, _question: True
    view.run_dialog = execute
    assert view.execute()
    assert view.act.state is ActState.EXECUTED
    assert "<b>▶ Executed</b>" in view.steps.text()
    assert "confirmed by the chair Head Testov and the member M1 Member Testov" in \
        view.values["executed"].text()
    shown = {name for name, b in view.action_buttons.items() if not b.isHidden()}
    assert shown == {"print"}                            # never edited again
    assert not view.edit() and not view.execute()
    assert {r[6] for r in table_rows(view.copies)} == {"Destroyed"}
    assert register_states(clerk, reg.reg_no) == {1: "Destroyed", 2: "Destroyed",
                                                  3: "Registered"}
    ids = [c.id for c in copies_of(clerk, reg.id)]
    with pytest.raises(IllegalState):
        destruction.update_act(clerk, act_id, draft(ids[2:]))


def test_each_state_shows_in_the_acts_list(qtbot, clerk, login, act_id):
    act_id, _reg = act_id
    page = DestructionPage(login("m1"))                  # a commission member reads the list
    qtbot.addWidget(page)
    page.refresh()
    tab = page.acts
    assert tab.buttons["new"].isHidden() and tab.model.rowCount() == 1
    for state in ActState:
        tab.state.setCurrentIndex(tab.state.findData(state))
        assert tab.model.rowCount() == (1 if state is ActState.DRAFT else 0)
    executor = DestructionPage(login("executor"))        # may not read the acts
    qtbot.addWidget(executor)
    executor.refresh()
    assert executor.acts.message.text() and executor.acts.model.rowCount() == 0


def test_the_act_prints_in_russian(qtbot, clerk, act_id, tmp_path, monkeypatch):
    act_id, _reg = act_id
    page = DestructionPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    target = tmp_path / "act.pdf"

    def run(dialog: PrintDialog) -> bool:
        dialog.set_language("ru")
        dialog.ask_path = lambda lang: target
        dialog.print_now()
        return accepted(dialog)

    monkeypatch.setattr(page.acts, "run_dialog", run)
    assert page.acts.print_act()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.acts.notice.text()
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"],
                                       capture_output=True, text=True, check=True).stdout.split())
        assert "УТВЕРЖДАЮ" in text and "ПРОЕКТ" in text            # a draft says so


# --- returns ---------------------------------------------------------------------------------

def test_two_kyrgyz_copies_go_back_and_are_confirmed(qtbot, clerk, monkeypatch):
    reg = register.register_carrier(clerk, kyrgyz(copies=2))
    page = DestructionPage(clerk)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.returns)
    tab = page.returns
    assert tab.model.rowCount() == 0 and not tab.buttons["send"].isHidden()

    def send(dialog: ReturnDialog) -> bool:
        assert [c.copy_no for c in add_copies(dialog, reg.reg_no)] == [1, 2]
        type_text(dialog.notice_reference, "12/9-ж")
        type_text(dialog.cover_letter, "исх-44")
        assert not submit(dialog)                          # no channel chosen
        assert "not one of the allowed channels" in error_of(dialog, "channel")
        assert dialog.notice_reference.text() == "12/9-ж" and len(dialog.picker.copies) == 2
        dialog.channel.setCurrentIndex(dialog.channel.findData("courier"))
        return submit(dialog)

    monkeypatch.setattr(tab, "run_dialog", send)
    list_id = tab.send_back()
    assert list_id is not None and tab.current().id == list_id
    state = tab.model.index(0, tab.model.column_of("state")).data()
    assert state == "Sent, awaiting confirmation"
    assert "dispatched to ГКНБ Кыргызской Республики" in tab.notice.text()
    assert register_states(clerk, reg.reg_no) == {1: "Dispatched", 2: "Dispatched"}

    view = ReturnViewDialog(clerk, list_id)
    qtbot.addWidget(view)
    assert view.values["channel"].text() == "Courier service"
    assert not view.action_buttons["confirm"].isHidden()
    view.ask_reference = lambda: "ГКНБ хаты 5/1"
    assert view.confirm_receipt()
    assert view.values["state"].text() == "Receipt confirmed"
    assert "ГКНБ хаты 5/1" in view.values["received"].text()
    assert {r[6] for r in table_rows(view.copies)} == {"Returned to originator"}
    assert view.action_buttons["confirm"].isHidden()
    assert returns.return_list(clerk, list_id).confirmed


# --- small pieces ----------------------------------------------------------------------------

def test_copy_numbers_are_read_from_lists_and_ranges():
    assert copy_numbers("") == ()
    assert copy_numbers(" 1, 3-5;7 2 – 3") == (1, 3, 4, 5, 7, 2)
    for bad in ("x", "0", "5-3", "1-99999"):
        with pytest.raises(ValueError):
            copy_numbers(bad)


def test_the_section_opens_the_page(qtbot, clerk):
    section = next(s for s in SECTIONS if s.key == "destruction")
    page = make_page(section, clerk)
    qtbot.addWidget(page)
    assert isinstance(page, DestructionPage)
    assert page.tabs.tabText(0) == "Destruction acts"
    assert page.tabs.tabText(1) == "Returns to the originator"


def test_editing_a_draft_keeps_its_values_and_withdraws_the_signatures(qtbot, clerk, act_id):
    act_id, reg = act_id
    destruction.sign(clerk, act_id, "m1", PASSWORD)
    view = ActViewDialog(clerk, act_id)
    qtbot.addWidget(view)

    def edit(dialog: ActDialog) -> bool:
        assert "withdraws the signatures already given (M1 Member Testov)" in \
            dialog.about.text()
        assert dialog.method.currentData() == "Сжигание"
        assert dialog.method_note.toPlainText() == HOSTILE
        assert dialog.basis_kind.currentData() is BasisKind.STORAGE_EXPIRED
        assert dialog.chair_name() == "head" and dialog.member_names() == ["m1", "m2"]
        assert [c.copy_no for c in dialog.picker.copies] == [1, 2]
        assert [c.copy_no for c in add_copies(dialog, reg.reg_no, "3")] == [3]
        return submit(dialog)

    view.run_dialog = edit
    assert view.edit()
    assert view.totals.text() == "Total: 3 copies, 15 sheets"
    assert {r[3] for r in table_rows(view.commission)} == {"not signed yet"}
    assert view.act.state is ActState.DRAFT

"""The copy-request flow through real widgets over a real store (SPEC §4): the request, the
head's decision or the originator's written answer, copies made and used up, refusals, bad
input kept as typed, and the request form printed."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.carriers import Originator, OriginatorType
from desktop.domain.copying import RequestState
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.services import copying, register, users
from desktop.ui.copying import CopyRequestsPage
from desktop.ui.copying.decision_dialog import DecisionDialog
from desktop.ui.copying.make_copies_dialog import MakeCopiesDialog
from desktop.ui.copying.request_details_dialog import RequestDetailsDialog
from desktop.ui.copying.request_dialog import RequestDialog
from desktop.ui.copying.requests_model import CopyRequestsModel
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.print_dialog import PrintDialog
from tests.conftest import PASSWORD, clearance
from tests.ui.register_support import draft, type_text

TODAY = dt.date.today()
KG = "Кыргыз Республикасынын Коргоо министрлиги"
OWN_TITLE = "Өте құпия шифрлау кестесі"
KG_TITLE = "Кыргыз тарабынын чалгын маалыматы"


@pytest.fixture
def chief(admin, login):
    users.add_user(admin, username="chief", full_name="Chief Boss Testov", password=PASSWORD,
                   roles={Role.ORG_HEAD}, clearance=clearance(1), position="Директор")
    return login("chief")


@pytest.fixture
def own(clerk):
    return register.register_carrier(clerk, draft(OWN_TITLE, Level.SS, copies=2, sheets=3,
                                                  location="Сейф 2"))


@pytest.fixture
def kyrgyz(clerk):
    origin = Originator(OriginatorType.KYRGYZ, KG, "Жашыруун", "12/345", TODAY)
    return register.register_carrier(clerk, draft(KG_TITLE, Level.S, originator=origin,
                                                  purpose="Бірлескен оқу-жаттығу"))


@pytest.fixture
def make_page(qtbot):
    def make(session) -> CopyRequestsPage:
        page = CopyRequestsPage(session)
        qtbot.addWidget(page)
        page.refresh()
        return page
    return make


def error_of(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{key}Error")
    assert label is not None, key
    return label.text() if label.isVisibleTo(dialog) else ""


def ok(dialog: QDialog) -> bool:
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def column(page: CopyRequestsPage, key: str, row: int = 0) -> str:
    return page.model.index(row, CopyRequestsModel.column_of(key)).data()


def select(page: CopyRequestsPage, number: str) -> None:
    for row in range(page.model.rowCount()):
        if column(page, "number", row) == number:
            page.table.setCurrentIndex(page.model.index(row, 0))
            return
    raise AssertionError(f"request {number} is not shown")


def enabled(page: CopyRequestsPage) -> set[str]:
    return {name for name, button in page.buttons.items() if button.isEnabled()}


def new_request(page, monkeypatch, reg_no: str, copies: int, purpose: str, **extra) -> dict:
    """Fill the new-request dialog like a clerk; returns what the dialog showed."""
    seen: dict = {}

    def run(dialog: RequestDialog) -> bool:
        type_text(dialog.reg_no, reg_no)
        dialog.look_up()
        seen["about"] = dialog.about.text()
        seen["people"] = ([dialog.requester.itemData(i) for i in range(dialog.requester.count())]
                          if dialog.requester is not None else None)
        if "requester" in extra:
            dialog.select_requester(extra["requester"])
        dialog.copies.setValue(copies)
        type_text(dialog.purpose, purpose)
        if "third_party" in extra:
            type_text(dialog.third_party, extra["third_party"])
            seen["consent_shown"] = dialog.consent.isVisibleTo(dialog)
        if "consent" in extra:
            type_text(dialog.consent, extra["consent"])
        seen["accepted"] = ok(dialog)
        seen["dialog"] = dialog
        return seen["accepted"]
    monkeypatch.setattr(page, "run_dialog", run)
    seen["result"] = page.new_request()
    return seen


# --- own information: the head decides ----------------------------------------------------

def test_own_request_permitted_by_the_head_and_copied_twice(
        clerk, chief, own, make_page, monkeypatch):
    page = make_page(clerk)
    assert page.model.rowCount() == 0 and enabled(page) == {"new"}
    seen = new_request(page, monkeypatch, own.reg_no, 3, "Кеңеске арналған көшірмелер",
                       requester="head")
    assert seen["result"] and OWN_TITLE in seen["about"]
    assert "clerk" in seen["people"] and "head" in seen["people"]
    assert "executor" not in seen["people"]         # form 3 does not cover SS
    number = column(page, "number")
    assert column(page, "state") == "Awaiting permission"
    assert column(page, "requester") == "Head Testov" and column(page, "asked") == "3"
    assert "Decision of the head" in column(page, "permission")
    assert number in page.notice.text()
    assert enabled(page) == {"new", "print", "open"}    # own information: not the clerk's

    boss = make_page(chief)
    select(boss, number)
    assert "decide" in enabled(boss) and "make" not in enabled(boss)

    def decide(dialog: DecisionDialog) -> bool:
        assert not dialog.body.isVisibleTo(dialog) and not dialog.date.isVisibleTo(dialog)
        assert dialog.signer.text() == "Директор, Chief Boss Testov"
        assert dialog.authorised.maximum() == 3
        dialog.authorised.setValue(2)
        type_text(dialog.reference, "Бұйрық № 12")
        return ok(dialog)
    monkeypatch.setattr(boss, "run_dialog", decide)
    assert boss.decide()
    assert column(boss, "state") == "Permitted" and column(boss, "permitted") == "2 / 0"
    assert "Chief Boss Testov" in column(boss, "permission")
    assert "Бұйрық № 12" in column(boss, "permission")
    assert "decide" not in enabled(boss)

    page.refresh()
    select(page, number)
    assert "make" in enabled(page)
    made = []

    def make(dialog: MakeCopiesDialog) -> bool:
        assert dialog.count.maximum() == 2 - len(made)
        dialog.count.setValue(1)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted      # stays open with numbers
        made.append(dialog.made_label.text() if dialog.made_label.isVisibleTo(dialog) else "")
        dialog.reject()                                            # Close
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(page, "run_dialog", make)
    assert page.make_copies() == [3]
    assert "copies No. 3" in made[0] and own.reg_no in made[0]
    assert column(page, "state") == "Permitted" and column(page, "permitted").startswith("2 / 1")
    assert page.make_copies() == [4]
    assert column(page, "state") == "Copies made"
    assert column(page, "permitted") == "2 / 2 (copies No. 3, 4)"
    assert own.reg_no in page.notice.text() and "copies No. 4." in page.notice.text()

    # A third copy is impossible: the button is off, and a stale dialog gets the refusal.
    assert "make" not in enabled(page) and page.make_copies() == []
    stale = copying.requests(clerk)[0]
    stale = type(stale)(**{**stale.__dict__, "state": RequestState.APPROVED, "made": 1})
    dialog = MakeCopiesDialog(clerk, stale)
    assert not ok(dialog) and dialog.numbers == []
    assert "Copies made" in dialog.message.text()
    used_up = MakeCopiesDialog(clerk, copying.requests(clerk)[0])
    assert not used_up.ok_button.isEnabled()
    assert used_up.message.text() == "No copies are left under this permission."
    with clerk.store.read() as conn:
        from desktop.store import register as repo
        assert [c.copy_no for c in repo.copies_of(conn, own.id)] == [1, 2, 3, 4]


# --- received information: the originator's written answer --------------------------------

def test_kyrgyz_request_permitted_and_refused_by_the_originators_answer(
        clerk, chief, kyrgyz, make_page, monkeypatch):
    page = make_page(clerk)
    new_request(page, monkeypatch, kyrgyz.reg_no, 2, "Оқу-жаттығуға")
    first = column(page, "number")
    assert "Written permission of the originator" in column(page, "permission")
    assert "decide" in enabled(page)
    boss = make_page(chief)
    select(boss, first)
    assert "decide" not in enabled(boss)          # the originator permits, not our head

    def permit(dialog: DecisionDialog) -> bool:
        assert dialog.body.text() == KG and not dialog.signer.isVisibleTo(dialog)
        assert not ok(dialog)                       # the letter's number is required
        assert "permission reference" in error_of(dialog, "reference")
        assert dialog.body.text() == KG             # nothing typed is lost
        type_text(dialog.reference, "7/2")
        dialog.date.setDate(dialog.date.date().addDays(-1))
        return ok(dialog)
    monkeypatch.setattr(page, "run_dialog", permit)
    assert page.decide()
    assert column(page, "state") == "Permitted"
    permission = column(page, "permission")
    assert KG in permission and "7/2" in permission and "ref. 7/2" in permission

    seen = new_request(page, monkeypatch, kyrgyz.reg_no, 1, "Мердігерге беру",
                       third_party="ТОО «Альфа»")
    assert seen["consent_shown"] and not seen["result"]
    dialog = seen["dialog"]
    assert "prior written consent" in error_of(dialog, "consent")
    assert dialog.third_party.text() == "ТОО «Альфа»"
    seen = new_request(page, monkeypatch, kyrgyz.reg_no, 1, "Мердігерге беру",
                       third_party="ТОО «Альфа»", consent="хат 8/3")
    assert seen["result"]
    second = column(page, "number")
    assert second != first

    def refuse(dialog: DecisionDialog) -> bool:
        dialog.choose(approve=False)
        assert dialog.reason.isVisibleTo(dialog) and not dialog.authorised.isVisibleTo(dialog)
        assert not ok(dialog)
        assert "reason for the refusal" in error_of(dialog, "reason")
        type_text(dialog.reason, "Тарап келісім бермеді")
        type_text(dialog.reference, "9/9")
        return ok(dialog)
    select(page, second)
    monkeypatch.setattr(page, "run_dialog", refuse)
    assert page.decide()
    select(page, second)
    assert column(page, "state", page.table.currentIndex().row()) == "Refused"
    assert "Refused: Тарап келісім бермеді" in column(
        page, "permission", page.table.currentIndex().row())
    assert "make" not in enabled(page) and "decide" not in enabled(page)

    page.set_filters(state=RequestState.REFUSED)
    assert page.model.rowCount() == 1 and column(page, "number") == second
    page.set_filters(originator_type=OriginatorType.OWN)
    assert page.model.rowCount() == 0
    page.set_filters(originator_type=OriginatorType.KYRGYZ)
    assert page.model.rowCount() == 2


# --- bad input -----------------------------------------------------------------------------

def test_bad_input_is_shown_beside_its_field_and_kept(clerk, own, qtbot):
    dialog = RequestDialog(clerk)
    qtbot.addWidget(dialog)
    type_text(dialog.reg_no, "999/1999")
    assert dialog.look_up() is None and error_of(dialog, "reg_no")
    dialog.reg_no.clear()
    type_text(dialog.reg_no, own.reg_no)
    assert dialog.look_up() is not None and not error_of(dialog, "reg_no")
    dialog.copies.setValue(2)
    assert not ok(dialog)
    assert error_of(dialog, "purpose") == "Invalid value for purpose of copying: it is empty"
    dialog.purpose.setPlainText("Жоспар\x07 көшірмесі")
    assert not ok(dialog)
    assert "control characters" in error_of(dialog, "purpose")
    assert dialog.purpose.toPlainText() == "Жоспар\x07 көшірмесі"
    dialog.purpose.setPlainText("ж" * 501)
    assert not ok(dialog)
    assert "at most 500 characters" in error_of(dialog, "purpose")
    assert dialog.reg_no.text() == own.reg_no and dialog.copies.value() == 2
    markup = "<b>Жоспар</b> & <i>кесте</i>\nекінші жол"
    dialog.purpose.setPlainText(markup)
    assert ok(dialog)                                # markup is text, stored as typed
    details = RequestDetailsDialog(clerk, dialog.request_id)
    qtbot.addWidget(details)
    shown = details.values["purpose"]
    assert shown.text() == markup and shown.textFormat() == Qt.TextFormat.PlainText
    assert not details.values["reason"].isVisibleTo(details)


def test_someone_not_keeping_the_register_asks_for_themselves(login, clerk, qtbot):
    from desktop.services import moves
    low = register.register_carrier(clerk, draft("Есеп", Level.S))
    with clerk.store.read() as conn:
        from desktop.store import register as repo
        moves.issue(clerk, repo.copies_of(conn, low.id)[0].id, "executor", "жұмыс")
    executor = login("executor")
    page = CopyRequestsPage(executor)
    qtbot.addWidget(page)
    page.refresh()
    dialog = RequestDialog(executor)
    qtbot.addWidget(dialog)
    assert dialog.requester is None and dialog.myself.text() == "Executor Testov"
    type_text(dialog.reg_no, low.reg_no)
    dialog.look_up()
    type_text(dialog.purpose, "Жұмыс үшін")
    assert ok(dialog)
    page.refresh()
    assert page.model.rowCount() == 1 and column(page, "requester") == "Executor Testov"
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert enabled(page) == {"new", "print", "open"}


# --- printing and the details ---------------------------------------------------------------

def test_the_request_form_prints_through_the_print_dialog(
        clerk, chief, own, make_page, monkeypatch, tmp_path):
    request_id = copying.create_request(clerk, own.reg_no, 2, "Кеңес")
    copying.approve(chief, request_id, 1, reference="Бұйрық 3")
    page = make_page(clerk)
    target = tmp_path / "request.pdf"
    seen = {}

    def run(dialog: PrintDialog) -> bool:
        seen["title"] = dialog.windowTitle()
        dialog.set_language("ky")
        dialog.ask_path = lambda lang: seen.setdefault("lang", lang) and target
        dialog.print_now()
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(page, "run_dialog", run)
    assert page.print_request()
    assert seen == {"title": "Print the copy request", "lang": "ky"}
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in page.notice.text()

    opened = {}
    monkeypatch.setattr(page, "run_dialog", lambda d: opened.setdefault("d", d) and True)
    assert page.open_request()
    details = opened["d"]
    assert details.values["reference"].text() == "Бұйрық 3"
    assert details.values["authorised"].text() == "1"


def test_the_page_retranslates(clerk, own, make_page):
    copying.create_request(clerk, own.reg_no, 1, "x")
    page = make_page(clerk)
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.buttons["new"].text() == "&New request…"
    assert page.state_filter.itemText(1) == "Awaiting permission"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "No."


def test_the_head_decides_from_the_start_page(clerk, chief, own, make_page, monkeypatch,
                                              qtbot):
    """A double click (or Enter) on a waiting request of the start page opens the decision."""
    from desktop.ui.today_page import TodayPage
    page = make_page(clerk)
    new_request(page, monkeypatch, own.reg_no, 2, "Кеңеске", requester="head")
    today = TodayPage(chief)
    qtbot.addWidget(today)
    today.refresh()
    assert today.requests.count() == 1
    shown = []

    def decide(dialog: DecisionDialog) -> bool:
        shown.append(dialog.request.reg_no)
        type_text(dialog.reference, "Бұйрық № 14")
        return ok(dialog)
    monkeypatch.setattr(today, "run_dialog", decide)
    today.requests.itemActivated.emit(today.requests.item(0))
    assert shown == [own.reg_no]
    assert today.requests.count() == 0                  # decided: no longer waiting
    assert copying.requests(clerk)[0].state is RequestState.APPROVED

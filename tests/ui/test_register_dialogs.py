"""The registration and move dialogs and the copy's card, driven like a clerk would: Kazakh
typed with key events, errors beside their fields, nothing typed lost."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from desktop.domain.carriers import CopyState, InternationalChannel
from desktop.domain.errors import ClearanceInsufficient
from desktop.services import contracts, printing, register, transfers
from desktop.ui.register import RegisterPage
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.dispatch_dialog import DispatchDialog
from desktop.ui.register.form_parts import ErrorLabel
from desktop.ui.register.issue_dialog import IssueDialog
from desktop.ui.register.receipt_dialog import ReceiptDialog
from desktop.ui.register.registration_dialog import RegistrationDialog
from desktop.ui.register.return_dialog import ReturnDialog
from tests.services.test_contracts import contract_draft
from tests.ui.register_support import (
    TITLES,
    TODAY,
    populate,
    select_title,
    settle,
    titles,
    type_text,
)


@pytest.fixture
def carriers(clerk):
    return populate(clerk)


@pytest.fixture
def page(qtbot, clerk, carriers):
    page = RegisterPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot, page)
    yield page
    qtbot.waitUntil(page.background_idle, timeout=10_000)


def shown(widget) -> bool:
    """Whether the form row holding `widget` is shown (the dialog itself is not)."""
    return widget.parentWidget().isVisibleTo(widget.window())


def error_of(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{key}Error")
    assert label is not None, key
    return label.text() if label.isVisibleTo(dialog) else ""


def ok(dialog: QDialog) -> bool:
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def row_of(page: RegisterPage, title: str, copy_no: int = 1) -> dict:
    return next(page.model.row_data(r) for r in range(page.model.rowCount())
                if page.model.row_data(r)["title"] == title
                and page.model.row_data(r)["copy_no"] == copy_no)


# --- registration --------------------------------------------------------------------------

def test_registering_with_kazakh_typed_shows_the_new_copies(page, clerk, monkeypatch, qtbot):
    title = "Әскери жаттығу қорытындысы: «Көктем-2026»"

    def fill(dialog: RegistrationDialog) -> bool:
        assert dialog.kind.currentText() == "Paper document"
        assert not dialog.row_visible("serial") and not dialog.row_visible("marking")
        type_text(dialog.title_edit, title)
        dialog.level.setCurrentIndex(dialog.level.findData("SS"))
        type_text(dialog.basis, "Тізбенің 14-тармағы")
        dialog.sheets.setValue(7)
        dialog.copies.setValue(3)
        type_text(dialog.location, "Сейф №2, 305 бөлме")
        dialog.origin_type.setCurrentIndex(dialog.origin_type.findData("domestic"))
        type_text(dialog.origin_name, "Қорғаныс министрлігі")
        type_text(dialog.incoming_no, "кіріс-15")
        type_text(dialog.notes, "Ескерту: қолмен жеткізілді")
        return ok(dialog)
    monkeypatch.setattr(page, "run_dialog", fill)
    page.register_new()
    settle(qtbot, page)
    assert titles(page) == [title] * 3
    reg_no = page.model.row_data(0)["reg_no"]
    assert page.filters.search.text() == reg_no
    stored = register.find(clerk, reg_no)
    assert (stored.title, stored.level.value, stored.basis, stored.sheets, stored.copies) \
        == (title, "SS", "Тізбенің 14-тармағы", 7, 3)
    assert (stored.originator.type.value, stored.originator.name, stored.incoming_no,
            stored.notes) == ("domestic", "Қорғаныс министрлігі", "кіріс-15",
                              "Ескерту: қолмен жеткізілді")
    assert page.model.row_data(0)["location"] == "Сейф №2, 305 бөлме"


def test_missing_fields_are_shown_beside_them_and_nothing_is_lost(clerk, qtbot):
    dialog = RegistrationDialog(clerk)
    qtbot.addWidget(dialog)
    type_text(dialog.basis, "Тізбенің 3-тармағы")
    dialog.origin_type.setCurrentIndex(dialog.origin_type.findData("kyrgyz"))
    assert dialog.row_visible("marking") and dialog.row_visible("purpose")
    dialog.marking.setCurrentIndex(dialog.marking.findText("Жашыруун"))
    assert dialog.level.currentData() == "S" and not dialog.level.isEnabled()
    type_text(dialog.origin_name, "Кыргыз Республикасынын ТИМ")
    type_text(dialog.reference, "04/221")
    assert not ok(dialog)
    assert error_of(dialog, "title") == "Invalid value for title: it is empty"
    assert error_of(dialog, "purpose") == "Invalid value for purpose of transfer: it is empty"
    assert error_of(dialog, "basis") == "" and dialog.message.isHidden()
    title_error = dialog.findChild(ErrorLabel, "titleError")
    assert title_error.parentWidget() is dialog.title_edit.parentWidget()   # beside it
    assert (dialog.basis.text(), dialog.origin_name.text(), dialog.reference.text(),
            dialog.marking.currentText()) == ("Тізбенің 3-тармағы",
                                              "Кыргыз Республикасынын ТИМ", "04/221",
                                              "Жашыруун")
    type_text(dialog.title_edit, "Бірлескен жаттығу жоспары")
    assert error_of(dialog, "title") == ""                # editing hides the message
    type_text(dialog.purpose, "Бірлескен жаттығу үшін ғана")
    assert ok(dialog)
    stored = dialog.registration
    assert stored is not None and stored.level.value == "S"
    assert (stored.originator.foreign_marking, stored.originator.reference, stored.purpose) \
        == ("Жашыруун", "04/221", "Бірлескен жаттығу үшін ғана")


def test_service_errors_land_beside_their_fields(clerk, login, carriers, qtbot):
    dialog = RegistrationDialog(clerk)
    qtbot.addWidget(dialog)
    type_text(dialog.title_edit, "Үзінді")
    dialog.level.setCurrentIndex(dialog.level.findData("S"))
    type_text(dialog.parent_no, carriers["ov"].reg_no)    # derived below its source
    assert dialog.derivation.isEnabled()
    assert not ok(dialog)
    assert error_of(dialog, "parent") == ("Invalid value for parent registration: derived "
                                          "information cannot have a lower level than its "
                                          "source")
    dialog.parent_no.clear()
    type_text(dialog.parent_no, "999с/1999")
    assert not ok(dialog)
    assert error_of(dialog, "parent") == \
        "Your clearance does not give access to this information."
    assert dialog.title_edit.text() == "Үзінді"
    head = RegistrationDialog(login("head"))            # form 2: no OV
    qtbot.addWidget(head)
    type_text(head.title_edit, "Аса маңызды құжат")
    head.level.setCurrentIndex(head.level.findData("OV"))
    assert not ok(head)
    assert error_of(head, "level") == "Your clearance does not give access to this information."


def test_an_electronic_medium_asks_for_serial_and_capacity(clerk, qtbot):
    dialog = RegistrationDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("electronic"))
    assert dialog.row_visible("serial") and dialog.row_visible("capacity")
    type_text(dialog.title_edit, "USB-жинақтауыш")
    dialog.level.setCurrentIndex(dialog.level.findData("S"))
    type_text(dialog.serial, "SN-42")
    type_text(dialog.capacity, "64 GB")
    assert ok(dialog)
    assert (dialog.registration.medium_serial, dialog.registration.medium_capacity) \
        == ("SN-42", "64 GB")


def test_a_carrier_from_the_kyrgyz_party_comes_under_a_contract(clerk, qtbot):
    contract_id = contracts.create(clerk, contract_draft())
    ended = contracts.create(clerk, contract_draft(number="8-КР"))
    contracts.end(clerk, ended, TODAY, "Мерзімі өтті")
    ending = contracts.create(clerk, contract_draft(number="9-КР"))
    dialog = RegistrationDialog(clerk)
    qtbot.addWidget(dialog)
    choice = dialog.contract_choice
    assert choice.itemText(0) == "Not under a contract"
    assert {choice.itemData(i) for i in range(choice.count())} == {None, contract_id, ending}
    contracts.end(clerk, ending, TODAY, "Бұзылды")      # while the dialog is open
    for kind, visible in (("own", False), ("domestic", False), ("joint", True),
                          ("kyrgyz", True)):
        dialog.origin_type.setCurrentIndex(dialog.origin_type.findData(kind))
        assert dialog.row_visible("contract_choice") is visible, kind
        assert dialog.row_visible("contract") is visible, kind
    dialog.marking.setCurrentIndex(dialog.marking.findText("Абдан жашыруун"))
    type_text(dialog.title_edit, "Оқу-жаттығу жоспары")
    type_text(dialog.origin_name, "Кыргыз Республикасынын Коргоо министрлиги")
    type_text(dialog.purpose, "Бірлескен жаттығу үшін ғана")
    choice.setCurrentIndex(choice.findData(ending))
    assert not ok(dialog)
    assert error_of(dialog, "contract_choice") == ("Invalid value for contract: the contract "
                                                   "has ended or expired")
    choice.setCurrentIndex(choice.findData(contract_id))
    assert error_of(dialog, "contract_choice") == ""
    assert ok(dialog)
    stored = dialog.registration
    assert stored is not None and stored.contract_id == contract_id
    assert stored.contract.startswith("№ 7-КР (")          # the service names it
    received = contracts.contract(clerk, contract_id).received
    assert [r["reg_no"] for r in received] == [stored.reg_no]


def test_an_own_carrier_never_comes_under_a_contract(clerk, qtbot):
    contract_id = contracts.create(clerk, contract_draft())
    dialog = RegistrationDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.origin_type.setCurrentIndex(dialog.origin_type.findData("kyrgyz"))
    dialog.contract_choice.setCurrentIndex(dialog.contract_choice.findData(contract_id))
    dialog.origin_type.setCurrentIndex(dialog.origin_type.findData("own"))   # changed mind
    type_text(dialog.title_edit, "Өз құжаты")
    dialog.level.setCurrentIndex(dialog.level.findData("S"))
    assert ok(dialog)
    assert dialog.registration.contract_id is None
    assert contracts.contract(clerk, contract_id).received == []


# --- moves ---------------------------------------------------------------------------------

def test_issue_return_dispatch_and_receipt_through_the_dialogs(page, clerk, monkeypatch):
    select_title(page, TITLES["kk"])
    copy_id = page.current_copy_id()
    assert page.action("issue").isEnabled() and not page.action("return").isEnabled()

    def run(dialog) -> bool:
        if isinstance(dialog, IssueDialog):
            assert dialog.recipient.findData("executor") >= 0
            dialog.select_recipient("executor")
            type_text(dialog.basis, "Тапсырма №7")
        elif isinstance(dialog, DispatchDialog):
            assert dialog.consent.parentWidget().isHidden()   # own carrier: no consent
            assert dialog.channel.count() == 3
            dialog.channel.setCurrentIndex(0)
            type_text(dialog.to_org, "Қорғаныс министрлігі")
            type_text(dialog.cover_letter, "шығ-15")
            type_text(dialog.basis, "Сұрау салу")
        elif isinstance(dialog, ReceiptDialog):
            type_text(dialog.reference, "Хабарлама №3")
        else:
            assert isinstance(dialog, ReturnDialog)
        return ok(dialog)
    monkeypatch.setattr(page, "run_dialog", run)

    assert page.issue()
    row = page.current_row()
    assert row["copy_id"] == copy_id and row["state"] == "issued"
    assert page.model.index(page.table.currentIndex().row(),
                            page.model.column_of("custodian")).data() == "Executor Testov"
    assert page.action("return").isEnabled() and not page.action("issue").isEnabled()
    assert page.return_copy() and page.current_row()["state"] == "returned"
    assert page.dispatch() and page.current_row()["state"] == "dispatched"
    assert page.action("receipt").isEnabled() and not page.action("issue").isEnabled()
    assert page.confirm_receipt() and page.current_row()["state"] == "delivered"
    assert [page.action(n).isEnabled() for n in ("issue", "return", "dispatch", "receipt",
                                                  "card")] == [False] * 4 + [True]

    card = CopyCardDialog(clerk, copy_id)
    history = card.history
    cells = [[history.item(r, c).text() for c in range(history.columnCount())]
             for r in range(history.rowCount())]
    assert [(r[1], r[2]) for r in cells] == [
        ("—", "Registered"), ("Registered", "Issued"), ("Issued", "Returned"),
        ("Returned", "Dispatched"), ("Dispatched", "Receipt confirmed")]
    assert cells[1][3] == "Executor Testov" and cells[1][4] == "Тапсырма №7"
    assert cells[3][3].startswith("Қорғаныс министрлігі, ") and "шығ-15" in cells[3][3]
    assert cells[4][4] == "Хабарлама №3" and {r[5] for r in cells} == {"clerk"}
    assert card.values["state"].text() == "Receipt confirmed"
    assert card.badge.text() == "Secret"


def test_an_illegal_move_is_disabled_and_refused_when_forced(page, clerk):
    row = select_title(page, TITLES["ss"])
    assert not page.action("return").isEnabled() and not page.action("receipt").isEnabled()
    forced = ReceiptDialog(clerk, row)
    type_text(forced.reference, "Хабарлама")
    assert not ok(forced)
    assert forced.message.text() == "A copy in the state «Registered» cannot be moved this way."
    assert forced.reference.text() == "Хабарлама"
    issue = IssueDialog(clerk, row)                       # SS: form 3 is not offered
    assert issue.recipient.findData("executor") < 0 and issue.recipient.findData("head") >= 0
    issue.recipient.addItem("executor", "executor")       # forced past the list
    issue.select_recipient("executor")
    type_text(issue.basis, "Тапсырма")
    assert not ok(issue)
    assert error_of(issue, "recipient") == ("This cannot be done now: the recipient has no "
                                            "valid clearance covering this level")
    assert register.copy_row(clerk, row["copy_id"])["state"] == CopyState.REGISTERED.value


def test_dispatching_a_kyrgyz_carrier_needs_confirmation_and_consent(page, clerk):
    row = select_title(page, TITLES["ky"])
    dialog = DispatchDialog(clerk, row)
    assert not dialog.consent.parentWidget().isHidden()
    assert "prior written consent" in dialog.consent_why.text()
    abroad = (dialog.confirmation, dialog.confirmation_date, dialog.contract, dialog.large)
    assert all(shown(w) is False for w in abroad)
    dialog.international.setChecked(True)
    assert all(shown(w) for w in abroad)
    assert not shown(dialog.transport)                     # only for a large carrier
    assert [dialog.channel.itemData(i) for i in range(dialog.channel.count())] \
        == [c.value for c in InternationalChannel]
    assert dialog.channel.itemText(0) == "Diplomatic channels"
    dialog.channel.setCurrentIndex(2)
    type_text(dialog.to_org, "Өзбекстан Республикасының органы")
    type_text(dialog.cover_letter, "шығ-9")
    type_text(dialog.basis, "Келісім")
    assert not ok(dialog)
    assert error_of(dialog, "confirmation") == ("Invalid value for written confirmation of the "
                                                "recipient's clearance and capability: it is "
                                                "empty")
    type_text(dialog.confirmation, "Растау №5")
    dialog.confirmation_date.set_value(TODAY)
    assert not ok(dialog)
    assert error_of(dialog, "consent") == ("Invalid value for prior written consent of the "
                                           "originator: it is empty")
    dialog.to_org.clear()
    type_text(dialog.to_org, row["originator"])           # back to the originator itself
    assert "no consent is needed" in dialog.consent_why.text()
    assert ok(dialog)
    assert register.copy_row(clerk, row["copy_id"])["state"] == "dispatched"
    [sent] = transfers.transfers_of_copy(clerk, row["copy_id"])
    assert (sent.to_org, sent.channel, sent.confirmation_ref, sent.confirmation_date,
            sent.consent_ref, sent.large, sent.received_on) == (
        row["originator"], InternationalChannel.COURIER, "Растау №5", TODAY, "", False, None)


def test_a_large_carrier_goes_abroad_with_its_transport_route_and_escort(page, clerk):
    contract_id = contracts.create(clerk, contract_draft())
    row = select_title(page, TITLES["ss"])
    dialog = DispatchDialog(clerk, row)
    dialog.international.setChecked(True)
    assert dialog.contract.itemText(0) == "None" and dialog.contract.count() == 2
    dialog.contract.setCurrentIndex(dialog.contract.findData(contract_id))
    dialog.channel.setCurrentIndex(dialog.channel.findData("military_courier"))
    for edit, text in ((dialog.to_org, "Кыргыз Республикасынын Коргоо министрлиги"),
                       (dialog.cover_letter, "шығ-21"), (dialog.basis, "Келісім 7-КР"),
                       (dialog.confirmation, "Растау №12")):
        edit.setText(text)
    dialog.confirmation_date.set_value(TODAY - dt.timedelta(days=3))
    dialog.large.setChecked(True)
    assert all(shown(w) for w in (dialog.transport, dialog.route, dialog.escort))
    assert not ok(dialog)
    assert error_of(dialog, "transport") == "Invalid value for method of transport: it is empty"
    dialog.transport.setText("Арнайы көлік")
    dialog.route.setText("Алматы — Қордай — Бішкек")
    dialog.escort.setText("Екі фельдъегерь")
    assert ok(dialog)
    [sent] = transfers.transfers_of_copy(clerk, row["copy_id"])
    assert (sent.channel, sent.contract_id, sent.confirmation_ref, sent.confirmation_date,
            sent.large, sent.transport, sent.route, sent.escort) == (
        InternationalChannel.MILITARY_COURIER, contract_id, "Растау №12",
        TODAY - dt.timedelta(days=3), True, "Арнайы көлік", "Алматы — Қордай — Бішкек",
        "Екі фельдъегерь")
    assert register.copy_row(clerk, row["copy_id"])["state"] == "dispatched"


def test_going_abroad_without_the_confirmations_date_is_refused(page, clerk):
    row = select_title(page, TITLES["kk"])
    dialog = DispatchDialog(clerk, row)
    dialog.international.setChecked(True)
    dialog.channel.setCurrentIndex(0)
    for edit, text in ((dialog.to_org, "Кыргыз Республикасынын ТИМ"),
                       (dialog.cover_letter, "шығ-3"), (dialog.basis, "Сұрау салу"),
                       (dialog.confirmation, "Растау №1")):
        edit.setText(text)
    assert dialog.confirmation_date.value() is None
    assert not ok(dialog)
    assert error_of(dialog, "confirmation_date") == ("Invalid value for date of the written "
                                                     "confirmation: it is empty")
    assert dialog.confirmation.text() == "Растау №1"
    assert register.copy_row(clerk, row["copy_id"])["state"] == "registered"
    assert transfers.transfers_of_copy(clerk, row["copy_id"]) == []
    dialog.confirmation_date.none.setChecked(False)        # editing hides the message
    assert error_of(dialog, "confirmation_date") == ""


def test_an_empty_confirmation_reference_is_shown_beside_it(page, clerk):
    row = select_title(page, TITLES["ov"])
    dialog = ReceiptDialog(clerk, row)
    assert not ok(dialog)
    assert error_of(dialog, "reference") == ("Invalid value for basis: it is empty")


# --- the card ------------------------------------------------------------------------------

def test_the_card_prints_through_the_printing_service(page, clerk, monkeypatch, tmp_path):
    row = select_title(page, TITLES["ky"])
    card = CopyCardDialog(clerk, row["copy_id"])
    assert card.values["originator"].text().startswith("Абдан жашыруун (Top secret) — ")
    made = []
    monkeypatch.setattr(printing, "copy_card_pdf", lambda session, copy_id, lang:
                        made.append((copy_id, lang)) or b"%PDF-1.4 test", raising=False)
    card = CopyCardDialog(clerk, row["copy_id"])
    assert card.print_button.isEnabled()
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(card, "ask_path", lambda lang: target)
    assert card.print_card("ru") == target
    assert target.read_bytes() == b"%PDF-1.4 test" and made == [(row["copy_id"], "ru")]
    assert str(target) in card.status.text()


def test_the_card_is_refused_to_someone_not_cleared(page, login):
    row = select_title(page, TITLES["kk"])
    with pytest.raises(ClearanceInsufficient):
        CopyCardDialog(login("executor"), row["copy_id"])


def test_the_card_prints_through_the_real_service(page, clerk, monkeypatch, tmp_path, qtbot):
    row = select_title(page, TITLES["kk"])
    card = CopyCardDialog(clerk, row["copy_id"])
    qtbot.addWidget(card)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(card, "ask_path", lambda lang: target)
    assert card.print_card("kk") == target
    assert target.read_bytes().startswith(b"%PDF")
    assert card.message.isHidden()

"""The contracts' screens driven like a clerk would (S001 a.7, a.5): a contract drawn up with
its separate section in Kazakh and Russian, every gap named beside its field, a Kyrgyz
carrier linked to it and a copy sent to the Kyrgyz party under it shown in its view, the
contract changed and ended, and the screens following a language switch."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.i18n import Translations
from desktop.services import contracts, moves, register, transfers, users
from desktop.ui.contracts import ContractsSection
from desktop.ui.contracts.contract_dialog import ContractDialog
from desktop.ui.contracts.contract_view_dialog import ContractViewDialog
from desktop.ui.contracts.end_dialog import EndContractDialog
from desktop.ui.contracts.link_dialog import LinkRegistrationDialog
from desktop.ui.register.dispatch_dialog import DispatchDialog
from desktop.ui.widgets.display import day_text
from tests.conftest import PASSWORD, clearance
from tests.services.test_contracts import contract_draft, kyrgyz
from tests.ui.test_register_dialogs import error_of, ok

TODAY = dt.date.today()
KK_SUBJECT = "Бірлескен «Достық» оқу-жаттығуы"
RU_BODY = "Министерство обороны Кыргызской Республики"


@pytest.fixture
def section(qtbot, clerk):
    section = ContractsSection(clerk)
    qtbot.addWidget(section)
    section.refresh()
    return section


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def column(section: ContractsSection, key: str) -> list[str]:
    model = section.model
    return [model.index(r, model.column_of(key)).data() for r in range(model.rowCount())]


def own_carrier(clerk, title="Өз құжаты"):
    return register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=Level.S, reg_date=TODAY))


# --- drawing up ----------------------------------------------------------------------------

def test_a_contract_drawn_up_in_the_dialog_with_its_separate_section(section, clerk,
                                                                     monkeypatch):
    received = register.register_carrier(clerk, kyrgyz("Оқу-жаттығу картасы", Level.SS))
    assert section.model.rowCount() == 0 and not section.buttons["new"].isHidden()

    def fill_in(dialog: ContractDialog) -> bool:
        assert dialog.our_body.text() == "Test organisation"       # from the settings
        dialog.number.setText("7-КР/2026")
        dialog.signed_on.setDate(TODAY - dt.timedelta(days=10))
        dialog.subject.setText(KK_SUBJECT)
        dialog.other_body.setText(RU_BODY)
        items = dialog.items
        assert not dialog.add_item()                               # nothing typed
        assert error_of(dialog, "items") == "Invalid value for item of the list: it is empty"
        items.description.setText("Жаттығу жоспары")
        assert not dialog.add_item()
        assert error_of(dialog, "items") == "Invalid value for level: it is empty"
        items.level.setCurrentIndex(items.level.findData(Level.S))
        assert dialog.add_item()
        assert error_of(dialog, "items") == ""
        items.reg_no.setText("999с/1999")
        assert not dialog.add_item()
        assert error_of(dialog, "items") == \
            "Your clearance does not give access to this information."
        items.reg_no.setText(received.reg_no)                    # its title and level
        assert dialog.add_item()
        assert cells(items.table) == [
            ["1", "Жаттығу жоспары", "Secret", ""],
            ["2", "Оқу-жаттығу картасы", "Top secret", received.reg_no]]
        assert dialog.badge.text() == "Top secret"
        dialog.protection.setPlainText("Тек режимдік үй-жайларда сақталады")
        dialog.disputes.setPlainText("Споры — переговорами (ст. 13); ущерб — по ст. 12")
        return ok(dialog)
    monkeypatch.setattr(section, "run_dialog", fill_in)
    contract_id = section.new_contract()
    assert contract_id is not None
    assert section.current().id == contract_id
    assert column(section, "number") == ["7-КР/2026"]
    assert column(section, "subject") == [KK_SUBJECT]
    assert column(section, "other_body") == [RU_BODY]
    assert column(section, "level") == ["Top secret"]
    assert column(section, "state") == ["In force"]
    assert column(section, "items") == ["2"]
    assert "7-КР/2026" in section.notice.text()
    stored = contracts.contract(clerk, contract_id).contract
    assert (stored.subject, stored.our_body, stored.other_body, stored.valid_until) == (
        KK_SUBJECT, "Test organisation", RU_BODY, None)
    assert [(i.description, i.level, i.reg_no) for i in stored.items] == [
        ("Жаттығу жоспары", Level.S, ""),
        ("Оқу-жаттығу картасы", Level.SS, received.reg_no)]
    assert stored.disputes.startswith("Споры")


def test_the_gaps_are_named_beside_their_fields_and_nothing_is_stored(qtbot, clerk):
    dialog = ContractDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.our_body.clear()
    dialog.subject.setText(KK_SUBJECT)
    assert not ok(dialog)
    empty = "Invalid value for %s: it is empty"
    assert error_of(dialog, "number") == empty % "contract number"
    assert error_of(dialog, "our_body") == empty % "our authorised body"
    assert error_of(dialog, "other_body") == empty % "authorised body of the Kyrgyz party"
    assert error_of(dialog, "protection") == empty % "specifics of protection"
    assert error_of(dialog, "disputes") == \
        empty % "order of resolving disputes and compensating damage"
    assert error_of(dialog, "items") == \
        "Invalid value for list of classified information: give at least one"
    assert error_of(dialog, "subject") == ""
    assert dialog.subject.text() == KK_SUBJECT                    # nothing typed is lost
    assert contracts.contracts(clerk) == []

    dialog.number.setText("7-КР")
    dialog.number.textEdited.emit("7-КР")                         # editing hides its message
    assert error_of(dialog, "number") == ""
    for edit, text in ((dialog.our_body, "ТОО «Біздің ұйым»"), (dialog.other_body, RU_BODY)):
        edit.setText(text)
    dialog.protection.setPlainText("Режимдік үй-жай")
    dialog.disputes.setPlainText("Переговоры")
    dialog.items.description.setText("Карта")
    dialog.items.level.setCurrentIndex(0)
    assert dialog.add_item()
    dialog.signed_on.setDate(TODAY - dt.timedelta(days=5))
    dialog.valid_until.set_value(TODAY - dt.timedelta(days=6))   # before it was signed
    assert not ok(dialog)
    assert error_of(dialog, "valid_until") == \
        "Invalid value for valid until: the date is before the contract was signed"
    assert contracts.contracts(clerk) == []
    contracts.create(clerk, contract_draft(number="7-КР", signed_on=TODAY - dt.timedelta(5)))
    dialog.valid_until.set_value(None)
    assert not ok(dialog)                                         # the same number and day
    assert "7-КР" in error_of(dialog, "number")
    assert len(contracts.contracts(clerk)) == 1


# --- what came and went under it -----------------------------------------------------------

def test_the_view_shows_what_was_received_and_sent_under_the_contract(qtbot, clerk, login):
    contract_id = contracts.create(clerk, contract_draft())
    mine = own_carrier(clerk)
    theirs = register.register_carrier(clerk, kyrgyz("Сводка учений", Level.S, copies=2))
    above = register.register_carrier(clerk, kyrgyz("Особой важности", Level.OV))
    view = ContractViewDialog(clerk, contract_id)
    qtbot.addWidget(view)
    assert {n for n, b in view.action_buttons.items() if not b.isHidden()} == \
        {"edit", "end", "link"}
    assert view.received.rowCount() == 0 and view.hidden.isHidden()
    assert cells(view.items) == [["1", "План учений", "Top secret", ""],
                                 ["2", "Карта района", "Secret", ""]]

    def link_as(reg_no: str):
        def fill_in(dialog: LinkRegistrationDialog) -> bool:
            dialog.reg_no.setText(reg_no)
            done = ok(dialog)
            shown.append((done, error_of(dialog, "reg_no")))
            return done
        return fill_in
    shown: list[tuple[bool, str]] = []
    view.run_dialog = link_as(mine.reg_no)
    assert not view.link()
    assert shown[-1] == (False, "Invalid value for contract: only carriers received from the "
                                "Kyrgyz party or created jointly with it come under a contract")
    for reg in (theirs, above):
        view.run_dialog = link_as(reg.reg_no)
        assert view.link() and shown[-1] == (True, "")
    assert [row[0] for row in cells(view.received)] == [above.reg_no, theirs.reg_no]
    row = cells(view.received)[1]
    assert row[2:5] == ["Сводка учений", "Secret", "2"]
    assert view.tabs.tabText(1) == "Received under the contract (2)"

    copy_id = _copy_id(clerk, theirs)
    dialog = DispatchDialog(clerk, register.copy_row(clerk, copy_id))
    qtbot.addWidget(dialog)
    dialog.international.setChecked(True)
    dialog.channel.setCurrentIndex(dialog.channel.findData("diplomatic"))
    dialog.contract.setCurrentIndex(dialog.contract.findData(contract_id))
    for edit, text in ((dialog.to_org, RU_BODY), (dialog.cover_letter, "исх-44"),
                       (dialog.basis, "Договор 7-КР"), (dialog.confirmation, "Письмо №5")):
        edit.setText(text)
    dialog.confirmation_date.set_value(TODAY - dt.timedelta(days=2))
    dialog.consent.setText("Согласие №1")
    dialog.large.setChecked(True)
    dialog.transport.setText("Спецавтомобиль")
    dialog.route.setText("Алматы — Бишкек")
    dialog.escort.setText("Два сотрудника")
    assert ok(dialog)
    view.reload()
    confirmation = f"Письмо №5 of {day_text(TODAY - dt.timedelta(days=2))}"
    [sent] = cells(view.sent)
    assert sent[0] == f"{theirs.reg_no} / copy 1"
    assert sent[2:] == [RU_BODY, "Diplomatic channels", confirmation,
                        "transport: Спецавтомобиль; route: Алматы — Бишкек; escort: Два сотрудника",
                        "awaiting receipt"]
    moves.confirm_receipt(clerk, copy_id, "Расписка №9")
    view.reload()
    assert cells(view.sent)[0][6] == f"{day_text(TODAY)}, Расписка №9"
    assert [t.contract_id for t in transfers.transfers_of_copy(clerk, copy_id)] == [contract_id]

    head = ContractViewDialog(login("head"), contract_id)       # form 2: no OV
    qtbot.addWidget(head)
    assert [row[0] for row in cells(head.received)] == [theirs.reg_no]
    assert not head.hidden.isHidden()
    assert head.hidden.text() == "1 more registration(s) above your clearance"


def _copy_id(clerk, registration) -> int:
    cursor = register.open_register(clerk, register.RegisterFilter(search=registration.reg_no))
    return next(r["copy_id"] for r in cursor.fetch() if r["copy_no"] == 1
                and r["reg_no"] == registration.reg_no)


# --- changed and ended ---------------------------------------------------------------------

def test_a_contract_changed_then_ended(section, clerk, monkeypatch):
    contracts.create(clerk, contract_draft())
    section.refresh()
    opened: list[ContractViewDialog] = []
    monkeypatch.setattr(section, "run_dialog", lambda dialog: opened.append(dialog) or False)
    section.open_selected()
    [view] = opened

    def change(dialog: ContractDialog) -> bool:
        assert dialog.number.text() == "7-КР" and dialog.items.table.rowCount() == 2
        dialog.subject.setText(KK_SUBJECT)
        dialog.items.table.selectRow(0)
        assert dialog.items.remove_selected() == 1
        return ok(dialog)
    view.run_dialog = change
    assert view.edit()
    assert view.values["subject"].text() == KK_SUBJECT
    assert cells(view.items) == [["1", "Карта района", "Secret", ""]]
    assert view.badge.text() == "Secret"

    def end(dialog: EndContractDialog) -> bool:
        assert not ok(dialog)
        assert error_of(dialog, "note") == "Invalid value for why the contract ended: it is empty"
        dialog.note.setText("Расторгнут по соглашению сторон")
        return ok(dialog)
    view.run_dialog = end
    assert view.end()
    day = day_text(TODAY)
    assert view.values["state"].text() == f"Ended on {day}: Расторгнут по соглашению сторон"
    assert all(b.isHidden() for b in view.action_buttons.values())
    assert not view.edit() and not view.end() and not view.link()
    section.refresh()
    assert column(section, "state") == [f"Ended on {day}"]
    assert contracts.choices(clerk) == []


def test_readers_see_the_list_and_nothing_to_change(qtbot, clerk, login):
    contracts.create(clerk, contract_draft())
    users.add_user(login("admin"), username="director", full_name="Director Testov",
                   password=PASSWORD, roles={Role.ORG_HEAD}, clearance=clearance(1))
    director = ContractsSection(login("director"))
    qtbot.addWidget(director)
    assert director.refresh() and director.model.rowCount() == 1
    assert director.buttons["new"].isHidden() and director.new_contract() is None
    view = ContractViewDialog(director.session, director.current().id)
    qtbot.addWidget(view)
    assert all(b.isHidden() for b in view.action_buttons.values())
    assert not view.edit() and not view.end() and not view.link()
    auditor = ContractsSection(login("auditor"))                  # no clearance: none shown
    qtbot.addWidget(auditor)
    assert auditor.refresh() and auditor.model.rowCount() == 0
    executor = ContractsSection(login("executor"))
    qtbot.addWidget(executor)
    assert not executor.refresh() and executor.model.rowCount() == 0
    assert executor.message.text()                                 # says why


# --- language ------------------------------------------------------------------------------

class Marked(QTranslator):
    """Our own strings of these screens in brackets: proves each text is set again when the
    language changes (their Kazakh, Russian and Kyrgyz come with the next lupdate)."""

    CONTEXTS = frozenset({"ContractsSection", "ContractsModel", "ContractDialog",
                          "ContractViewDialog", "ItemsEditor", "EndContractDialog",
                          "LinkRegistrationDialog"})

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context in self.CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


def test_the_screens_follow_a_language_switch(section, clerk, qtbot):
    contract_id = contracts.create(clerk, contract_draft())
    section.refresh()
    view = ContractViewDialog(clerk, contract_id)
    qtbot.addWidget(view)
    dialog = ContractDialog(clerk)
    qtbot.addWidget(dialog)
    translations = Translations()
    marked = Marked()
    try:
        translations.switch("ru")
        QCoreApplication.installTranslator(marked)
        QCoreApplication.processEvents()          # the LanguageChange events
        assert column(section, "level") == ["Совершенно секретно"]
        assert column(section, "state") == ["[In force]"]
        assert section.model.headerData(0, Qt.Orientation.Horizontal) == "[Contract No.]"
        assert section.buttons["new"].text() == "[&New contract…]"
        assert view.badge.text() == "Совершенно секретно"
        assert cells(view.items)[0][2] == "Совершенно секретно"
        assert view.tabs.tabText(0) == "[List of classified information (%1)]".replace("%1", "2")
        assert view.action_buttons["end"].text() == "[E&nd the contract…]"
        assert dialog.windowTitle() == "[New contract]"
        assert dialog.items.level.itemText(0) == "Особой важности"
        assert dialog.items.add_button.text() == "[&Add]"
    finally:
        QCoreApplication.removeTranslator(marked)
        translations.switch("en")
    QCoreApplication.processEvents()
    assert column(section, "level") == ["Top secret"]
    assert column(section, "state") == ["In force"]
    assert view.badge.text() == "Top secret"
    assert dialog.windowTitle() == "New contract"

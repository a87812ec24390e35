"""The register page with real widgets (offscreen) over a real store: rows, need-to-know,
search, filters, sorting, paging, remembered columns."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from desktop.domain.carriers import CopyState
from desktop.domain.errors import IllegalState
from desktop.domain.levels import Level
from desktop.services import moves, register
from desktop.ui.register import RegisterPage
from desktop.ui.register.columns_dialog import LogicalRole
from desktop.ui.register.level_badge import LevelRole
from desktop.ui.register.register_model import COLUMNS, PAGE, CopyIdRole, RegisterModel
from desktop.ui.sections import SECTIONS
from desktop.ui.sections import make_page as make_section_page
from tests.ui.register_support import (
    TITLES,
    column_texts,
    draft,
    populate,
    settle,
    titles,
    type_text,
)


@pytest.fixture
def carriers(clerk):
    return populate(clerk)


@pytest.fixture
def make_page(qtbot, login):
    pages = []

    def _make(name: str = "clerk") -> RegisterPage:
        page = RegisterPage(login(name))
        qtbot.addWidget(page)
        pages.append(page)
        page.refresh()
        return settle(qtbot, page)
    yield _make
    for page in pages:   # no count may outlive the store
        qtbot.waitUntil(page.background_idle, timeout=10_000)


def test_the_clerk_sees_every_copy_with_translated_cells(carriers, make_page):
    page = make_page()
    assert page.model.rowCount() == 8 and page.model.total == 8
    assert page.count_label.text() == "8 copy(ies)"
    assert set(titles(page)) == set(TITLES.values())
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] \
        == ["Reg. No.", "Date", "Kind"]
    numbers = column_texts(page, "reg_no")
    assert numbers[0] == f"1с/{carriers['kk'].reg_date.year}" and numbers[0] == numbers[1]
    row = titles(page).index(TITLES["ky"])
    level = model.index(row, model.column_of("level"))
    assert level.data() == "Top secret" and level.data(LevelRole) == "SS"
    originator = model.index(row, model.column_of("originator")).data()
    assert originator.startswith("Абдан жашыруун (Top secret) — ")
    assert model.index(row, model.column_of("state")).data() == "Registered"
    assert model.index(row, model.column_of("custodian")).data() == "Clerk Testov"
    ru = titles(page).index(TITLES["ru"])
    assert model.index(ru, model.column_of("incoming")).data().startswith("вх-77 of ")
    assert model.index(ru, model.column_of("kind")).data() == "Paper document"
    assert isinstance(model.index(ru, 0).data(CopyIdRole), int)


def test_an_executor_sees_only_what_they_hold(carriers, clerk, make_page, qtbot):
    page = make_page("executor")
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 copy(ies)"
    assert page.filters.custodian.isHidden()
    assert not page.action("new").isEnabled()
    kk = register.find(clerk, carriers["kk"].reg_no)
    copy_id = next(r["copy_id"] for r in register.open_register(clerk).fetch()
                   if r["registration_id"] == kk.id and r["copy_no"] == 2)
    moves.issue(clerk, copy_id, "executor", "Task 5")
    ss_copy = next(r["copy_id"] for r in register.open_register(clerk).fetch()
                   if r["level"] == "SS")
    with pytest.raises(IllegalState):         # form 3 cannot receive an SS copy
        moves.issue(clerk, ss_copy, "executor", "Task 6")
    page.refresh()
    settle(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.model.row_data(0)["copy_id"] == copy_id
    page.table.selectRow(0)
    assert page.action("card").isEnabled() and not page.action("return").isEnabled()
    for search in ("Өте", "Особой", "шифрлау"):         # no path shows an SS or OV row
        page.filters.search.setText(search)
        page.apply()
        settle(qtbot, page)
        assert page.model.rowCount() == 0


def test_typing_kazakh_in_the_search_line_narrows_the_rows(carriers, make_page, qtbot):
    page = make_page()
    type_text(page.filters.search, "қорғаныс")
    assert page.filters.search.text() == "қорғаныс"
    assert page.filters.pending()                       # applied after the pause, not per key
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    settle(qtbot, page)
    assert set(titles(page)) == {TITLES["kk"]} and page.model.total == 2
    page.filters.search.clear()
    type_text(page.filters.search, "ПРОВЕРКЕ")          # case folded for Cyrillic
    qtbot.waitUntil(lambda: titles(page) == [TITLES["ru"]], timeout=5_000)
    page.filters.search.clear()
    number = carriers["ss"].reg_no                      # e.g. 4сс/2026
    type_text(page.filters.search, number)
    qtbot.waitUntil(lambda: titles(page) == [TITLES["ss"], TITLES["ss"]], timeout=5_000)
    settle(qtbot, page)
    assert set(column_texts(page, "reg_no")) == {number}


def test_filters_by_level_state_and_custodian(carriers, clerk, login, make_page, qtbot):
    register.register_carrier(login("head"), draft("Бөлім басшысының анықтамасы", Level.S))
    page = make_page()
    level = page.filters.level
    level.setCurrentIndex(level.findData("SS"))
    assert level.currentText() == "Top secret"
    page.apply()
    settle(qtbot, page)
    assert sorted(titles(page)) == sorted([TITLES["ky"], TITLES["ss"], TITLES["ss"]])
    first = page.model.row_data(0)["copy_id"]
    moves.issue(clerk, first, "head", "Task")
    state = page.filters.state
    state.setCurrentIndex(state.findData(CopyState.ISSUED.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.model.row_data(0)["copy_id"] == first
    page.filters.reset()
    settle(qtbot, page)
    assert page.model.rowCount() == 9
    custodian = page.filters.custodian
    assert [custodian.itemText(i) for i in range(1, custodian.count())] \
        == ["Clerk Testov", "Head Testov"]
    custodian.setCurrentIndex(2)
    page.filters.flush()
    settle(qtbot, page)
    assert titles(page) == ["Бөлім басшысының анықтамасы"]


def test_a_header_click_sorts_by_title_in_sql(carriers, make_page, qtbot):
    page = make_page()
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    title = RegisterModel.column_of("title")
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, title))
    settle(qtbot, page)
    assert page.sort_column == title
    shown = titles(page)
    assert shown == sorted(shown) and shown[0] != shown[-1]
    descending = page.sort_order == Qt.SortOrder.DescendingOrder
    header.setSortIndicator(title, Qt.SortOrder.DescendingOrder if not descending
                            else Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    assert titles(page) == sorted(shown, reverse=True)
    kind = RegisterModel.column_of("kind")            # no sort key: nothing changes
    before = titles(page)
    header.setSortIndicator(kind, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == title and titles(page) == before


def _section_centre(header, logical):
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    return QPoint(x, header.height() // 2)


def test_the_model_pages_and_counts_on_a_worker(clerk, make_page, qtbot):
    register.register_carrier(clerk, draft("Көп данамен тіркелген құжат", Level.S, copies=450))
    page = make_page()
    assert page.model.rowCount() == PAGE and page.model.total == 450
    assert page.count_label.text() == "450 copy(ies)"
    assert page.model.canFetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 450 and not page.model.canFetchMore(QModelIndex())
    ids = [page.model.copy_id(r) for r in range(450)]
    assert len(set(ids)) == 450


def test_the_count_shows_an_ellipsis_until_it_arrives(clerk, login, qtbot):
    register.register_carrier(clerk, draft("Үлкен тізім", Level.S, copies=250))
    page = RegisterPage(login("clerk"))
    qtbot.addWidget(page)
    page.apply()
    assert page.model.rowCount() == PAGE
    if page.model.total is None:
        assert page.count_label.text() == "…"
    qtbot.waitUntil(lambda: page.model.total == 250, timeout=10_000)
    assert page.count_label.text() == "250 copy(ies)"
    qtbot.waitUntil(page.background_idle, timeout=10_000)


def test_data_calls_keep_the_none_refcount_steady(carriers, make_page):
    page = make_page()
    model = page.model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CopyIdRole,
             Qt.ItemDataRole.DecorationRole, LevelRole)
    before = sys.getrefcount(None)
    for i in range(10_000):
        model.data(model.index(i % model.rowCount(), i % model.columnCount()), roles[i % 5])
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, f"None refcount drifted by {drift}"


def test_chosen_columns_are_remembered_across_pages(carriers, make_page, monkeypatch):
    page = make_page()
    wanted = ["title", "reg_no", "level", "state"]

    def key(dialog, i):
        return COLUMNS[dialog.list.item(i).data(LogicalRole)].key

    def choose(dialog):
        for i in range(dialog.list.count()):
            dialog.list.item(i).setCheckState(
                Qt.CheckState.Checked if key(dialog, i) in wanted else Qt.CheckState.Unchecked)
        for target, wanted_key in enumerate(wanted):
            row = next(i for i in range(dialog.list.count()) if key(dialog, i) == wanted_key)
            dialog.list.setCurrentRow(row)
            for _ in range(row - target):
                dialog.move_current(-1)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(page, "run_dialog", choose)
    page.choose_columns()
    assert page.visible_columns() == wanted
    again = make_page()
    assert again.visible_columns() == wanted


def test_the_columns_dialog_moves_and_ticks(qtbot):
    from desktop.ui.register.columns_dialog import ColumnsDialog
    dialog = ColumnsDialog([(0, "Reg. No.", True), (3, "Title", True), (4, "Level", False)])
    qtbot.addWidget(dialog)
    assert dialog.list.item(1).text() == "Title"
    dialog.list.setCurrentRow(1)
    dialog.move_current(-1)
    assert dialog.chosen() == [(3, True), (0, True), (4, False)]
    for i in range(dialog.list.count()):
        dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.result() == 0 and dialog.message.text() == "Keep at least one column."


def test_ctrl_f_focuses_the_search_line(carriers, make_page, qtbot):
    page = make_page()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()


def test_the_register_section_has_its_page(carriers, login, qtbot):
    section = next(s for s in SECTIONS if s.key == "register")
    page = make_section_page(section, login("clerk"))
    qtbot.addWidget(page)
    assert isinstance(page, RegisterPage)


@pytest.fixture
def english_after():
    from desktop.i18n import translations
    yield translations
    translations.switch("en")


def test_cells_and_filters_follow_the_language(carriers, make_page, english_after, qtbot):
    page = make_page()
    english_after.switch("kk")
    qtbot.waitUntil(lambda: page.filters.level.itemText(1) == "Аса маңызды", timeout=5_000)
    row = titles(page).index(TITLES["ss"])
    model = page.model
    assert model.index(row, model.column_of("level")).data() == "Өте құпия"
    assert page.filters.level.itemText(1) == "Аса маңызды"
    ky = titles(page).index(TITLES["ky"])
    assert model.index(ky, model.column_of("originator")).data() \
        .startswith("Абдан жашыруун (Өте құпия) — ")
    english_after.switch("en")
    assert model.index(row, model.column_of("level")).data() == "Top secret"


def test_enter_opens_the_card_and_ctrl_n_the_registration(carriers, make_page, qtbot,
                                                          monkeypatch):
    from desktop.ui.register.copy_card_dialog import CopyCardDialog
    from desktop.ui.register.registration_dialog import RegistrationDialog
    page = make_page()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    shown = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: shown.append(dialog) or False)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(3, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert len(shown) == 1 and isinstance(shown[0], CopyCardDialog)
    assert shown[0].copy_id == page.model.copy_id(3)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 2 and isinstance(shown[1], RegistrationDialog)

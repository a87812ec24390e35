"""The audit journal page with real widgets (offscreen) over a real store."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import translations_dir
from desktop.services import journal
from desktop.store.engine import connect_raw
from desktop.ui.audit import journal_page
from desktop.ui.audit.journal_page import AuditJournalPage
from desktop.ui.models import journal_model


@pytest.fixture
def make_page(qtbot, login):
    pages = []

    def _make(name: str = "auditor") -> AuditJournalPage:
        page = AuditJournalPage(login(name))
        qtbot.addWidget(page)
        pages.append(page)
        return page
    yield _make
    for page in pages:   # no background read may outlive the store
        qtbot.waitUntil(page.background_idle, timeout=10_000)


def loaded(qtbot, page: AuditJournalPage) -> AuditJournalPage:
    page.refresh()
    qtbot.waitUntil(lambda: page.background_idle() and page.record_count is not None,
                    timeout=10_000)
    return page


def show_active(qtbot, page: AuditJournalPage) -> None:
    """Shortcuts reach only the active window."""
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def seqs_shown(page: AuditJournalPage) -> list[int]:
    model = page.model
    return [model.data(model.index(r, 0), journal_model.SeqRole)
            for r in range(model.rowCount())]


def test_the_page_shows_the_records_newest_first(qtbot, make_page):
    page = loaded(qtbot, make_page())
    assert page.denied.isHidden() and not page.content.isHidden()
    shown = seqs_shown(page)
    assert shown and shown == sorted(shown, reverse=True)
    assert page.record_count == len(shown)          # a small store: one page holds it all
    assert page.count_label.text() == f"{len(shown)} record(s)"
    model = page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."
    top = {model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
           for c in range(model.columnCount())}
    assert (top["User"], top["Action"], top["Outcome"]) == ("auditor", "Journal viewed", "Success")
    assert "filter=" in top["Details"]
    assert page.filters.user.findData("admin") > 0
    assert page.filters.action.itemText(page.filters.action.findData("store.create")) \
        == "Store created"


def test_filtering_by_action_narrows_the_count(qtbot, make_page):
    page = loaded(qtbot, make_page())
    everything = page.record_count
    combo = page.filters.action
    combo.setCurrentIndex(combo.findData("store.create"))
    show_active(qtbot, page)
    page.filters.object.setFocus()
    qtbot.keyClick(page.filters.object, Qt.Key.Key_F5)   # the Apply shortcut
    qtbot.waitUntil(lambda: page.record_count == 1, timeout=10_000)
    assert everything > 1
    assert page.model.rowCount() == 1
    assert page.model.index(0, journal_model.ACTION).data() == "Store created"
    page.reset()
    qtbot.waitUntil(lambda: page.record_count is not None and page.record_count > 1,
                    timeout=10_000)
    assert page.filters.action.currentIndex() == 0


def test_ctrl_f_focuses_the_object_filter_and_tab_order_runs_through(qtbot, make_page):
    page = loaded(qtbot, make_page())
    show_active(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.filters.object.hasFocus())
    page.filters.user.setFocus()
    order = []
    for _ in range(12):                       # what Tab visits, in order
        focused = QApplication.focusWidget()
        order.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order[:3] == ["filterUser", "filterAction", "filterObject"]
    tail = ["applyFilter", "resetFilter", "journalTable", "verifyChain", "exportJournal"]
    start = order.index("applyFilter")
    assert order[start:start + len(tail)] == tail
    assert "filterDateFrom" not in order     # disabled while "any date" is ticked


def test_reversed_dates_are_refused_with_the_translated_message(qtbot, make_page, monkeypatch):
    page = loaded(qtbot, make_page())
    shown = []
    monkeypatch.setattr(journal_page, "show_error", lambda parent, exc: shown.append(exc))
    bar = page.filters
    bar.any_from.setChecked(False)
    bar.any_to.setChecked(False)
    bar.date_to.setDate(bar.date_from.date().addDays(-1))
    before = seqs_shown(page)
    page.apply()
    assert len(shown) == 1 and "first date is after" in shown[0].text()
    assert seqs_shown(page) == before


def test_verify_shows_that_the_journal_is_intact(qtbot, make_page, monkeypatch):
    page = loaded(qtbot, make_page())
    boxes = []
    monkeypatch.setattr(journal_page.QMessageBox, "information",
                        lambda parent, title, text: boxes.append(text))
    page.verify()
    assert page.report is not None and page.report.ok
    assert boxes == [page.result_label.text()]
    assert boxes[0] == f"The journal is intact: {page.report.checked} records checked."


def test_verify_shows_where_the_journal_is_broken(qtbot, make_page, monkeypatch):
    page = loaded(qtbot, make_page())
    store = page.session.store
    raw = connect_raw(store.path, store.keys.store_key)
    raw.execute("UPDATE audit_event SET outcome = 'x' WHERE seq = 2")
    raw.close()
    boxes = []
    monkeypatch.setattr(journal_page.QMessageBox, "warning",
                        lambda parent, title, text: boxes.append(text))
    page.verify()
    assert boxes == ["The journal is broken at record 2: "
                     "the record was changed, inserted or reordered"]


def test_export_writes_the_filtered_records(qtbot, make_page, tmp_path, monkeypatch):
    page = loaded(qtbot, make_page())
    combo = page.filters.action
    combo.setCurrentIndex(combo.findData("auth.login"))
    page.apply()
    qtbot.waitUntil(lambda: page.record_count is not None, timeout=10_000)
    target = tmp_path / "export" / "journal.jsonl"
    target.parent.mkdir()
    monkeypatch.setattr(page, "ask_export_path", lambda: target)
    written = page.export()
    lines = target.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert written == len(rows) == page.record_count >= 1
    assert {r["action"] for r in rows} == {"auth.login"}
    assert list(target.parent.iterdir()) == [target]     # no partial file left
    assert "exported to" in page.result_label.text()


def test_export_to_an_unwritable_place_is_a_typed_error(qtbot, make_page, tmp_path,
                                                        monkeypatch):
    page = loaded(qtbot, make_page())
    shown = []
    monkeypatch.setattr("desktop.ui.ops.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(page, "ask_export_path", lambda: tmp_path / "missing" / "j.jsonl")
    assert page.export() is None
    assert len(shown) == 1 and "could not be written" in shown[0].text()


def test_a_clerk_sees_the_refusal_instead_of_the_table(qtbot, make_page):
    page = make_page("clerk")
    page.refresh()
    assert not page.denied.isHidden() and page.content.isHidden()
    assert "do not have the right" in page.denied.text()
    assert page.model.rowCount() == 0
    page.apply()                                          # F5 does nothing more
    assert page.model.rowCount() == 0


def test_the_model_survives_many_data_calls(qtbot, make_page, monkeypatch):
    page = make_page()
    store = page.session.store
    with store.write() as conn:
        for i in range(1500):
            journal.append(conn, store, actor="bulk", action="test.bulk", obj=f"o{i}",
                           details={"i": i, "nested": {"a": [1, 2]}})
    monkeypatch.setattr(journal_model, "CACHE_ROWS", 300)   # force cache misses
    loaded(qtbot, page)
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == page.record_count > 1500
    rng = random.Random(7)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.TextAlignmentRole, journal_model.SeqRole)

    def calls(rows: int) -> None:
        for _ in range(10_000):
            index = model.index(rng.randrange(rows), rng.randrange(model.columnCount()))
            model.data(index, rng.choice(roles))
    calls(model.rowCount())                   # all over the journal: misses and evictions
    assert model.cached_rows() <= 300
    calls(100)                                # warm the top rows, then count references
    before = sys.getrefcount(None)
    calls(100)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, f"None refcount drifted by {drift}"
    assert model.cached_rows() <= 300
    row = seqs_shown(page).index(10)
    assert model.index(row, journal_model.SEQ).data() == "10"


def test_the_page_retranslates_when_a_translator_is_installed(qtbot, make_page):
    page = loaded(qtbot, make_page())
    page.show()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "grif_ru.qm"))
    headers = []
    page.model.headerDataChanged.connect(lambda *args: headers.append(args))
    QApplication.installTranslator(translator)
    try:
        QApplication.processEvents()                      # LanguageChange reaches the page
        assert headers, "the header was not re-queried"
        assert page.count_label.text()
        assert page.model.headerData(journal_model.USER, Qt.Orientation.Horizontal)
    finally:
        QApplication.removeTranslator(translator)
    QApplication.processEvents()
    assert page.heading.text() == "Audit journal"
    assert page.filters.user.itemText(0) == "All users"


def test_plural_messages_reach_lupdate_as_plural(tmp_path):
    """lupdate marks plural forms only for a literal count (see journal_page)."""
    from desktop import i18n_tools
    try:
        lupdate = i18n_tools.find_tool("lupdate")
    except i18n_tools.ToolMissing as exc:
        pytest.skip(str(exc))
    ts = tmp_path / "page.ts"
    subprocess.run([str(lupdate), "-silent", journal_page.__file__, "-ts", str(ts)],
                   check=True)
    plural = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
              if m.get("numerus") == "yes"}
    assert {journal_page.RECORDS, journal_page.EXPORTED} <= plural

"""The register page's outputs through their dialogs over a real store: the printed extract,
the encrypted CSV export, the CSV import, and the Kyrgyz party's receipt confirmation."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from desktop.security.export_crypto import decrypt_export
from desktop.services import csv_io
from desktop.ui.register import RegisterPage
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.export_dialog import ExportDialog
from desktop.ui.register.import_dialog import ImportDialog
from desktop.ui.register.print_dialog import PrintDialog
from tests.ui.register_support import TITLES, column_texts, populate, select_title, settle, titles

PASSPHRASE = "долгий пароль 2026"


@pytest.fixture
def page(qtbot, clerk):
    populate(clerk)
    page = RegisterPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    yield settle(qtbot, page)
    qtbot.waitUntil(page.background_idle, timeout=10_000)


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def private(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_outputs_are_in_the_more_menu_with_shortcuts(page, login, qtbot):
    actions = page.outputs.actions
    assert [a.shortcut() for a in page.outputs.menu.actions()] == [
        QKeySequence("Ctrl+P"), QKeySequence("Ctrl+E"), QKeySequence("Ctrl+Shift+I")]
    assert actions["print"].text() == "Print extract…"
    assert "(Ctrl+P)" in actions["print"].toolTip()
    assert all(a.isEnabled() for a in actions.values())
    executor = RegisterPage(login("executor"))      # sees nothing here, is not a clerk
    qtbot.addWidget(executor)
    executor.refresh()
    settle(qtbot, executor)
    assert not any(a.isEnabled() for a in executor.outputs.actions.values())


def test_printing_the_extract_saves_a_pdf_and_registers_it(page, monkeypatch, tmp_path):
    before, numbers = page.model.total, set(column_texts(page, "reg_no"))
    target = tmp_path / "extract.pdf"
    seen = {}

    def run(dialog: PrintDialog) -> bool:
        seen["default"] = dialog.lang()
        seen["languages"] = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        dialog.set_language("ru")
        dialog.ask_path = lambda lang: seen.setdefault("lang", lang) and target
        dialog.print_now()
        return accepted(dialog)
    monkeypatch.setattr(page, "run_dialog", run)
    assert page.outputs.print_extract()
    assert seen == {"default": "kk", "languages": ["Қазақша", "Русский", "Кыргызча"],
                    "lang": "ru"}
    assert target.read_bytes().startswith(b"%PDF") and private(target)
    assert str(target) in page.outputs.notice.text() and "registered" in page.outputs.notice.text()
    assert page.model.total == before + 1
    assert len(set(column_texts(page, "reg_no")) - numbers) == 1


def test_a_short_passphrase_is_shown_and_nothing_is_written(page, monkeypatch, tmp_path):
    asked, out = [], tmp_path / "out"
    out.mkdir()

    def run(dialog: ExportDialog) -> bool:
        dialog.passphrase.setText("short")
        dialog.repeat.setText("other")
        dialog.ask_path = lambda: asked.append(1) or out / "e.grif"
        dialog.export_now()
        run.dialog = dialog
        return accepted(dialog)
    monkeypatch.setattr(page, "run_dialog", run)
    assert not page.outputs.export()
    assert "12 characters" in run.dialog.passphrase_error.text()
    assert not run.dialog.passphrase_error.isHidden()
    assert run.dialog.repeat_error.text() == "The passphrases differ."
    assert asked == [] and list(out.iterdir()) == []


def test_a_valid_export_writes_a_file_that_decrypts(page, monkeypatch, tmp_path):
    target = tmp_path / "export.grif"

    def run(dialog: ExportDialog) -> bool:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.ask_path = lambda: target
        dialog.export_now()
        run.dialog = dialog
        return accepted(dialog)
    monkeypatch.setattr(page, "run_dialog", run)
    assert page.outputs.export()
    plain = decrypt_export(target, PASSPHRASE).decode("utf-8-sig")
    lines = plain.strip().split("\r\n")
    assert lines[0] == ";".join(csv_io.EXPORT_COLUMNS) and len(lines) == 1 + 8
    assert run.dialog.registration.reg_no in page.outputs.notice.text()
    assert page.model.total == 9                     # the export is a carrier too


HEADER = ";".join(csv_io.IMPORT_COLUMNS)


def csv_line(**values: str) -> str:
    base = {"kind": "paper", "title": "Хат", "level": "S", "copies": "1"}
    base.update(values)
    return ";".join(base.get(c, "") for c in csv_io.IMPORT_COLUMNS)


def write_csv(path, *lines: str):
    path.write_text("\ufeff" + "\r\n".join([HEADER, *lines]) + "\r\n", encoding="utf-8")
    return path


def test_an_import_with_a_bad_row_shows_it_and_cannot_be_imported(page, monkeypatch,
                                                                   tmp_path):
    path = write_csv(tmp_path / "in.csv", csv_line(title="Бірінші"),
                     csv_line(title="Екінші", kind="scroll"))

    def run(dialog: ImportDialog) -> bool:
        dialog.ask_path = lambda: path
        dialog.choose_button.click()
        run.dialog = dialog
        return False
    monkeypatch.setattr(page, "run_dialog", run)
    assert not page.outputs.import_csv()
    dialog = run.dialog
    assert dialog.table.rowCount() == 2
    assert dialog.errors_shown() == {
        3: "Invalid value for kind: not one of the codes the import accepts"}
    assert not dialog.import_button.isEnabled()
    assert "Rows with errors: 1 of 2" in dialog.summary.text()
    assert TITLES["kk"] in titles(page) and "Бірінші" not in titles(page)


def test_a_valid_import_registers_the_rows_and_the_page_shows_them(page, monkeypatch,
                                                                   tmp_path, qtbot):
    path = write_csv(tmp_path / "in.csv", csv_line(title="Бірінші", sheets="2"),
                     csv_line(title="Екінші", level="SS", copies="2"))

    def run(dialog: ImportDialog) -> bool:
        dialog.ask_path = lambda: path
        dialog.choose()
        assert dialog.errors_shown() == {} and dialog.import_button.isEnabled()
        assert dialog.table.item(1, 3).text() == "Top secret"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return accepted(dialog)
    monkeypatch.setattr(page, "run_dialog", run)
    assert page.outputs.import_csv()
    assert {"Бірінші", "Екінші"} <= set(titles(page))
    assert page.model.total == 8 + 3
    assert page.outputs.notice.text().startswith("Registrations imported: 2 (")


def test_receipt_confirmation_only_for_the_kyrgyz_party(page, clerk, monkeypatch, tmp_path,
                                                       qtbot):
    own = CopyCardDialog(clerk, select_title(page, TITLES["kk"])["copy_id"])
    qtbot.addWidget(own)
    assert own.confirmation_button.isHidden() and own.print_confirmation() is None
    card = CopyCardDialog(clerk, select_title(page, TITLES["ky"])["copy_id"])
    qtbot.addWidget(card)
    assert not card.confirmation_button.isHidden() and card.confirmation_button.isEnabled()
    target = tmp_path / "confirmation.pdf"

    def run(dialog: PrintDialog) -> bool:
        dialog.set_language("ky")
        dialog.ask_path = lambda lang: target
        dialog.print_now()
        return accepted(dialog)
    monkeypatch.setattr(card, "run_dialog", run)
    assert card.print_confirmation() == target
    assert target.read_bytes().startswith(b"%PDF") and private(target)
    assert str(target) in card.status.text()

"""Screenshots from real windows (run under Xvfb by `make screenshots`): login, main window,
administration, audit journal, lock screen, the register with its registration dialog and a
copy's history, the start page with marking-change deadlines, the cases list, a new case
with its affected copies, a closed case, the printed marking-change act (PDF rendered
to PNG with pdftoppm), the copy requests, a destruction act in each state and printed, the
inventory check and the loss cases, the damage-assessment dossiers (in progress, the member's
view, the printed conclusion), the visits and contracts (a visit request with its visitors'
personal data as the protection head sees them, its printed form, a contract with what was
received and sent under it), the Backups tab after a verified backup and the restore dialog
with that backup checked; for the user guide also the welcome window, the first-run wizard's
binding and recovery-code pages and the printed recovery sheet, the head of the
organisation's start page and a copy request awaiting the head's decision, the
administrator's start page after the check at start and an account's roles and clearance
(scripts/screenshot_roles.py). The demo register has GRIF_SHOT_COPIES copies (default 10^6);
the languages are those of GRIF_SHOT_LANGS (default "kk ru"). Files are named
<shot>-<lang>.png. Usage: screenshots.py OUTPUT_DIR"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import screenshot_roles  # beside this script (sys.path[0] when run as a script)
from shot_tools import grab, logged_in, open_window, pdf_pages, settle, shoot

from desktop.domain.carriers import Derivation
from desktop.domain.levels import Level
from desktop.domain.marking import CaseState
from desktop.i18n import translations
from desktop.services import (
    act_forms,
    contracts,
    demo_cases,
    destruction,
    dossier_view,
    inventory,
    marking,
    moves,
    printing,
    register,
    visit_view,
)
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.store import register as repo
from desktop.store.register_query import RegisterFilter
from desktop.ui.contracts.contract_view_dialog import ContractViewDialog
from desktop.ui.destruction.act_view_dialog import ActViewDialog
from desktop.ui.dossiers.view_dialog import DossierViewDialog
from desktop.ui.inventory.check_view import CheckViewDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.marking.case_dialog import NewCaseDialog
from desktop.ui.marking.case_view_dialog import CaseViewDialog
from desktop.ui.register.copy_card_dialog import CopyCardDialog
from desktop.ui.register.registration_dialog import RegistrationDialog
from desktop.ui.style import apply_look
from desktop.ui.visits.visit_view_dialog import VisitViewDialog

LANGUAGES = ("kk", "ru", "ky", "en")


def notice_scenario(clerk) -> str:
    """A notice of the Kyrgyz party just received: SS→S for a report with 3 copies (one
    issued, one sent away) and a derived extract. Returns the numbers to type."""
    report = register.register_carrier(clerk, demo_cases.kyrgyz_draft(
        "Доклад о готовности пунктов управления", Level.SS, 3, dt.date.today()))
    extract = register.register_carrier(clerk, demo_cases.kyrgyz_draft(
        "Выписка из доклада", Level.SS, 1, dt.date.today(), parent_id=report.id,
        derivation=Derivation.EXTRACT))
    with clerk.store.read() as conn:
        ids = [c.id for c in repo.copies_of(conn, report.id)]
    moves.issue(clerk, ids[1], "head", "Для доклада")
    moves.dispatch(clerk, ids[2], to_org="ГУ «Пограничная служба»", channel="Нарочным",
                   cover_letter="исх-310", basis="Указание", originator_consent="12/4-700")
    return f"{report.reg_no}, {extract.reg_no}"


def marking_shots(clerk, window, out: Path, lang: str, numbers: str) -> None:
    """The start page, the cases, a new case worked out, a closed case and its act."""
    for section in ("today", "markings", "copies"):
        window.nav.setCurrentRow(window.section_index(section))
        grab(window, out / f"{section}-{lang}.png")
    dialog = NewCaseDialog(clerk, window)
    dialog.issuer.setText(demo_cases.KG_BODY)
    dialog.reference.setText("12/4-702")
    dialog.registrations.setText(numbers)
    dialog.level.setCurrentIndex(dialog.level.findData(Level.S.value))
    dialog.resize(1100, 820)
    dialog.show()
    dialog.work_out()
    grab(dialog, out / f"new-case-{lang}.png")
    dialog.close()
    closed = marking.cases(clerk, state=CaseState.CLOSED)[0].id
    shoot(CaseViewDialog(clerk, closed, window), (1200, 720), out / f"case-{lang}.png")
    if lang in ("kk", "ru", "ky"):
        pdf_pages(printing.marking_act_pdf(clerk, closed, lang), out, f"marking-act-{lang}")


def act_shots(clerk, window, out: Path, lang: str) -> None:
    """Destruction acts in each state, the printed executed act, the check, the cases."""
    for section in ("destruction", "inventory", "incidents"):
        window.nav.setCurrentRow(window.section_index(section))
        grab(window, out / f"{section}-{lang}.png")
    acts = {row.state.value: row.id for row in destruction.acts(clerk)}
    for state, act_id in sorted(acts.items()):
        shoot(ActViewDialog(clerk, act_id, window), (1200, 760),
              out / f"act-{state}-{lang}.png")
    check = inventory.checks(clerk)[0]
    shoot(CheckViewDialog(clerk, check.id, window), (1200, 720), out / f"check-{lang}.png")
    if lang in ("kk", "ru", "ky"):
        pdf_pages(act_forms.destruction_act_pdf(clerk, acts["executed"], lang), out,
                  f"destruction-act-{lang}")
        pdf_pages(act_forms.inventory_act_pdf(clerk, check.id, lang), out,
                  f"inventory-act-{lang}")


def dossier_shots(clerk, window, out: Path, lang: str) -> None:
    """The dossiers: the list, one in progress with its commission and deadline, one with
    its indicators, and the printed conclusion of the walk-through (the member's view is
    screenshot_roles.member_shots)."""
    window.nav.setCurrentRow(window.section_index("dossiers"))
    grab(window, out / f"dossiers-{lang}.png")
    by_state = {d.state.value: d.id for d in dossier_view.dossiers(clerk)}
    for state, name in (("assigned", "in-progress"), ("approved", "indicators")):
        shoot(DossierViewDialog(clerk, by_state[state], window), (1200, 780),
              out / f"dossier-{name}-{lang}.png")
    if lang in ("kk", "ru", "ky"):
        pdf_pages(dossier_view.conclusion_pdf(clerk, by_state["closed"], lang), out,
                  f"conclusion-{lang}")


def visit_shots(store: Path, out: Path, lang: str) -> None:
    """The visits tab, a visit request as the protection head sees it (personal data shown
    on demand), its printed form, and a contract with what came and went under it."""
    head = logged_in(store, "head").session
    window = open_window(head, (1400, 860))
    window.nav.setCurrentRow(window.section_index("visits"))
    grab(window, out / f"visits-{lang}.png")
    page = window.pages.currentWidget()
    page.tabs.setCurrentIndex(1)
    grab(window, out / f"contracts-{lang}.png")
    by_state = {v.state.value: v for v in visit_view.visits(head)}
    sent = by_state["sent"]
    view = VisitViewDialog(head, sent.id, window)
    view.resize(1200, 820)
    view.show()
    view.show_personal_data()
    grab(view, out / f"visit-request-{lang}.png")
    view.close()
    in_force = contracts.contracts(head)[0]
    shoot(ContractViewDialog(head, in_force.id, window), (1200, 760),
          out / f"contract-{lang}.png")
    if lang in ("kk", "ru", "ky"):
        pdf_pages(visit_view.request_pdf(head, sent.id, lang), out, f"visit-request-{lang}")
    window.close()


def backup_shots(window, out: Path, lang: str, backup_folder: list[Path]) -> None:
    """The Backups tab after a verified backup, and the restore dialog with that backup
    checked (the backup is made once, in the first language)."""
    from desktop.services import backups
    from desktop.ui.restore_dialog import RestoreDialog
    session = window.session
    if not backup_folder:
        medium = Path(tempfile.mkdtemp(prefix="grif-medium-"))
        backup_folder.append(backups.make_backup(session, medium).folder)
    window.nav.setCurrentRow(window.section_index("admin"))
    page = window.page(window.section_index("admin"))
    page.tabs.setCurrentWidget(page.backup_tab)
    page.backup_tab.refresh()
    grab(window, out / f"backups-{lang}.png")
    dialog = RestoreDialog(session.store.path, username=session.actor, parent=window)
    dialog.folder.setText(str(backup_folder[0]))
    dialog.password.setText(DEMO_PASSWORD)
    dialog.show()
    dialog.check()
    dialog.password.clear()
    grab(dialog, out / f"restore-{lang}.png")
    dialog.close()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    copies = int(os.environ.get("GRIF_SHOT_COPIES", "1000000"))
    langs = os.environ.get("GRIF_SHOT_LANGS", "kk ru").split()
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown or not langs:
        raise SystemExit(f"GRIF_SHOT_LANGS: use some of {' '.join(LANGUAGES)} "
                         f"(got {' '.join(unknown) or 'nothing'})")
    store = Path(tempfile.mkdtemp()) / "demo.grif"
    print(f"building a demo register of {copies} copies…", flush=True)
    create_demo(store, copies=copies).session.store.close()
    screenshot_roles.failed_logins(store)       # a security event for the start page
    setup = logged_in(store, "clerk").session
    numbers = notice_scenario(setup)
    setup.store.close()
    backup_folder: list[Path] = []
    for lang in langs:
        translations.switch(lang)
        screenshot_roles.first_run_shots(out, lang)
        login = LoginDialog(store, username="admin")
        login.show()
        login.password.setText("wrong-password-0")
        login.try_login()                       # shows the error text too
        grab(login, out / f"login-{lang}.png")
        login.password.setText(DEMO_PASSWORD)
        login.try_login()
        window = open_window(login.session, (1280, 800))
        grab(window, out / f"main-{lang}.png")
        for section in ("admin", "audit"):
            window.nav.setCurrentRow(window.section_index(section))
            grab(window, out / f"{section}-{lang}.png")
        backup_shots(window, out, lang, backup_folder)
        window.lock("user")
        grab(window, out / f"locked-{lang}.png")
        window.close()

        clerk = logged_in(store, "clerk").session
        window = open_window(clerk, (1500, 860))   # the register's filters need the width
        window.nav.setCurrentRow(window.section_index("register"))
        settle(1.5)                             # the count arrives from a worker
        grab(window, out / f"register-{lang}.png")
        shoot(RegistrationDialog(clerk, window), None, out / f"registration-{lang}.png")
        issued = register.open_register(clerk, RegisterFilter(state="issued")).fetch(limit=1)
        if issued:
            shoot(CopyCardDialog(clerk, issued[0]["copy_id"], window), (1000, 600),
                  out / f"copy-history-{lang}.png")
        marking_shots(clerk, window, out, lang, numbers)
        act_shots(clerk, window, out, lang)
        dossier_shots(clerk, window, out, lang)
        window.close()
        visit_shots(store, out, lang)
        screenshot_roles.head_shots(store, out, lang)
        screenshot_roles.member_shots(store, out, lang)
        screenshot_roles.admin_shots(store, out, lang)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))

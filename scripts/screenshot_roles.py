"""The screenshots of the user guide that show a role's own view (used by screenshots.py): the
welcome window, the first-run wizard's binding and recovery-code pages with the printed
recovery sheet, the head of the organisation's start page and what waits for the head's
decision (a copy request, a destruction act, a conclusion), the dossiers and a conclusion
as a commission member sees and signs them, the administrator's start page with the store's
check and its security events, and an account's roles and clearance."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QWidget
from shot_tools import grab, logged_in, open_window, pdf_pages, settle, shoot

from desktop.domain.copying import PermissionSource
from desktop.domain.destruction import ActState
from desktop.domain.dossier import DossierState
from desktop.domain.errors import GrifError
from desktop.security.kdf import MINIMUM
from desktop.services import copying, destruction, dossier_view, printing, users
from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.copying.decision_dialog import DecisionDialog
from desktop.ui.destruction.act_view_dialog import ActViewDialog
from desktop.ui.dossiers.view_dialog import DossierViewDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.start_dialog import StartDialog
from desktop.ui.wizard.first_run import FirstRunWizard

# The organisation typed into the wizard, in the language of the shot.
ORGANISATION = {"kk": "«Үлгі» АҚ", "ru": "АО «Образец»", "ky": "«Үлгү» ААК",
                "en": "Example JSC"}
UNKNOWN_NAMES = ("ivanov", "petrov", "sidorov", "guest", "test")


def first_run_shots(out: Path, lang: str) -> None:
    """The welcome window of a workstation with no register yet, and a new register made by
    the wizard: its workstation-binding page (as on a workstation with a keyring) and the
    recovery code shown once, with the sheet the administrator prints from it."""
    shoot(StartDialog(), None, out / f"start-{lang}.png")
    folder = Path(tempfile.mkdtemp(prefix="grif-wizard-"))
    wizard = FirstRunWizard(keyring_available=True, kdf=MINIMUM)
    wizard.organisation.name.setText(ORGANISATION.get(lang, ORGANISATION["en"]))
    wizard.location.path.setText(str(folder / "register.grif"))
    wizard.administrator.full_name.setText("Администратор")
    wizard.administrator.password.setText(DEMO_PASSWORD)
    wizard.administrator.repeat.setText(DEMO_PASSWORD)
    wizard.resize(760, 520)
    wizard.show()
    for _page in range(3):                      # organisation → location → administrator
        wizard.next()
    grab(wizard, out / f"wizard-binding-{lang}.png")
    wizard.binding.bind.setChecked(False)       # no keyring here: the register is unbound
    wizard.next()                               # creates the register
    if wizard.session is None:
        raise SystemExit(f"the wizard did not create the register: "
                         f"{wizard.binding.message.text()}")
    grab(wizard, out / f"wizard-recovery-{lang}.png")
    if lang in ("kk", "ru", "ky"):
        pdf = printing.recovery_sheet_pdf(wizard.session, wizard._code, lang)
        pdf_pages(pdf, out, f"recovery-sheet-{lang}")
    wizard.reject()


def failed_logins(store: Path) -> None:
    """Five failed logins under unknown names within minutes: a burst, which the next login
    records as a security event for administrators and auditors."""
    for name in UNKNOWN_NAMES:
        login = LoginDialog(store, username=name)
        login.password.setText("wrong-password-0")
        login.try_login()
        login.deleteLater()


def head_shots(store: Path, out: Path, lang: str) -> None:
    """The head of the organisation's start page (what waits for the head's decision), a
    copy request of own information as the head decides it, a destruction act signed by the
    commission and a conclusion signed by it, each waiting for the head's approval."""
    head = logged_in(store, "director").session
    window = open_window(head, (1400, 860))
    window.nav.setCurrentRow(window.section_index("today"))
    grab(window, out / f"head-today-{lang}.png")
    waiting = [r for r in copying.awaiting_decision(head)
               if r.source is PermissionSource.HEAD]
    if waiting:
        shoot(DecisionDialog(head, waiting[0], window), (820, 560),
              out / f"copy-request-{lang}.png")
    signed = destruction.acts(head, ActState.SIGNED)
    if signed:
        shoot(ActViewDialog(head, signed[0].id, window), (1200, 760),
              out / f"head-act-{lang}.png")
    _dossier(head, DossierState.SIGNED, window, out / f"head-dossier-{lang}.png")
    window.close()


def member_shots(store: Path, out: Path, lang: str) -> None:
    """The dossiers as a member of a commission sees them, and a dossier whose conclusion
    waits for the commission's signatures (one login for both)."""
    member = logged_in(store, "member").session
    window = open_window(member, (1400, 860))
    window.nav.setCurrentRow(window.section_index("dossiers"))
    grab(window, out / f"dossiers-member-{lang}.png")
    _dossier(member, DossierState.AGREED, window, out / f"dossier-member-{lang}.png")
    window.close()


def _dossier(session, state: DossierState, window: QWidget, path: Path) -> None:
    found = [d for d in dossier_view.dossiers(session) if d.state is state]
    if found:
        shoot(DossierViewDialog(session, found[0].id, window), (1200, 780), path)


def admin_shots(store: Path, out: Path, lang: str) -> None:
    """The administrator's start page once the check at start is over (the binding, the
    security events, the backup reminder), and one account's roles, permission and
    clearance as the administrator edits them."""
    session = logged_in(store, "admin").session
    window = open_window(session, (1400, 860), verify=True)
    done: list[object] = []
    window.verify_watch.finished.connect(done.append)
    end = time.monotonic() + 300
    while not done and time.monotonic() < end:
        settle(0.1)
    window.nav.setCurrentRow(window.section_index("today"))
    window.pages.currentWidget().refresh()
    grab(window, out / f"security-{lang}.png")
    try:
        person = next(u for u in users.list_users(session) if u.username == "head")
    except (GrifError, StopIteration):
        person = None
    if person is not None:
        shoot(UserDialog(session, person, parent=window), None, out / f"users-{lang}.png")
    window.close()

"""Secrets hygiene (issue 9, point 5): after a full session nothing on disk holds a password,
the recovery code, a store key or the KEK; the clipboard forgets; no core dumps; the login
screen does not tell whether a user exists."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.errors import AuthenticationFailed
from desktop.domain.levels import Level
from desktop.security import keyfile, recovery
from desktop.services import keys, register
from desktop.store import audit
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = os.geteuid() == 0

# --- a full session, then every file is searched ---------------------------------------------

SESSION = textwrap.dedent("""
    import datetime as dt, json, logging, sys
    from pathlib import Path

    cfg = json.loads(sys.stdin.read())
    pw = cfg["passwords"]
    from desktop.app import harden
    harden()
    from desktop import crash, log
    from desktop.paths import data_dir
    home = data_dir()
    home.mkdir(parents=True, exist_ok=True)
    log.setup(home / "logs", level=logging.DEBUG)       # as talkative as it gets
    crash.install(home / "crashes")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.domain.carriers import CarrierKind, RegistrationDraft
    from desktop.domain.clearance import Clearance
    from desktop.domain.levels import Level
    from desktop.security.kdf import MINIMUM
    from desktop.services import auth, printing, register, rekey, users
    from desktop.services.stores import create_store
    from desktop.settings import WorkstationSettings
    from desktop.ui.admin.password_dialog import ChangeOwnPasswordDialog
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sections import SECTIONS

    today = dt.date.today()
    cleared = Clearance(1, "N-1", today - dt.timedelta(days=1), today + dt.timedelta(days=300))
    store, out = Path(cfg["store"]), Path(cfg["out"])
    created = create_store(store, organisation="Hygiene", admin_username="admin",
                           admin_full_name="Admin A.", admin_password=pw["admin"], kdf=MINIMUM)
    found = {"code": created.recovery_code, "kek": created.session.store.keys.kek.hex(),
             "keys": [created.session.store.keys.store_key.hex()]}
    admin = created.session
    for name, roles in (("clerk", {"clerk"}), ("head", {"protection_head"}),
                        ("auditor", {"auditor"})):
        users.add_user(admin, username=name, full_name=name.title() + " T.",
                       password=pw[name], roles=roles,
                       clearance=None if name == "auditor" else cleared)
    auth.logout(admin)

    ws = WorkstationSettings(home / "settings.json")
    dialog = LoginDialog(store)
    dialog.user.setText("clerk")
    dialog.password.setText(pw["wrong"])
    dialog.try_login()
    dialog.user.setText(pw["typed_as_name"])              # a password in the name field
    dialog.password.setText(pw["clerk"])
    dialog.try_login()
    dialog.user.setText("clerk")
    dialog.password.setText(pw["clerk"])
    dialog.try_login()
    clerk = dialog.session
    assert clerk is not None, dialog.message.text()
    ws.set("store.last", str(store))
    window = MainWindow(clerk)
    window.show()
    for title in ("Жоспар", "План учений", "Отчёт"):
        register.register_carrier(clerk, RegistrationDraft(
            kind=CarrierKind.PAPER, title=title, level=Level.S, reg_date=today, copies=2))
    index = next(i for i, s in enumerate(SECTIONS) if s.key == "register")
    window.nav.setCurrentRow(index)
    page = window.page(index)
    page.apply()
    page.table.selectRow(0)
    page.copy_number()
    copy_id = page.current_copy_id()
    (out / "card.pdf").write_bytes(printing.copy_card_pdf(clerk, copy_id, "kk"))
    change = ChangeOwnPasswordDialog(clerk, window)
    change.current.setText(pw["clerk"])
    change.password.setText(pw["clerk2"])
    change.repeat.setText(pw["clerk2"])
    change.accept()
    assert change.result() == change.DialogCode.Accepted, change.message.text()
    window.lock("user")
    window.lock_screen.password.setText(pw["wrong"])
    window.lock_screen.try_unlock()
    window.lock_screen.password.setText(pw["clerk2"])
    window.lock_screen.try_unlock()
    assert not window.locked
    window.close()                                        # logs out

    admin = auth.login(store, "admin", pw["admin"])
    users.reset_password(admin, "head", pw["head2"])
    rekey.rekey(admin)
    found["keys"].append(admin.store.keys.store_key.hex())
    auth.logout(admin)

    def draw_the_register(password):
        kept = password                                   # a secret in the failing frame
        raise RuntimeError("the register could not be drawn")
    try:
        draw_the_register(pw["admin"])
    except RuntimeError:
        crash.excepthook(*sys.exc_info())
    print(json.dumps(found), flush=True)
    logging.shutdown()
    import os
    os._exit(0)        # (no teardown of Qt's objects by the interpreter: not under test)
""")


def passwords() -> dict[str, str]:
    """Fresh, distinctive secrets for one run (none is a substring of another text)."""
    names = ("admin", "clerk", "clerk2", "clerk3", "head", "head2", "auditor", "wrong",
             "typed_as_name", "export")
    return {name: f"Pw{secrets.token_hex(10)}!" for name in names}


def needles(pw: dict[str, str], code: str, keys: list[bytes]) -> dict[str, bytes]:
    """Every secret in every form it could be written in."""
    out: dict[str, bytes] = {}
    texts = {f"password {name}": value for name, value in pw.items()}
    texts |= {"recovery code": code, "recovery code grouped": recovery.grouped(code),
              "recovery code lower": code.lower()}
    for label, text in texts.items():
        out[label] = text.encode("utf-8")
        out[label + " (UTF-16)"] = text.encode("utf-16-le")
    for i, key in enumerate(keys):
        label = "KEK" if i == 0 else f"store key {i}"
        out[label + " hex"] = key.hex().encode()
        out[label + " HEX"] = key.hex().upper().encode()
        out[label + " base64"] = base64.b64encode(key).rstrip(b"=")
        out[label + " bytes"] = key
    return out


def leaks(root: Path, found: dict[str, bytes], skip: set[Path]) -> list[str]:
    hits = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and path not in skip:
            data = path.read_bytes()
            hits += [f"{path.relative_to(root)}: {name}" for name, needle in found.items()
                     if needle in data]
    return hits


def cli(env: dict[str, str], *args: object, stdin: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture(scope="module")
def full_session(tmp_path_factory):
    """The GUI and services in one process, then grif-cli, all with their own home, data
    folder and temp folder under one root: (root, store, what to look for)."""
    root = tmp_path_factory.mktemp("hygiene")
    dirs = {name: root / name for name in ("home", "data", "tmp", "store", "out", "run")}
    for folder in dirs.values():
        folder.mkdir(mode=0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(dirs["home"]),
           "GRIF_HOME": str(dirs["data"]), "TMPDIR": str(dirs["tmp"]),
           "XDG_RUNTIME_DIR": str(dirs["run"]), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8"}
    store = dirs["store"] / "register.grif"
    pw = passwords()
    ran = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT, env=env, timeout=300,
                         input=json.dumps({"passwords": pw, "store": str(store),
                                           "out": str(dirs["out"])}),
                         capture_output=True, text=True)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    found = json.loads(ran.stdout.strip().splitlines()[-1])
    code, out = found["code"], dirs["out"]
    cli(env, "user", "list", store, "--as", "admin", "--password-stdin", stdin=pw["admin"] + "\n")
    cli(env, "user", "passwd", store, "clerk", "--password-stdin",
        stdin=f"{pw['clerk2']}\n{pw['clerk3']}\n")
    cli(env, "rekey", store, "--as", "admin", "--password-stdin", stdin=pw["admin"] + "\n")
    raw = cli(env, "recovery-key", store, "--password-stdin", stdin=code + "\n")
    keys = [bytes.fromhex(found["kek"])] + [bytes.fromhex(k) for k in found["keys"]]
    keys.append(bytes.fromhex(raw.stdout.split("'")[1]))          # the key after the rekey
    cli(env, "verify", store, "--user", "auditor", "--password-stdin",
        stdin=pw["auditor"] + "\n")
    cli(env, "audit", "export", store, "--as", "auditor", "--output", out / "journal.jsonl",
        "--password-stdin", stdin=pw["auditor"] + "\n")
    cli(env, "register", "export", store, "--as", "clerk", "--output", out / "register.grifx",
        "--password-stdin", stdin=f"{pw['clerk3']}\n{pw['export']}\n")
    cli(env, "decrypt-export", out / "register.grifx", "--output", out / "register.csv",
        "--password-stdin", stdin=pw["export"] + "\n")
    return root, dirs, store, needles(pw, code, keys)


def test_no_secret_is_left_in_any_file_after_a_full_session(full_session):
    root, dirs, store, found = full_session
    # What is searched is really there: the log, a crash file, settings, outputs.
    crash_files = list((dirs["data"] / "crashes").glob("crash-*.txt"))
    assert len(crash_files) == 1
    assert "draw_the_register" in crash_files[0].read_text(encoding="utf-8")
    assert "unexpected error" in (dirs["data"] / "logs" / "grif.log").read_text(encoding="utf-8")
    assert (dirs["data"] / "settings.json").exists()
    assert {"card.pdf", "journal.jsonl", "register.grifx", "register.csv"} <= \
        {p.name for p in dirs["out"].iterdir()}
    assert "store.raw_key_disclosed" in (dirs["out"] / "journal.jsonl").read_text("utf-8")
    assert {store.name + ".keys", store.name + ".login"} <= \
        {p.name for p in dirs["store"].iterdir()}
    # The store itself is ciphertext; everything else is searched, whatever its kind.
    skip = {store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")}
    assert leaks(root, found, skip) == []


def test_the_search_finds_each_form_of_each_secret(tmp_path):
    """The search above can fail: planted secrets are found in every form."""
    pw = {"admin": "Pw-planted-secret-1"}
    keys = [secrets.token_bytes(32), secrets.token_bytes(32)]
    code = recovery.new_code()
    found = needles(pw, code, keys)
    for i, needle in enumerate(found.values()):
        (tmp_path / f"f{i}").write_bytes(b"prefix " + needle + b" suffix")
    hits = leaks(tmp_path, found, set())
    assert {h.split(": ", 1)[1] for h in hits} == set(found)


# --- the clipboard ---------------------------------------------------------------------------

@pytest.fixture
def quick_clipboard(monkeypatch, tmp_path):
    """The clipboard helper with a short timeout, and an empty clipboard."""
    from PySide6.QtGui import QGuiApplication

    from desktop.ui.widgets import clipboard
    monkeypatch.setenv("GRIF_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(clipboard, "CLEAR_AFTER_MS", 300)
    QGuiApplication.clipboard().clear()
    yield clipboard, QGuiApplication.clipboard()
    clipboard.timed_clipboard().clear()


@pytest.fixture
def carrier(login):
    clerk = login("clerk")
    made = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="Жоспар", level=Level.S, reg_date=dt.date.today()))
    return clerk, made


def test_copy_registration_number_from_the_register_is_cleared_after_the_timeout(
        qtbot, quick_clipboard, carrier):
    from desktop.ui.register.register_page import RegisterPage
    clipboard, board = quick_clipboard
    clerk, made = carrier
    page = RegisterPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.background_idle() and page.model.total is not None,
                    timeout=10_000)
    page.table.selectRow(0)
    copy = page.action("copy_number")
    assert copy in page.table.actions()                   # in the table's context menu
    assert copy.text() == "Copy registration number"
    copy.trigger()
    assert board.text() == made.reg_no
    assert page.copy_notice.isVisibleTo(page) and made.reg_no in page.copy_notice.text()
    if sys.platform != "win32":
        assert bytes(board.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    with qtbot.waitSignal(clipboard.timed_clipboard().cleared, timeout=10_000):
        pass
    assert board.text() == ""
    assert not page.copy_notice.isVisibleTo(page)


def test_a_text_copied_meanwhile_is_left_alone(qtbot, quick_clipboard, carrier):
    from desktop.ui.register.copy_card_dialog import CopyCardDialog
    clipboard, board = quick_clipboard
    clerk, made = carrier
    copy_id = register.open_register(clerk).fetch()[0]["copy_id"]
    dialog = CopyCardDialog(clerk, copy_id)
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Copy &number"
    dialog.copy_button.click()
    assert board.text() == made.reg_no
    assert made.reg_no in dialog.status.text()
    board.setText("the user's own text")                   # copied elsewhere meanwhile
    with qtbot.waitSignal(clipboard.timed_clipboard().cleared, timeout=10_000):
        pass
    assert board.text() == "the user's own text"


def test_the_recovery_code_never_goes_through_the_clipboard(qtbot, quick_clipboard, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from desktop.security.kdf import MINIMUM
    from desktop.ui.wizard.first_run import FirstRunWizard
    from tests.ui.test_wizard import confirm_code, fill_until_binding
    clipboard, board = quick_clipboard
    seen: list[str] = []
    board.dataChanged.connect(lambda: seen.append(board.text()))
    wizard = FirstRunWizard(keystore=None, keyring_available=False, kdf=MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_until_binding(wizard, tmp_path / "reg.grif")
    if wizard.currentPage() is not wizard.recovery:
        wizard.next()                                      # creates the register
    assert wizard.currentPage() is wizard.recovery
    shown = wizard.recovery.code
    code = wizard.confirm.code
    assert shown.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    for widget in (shown, wizard.recovery, wizard):        # select all + copy, anywhere
        QTest.keySequence(widget, QKeySequence(QKeySequence.StandardKey.SelectAll))
        QTest.keySequence(widget, QKeySequence(QKeySequence.StandardKey.Copy))
    wizard.next()
    confirm_code(wizard)
    for box in wizard.confirm.boxes:
        QTest.keySequence(box, QKeySequence(QKeySequence.StandardKey.SelectAll))
        QTest.keySequence(box, QKeySequence(QKeySequence.StandardKey.Copy))
    for text in (code, recovery.grouped(code), code.lower()):
        with pytest.raises(ValueError):
            clipboard.copy_text(text)
    everything = [board.text(), *seen]
    assert not any(code in t.replace("-", "").upper() for t in everything)
    wizard.session.store.close()


# --- core dumps ------------------------------------------------------------------------------

PROBE = textwrap.dedent("""
    import json, subprocess, sys
    TARGET = ("import ctypes, resource, sys\\n"
              "from desktop.app import harden\\n"
              "if sys.argv[1] == 'hardened': harden()\\n"
              "print(resource.getrlimit(resource.RLIMIT_CORE)[1],"
              " ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), flush=True)\\n"
              "sys.stdin.read()\\n")
    out = {}
    for kind in ("hardened", "plain"):
        child = subprocess.Popen([sys.executable, "-c", TARGET, kind], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        core, dumpable = child.stdout.readline().split()
        try:
            open(f"/proc/{child.pid}/mem", "rb").close()
            mem = "open"
        except PermissionError:
            mem = "refused"
        out[kind] = {"core": int(core), "dumpable": int(dumpable), "mem": mem}
        child.stdin.close()
        child.wait()
    print(json.dumps(out))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux's")
def test_no_core_dumps_and_no_memory_reading_by_the_same_user(tmp_path):
    """harden(): RLIMIT_CORE 0 and PR_SET_DUMPABLE 0. Another process of the same user (without
    CAP_SYS_PTRACE: root here loses it) may open a plain Python's memory, not Grif's."""
    prefix = ["setpriv", "--bounding-set=-sys_ptrace", "--"] if IS_ROOT else []
    ran = subprocess.run([*prefix, sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    out = json.loads(ran.stdout)
    assert out["hardened"] == {"core": 0, "dumpable": 0, "mem": "refused"}
    assert out["plain"]["dumpable"] == 1 and out["plain"]["mem"] == "open"


# --- the login screen does not tell whether a user exists -----------------------------------

def test_unknown_name_and_wrong_password_look_the_same(qtbot, store_path, monkeypatch, login):
    """The same message, the same key-derivation work (one Argon2id of the same cost: the
    timing class, without timing anything), the same refusal; the journal keeps for the
    auditor whether the name was known, never what was typed."""
    from desktop.ui.login_dialog import LoginDialog

    costs: list[tuple] = []

    def counted(module):
        real = module.derive

        def derive(secret, salt, params):
            costs.append((params.memory_kib, params.time_cost, params.parallelism))
            return real(secret, salt, params)
        monkeypatch.setattr(module, "derive", derive)
    counted(keys)
    counted(keyfile)
    outcome = {}
    for name in ("nobody-here", "clerk"):
        costs.clear()
        dialog = LoginDialog(store_path, username=name)
        qtbot.addWidget(dialog)
        dialog.password.setText("wrong-password-123")
        dialog.try_login()
        outcome[name] = (dialog.message.text(), tuple(costs), dialog.session is None)
    assert outcome["nobody-here"] == outcome["clerk"]       # message, KDF work, refusal
    assert len(outcome["clerk"][1]) == 1                    # one Argon2id derivation each
    assert outcome["clerk"][0] == AuthenticationFailed().text()
    session = login("admin", PASSWORD)                      # the failures reach the journal
    with session.store.read() as conn:
        failed = [r for r in audit.rows(conn, 0, 1000) if r["action"] == "auth.login_failed"]
    assert len(failed) == 2 and {r["outcome"] for r in failed} == {"failure"}
    assert all("wrong-password" not in json.dumps(r, default=str) for r in failed)

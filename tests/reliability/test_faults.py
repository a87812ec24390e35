"""Faults (issue 9, point 3): a full disk, a read-only store, a damaged key file, a wrong
recovery code, a locked or emptied keyring. Each gives its typed error with a message that
says what to do, writes nothing, and the program goes on where it can.

Read-only is made the way the OS means it, so that it holds for root (CI) too: a read-only
bind mount when root, mode bits when not; and always also in a process that has lost the
right to override mode bits (root without CAP_DAC_OVERRIDE, or an ordinary user)."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.errors import (
    AuthenticationFailed,
    DiskFull,
    GrifError,
    KeyFileError,
    ReadOnlyStore,
    WorkstationMismatch,
)
from desktop.domain.levels import Level
from desktop.security import keyfile
from desktop.security.kdf import MINIMUM
from desktop.services import auth, printing, register, rekey, users
from desktop.services.backups import make_backup
from desktop.services.chain_check import verify_chain
from desktop.services.keys import WRONG_RECOVERY
from desktop.services.rekey import rebind_with_recovery
from desktop.services.session import READ_ACTIONS, Session
from desktop.services.stores import create_store, open_with_recovery
from desktop.store.engine import FILESYSTEM, PERMISSION, connect_raw
from desktop.store.maintenance import check_file
from tests.conftest import PASSWORD, MemoryKeystore

ROOT = Path(__file__).resolve().parents[2]


def _capabilities() -> int:
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:                       # not Linux: no mounts, no capabilities to ask
        return 0
    return int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("CapEff:")), 16)


# Root normally overrides mode bits (CAP_DAC_OVERRIDE) and may mount (CAP_SYS_ADMIN).
OVERRIDES_MODES = bool(_capabilities() >> 1 & 1)
CAN_MOUNT = bool(_capabilities() >> 21 & 1)
TODAY = dt.date.today()


def draft(title: str = "Жоспар", copies: int = 1, **kw) -> RegistrationDraft:
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=Level.S, reg_date=TODAY,
                             copies=copies, **kw)


def counts(path: Path, store_key: bytes) -> dict[str, int]:
    conn = connect_raw(path, store_key, read_only=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("registrations", "copies", "moves", "audit_event")}
    finally:
        conn.close()


def assert_sound(session: Session) -> None:
    """Both integrity checks pass and the journal chain verifies."""
    keys, path = session.store.keys, session.store.path
    assert check_file(path, keys.store_key).ok
    assert verify_chain(path, keys.store_key, keys.chain_key, workers=1).ok


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder and a hash of its bytes: 'nothing written' is this unchanged."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def cli(monkeypatch, capsys):
    """grif-cli's main() with its standard input (its messages are the same as in its own
    process; tests/services/test_cli.py runs it as one)."""
    from desktop import cli as grif_cli
    monkeypatch.setattr(grif_cli, "os_keystore", lambda: None)   # no keyring answers here

    def run(*args: object, stdin: str = "") -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = grif_cli.main([str(a) for a in args])
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)
    return run


# --- a full disk ---------------------------------------------------------------------------

class PageLimit:
    """PRAGMA max_page_count on every pooled connection: the store may not grow beyond the
    pages it has (a full disk, as SQLite meets it), until `lift()`."""

    UNLIMITED = 1_073_741_823

    def __init__(self, session: Session) -> None:
        self.session = session
        self.engine = session.store.engine
        self.tighten()
        event.listen(self.engine, "checkout", self._apply)

    def tighten(self) -> None:
        """No room beyond the pages the store has now."""
        with self.session.store.read() as conn:
            self.limit = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def _apply(self, dbapi_conn, _record, _proxy) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {self.limit}")

    def lift(self) -> None:
        self.limit = self.UNLIMITED

    def remove(self) -> None:
        event.remove(self.engine, "checkout", self._apply)


@pytest.fixture
def clerk(login) -> Session:
    return login("clerk")


@pytest.fixture
def full(clerk):
    limit = PageLimit(clerk)
    yield limit
    limit.lift()
    limit.remove()


def test_disk_full_refuses_the_registration_whole_then_the_same_action_works(clerk, full):
    store = clerk.store
    register.register_carrier(clerk, draft("before"))
    before = counts(store.path, store.keys.store_key)
    big = draft("Мобилизациялық жоспар", copies=999, notes="ескерту " * 400)
    with pytest.raises(DiskFull) as err:
        register.register_carrier(clerk, big)
    assert err.value.text() == \
        "The disk is full. Free some space and try again; nothing was saved."
    assert counts(store.path, store.keys.store_key) == before   # nor its audit record
    assert_sound(clerk)
    full.lift()                                                # space again
    made = register.register_carrier(clerk, big)
    after = counts(store.path, store.keys.store_key)
    assert after["registrations"] == before["registrations"] + 1
    assert after["copies"] == before["copies"] + 999
    assert after["audit_event"] == before["audit_event"] + 1
    assert register.find(clerk, made.reg_no).copies == 999
    assert_sound(clerk)


def test_disk_full_while_only_the_audit_record_is_written_says_disk_full(clerk, full):
    """Searches journal a record and nothing else: when that record is what no longer fits,
    the user still reads 'disk full', not a bare journal failure."""
    seen = None
    for _ in range(2000):
        try:
            register.open_register(clerk, register.RegisterFilter(search="x" * 150))
        except GrifError as exc:
            seen = exc
            break
    assert isinstance(seen, DiskFull), seen
    full.lift()
    register.open_register(clerk, register.RegisterFilter(search="x" * 150))
    assert_sound(clerk)


@pytest.fixture
def small_disk(tmp_path, template_store):
    """A 4 MB tmpfs holding a copy of the template store (root only: mounting)."""
    where = tmp_path / "small"
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "grif-test", str(where)],
                   check=True)
    try:
        for src in (template_store, keyfile.key_file_path(template_store)):
            shutil.copy2(src, where / src.name)
        yield where / template_store.name
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.skipif(not CAN_MOUNT, reason="mounting a small file system needs root; the "
                                          "page-limit tests above cover the same path")
def test_a_really_full_file_system(small_disk):
    session = auth.login(small_disk, "clerk", PASSWORD)
    try:
        filler = small_disk.with_name("filler")
        with open(filler, "wb") as out, contextlib.suppress(OSError):
            while True:                                        # until ENOSPC
                out.write(b"\0" * 65536)
                out.flush()
        before = counts(small_disk, session.store.keys.store_key)
        big = draft("Толық диск", copies=999, notes="ескерту " * 400)
        with pytest.raises(DiskFull):
            register.register_carrier(session, big)
        assert counts(small_disk, session.store.keys.store_key) == before
        filler.unlink()
        register.register_carrier(session, big)
        assert counts(small_disk, session.store.keys.store_key)["copies"] == \
            before["copies"] + 999
        assert_sound(session)
    finally:
        auth.logout(session)


def test_disk_full_in_the_window(qtbot, clerk, full, monkeypatch, tmp_path):
    """The register page shows the message (show_error) and stays usable; the registration
    dialog keeps what was typed, says 'disk full', and registers once there is room."""
    from desktop.ui import errors as ui_errors
    from desktop.ui.register.register_page import RegisterPage
    from desktop.ui.register.registration_dialog import RegistrationDialog

    monkeypatch.setenv("GRIF_HOME", str(tmp_path / "home"))
    shown: list[str] = []
    monkeypatch.setattr(ui_errors.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    full.lift()
    register.register_carrier(clerk, draft("Бар құжат"))
    page = RegisterPage(clerk)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(page.background_idle, timeout=10_000)
    assert page.model.rowCount() == 1
    full.tighten()                                     # no room from here on
    for _ in range(2000):                              # searches fill the last free bytes
        page.filters.search.setText("x" * 150)
        if not page.apply():
            break
    assert shown and shown[-1] == DiskFull().text()
    full.lift()                                        # the page goes on once there is room
    page.filters.search.clear()
    assert page.apply() and page.model.rowCount() == 1
    qtbot.waitUntil(page.background_idle, timeout=10_000)
    full.tighten()

    dialog = RegistrationDialog(clerk, page)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Толық дискідегі құжат")
    dialog.level.setCurrentIndex(dialog.level.findData("S"))
    dialog.copies.setValue(999)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert DiskFull().text() in dialog.message.text()
    assert dialog.title_edit.text() == "Толық дискідегі құжат"
    full.lift()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.show_registration(dialog.registration.reg_no)
    qtbot.waitUntil(lambda: page.background_idle() and page.model.total is not None,
                    timeout=10_000)
    assert page.model.total == 999
    assert_sound(clerk)


# --- a read-only store ---------------------------------------------------------------------

def made_read_only(folder: Path, view: Path) -> str:
    """Make `folder` read-only, seen at `view`: the mode bits where they bind us, else (root)
    a read-only bind mount. Returns the reason the program should give."""
    if not OVERRIDES_MODES:
        view.symlink_to(folder)
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        return PERMISSION
    if not CAN_MOUNT:
        pytest.skip("root that may not mount: test_read_only_by_permission_... covers it")
    view.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
    return FILESYSTEM


def made_writable(folder: Path, view: Path) -> None:
    """Undo `made_read_only` (the view goes too)."""
    if view.is_symlink():
        folder.chmod(0o700)
        for p in folder.iterdir():
            p.chmod(0o600)
        view.unlink()
    elif view.is_dir():
        subprocess.run(["umount", "-l", str(view)], check=False)
        view.rmdir()


@pytest.fixture
def ro_store(template_store, tmp_path):
    """A store with carriers, closed properly, then read-only: (path to open, its folder as
    written, the expected reason, the registrations)."""
    folder = tmp_path / "store"
    folder.mkdir()
    for src in (template_store, keyfile.key_file_path(template_store)):
        shutil.copy2(src, folder / src.name)
    clerk = auth.login(folder / template_store.name, "clerk", PASSWORD)
    made = [register.register_carrier(clerk, draft(title, copies=2))
            for title in ("Бірінші құжат", "Второй документ", "Үчүнчү документ")]
    auth.logout(clerk)
    view = tmp_path / "ro"
    reason = made_read_only(folder, view)
    try:
        yield view / template_store.name, folder, reason, made
    finally:
        made_writable(folder, view)


def test_a_read_only_store_opens_for_reading_and_refuses_every_change(ro_store, tmp_path):
    path, folder, reason, made = ro_store
    before = snapshot(folder)
    clerk = auth.login(path, "clerk", PASSWORD)
    assert clerk.store.read_only == reason
    cursor = register.open_register(clerk, register.RegisterFilter(search="документ"))
    assert sorted(r["title"] for r in cursor.fetch()) == \
        ["Второй документ", "Второй документ", "Үчүнчү документ", "Үчүнчү документ"]
    copy_id = cursor.fetch()[0]["copy_id"]
    assert register.card(clerk, copy_id).registration.reg_no in {r.reg_no for r in made}
    refusals = {
        "register": lambda: register.register_carrier(clerk, draft("Жаңа")),
        "issue": lambda: __import__("desktop.services.moves", fromlist=["x"]).issue(
            clerk, copy_id, "head", "Нұсқау"),
        "print": lambda: printing.copy_card_pdf(clerk, copy_id, "kk"),
        "password": lambda: users.change_own_password(clerk, PASSWORD, PASSWORD + "-new"),
    }
    for name, attempt in refusals.items():
        with pytest.raises(ReadOnlyStore) as err:
            attempt()
        assert "read-only" in err.value.text() and "copy the store" in err.value.text(), name
    auth.lock(clerk)                       # the screen still locks and unlocks
    auth.unlock(clerk, PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.login(path, "clerk", "wrong-password-123")   # a failure does not break either
    auth.logout(clerk)
    admin = auth.login(path, "admin", PASSWORD)
    elsewhere = tmp_path / "backups"
    elsewhere.mkdir()
    for attempt in (lambda: rekey.rekey(admin), lambda: make_backup(admin, elsewhere),
                    lambda: users.disable_user(admin, "clerk")):
        with pytest.raises(ReadOnlyStore):
            attempt()
    assert list(elsewhere.iterdir()) == []
    assert [u.username for u in users.list_users(admin)] == \
        ["admin", "auditor", "clerk", "executor", "head"]
    auth.logout(admin)
    assert snapshot(folder) == before      # not a byte written, not a file added


def test_read_only_mode_lets_through_only_reads_and_each_has_a_journal_label():
    from desktop.domain.actions import ACTION_LABELS
    assert READ_ACTIONS <= set(ACTION_LABELS)
    assert not any(name.startswith(("print.", "store.backup", "store.rekey"))
                   or name.endswith((".add", ".create", ".update", ".change_password"))
                   for name in READ_ACTIONS)
    # Visitors' personal data are shown only with the record of the view (S002).
    assert "visit.personal_data_view" not in READ_ACTIONS


def test_a_read_only_store_left_with_a_journal_is_read_with_it(ro_store, tmp_path):
    """A store not closed properly (-wal and -shm beside it) shows its last commits; without
    the -shm, SQLite cannot read the -wal read-only: a clear refusal, not old data."""
    path, folder, _reason, _made = ro_store
    made_writable(folder, path.parent)
    crashed = subprocess.run(
        [sys.executable, "-c", (
            "import os, sys\n"
            "from desktop.services import auth, register\n"
            "from tests.reliability.test_faults import draft\n"
            "s = auth.login(sys.argv[1], 'clerk', sys.argv[2])\n"
            "register.register_carrier(s, draft('Соңғы құжат'))\n"
            "os._exit(0)\n"), str(folder / path.name), PASSWORD],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert crashed.returncode == 0, crashed.stderr
    wal = folder / (path.name + "-wal")
    assert wal.stat().st_size > 0
    made_read_only(folder, path.parent)
    clerk = auth.login(path, "clerk", PASSWORD)
    try:
        found = register.open_register(clerk, register.RegisterFilter(search="Соңғы"))
        assert [r["title"] for r in found.fetch()] == ["Соңғы құжат"]
    finally:
        auth.logout(clerk)
    made_writable(folder, path.parent)
    (folder / (path.name + "-shm")).unlink()
    made_read_only(folder, path.parent)
    with pytest.raises(GrifError) as err:
        auth.login(path, "clerk", PASSWORD)
    assert "not closed properly" in err.value.text() and "where it can be written" in \
        err.value.text()


def test_the_window_says_read_only_and_why_and_keeps_working(qtbot, ro_store, monkeypatch,
                                                            tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.register.registration_dialog import RegistrationDialog
    from desktop.ui.sections import SECTIONS

    monkeypatch.setenv("GRIF_HOME", str(tmp_path / "home"))
    path, folder, reason, _made = ro_store
    before = snapshot(folder)
    window = MainWindow(auth.login(path, "clerk", PASSWORD), verify_at_start=False)
    qtbot.addWidget(window)
    window.show()
    notice = window.status.read_only
    assert notice.isVisible()
    assert notice.text().startswith("Read-only store (")
    assert ("mounted read-only" if reason == FILESYSTEM else "may not write") in notice.text()
    assert "not recorded in the journal" in notice.text()
    index = next(i for i, s in enumerate(SECTIONS) if s.key == "register")
    window.nav.setCurrentRow(index)
    page = window.page(index)
    qtbot.waitUntil(lambda: page.background_idle() and page.model.total is not None,
                    timeout=10_000)
    assert page.model.total == 6
    dialog = RegistrationDialog(window.session, page)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Жаңа құжат")
    dialog.level.setCurrentIndex(dialog.level.findData("S"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert ReadOnlyStore().text() in dialog.message.text()
    window.lock("user")
    assert window.locked
    window.close()                          # logs out: not journalled, no error
    assert snapshot(folder) == before


def test_read_only_through_the_command_line(ro_store, cli, caplog):
    path, folder, _reason, _made = ro_store
    before = snapshot(folder)
    listed = cli("user", "list", path, "--as", "admin", "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert listed.returncode == 0, listed.stderr
    assert "clerk" in listed.stdout
    added = cli("user", "add", path, "newbie", "--as", "admin", "--full-name", "New B.",
                "--roles", "clerk", "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}-2\n")
    assert added.returncode == ReadOnlyStore.exit_code
    assert added.stderr.strip() == f"grif-cli: {ReadOnlyStore().text()}"
    assert "login of admin not journalled" in caplog.text       # the workstation's log
    assert snapshot(folder) == before


PERMISSION_SCENARIO = """
import json, sys
from desktop.domain.errors import ReadOnlyStore
from desktop.services import auth, register
from tests.reliability.test_faults import draft
clerk = auth.login(sys.argv[1], "clerk", sys.argv[2])
out = {"read_only": clerk.store.read_only,
       "rows": len(register.open_register(clerk).fetch())}
try:
    register.register_carrier(clerk, draft("Жаңа"))
except ReadOnlyStore as exc:
    out["refused"] = exc.text()
auth.logout(clerk)
print(json.dumps(out))
"""


def test_read_only_by_permission_for_a_process_that_cannot_override_it(template_store,
                                                                         tmp_path):
    """chmod 0444/0555 as an ordinary user meets it: root without CAP_DAC_OVERRIDE (so this
    runs in CI as root too), or the ordinary user running the tests."""
    folder = tmp_path / "store"
    folder.mkdir()
    for src in (template_store, keyfile.key_file_path(template_store)):
        shutil.copy2(src, folder / src.name)
    clerk = auth.login(folder / template_store.name, "clerk", PASSWORD)
    register.register_carrier(clerk, draft("Құжат"))
    auth.logout(clerk)
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    before = snapshot(folder)
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"] \
        if OVERRIDES_MODES else []
    try:
        ran = subprocess.run([*prefix, sys.executable, "-c", PERMISSION_SCENARIO,
                              str(folder / template_store.name), PASSWORD],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o700)
    assert ran.returncode == 0, ran.stderr
    out = json.loads(ran.stdout)
    assert out == {"read_only": PERMISSION, "rows": 1, "refused": ReadOnlyStore().text()}
    assert snapshot(folder) == before


# --- a damaged key file, a wrong recovery code, a locked or emptied keyring ---------------

def made_store(folder: Path, bind: bool) -> tuple[Path, dict[str, str], str]:
    """A store with a clerk, bound to a (memory) keyring or not: its keyring's items and its
    recovery code."""
    path = folder / "register.grif"
    keystore = MemoryKeystore()
    created = create_store(path, organisation="O", admin_username="admin",
                           admin_full_name="Admin A.", admin_password=PASSWORD,
                           keystore=keystore if bind else None, kdf=MINIMUM)
    users.add_user(created.session, username="clerk", full_name="Clerk C.", password=PASSWORD,
                   roles={"clerk"})
    created.session.store.close()
    return path, dict(keystore.items), created.recovery_code


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    return {bind: made_store(tmp_path_factory.mktemp(f"bound-{bind}"), bind)
            for bind in (True, False)}


def private_copy(template, folder: Path):
    """(store path, its own keyring, the recovery code)."""
    src, items, code = template
    for f in (src, keyfile.key_file_path(src)):
        shutil.copy2(f, folder / f.name)
    keystore = MemoryKeystore()
    keystore.items.update(items)
    return folder / src.name, keystore, code


@pytest.fixture
def bound(templates, tmp_path):
    return private_copy(templates[True], tmp_path)


@pytest.fixture
def unbound(templates, tmp_path):
    return private_copy(templates[False], tmp_path)


def flip_byte(data: dict, *keys: str) -> None:
    """Change one byte inside a base64 field of the key file's JSON."""
    *outer, last = keys
    for key in outer:
        data = data[key]
    raw = bytearray(base64.b64decode(data[last]))
    raw[len(raw) // 2] ^= 0x01
    data[last] = base64.b64encode(bytes(raw)).decode("ascii")


def damage(kf_path: Path, how: str) -> None:
    text = kf_path.read_text(encoding="utf-8")
    if how == "garbage":
        kf_path.write_bytes(os.urandom(len(text)))
    elif how == "truncated":
        kf_path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif how == "missing":
        kf_path.unlink()
    else:
        data = json.loads(text)
        flip_byte(data, *how.split("/"))
        kf_path.write_text(json.dumps(data), encoding="utf-8")


KEY_FILE_DAMAGE = ("garbage", "truncated", "missing", "store_key")


@pytest.mark.parametrize("how", KEY_FILE_DAMAGE)
def test_a_damaged_key_file_says_put_it_back_from_a_backup(unbound, how, qtbot, monkeypatch,
                                                           cli):
    from desktop.ui import login_dialog
    path, keystore, code = unbound
    damage(keyfile.key_file_path(path), how)
    before = snapshot(path.parent)
    with pytest.raises(KeyFileError) as err:
        auth.login(path, "clerk", PASSWORD, keystore)
    text = err.value.text()
    assert str(keyfile.key_file_path(path)) in text
    assert "Put back the key file from the latest backup" in text
    with pytest.raises(KeyFileError):
        open_with_recovery(path, code, keystore)          # the code lives in that file too
    monkeypatch.setattr(login_dialog, "os_keystore", lambda: keystore)
    dialog = login_dialog.LoginDialog(path, username="clerk")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.session is None and "Put back the key file" in dialog.message.text()
    out = cli("user", "list", path, "--as", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == KeyFileError.exit_code
    assert "Put back the key file from the latest backup" in out.stderr
    assert "Traceback" not in out.stderr
    assert snapshot(path.parent) == before


def test_a_changed_user_slot_stops_only_that_user_and_the_recovery_code_mends_it(bound):
    """A changed byte in a slot is what a wrong password looks like (the slot is sealed, so
    neither can be told apart without giving away which): that user gets the one login
    message; the others and the recovery code still open the store."""
    path, keystore, code = bound
    damage(keyfile.key_file_path(path), "users/clerk/blob")
    with pytest.raises(AuthenticationFailed) as err:
        auth.login(path, "clerk", PASSWORD, keystore)
    assert err.value.text() == AuthenticationFailed().text()
    auth.login(path, "admin", PASSWORD, keystore).store.close()
    users.reset_password_with_recovery(path, code, "clerk", "a-fresh-passphrase-42", keystore)
    auth.login(path, "clerk", "a-fresh-passphrase-42", keystore).store.close()


def test_a_wrong_recovery_code_writes_nothing_and_says_check_the_sheet(bound, qtbot,
                                                                       monkeypatch, cli):
    from desktop.ui import recovery_reset_dialog
    path, keystore, code = bound
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    before = snapshot(path.parent)
    for attempt in (lambda: open_with_recovery(path, wrong, keystore),
                    lambda: users.reset_password_with_recovery(path, wrong, "admin",
                                                               "a-new-chief-password",
                                                               keystore),
                    lambda: rebind_with_recovery(path, wrong, keystore)):
        with pytest.raises(AuthenticationFailed) as err:
            attempt()
        assert err.value.text() == WRONG_RECOVERY
        assert "Check it against the sheet kept in the safe" in err.value.text()
    monkeypatch.setattr(recovery_reset_dialog, "os_keystore", lambda: keystore)
    dialog = recovery_reset_dialog.RecoveryResetDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.code.setText(wrong)
    dialog.password.setText("a-new-chief-password")
    dialog.repeat.setText("a-new-chief-password")
    dialog.try_reset()
    assert dialog.message.text() == WRONG_RECOVERY and dialog.code.text() == ""
    out = cli("recovery-key", path, "--password-stdin", stdin=wrong + "\n")
    assert out.returncode == AuthenticationFailed.exit_code
    assert out.stderr.strip() == f"grif-cli: {WRONG_RECOVERY}" and out.stdout == ""
    assert snapshot(path.parent) == before


@pytest.mark.parametrize("keyring", ["locked", "entry deleted"])
def test_a_keyring_that_does_not_answer_after_binding(bound, keyring, qtbot, monkeypatch,
                                                       cli):
    from desktop.security import workstation
    from desktop.ui import login_dialog
    path, keystore, code = bound
    if keyring == "locked":
        keystore.locked = True
    else:
        keystore.delete(workstation.secret_name(keyfile.load(keyfile.key_file_path(path))
                                                .store_id))
    before = snapshot(path.parent)
    with pytest.raises(WorkstationMismatch) as err:
        auth.login(path, "clerk", PASSWORD, keystore)
    text = err.value.text()
    assert "Unlock the keyring" in text and "grif-cli bind --recovery" in text
    monkeypatch.setattr(login_dialog, "os_keystore", lambda: keystore)
    dialog = login_dialog.LoginDialog(path, username="clerk")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.session is None and dialog.message.text() == text
    # grif-cli on a workstation whose keyring gives nothing (no allowed backend).
    out = cli("user", "list", path, "--as", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == WorkstationMismatch.exit_code
    assert out.stderr.strip() == f"grif-cli: {text}"
    assert snapshot(path.parent) == before
    if keyring == "locked":
        keystore.locked = False                           # unlocked: works as before
    else:
        rebind_with_recovery(path, code, keystore)         # moved here with the code
    session = auth.login(path, "clerk", PASSWORD, keystore)
    assert session.store.keyfile.bound
    auth.logout(session)

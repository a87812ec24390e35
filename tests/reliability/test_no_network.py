"""No network (issue 9, point 6): a full session — create a store, log in at the window,
register, print, back up — in a process where every internet socket is refused and written
down by a Python audit hook (local sockets, e.g. D-Bus for the keyring, stay allowed). When
root, the same session runs again in a network namespace with nothing but loopback, which also
covers what Python's hooks cannot see (Qt's own C++ code)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GUARD = textwrap.dedent("""
    import socket, sys
    INTERNET = (socket.AF_INET, socket.AF_INET6)
    LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
               "socket.gethostbyaddr", "socket.getnameinfo")
    SENDS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
    attempts, phase = [], ["session"]

    def refuse(event, what):
        attempts.append({"phase": phase[0], "event": event, "what": repr(what)[:200]})
        raise PermissionError(f"no network in this test: {event}")

    def guard(event, args):
        if event == "socket.__new__" and args[1] in INTERNET:
            refuse(event, args[1:])
        elif event in SENDS and getattr(args[0], "family", None) in INTERNET:
            refuse(event, args[1:])
        elif event in LOOKUPS:
            refuse(event, args)
    sys.addaudithook(guard)
""")

SESSION = textwrap.dedent("""
    import datetime as dt, json, socket, sys
    from pathlib import Path
    cfg = json.loads(sys.argv[1])
    from desktop.app import harden
    harden()
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.domain.carriers import CarrierKind, RegistrationDraft
    from desktop.domain.clearance import Clearance
    from desktop.domain.levels import Level
    from desktop.security.kdf import MINIMUM
    from desktop.security.workstation import os_keystore
    from desktop.services import auth, printing, register, users
    from desktop.services.backups import make_backup
    from desktop.services.stores import create_store
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow

    password = "correct-horse-battery-1"
    today = dt.date.today()
    store, out = Path(cfg["store"]), Path(cfg["out"])
    keystore = os_keystore()                      # whatever the keyring says, over D-Bus
    created = create_store(store, organisation="Offline", admin_username="admin",
                           admin_full_name="Admin A.", admin_password=password, kdf=MINIMUM)
    users.add_user(created.session, username="clerk", full_name="Clerk C.", password=password,
                   roles={"clerk"}, clearance=Clearance(
                       1, "N-1", today - dt.timedelta(days=1), today + dt.timedelta(days=99)))
    auth.logout(created.session)
    dialog = LoginDialog(store, username="clerk")
    dialog.password.setText(password)
    dialog.try_login()
    clerk = dialog.session
    assert clerk is not None, dialog.message.text()
    window = MainWindow(clerk)
    window.show()
    app.processEvents()
    made = [register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=title, level=Level.S, reg_date=today, copies=2))
        for title in ("Жоспар", "План", "Есеп")]
    copy_id = register.open_register(clerk).fetch()[0]["copy_id"]
    (out / "card.pdf").write_bytes(printing.copy_card_pdf(clerk, copy_id, "ru"))
    window.close()
    admin = auth.login(store, "admin", password, keystore)
    backup = make_backup(admin, out)
    auth.logout(admin)
    local = socket.socketpair(socket.AF_UNIX)     # local sockets stay allowed
    local[0].close(); local[1].close()
    phase[0] = "control"                          # the guard itself works
    for attempt in (lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM),
                    lambda: socket.getaddrinfo("example.org", 443)):
        try:
            attempt()
        except PermissionError:
            pass
    print(json.dumps({"attempts": attempts, "registered": len(made),
                      "backup": str(backup.folder), "pdf": (out / "card.pdf").stat().st_size}))
    import os
    os._exit(0)
""")


def run_session(tmp_path: Path, prefix: list[str]) -> dict:
    for name in ("home", "data", "tmp", "store", "out", "run"):
        (tmp_path / name).mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(tmp_path / "home"), "GRIF_HOME": str(tmp_path / "data"),
           "TMPDIR": str(tmp_path / "tmp"), "XDG_RUNTIME_DIR": str(tmp_path / "run"),
           "QT_QPA_PLATFORM": "offscreen"}
    cfg = json.dumps({"store": str(tmp_path / "store" / "reg.grif"),
                      "out": str(tmp_path / "out")})
    ran = subprocess.run([*prefix, sys.executable, "-c", GUARD + SESSION, cfg], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return json.loads(ran.stdout.strip().splitlines()[-1])


def check(result: dict) -> None:
    session = [a for a in result["attempts"] if a["phase"] == "session"]
    control = [a for a in result["attempts"] if a["phase"] == "control"]
    assert session == []
    assert [a["event"] for a in control] == ["socket.__new__", "socket.getaddrinfo"], control
    assert result["registered"] == 3 and result["pdf"] > 1000
    backup = Path(result["backup"])
    assert backup.is_dir() and any(backup.iterdir())


def test_a_full_session_tries_no_internet_socket(tmp_path):
    check(run_session(tmp_path, []))


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="a network namespace needs root (CI runs as root)")
def test_the_same_session_in_a_namespace_without_network(tmp_path):
    probe = subprocess.run(["unshare", "-n", "cat", "/proc/net/dev"], capture_output=True,
                           text=True, timeout=30)
    assert probe.returncode == 0 and set(
        line.split(":")[0].strip() for line in probe.stdout.splitlines()[2:]) == {"lo"}
    check(run_session(tmp_path, ["unshare", "-n"]))

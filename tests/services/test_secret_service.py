"""Binding against a real Secret Service (dbus-run-session + gnome-keyring-daemon)."""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.domain.errors import WorkstationMismatch
    from desktop.security import workstation
    from desktop.security.kdf import MINIMUM
    from desktop.services import auth
    from desktop.services.stores import create_store

    keystore = workstation.os_keystore()
    assert keystore is not None, "no allowed backend"
    print("backend", keystore.name)
    path = Path(sys.argv[1])
    created = create_store(path, organisation="O", admin_username="admin",
                           admin_full_name="A", admin_password="correct-horse-battery-1",
                           keystore=keystore, kdf=MINIMUM)
    created.session.store.close()
    auth.login(path, "admin", "correct-horse-battery-1", keystore).store.close()
    keystore.delete(workstation.secret_name(created.session.store.store_id))
    try:
        auth.login(path, "admin", "correct-horse-battery-1", keystore)
    except WorkstationMismatch:
        print("refused without the workstation secret")
    else:
        sys.exit("opened without the workstation secret")
""")


def _missing() -> str | None:
    for program in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed (make test installs it when run as root)"
    return None


@pytest.mark.secret_service
@pytest.mark.skipif(_missing() is not None, reason=_missing() or "")
def test_bound_store_with_a_real_secret_service(tmp_path):
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT)
    inner = (f"printf 'keyring-pass' | gnome-keyring-daemon --unlock --components=secrets "
             f"--daemonize >/dev/null && {sys.executable} {script} {tmp_path / 's.grif'}")
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", inner], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                               "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "backend keyring.backends.SecretService.Keyring" in proc.stdout
    assert "refused without the workstation secret" in proc.stdout


def test_plaintext_backends_are_never_allowed():
    from keyring.backends import fail, null

    from desktop.security.workstation import ALLOWED_BACKENDS, _allowed
    assert not _allowed(fail.Keyring()) and not _allowed(null.Keyring())
    assert not any("alt" in name or "file" in name.lower() for name in ALLOWED_BACKENDS)


def test_no_backend_means_unbound(monkeypatch):
    import keyring
    from keyring.backends import fail

    from desktop.security import workstation
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert workstation.os_keystore() is None

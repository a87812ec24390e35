"""grif-cli as a person runs it: real processes, passwords on stdin, exit codes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)],
                          input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A store made by `grif-cli init` (real calibration) with a clerk and an auditor."""
    path = tmp_path_factory.mktemp("cli") / "reg.grif"
    out = cli("init", path, "--admin", "boss", "--full-name", "Босс Б.", "--organisation",
              "ТОО «Тест»", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 0, out.stderr
    code = out.stdout.split("in the safe):")[1].split()[0]
    for name, roles in (("clerk", "clerk"), ("audit", "auditor")):
        added = cli("user", "add", path, name, "--as", "boss", "--full-name", f"{name} X",
                    "--roles", roles, "--clearance-form", "1", "--clearance-number", "7",
                    "--clearance-issued", "2026-01-01", "--clearance-expires", "2030-01-01",
                    "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}\n")
        assert added.returncode == 0, added.stderr
    return path, code


@pytest.fixture
def store(made, tmp_path):
    path, code = made
    for f in path.parent.iterdir():
        if f.is_file():
            shutil.copy2(f, tmp_path / f.name)
    return tmp_path / path.name, code


def test_init_prints_the_code_once_and_verify_passes(store):
    path, code = store
    assert len(code.replace("-", "")) == 30
    out = cli("verify", path, "--user", "audit", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "chain intact" in out.stdout
    if shutil.which("file"):
        kind = subprocess.run(["file", "-b", str(path)], capture_output=True, text=True)
        # The first 16 bytes are a random salt: `file` says "data" or, by chance, guesses
        # some unrelated format from them; never SQLite.
        assert "SQLite" not in kind.stdout and kind.stdout.strip()


def test_a_flipped_byte_fails_verify_and_says_where(store):
    path, _ = store
    data = bytearray(path.read_bytes())
    data[2 * 4096 + 500] ^= 0x40
    path.write_bytes(bytes(data))
    out = cli("verify", path, "--user", "audit", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 7
    assert "DAMAGED" in out.stdout and "page 3" in out.stdout


def test_recovery_key_opens_the_store_raw_and_a_changed_record_is_named(store):
    path, code = store
    out = cli("recovery-key", path, "--password-stdin", stdin=code + "\n")
    assert out.returncode == 0, out.stderr
    key = out.stdout.strip()
    assert key.startswith("x'") and len(key) == 67
    import sqlcipher3
    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{key}"')
    last = conn.execute("SELECT seq, action FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[1] == "store.raw_key_disclosed"           # the disclosure is journalled
    conn.execute("UPDATE audit_event SET actor = 'nobody' WHERE seq = 2")
    conn.commit()
    conn.close()
    out = cli("verify", path, "--user", "audit", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 7
    assert "record 2" in out.stdout


def test_wrong_password_and_wrong_code(store):
    path, _code = store
    out = cli("verify", path, "--user", "audit", "--password-stdin", stdin="nope-nope-nope\n")
    assert out.returncode == 3 and "password is wrong" in out.stderr
    out = cli("recovery-key", path, "--password-stdin", stdin="AAAAA-AAAAA\n")
    assert out.returncode == 3 and "recovery code is wrong" in out.stderr


def test_audit_export_jsonl(store, tmp_path):
    path, _ = store
    dest = tmp_path / "journal.jsonl"
    out = cli("audit", "export", path, "--as", "audit", "--format", "jsonl", "--output", dest,
              "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["action"] == "store.create"
    assert {"ts", "actor", "workstation", "action", "object", "outcome", "details",
            "mac"} <= set(rows[0])
    again = cli("audit", "export", path, "--as", "audit", "--output", dest,
                "--password-stdin", stdin=PASSWORD + "\n")
    assert again.returncode != 0 and "exists" in again.stderr   # never overwrites


def test_user_commands(store):
    path, _ = store
    two = f"{PASSWORD}\n{PASSWORD}\n"
    listed = cli("user", "list", path, "--as", "boss", "--password-stdin", stdin=two)
    assert listed.returncode == 0 and "clerk\tactive\tclerk" in listed.stdout
    assert cli("user", "disable", path, "clerk", "--as", "boss", "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    out = cli("user", "list", path, "--as", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert "clerk\tdisabled" in out.stdout
    denied = cli("user", "add", path, "x2", "--as", "audit", "--full-name", "X", "--roles",
                 "clerk", "--password-stdin", stdin=two)
    assert denied.returncode == 4 and "right" in denied.stderr
    weak = cli("user", "passwd", path, "audit", "--password-stdin",
               stdin=f"{PASSWORD}\nshort\n")
    assert weak.returncode == 2 and "12 characters" in weak.stderr


@pytest.mark.parametrize("args", [
    ("init", "{dir}/x.grif", "--admin", "boss"),              # stdin not a terminal
    ("verify", "{dir}/missing.grif", "--user", "a", "--password-stdin"),
    ("user", "add", "{store}", "n", "--as", "boss", "--full-name", "N", "--roles", "clerk",
     "--clearance-form", "2", "--password-stdin"),           # clearance incomplete
])
def test_clear_errors(store, tmp_path, args):
    path, _ = store
    filled = [a.format(dir=tmp_path, store=path) for a in args]
    out = cli(*filled, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert out.returncode not in (0, 1), out.stderr
    assert out.stderr.startswith("grif-cli: ") and "Traceback" not in out.stderr


def test_passwords_are_never_arguments():
    out = cli("init", "x.grif", "--admin", "a", "--password", PASSWORD)
    assert out.returncode == 2 and "unrecognized" in out.stderr


def test_demo_store(tmp_path):
    path = tmp_path / "demo.grif"
    out = cli("demo", path)
    assert out.returncode == 0, out.stderr
    listed = cli("user", "list", path, "--as", "admin", "--password-stdin",
                 stdin="demo-password-1\n")
    assert all(n in listed.stdout for n in ("clerk", "head", "director", "executor",
                                            "member", "auditor"))


def test_backup_and_restore_on_a_clean_path_with_the_recovery_code(store, tmp_path):
    path, code = store
    medium = tmp_path / "medium"
    medium.mkdir()
    out = cli("backup", path, medium, "--as", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert out.returncode == 0, out.stderr
    assert "backup written and verified" in out.stdout and "100 %" in out.stderr
    folder = next(medium.iterdir())
    checked = cli("restore", folder, "--check-only", "--password-stdin", stdin=code + "\n")
    assert checked.returncode == 0, checked.stderr
    assert "backup is whole" in checked.stdout
    clean = tmp_path / "clean-machine"
    clean.mkdir()
    restored = cli("restore", folder, clean / "reg.grif", "--password-stdin", stdin=code + "\n")
    assert restored.returncode == 0, restored.stderr
    assert "restored:" in restored.stdout
    verified = cli("verify", clean / "reg.grif", "--user", "audit", "--password-stdin",
                   stdin=PASSWORD + "\n")
    assert verified.returncode == 0 and "chain intact" in verified.stdout
    exported = cli("audit", "export", clean / "reg.grif", "--as", "audit", "--password-stdin",
                   stdin=PASSWORD + "\n")
    actions = [json.loads(line)["action"] for line in exported.stdout.splitlines()]
    assert "store.backup_start" in actions and "store.restore" in actions


def test_backup_and_restore_errors_are_clear(store, tmp_path):
    path, code = store
    out = cli("backup", path, tmp_path / "nowhere", "--as", "boss", "--password-stdin",
              stdin=PASSWORD + "\n")
    assert out.returncode != 0 and "does not exist" in out.stderr
    out = cli("backup", path, tmp_path, "--as", "clerk", "--password-stdin",
              stdin=PASSWORD + "\n")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    out = cli("restore", tmp_path, tmp_path / "x.grif", "--password-stdin", stdin=code + "\n")
    assert out.returncode == 7 and "key file" in out.stderr
    good = tmp_path / "m"
    good.mkdir()
    cli("backup", path, good, "--as", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    folder = next(good.iterdir())
    wrong = cli("restore", folder, tmp_path / "y.grif", "--password-stdin",
                stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG\n")
    assert wrong.returncode != 0 and "recovery code is wrong" in wrong.stderr
    assert not (tmp_path / "y.grif").exists()

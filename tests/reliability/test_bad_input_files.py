"""Bad files and bad command lines (issue 9 point 7): the CSV import, encrypted export files
handed back (their header is read before any passphrase), labels typed or scanned at an
inventory check, the journal's search, logins, and grif-cli, which must answer every bad
argument with a message and a non-zero code, never a traceback. The property and the
harness are those of test_bad_input.py."""

from __future__ import annotations

import csv
import io
import itertools
import json
import shutil
import struct
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop import cli
from desktop.domain.errors import GrifError
from desktop.security import export_crypto
from desktop.services import auth, csv_io, journal_view
from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.inventory import texts as label_texts
from tests.reliability.conftest import copy_store
from tests.reliability.test_bad_input import (
    HUGE,
    dates,
    fuzz,
    ints,
    mostly,
    number_texts,
    outcome,
    texts,
)

SERIAL = itertools.count()      # a new file name for each example, replays included


# --- the CSV import ----------------------------------------------------------------------------

ROW = {"kind": "paper", "title": "Кіріс хат", "level": "S", "reg_date": "", "originator_type":
       "domestic", "originator": "ТОО «Сапа»", "foreign_marking": "", "foreign_reference": "",
       "foreign_reference_date": "", "incoming_no": "45", "incoming_date": "", "sheets": "3",
       "copies": "1", "purpose": "", "contract": "", "notes": ""}
CELLS = {name: st.one_of(texts(), number_texts(), st.sampled_from(
    ["2026-02-30", "31.04.2025", "0001-01-01", "9999-12-31", "2026-1-1", "1.1.2026",
     "20260101", "-1", "1e400", "9" * 5000, '"', '""', ";", "\r\n", "Секретно", "OV",
     "Особой важности", "kyrgyz", "KYRGYZ"])) for name in csv_io.IMPORT_COLUMNS}


def csv_text(rows: list[dict], delimiter: str, columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue()


@fuzz(60)
@given(rows=st.lists(mostly(ROW, CELLS), min_size=1, max_size=3),
       delimiter=st.sampled_from([";", ",", "\t"]),
       columns=st.one_of(st.just(list(csv_io.IMPORT_COLUMNS)), st.permutations(
           csv_io.IMPORT_COLUMNS), st.lists(st.one_of(st.sampled_from(csv_io.IMPORT_COLUMNS),
                                                       texts()), max_size=4)),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]),
       tail=st.sampled_from([b"", b"\x00", b"\xff\xfe", b"\r", b'"unclosed', b";;;\n"]))
def test_csv_import_of_bad_files(demo, tmp_path_factory, rows, delimiter, columns, encoding,
                                 tail):
    clerk = demo("clerk")
    path = tmp_path_factory.getbasetemp() / "import.csv"
    content = csv_text(rows, delimiter, columns)
    try:
        data = content.encode(encoding)
    except UnicodeEncodeError:      # Kazakh letters in cp1251, lone surrogates anywhere
        data = content.encode("utf-8", "surrogatepass")
    path.write_bytes(data + tail)
    preview = outcome(clerk, lambda: csv_io.import_csv(clerk, path))
    if isinstance(preview, GrifError):
        return
    for problem in preview.errors:
        assert problem.error.text().strip() and problem.row >= 2
    made = outcome(clerk, lambda: csv_io.commit_import(clerk, preview))
    if not isinstance(made, GrifError):
        assert not preview.errors and len(made) == len(preview.rows)


@fuzz(25)
@given(v=mostly({"dest": "fresh", "passphrase": "a long export passphrase", "lang": "kk",
                 "sort": "number", "search": "белгі"},
                {"dest": st.sampled_from(["", "\x00", "x" * 100_000, "y" * 250,
                                          "missing/dir/out.grifx", "exists", "folder"]),
                 "passphrase": texts(), "lang": st.one_of(st.none(), texts()),
                 "sort": texts(), "search": st.one_of(st.none(), texts())}))
@example(v={"dest": "\x00", "passphrase": "a long export passphrase", "lang": "kk",
            "sort": "number", "search": "белгі"})       # once: ValueError from the OS call
@example(v={"dest": "y" * 250, "passphrase": "a long export passphrase", "lang": "kk",
            "sort": "number", "search": "белгі"})       # once: OSError, name too long
def test_csv_export_with_bad_input(demo, tmp_path_factory, v):
    clerk = demo("clerk")
    folder = tmp_path_factory.getbasetemp() / "exports"
    folder.mkdir(exist_ok=True)
    (folder / "exists").write_bytes(b"")
    dest = {"fresh": folder / f"out{next(SERIAL)}.grifx", "exists": folder / "exists",
            "folder": folder, "": Path(""), "\x00": folder / "a\x00b"}.get(
                v["dest"], folder / v["dest"])
    got = outcome(clerk, lambda: csv_io.export_csv(
        clerk, csv_io.RegisterFilter(search=v["search"]), dest, v["passphrase"],
        sort=v["sort"], lang=v["lang"]))
    if not isinstance(got, GrifError):
        assert export_crypto.read_meta(dest)["reg_no"] == got.reg_no


# --- export files handed back ----------------------------------------------------------------

def export_file(header: object, body: bytes = b"") -> bytes:
    text = header if isinstance(header, bytes) else json.dumps(header).encode()
    block = export_crypto.MAGIC + struct.pack(">H", min(len(text), 65535)) + text
    return block[:export_crypto.HEADER_SIZE].ljust(export_crypto.HEADER_SIZE, b"\0") + body


GOOD_HEADER = {"kdf": {"memory_kib": 19456, "time_cost": 2, "parallelism": 1},
               "salt": "00" * 16, "nonce": "00" * 7, "chunk": 1024,
               "meta": {"reg_no": "1с/2026", "marking": "S", "rows": 3}}
HEADER_FIELDS = {
    "kdf": st.one_of(st.just({"memory_kib": 2 ** 40, "time_cost": 2, "parallelism": 1}),
                     st.just({"memory_kib": 19456, "time_cost": 10 ** 9, "parallelism": 1}),
                     st.just({"memory_kib": 0, "time_cost": 0, "parallelism": 0}),
                     st.fixed_dictionaries({"memory_kib": ints(), "time_cost": ints(),
                                            "parallelism": ints()}),
                     st.none(), texts(), st.lists(ints(), max_size=2)),
    "salt": st.one_of(texts(), st.just("zz" * 16)), "nonce": st.one_of(texts(), ints()),
    "chunk": st.one_of(ints(), texts(), st.none(), st.floats()),
    "meta": st.one_of(st.none(), ints(), texts(), st.lists(ints(), max_size=2),
                      st.dictionaries(texts(), texts(), max_size=2))}


@fuzz(60)
@given(header=mostly(GOOD_HEADER, HEADER_FIELDS), body=st.binary(max_size=80),
       passphrase=st.one_of(texts(), st.just("x" * 12)),
       raw=st.one_of(st.none(), st.binary(max_size=40), st.lists(ints(), max_size=2).map(
           lambda v: export_file(v)), texts().map(lambda v: export_file(
               v.encode("utf-8", "surrogatepass")))))
@example(header={**GOOD_HEADER, "meta": 5}, body=b"", passphrase="x" * 12, raw=None)
@example(header={**GOOD_HEADER, "chunk": float("inf")}, body=b"", passphrase="x" * 12,
         raw=None)                                    # once: TypeError, OverflowError
@example(header={**GOOD_HEADER, "kdf": {"memory_kib": 19456, "time_cost": 10 ** 9,
                                        "parallelism": 1}},
         body=b"", passphrase="x" * 12, raw=None)     # once: Argon2 for days
@example(header=GOOD_HEADER, body=b"", passphrase="\ud800", raw=None)  # UnicodeEncodeError
def test_reading_bad_export_files(tmp_path_factory, header, body, passphrase, raw):
    """What a file claims (read before the passphrase) and its decryption: a typed error
    for anything that is not an intact Grif export, and no KDF run with a file's own
    absurd parameters (they would take the machine's memory or hours)."""
    path = tmp_path_factory.getbasetemp() / "handed-back.grifx"
    path.write_bytes(raw if raw is not None else export_file(header, body))
    for call in (lambda: export_crypto.read_meta(path),
                 lambda: export_crypto.decrypt_export(path, passphrase)):
        try:
            call()
        except GrifError as exc:
            assert exc.text().strip()


# --- labels read at an inventory check ----------------------------------------------------------

@fuzz(80)
@given(label=st.one_of(texts(), st.builds(lambda r, n: f"{r} / {n}", texts(), number_texts()),
                       st.sampled_from(["12с/2026 / 1", "12с/2026 / " + "9" * 5000,
                                        "12с/2026 / ٣", "12с/2026 / 0", "/ 1", " / "])))
def test_parsing_inventory_labels(label):
    for parse in (label_texts.parse_label, label_texts.parse_labels):
        try:
            parse(label)
        except GrifError as exc:
            assert exc.text().strip()


# --- the journal's search and logins -------------------------------------------------------------

@fuzz(40)
@given(v=mostly({"actor": None, "action": None, "object_contains": None, "date_from": None,
                 "date_to": None},
                {"actor": texts(), "action": texts(), "object_contains": texts(),
                 "date_from": dates(), "date_to": dates()}),
       after=st.one_of(st.none(), ints()), limit=st.one_of(ints(), st.just(50)))
@example(v={"actor": None, "action": None, "object_contains": None, "date_from": None,
            "date_to": None}, after=-(2 ** 63) - 1, limit=50)   # once journalled, then failed
def test_searching_the_journal_with_bad_input(demo, v, after, limit):
    auditor = demo("auditor")

    def read():
        flt = journal_view.JournalFilter(**v)
        return journal_view.search(auditor, flt, after_seq=after, limit=limit), \
            journal_view.count(auditor, flt)
    got = outcome(auditor, read)
    if not isinstance(got, GrifError):
        page, total = got
        assert len(page) <= total


@fuzz(30)
@given(username=st.one_of(texts(), st.sampled_from(["clerk", "CLERK", " clerk"])),
       password=st.one_of(texts(), st.just(DEMO_PASSWORD)))
def test_logging_in_with_bad_input(tmp_path_factory, demo_template, username, password):
    """Each example on its own copy: failures lock the account by design."""
    folder = tmp_path_factory.mktemp("login")
    path = copy_store(demo_template, folder)
    try:
        session = auth.login(path, username, password)
    except GrifError as exc:
        assert exc.text().strip()
    else:
        assert session.user.username == username and password == DEMO_PASSWORD
        auth.logout(session)
    shutil.rmtree(folder)


# --- grif-cli ---------------------------------------------------------------------------------

COMMANDS = [
    ["verify", "{store}", "--user", "{text}"],
    ["user", "add", "{store}", "{text}", "--as", "admin", "--full-name", "{text}",
     "--roles", "{text}"],
    ["user", "add", "{store}", "newbie", "--as", "admin", "--full-name", "N",
     "--roles", "clerk", "--clearance-form", "{number}", "--clearance-number", "{text}",
     "--clearance-issued", "{text}", "--clearance-expires", "{text}"],
    ["user", "disable", "{store}", "{text}", "--as", "{text}"],
    ["user", "passwd", "{store}", "{text}"],
    ["user", "list", "{store}", "--as", "{text}"],
    ["audit", "export", "{store}", "--as", "admin", "--output", "{path}"],
    ["recovery-key", "{store}"],
    ["register", "export", "{store}", "--as", "clerk", "--output", "{path}", "--search",
     "{text}", "--state", "{text}", "--date-from", "{text}"],
    ["register", "import", "{path}", "--as", "clerk", "--dry-run"],
    ["backup", "{store}", "{path}", "--as", "{text}"],
    ["restore", "{path}", "{path}", "--as", "{text}", "--check-only"],
    ["restore", "{path}", "--password-stdin"],
    ["decrypt-export", "{path}", "--output", "{path}"],
    ["demo", "{path}", "--copies", "{number}"],
    ["init", "{path}", "--admin", "{text}"],
    ["rekey", "{store}", "--as", "{text}"],
    ["unbind", "{store}"],
    ["{text}"],
    ["register", "{text}", "{store}"],
]


def cli_value(kind: str, tmp: Path, store: Path) -> st.SearchStrategy[str]:
    if kind == "store":
        return st.one_of(st.just(str(store)), st.sampled_from(
            ["", "\x00", "a\x00b.grif", "x" * 100_000, str(tmp), str(tmp / "missing.grif"),
             str(tmp / "no" / "such" / "dir.grif"), "-", "--", "\u202egrif.exe"]))
    if kind == "path":
        return st.sampled_from(
            ["", "\x00", "x\x00y", "x" * 100_000, str(tmp), str(tmp / "no" / "such" / "f"),
             str(store), str(store) + ".keys", "/dev/null", "/proc/self/status",
             str(tmp / "out\u202ecsv")])
    if kind == "number":
        return number_texts()
    # A lone surrogate is what Python makes of argument bytes that are not UTF-8.
    return st.one_of(texts(), st.just("\udcff\udcfe"))


@st.composite
def command_lines(draw, tmp: Path, store: Path) -> tuple[list[str], str]:
    template = draw(st.sampled_from(COMMANDS))
    argv = []
    for arg in template:
        if arg.startswith("{") and arg.endswith("}") and arg[1:-1] in (
                "store", "path", "number", "text"):
            argv.append(draw(cli_value(arg[1:-1], tmp, store)))
        else:
            argv.append(arg)
    if draw(st.booleans()):
        argv.append("--password-stdin")
    stdin = draw(st.sampled_from(["", "\n", DEMO_PASSWORD + "\n", "\x00\n", HUGE + "\n",
                                  f"{DEMO_PASSWORD}\n{HUGE}\n", "wrong\nwrong\n",
                                  b"\xff\xfe not UTF-8\n"]))
    return argv, stdin


@pytest.fixture(scope="module")
def cli_store(demo_template, tmp_path_factory) -> Path:
    return copy_store(demo_template, tmp_path_factory.mktemp("cli-store"))


@fuzz(80)
@given(data=st.data())
def test_grif_cli_answers_bad_arguments_with_a_message(cli_store, tmp_path_factory,
                                                      monkeypatch, capsys, data):
    """`grif-cli` never shows a traceback: a non-zero code and a message on stderr."""
    tmp = tmp_path_factory.getbasetemp() / "cli-scratch"
    tmp.mkdir(exist_ok=True)
    argv, stdin = data.draw(command_lines(tmp, cli_store))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")), encoding="utf-8"))
    capsys.readouterr()
    try:
        code = cli.main(argv)
    except SystemExit as exit_:      # argparse: usage and the problem, code 2
        code = exit_.code
    out = capsys.readouterr()
    if code != 0:
        assert isinstance(code, int) and out.err.strip(), (argv, out)
        assert "Traceback" not in out.err
    for made in tmp.iterdir():       # nothing left for the next example to trip over
        if made.is_dir():
            shutil.rmtree(made)
        else:
            made.unlink()


@pytest.mark.parametrize(("argv", "stdin"), [
    (["verify", "a\x00b.grif", "--user", "admin"], ""),           # once: embedded null byte
    (["verify", "{store}", "--user", "\udcff\udcfe", "--password-stdin"], "x\n"),  # no UTF-8
    (["user", "list", "{store}", "--as", "admin", "--password-stdin"], b"\xff\xfe\n"),  # stdin
])
def test_grif_cli_lines_that_once_ended_in_a_traceback(cli_store, tmp_path, monkeypatch,
                                                        capsys, argv, stdin):
    argv = [a.replace("{store}", str(cli_store)).replace("{tmp}", str(tmp_path)) for a in argv]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")), encoding="utf-8"))
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("grif-cli: ") and "Traceback" not in err

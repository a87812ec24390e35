"""CSV export (encrypted, clearance-filtered, registered as a carrier) and CSV import
(previewed, all rows or none)."""

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    RegistrationDraft,
)
from desktop.domain.errors import AlreadyExists, IllegalState, InvalidInput, PermissionDenied
from desktop.domain.levels import Level
from desktop.security import export_crypto
from desktop.security.kdf import MINIMUM
from desktop.services import csv_io, moves, outputs, register
from desktop.store import audit
from desktop.store import register as repo
from desktop.store.register_query import RegisterFilter
from tests.conftest import PASSWORD

TODAY = dt.date.today()
PASSPHRASE = "сегодня-ясно-2026"
ROOT = Path(__file__).resolve().parents[2]


def draft(title, level=Level.S, **kw):
    return RegistrationDraft(kind=CarrierKind.PAPER, title=title, level=level, reg_date=TODAY,
                             **kw)


def registrations(session):
    with session.store.read() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM registrations ORDER BY id").scalars().all()
        return [repo.registration(conn, i) for i in ids]


def parse(plain: bytes) -> list[dict]:
    assert plain.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(plain.decode("utf-8-sig"), newline=""),
                               delimiter=";"))


@pytest.fixture
def filled(login):
    clerk = login("clerk")
    regs = [register.register_carrier(clerk, draft("Жоспар <b>&</b>", Level.S)),
            register.register_carrier(clerk, draft("=HYPERLINK(\"x\")", Level.S)),
            register.register_carrier(clerk, draft("Өте құпия жоспар", Level.SS)),
            register.register_carrier(clerk, draft("Аса маңызды", Level.OV))]
    return clerk, regs


# --- export -------------------------------------------------------------------------------

def test_export_round_trip_is_registered_and_audited(filled, tmp_path):
    clerk, regs = filled
    dest = tmp_path / "out.grifx"
    made = csv_io.export_csv(clerk, None, dest, PASSPHRASE, lang="ru")
    assert made.derivation is Derivation.EXPORT and made.kind is CarrierKind.ELECTRONIC
    assert made.level is Level.OV and made.copies == 1
    assert made.title == "Экспорт реестра в CSV (4 строки)"
    raw = dest.read_bytes()
    assert raw.startswith(b"GRIFX1") and "Жоспар".encode() not in raw
    assert oct(dest.stat().st_mode & 0o777) == "0o600"
    plain = export_crypto.decrypt_export(dest, PASSPHRASE)
    rows = parse(plain)
    assert tuple(rows[0]) == csv_io.EXPORT_COLUMNS
    assert [r["reg_no"] for r in rows] == [r.reg_no for r in regs]
    assert rows[0]["title"] == "Жоспар <b>&</b>" and rows[0]["level"] == "S"
    assert rows[1]["title"] == "'=HYPERLINK(\"x\")"          # never a live formula
    meta = export_crypto.read_meta(dest)
    assert meta["reg_no"] == made.reg_no and meta["marking"] == "OV" and meta["rows"] == 4
    with clerk.store.read() as conn:
        last = audit.rows(conn, 0, 1000)[-1]
    assert (last["action"], last["object"]) == ("register.export", made.reg_no)
    assert PASSPHRASE not in str(last)
    assert not list(tmp_path.glob(".*.part"))


def test_export_is_clearance_and_need_to_know_filtered(filled, login, tmp_path):
    clerk, regs = filled
    head = login("head")                                   # form 2: S and SS
    made = csv_io.export_csv(head, None, tmp_path / "head.grifx", PASSPHRASE)
    levels = {r["level"] for r in parse(export_crypto.decrypt_export(tmp_path / "head.grifx",
                                                                   PASSPHRASE))}
    assert levels == {"S", "SS"} and made.level is Level.SS
    with clerk.store.read() as conn:
        [copy] = repo.copies_of(conn, regs[0].id)
    moves.issue(clerk, copy.id, "executor", "для работы")
    executor = login("executor")                           # form 3, holds one copy
    csv_io.export_csv(executor, None, tmp_path / "ex.grifx", PASSPHRASE)
    rows = parse(export_crypto.decrypt_export(tmp_path / "ex.grifx", PASSPHRASE))
    assert [r["reg_no"] for r in rows] == [regs[0].reg_no]
    with pytest.raises(IllegalState):                       # SS asked for: nothing to export
        csv_io.export_csv(executor, RegisterFilter(level="SS"), tmp_path / "no.grifx",
                          PASSPHRASE)
    assert not (tmp_path / "no.grifx").exists()


def test_export_filter_and_refusals_write_nothing(filled, tmp_path):
    clerk, regs = filled
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    before = len(registrations(clerk))
    with pytest.raises(InvalidInput):
        csv_io.export_csv(clerk, None, tmp_path / "a.grifx", "short")
    (tmp_path / "exists.grifx").write_bytes(b"")
    with pytest.raises(AlreadyExists):
        csv_io.export_csv(clerk, None, tmp_path / "exists.grifx", PASSPHRASE)
    with pytest.raises(outputs.OutputCancelled):
        csv_io.export_csv(clerk, None, tmp_path / "c.grifx", PASSPHRASE,
                          progress=lambda done, total: False)
    assert len(registrations(clerk)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists.grifx"]
    csv_io.export_csv(clerk, RegisterFilter(level="SS"), tmp_path / "ss.grifx", PASSPHRASE)
    rows = parse(export_crypto.decrypt_export(tmp_path / "ss.grifx", PASSPHRASE))
    assert [r["reg_no"] for r in rows] == [regs[2].reg_no]


def test_wrong_passphrase_and_damaged_files_are_refused(tmp_path):
    path = tmp_path / "x.grifx"
    with open(path, "w+b") as out:
        writer = export_crypto.ExportWriter(out, PASSPHRASE, params=MINIMUM, chunk=64)
        writer.write(b"a" * 1000)
        writer.seal({"reg_no": "1/2026", "marking": "S"})
    assert export_crypto.decrypt_export(path, PASSPHRASE) == b"a" * 1000
    with pytest.raises(InvalidInput):
        export_crypto.decrypt_export(path, PASSPHRASE + "x")
    good = path.read_bytes()
    cut = export_crypto.HEADER_SIZE + 3 * (64 + 16)
    for damaged in (good[:cut],                                   # whole chunks cut off
                    good[:-1],                                    # the last chunk shortened
                    good[:100] + bytes([good[100] ^ 1]) + good[101:],   # header changed
                    good[:-5] + bytes([good[-5] ^ 1]) + good[-4:]):     # body changed
        path.write_bytes(damaged)
        with pytest.raises(InvalidInput):
            export_crypto.decrypt_export(path, PASSPHRASE)
    with pytest.raises(InvalidInput):
        export_crypto.check_passphrase("11 chars...")


def test_cli_decrypts_an_export(filled, tmp_path):
    clerk, _ = filled
    csv_io.export_csv(clerk, None, tmp_path / "e.grifx", PASSPHRASE)
    out = tmp_path / "plain.csv"
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "decrypt-export",
                          str(tmp_path / "e.grifx"), "--password-stdin", "--output", str(out)],
                         input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(parse(out.read_bytes())) == 4 and "marking OV" in run.stderr
    wrong = subprocess.run([sys.executable, "-m", "desktop.cli", "decrypt-export",
                            str(tmp_path / "e.grifx"), "--password-stdin", "--output",
                            str(tmp_path / "w.csv")], input="wrong passphrase!\n",
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert wrong.returncode == 2 and not (tmp_path / "w.csv").exists()


# --- import -------------------------------------------------------------------------------

HEADER = ";".join(csv_io.IMPORT_COLUMNS)


def row(**values):
    base = {"kind": "paper", "title": "Хат", "level": "S", "copies": "1"}
    base.update(values)
    return ";".join(base.get(c, "") for c in csv_io.IMPORT_COLUMNS)


def write_csv(tmp_path, *lines, bom=True, name="in.csv"):
    path = tmp_path / name
    path.write_text(("\ufeff" if bom else "") + "\r\n".join([HEADER, *lines]) + "\r\n",
                    encoding="utf-8")
    return path


KYRGYZ = dict(originator_type="kyrgyz", originator="Кыргыз Республикасынын УКМК",
              foreign_marking="Жашыруун", foreign_reference="45/1",
              foreign_reference_date=TODAY.strftime("%d.%m.%Y"), purpose="Бірлескен жұмыс",
              level="")


def test_import_with_one_bad_row_changes_nothing(login, tmp_path):
    clerk = login("clerk")
    register.register_carrier(clerk, draft("бар"))
    before = len(registrations(clerk))
    path = write_csv(tmp_path, row(title="Бірінші"), row(title="Екінші", copies="0"),
                     row(title="Үшінші", kind="scroll"), row(**{**KYRGYZ, "purpose": ""}),
                     row(title="Төртінші"))
    preview = csv_io.import_csv(clerk, path)
    assert not preview.ok and len(preview.rows) == 2
    assert [(e.row, e.column) for e in preview.errors] == [(3, "copies"), (4, "kind"),
                                                          (5, "purpose")]
    assert "Row 3 of the file, column copies" in preview.errors[0].as_error().text()
    with pytest.raises(InvalidInput) as refused:
        csv_io.commit_import(clerk, preview)
    assert "Row 3" in refused.value.text() and "Nothing was imported" in refused.value.text()
    assert len(registrations(clerk)) == before


def test_valid_import_registers_every_row_with_gap_free_numbers(login, tmp_path):
    clerk = login("clerk")
    first = register.register_carrier(clerk, draft("бар"))
    path = write_csv(tmp_path, *(row(title=f"Хат № {i}", sheets="3") for i in range(20)),
                     row(**KYRGYZ, title="Маалымат"), "", bom=False)
    preview = csv_io.import_csv(clerk, path)
    assert preview.ok, [e.as_error().text() for e in preview.errors]
    made = csv_io.commit_import(clerk, preview)
    assert [r.number for r in made] == list(range(first.number + 1, first.number + 22))
    kg = made[-1]
    assert kg.level is Level.S and kg.originator.foreign_marking == "Жашыруун"
    assert kg.originator.reference_date == TODAY and kg.purpose == "Бірлескен жұмыс"
    with clerk.store.read() as conn:
        last = audit.rows(conn, 0, 1000)[-1]
        assert all(c.custodian_id == clerk.user.id for c in repo.copies_of(conn, kg.id))
    assert last["action"] == "register.import" and '"rows":21' in last["details"]


def test_import_checks_clearance_role_encoding_and_columns(login, tmp_path):
    head = login("head")                                            # form 2: no OV
    preview = csv_io.import_csv(head, write_csv(tmp_path, row(level="OV"), row()))
    assert [(e.row, e.column) for e in preview.errors] == [(2, "level")]
    with pytest.raises(PermissionDenied):
        csv_io.import_csv(login("executor"), write_csv(tmp_path, row(), name="e.csv"))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes((HEADER + "\r\n" + row(title="Caf\xe9")).encode("latin-1"))
    with pytest.raises(InvalidInput) as bad:
        csv_io.import_csv(head, latin1)
    assert "UTF-8" in bad.value.text()
    unknown = tmp_path / "u.csv"
    unknown.write_text("kind;title;colour\npaper;X;red\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as col:
        csv_io.import_csv(head, unknown)
    assert "colour" in col.value.text()
    comma = tmp_path / "c.csv"
    comma.write_text("kind,title,level,reg_date\npaper,\"A, B\",S,2020-01-31\n",
                     encoding="utf-8")
    [only] = csv_io.import_csv(head, comma).rows
    assert only.draft.title == "A, B" and only.draft.reg_date == dt.date(2020, 1, 31)
    trailing = tmp_path / "t.csv"                   # Excel's trailing separators
    trailing.write_text("kind;title;level;;\npaper;Хат;S;;\n", encoding="utf-8")
    assert csv_io.import_csv(head, trailing).ok
    future = (TODAY + dt.timedelta(days=3)).isoformat()
    preview = csv_io.import_csv(head, write_csv(tmp_path, row(incoming_date=future),
                                                name="f.csv"))
    assert [(e.row, e.column) for e in preview.errors] == [(2, "incoming_date")]
    with pytest.raises(IllegalState):
        csv_io.commit_import(head, csv_io.ImportPreview("x", "", (), ()))


def test_cli_register_export_and_import(login, store_path, tmp_path):
    clerk = login("clerk")
    register.register_carrier(clerk, draft("Бар"))
    clerk.store.engine.dispose()

    def cli(*args, stdin):
        return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)],
                              input=stdin, capture_output=True, text=True, cwd=ROOT,
                              timeout=120)
    bad = write_csv(tmp_path, row(), row(copies="x"), name="bad.csv")
    out = cli("register", "import", store_path, str(bad), "--as", "clerk", "--password-stdin",
              stdin=PASSWORD + "\n")
    assert out.returncode == 2 and "row 3, column copies" in out.stderr
    good = write_csv(tmp_path, row(title="Біреу"), row(title="Екеу"), name="good.csv")
    out = cli("register", "import", store_path, str(good), "--as", "clerk", "--password-stdin",
              stdin=PASSWORD + "\n")
    assert out.returncode == 0, out.stderr
    assert "imported 2 registrations" in out.stdout
    dest = tmp_path / "all.grifx"
    out = cli("register", "export", store_path, "--as", "clerk", "--output", dest,
              "--password-stdin", stdin=f"{PASSWORD}\n{PASSPHRASE}\n")
    assert out.returncode == 0, out.stderr
    assert len(parse(export_crypto.decrypt_export(dest, PASSPHRASE))) == 3

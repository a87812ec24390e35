"""The SQLCipher store: keying, pragmas, migrations, nothing readable in the file."""

import os
import sqlite3

import pytest
import sqlcipher3

from desktop.domain.errors import WrongKey
from desktop.store import migrate
from desktop.store.engine import CACHE_KIB, connect_raw, make_engine
from desktop.store.maintenance import check_file, export_with_key, opens_with

MARKER = "МАРКЕР-ҚҰПИЯ-7f3a9c"


@pytest.fixture
def key():
    return os.urandom(32)


def test_new_store_migrates_from_empty_to_head(tmp_path, key):
    path = tmp_path / "s.grif"
    engine = make_engine(path, key)
    assert migrate.current(engine) is None
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    migrate.upgrade(engine)  # idempotent on every open
    engine.dispose()


@pytest.mark.parametrize("start", migrate.revisions())
def test_every_earlier_revision_upgrades_to_head_keeping_data(tmp_path, key, start):
    path = tmp_path / "s.grif"
    engine = make_engine(path, key)
    migrate.upgrade(engine, start)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO store_meta(key, value) VALUES ('probe', ?)",
                             (MARKER,))
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT value FROM store_meta WHERE key='probe'").scalar() == MARKER
    engine.dispose()


def test_pragmas_of_every_connection(tmp_path, key):
    conn = connect_raw(tmp_path / "s.grif", key)
    values = {p: conn.execute(f"PRAGMA {p}").fetchone()[0]
              for p in ("foreign_keys", "journal_mode", "synchronous", "temp_store",
                        "cache_size", "cipher_log_level")}
    conn.close()
    assert values == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                      "temp_store": 2, "cache_size": -CACHE_KIB, "cipher_log_level": "NONE"}


def test_wrong_key_is_refused_and_the_file_is_not_sqlite(tmp_path, key):
    path = tmp_path / "s.grif"
    connect_raw(path, key).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(WrongKey):
        connect_raw(path, os.urandom(32))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_marker_written_in_is_not_in_the_file_bytes(tmp_path, key):
    path = tmp_path / "s.grif"
    engine = make_engine(path, key)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        for i in range(200):
            conn.exec_driver_sql("INSERT INTO store_meta(key, value) VALUES (?, ?)",
                                 (f"k{i}", MARKER * 3))
    engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for needle in (MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), b"store_meta",
                   b"CREATE TABLE"):
        assert needle not in raw
    # …and it really is in there.
    conn = connect_raw(path, key)
    assert conn.execute("SELECT count(*) FROM store_meta WHERE value LIKE ?",
                        (f"%{MARKER}%",)).fetchone()[0] == 200


def test_fts5_and_json_available(tmp_path, key):
    conn = connect_raw(tmp_path / "s.grif", key)
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(t)")
    conn.execute("INSERT INTO f VALUES ('Аса маңызды құжат')")
    assert conn.execute("SELECT count(*) FROM f WHERE f MATCH 'маңызды'").fetchone()[0] == 1
    assert conn.execute("SELECT json_extract('{\"a\": 1}', '$.a')").fetchone()[0] == 1


def test_export_with_a_new_key(tmp_path, key):
    src, dest = tmp_path / "a.grif", tmp_path / "b.grif"
    conn = connect_raw(src, key)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES ('v')")
    conn.close()
    new = os.urandom(32)
    export_with_key(src, key, dest, new)
    assert opens_with(dest, new) and not opens_with(dest, key)
    assert check_file(dest, new).ok


def test_flipped_byte_is_located(tmp_path, key):
    path = tmp_path / "s.grif"
    conn = connect_raw(path, key)
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(200),) for _ in range(200)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert check_file(path, key).ok
    page_size = 4096
    data = bytearray(path.read_bytes())
    data[3 * page_size + 100] ^= 0x01   # page 4
    path.write_bytes(bytes(data))
    report = check_file(path, key)
    assert not report.ok
    assert report.first_bad_page == 4


def test_a_store_in_a_folder_named_with_uri_characters_is_checked_itself(tmp_path, key):
    """check_file opens the file by URI: a # or % in the path is part of its name, not a
    fragment or an escape that would make it read another file."""
    folder = tmp_path / "a#b%c"
    folder.mkdir()
    path = folder / "s.grif"
    conn = connect_raw(path, key)
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(200),) for _ in range(200)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert check_file(path, key).ok
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 100] ^= 0x01   # page 4
    path.write_bytes(bytes(data))
    report = check_file(path, key)
    assert not report.ok and report.first_bad_page == 4 and report.bad_pages == (4,)


def test_sqlcipher_version_is_4():
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'x'")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_a_register_of_revision_0005_gains_cases_and_requests(tmp_path, key):
    """Data outlives code: registrations and copies made by the register issue's schema
    keep everything, the copies are under no case, nothing is declassified."""
    engine = make_engine(tmp_path / "s.grif", key)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO registrations(id, journal, year, number, reg_no, reg_date, kind, "
            "title, level, level_rank, originator_type, copies, created_at, created_by) "
            "VALUES (1, 'main', 2026, 1, '1с/2026', '2026-11-20', 'paper', ?, 'S', 1, 'own', "
            "2, '2026-11-20T10:00:00+00:00', 'clerk')", (MARKER,))
        for no in (1, 2):
            conn.exec_driver_sql(
                "INSERT INTO copies(registration_id, copy_no, state, location, updated_at) "
                "VALUES (1, ?, 'registered', 'Сейф', '2026-11-20T10:00:00+00:00')", (no,))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT title, declassified_on FROM registrations").one() == (MARKER, None)
        assert conn.exec_driver_sql(
            "SELECT count(*), count(marking_case_id) FROM copies").one() == (2, 0)
        for table in ("marking_cases", "marking_case_copies", "level_history",
                      "copy_requests", "copy_request_copies"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
        matches = conn.exec_driver_sql("SELECT count(*) FROM registrations_fts "
                                       "WHERE registrations_fts MATCH ?", (f'"{MARKER}"',))
        assert matches.scalar() == 1
    engine.dispose()


def test_a_store_of_revision_0007_keeps_its_loss_cases(tmp_path, key):
    """0008 adds the notice to the Kyrgyz party to existing cases (not involved, none
    sent) and the MCI table with its seeded values."""
    engine = make_engine(tmp_path / "s.grif", key)
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO incidents(number, kind, state, date_found, circumstances, top_rank, "
            "created_at, created_by) VALUES ('1/2026', 'loss', 'open', '2026-11-20', ?, 1, "
            "'2026-11-20T10:00:00+00:00', 'clerk')", (MARKER,))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT circumstances, party_involved, party_notice_sent FROM incidents").one() \
            == (MARKER, 0, None)
        assert conn.exec_driver_sql("SELECT count(*) FROM mci_values").scalar() == 3
    engine.dispose()


def test_a_store_of_revision_0009_gains_visits_contracts_and_transfers(tmp_path, key):
    """0010: registrations keep everything and come under no contract; a dispatched copy
    stays dispatched with no transfer record (none was kept before); the new tables are
    empty."""
    engine = make_engine(tmp_path / "s.grif", key)
    migrate.upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO registrations(id, journal, year, number, reg_no, reg_date, kind, "
            "title, level, level_rank, originator_type, copies, contract, created_at, "
            "created_by) VALUES (1, 'main', 2026, 1, '1с/2026', '2026-11-20', 'paper', ?, "
            "'S', 1, 'kyrgyz', 1, 'Договор 7', '2026-11-20T10:00:00+00:00', 'clerk')",
            (MARKER,))
        conn.exec_driver_sql(
            "INSERT INTO copies(registration_id, copy_no, state, location, updated_at) "
            "VALUES (1, 1, 'dispatched', '', '2026-11-20T10:00:00+00:00')")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT title, contract, contract_id FROM registrations").one() == (
            MARKER, "Договор 7", None)
        assert conn.exec_driver_sql("SELECT state FROM copies").scalar() == "dispatched"
        for table in ("contracts", "contract_items", "transfers", "visits", "visit_visitors",
                      "visit_contacts", "visit_shown"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
    engine.dispose()

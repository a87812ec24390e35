"""Bad input at the register's door (issue 9 point 7): registration, search and moves, each
driven by hypothesis with empty, huge, control, right-to-left, markup and Kazakh text,
impossible dates and out-of-range numbers.

The property, every time: a correct result, or a GrifError whose text says something; and
after an error the store is exactly as before (every table's rows, the journal's head, the
key file's slots) except for the one "denied"/"failure" record a refusal writes by design.

The harness (strategies, `snapshot`, `outcome`) is shared by the other test_bad_input_*.py
modules; the demo store is conftest.py's."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import text

from desktop.domain import fields
from desktop.domain.carriers import CarrierKind, Originator, OriginatorType, RegistrationDraft
from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.security import keyfile
from desktop.services import moves, register
from desktop.services.session import Session
from desktop.store.register_query import SORT_KEYS, RegisterFilter
from tests.reliability.conftest import Demo

TODAY = dt.date.today()
HUGE = "ж" * 100_000

# Text a person (or a pasted file) may bring: every kind the issue names, and a few that
# have tripped parsers elsewhere (format fields, placeholders, lone surrogates).
NASTY_TEXTS = [
    "", " ", "\t \n ", "\u3000", HUGE, "x" * 100_000,
    "a\x00b", "\x00", "\x07bell", "\x1b[31mred", "line\rfeed", "\x7f", "\x85", "\x9f",
    "\u200f", "\u200e", "\u202e", "abc\u202edcba", "\u2066isolate\u2069", "\ufeff", "\u200b",
    "<b>bold</b>", "<para>p</para>", "&amp;", "&lt;", '<img src="file:///etc/passwd"/>',
    "<font name=x>", "</para>", "<br/>", "]]>", "'; DROP TABLE copies; --", '"*', "NEAR(",
    "Жоспар", "Қазақстан әғқңөұүһі", "ӘҒҚҢӨҰҮҺІ", "Кыргызстан ӊөү", "שלום", "مرحبا",
    "{number}", "{prefix.x}", "{0}", "%1 %2", "%n", "\\", "%", "_",
    "\ud800", "a\udfffb", "😀" * 3, "e\u0301", "ﬁ",
]
NASTY_DATES = [dt.date.min, dt.date.max, dt.date(1, 1, 1), dt.date(1899, 12, 31),
               dt.date(1970, 1, 1), TODAY + dt.timedelta(days=1),
               TODAY + dt.timedelta(days=3650), TODAY - dt.timedelta(days=36500)]
NASTY_INTS = [-(2 ** 63) - 1, -(2 ** 63), -1, 0, 1, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64,
              10 ** 30]
NASTY_NUMBER_TEXTS = ["", " ", "-1", "0", "1.5", "1e3", " 7 ", "٣", "NaN", "inf", "0x10",
                      "9" * 5000, "1_000", "+2", "١٢"]


def texts() -> st.SearchStrategy[str]:
    """One text field's value: a listed nasty one, random unicode, or a nasty one inside
    ordinary words."""
    nasty = st.sampled_from(NASTY_TEXTS)
    return st.one_of(
        nasty, st.text(max_size=30),
        st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "Жоспар ", "plan "]),
                  nasty, st.sampled_from(["", " 2026", " <i>"])))


def dates() -> st.SearchStrategy[dt.date]:
    return st.one_of(st.sampled_from(NASTY_DATES), st.dates())


def ints() -> st.SearchStrategy[int]:
    return st.one_of(st.sampled_from(NASTY_INTS), st.integers(), st.integers(-5, 5))


def number_texts() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NASTY_NUMBER_TEXTS), st.text(max_size=8))


def mostly(valid: dict[str, Any], bad: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """The fields of one call, valid except for up to two drawn from `bad`: each example
    then tries one field's handling, not only the first check of the service."""
    @st.composite
    def build(draw) -> dict[str, Any]:
        values = dict(valid)
        names = draw(st.permutations(sorted(bad)))[:draw(st.sampled_from([1, 2, 0]))]
        for name in names:
            values[name] = draw(bad[name])
        return values
    return build()


# Examples per test in the suite, in per cent of what each test names (about a minute for
# all these modules); GRIF_FUZZ_PERCENT=1000 digs ten times deeper, with a random seed.
FUZZ_PERCENT = int(os.environ.get("GRIF_FUZZ_PERCENT", "70"))


def fuzz(examples: int) -> Callable:
    """Hypothesis settings of these modules: no deadline (SQLCipher and the KDF are not
    timed), function-scoped fixtures allowed (the store is shared on purpose), the same
    examples every run unless GRIF_FUZZ_PERCENT asks for more."""
    return settings(max_examples=max(5, examples * FUZZ_PERCENT // 100), deadline=None,
                    derandomize=FUZZ_PERCENT <= 100,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


# --- the store's state -----------------------------------------------------------------------

# A refusal is journalled by design (a refused permission, a failed confirmation or
# recovery): those outcomes may follow an error, nothing else may.
REFUSAL_OUTCOMES = {"denied", "failure", "failed", "refused"}


@dataclass(frozen=True)
class Snapshot:
    tables: dict[str, tuple[int, str]]      # table -> (rows, digest of every row)
    audit_seq: int
    slots: str                              # digest of the key file without its anchor


def _digest(rows: Iterator[Any]) -> tuple[int, str]:
    # Sorted here: some tables have no rowid to order by.
    lines = sorted(repr(tuple(row)) for row in rows)
    h = hashlib.blake2b(digest_size=16)
    for line in lines:
        h.update(line.encode("utf-8", "surrogatepass"))
    return len(lines), h.hexdigest()


def snapshot(session: Session) -> Snapshot:
    store = session.store
    with store.read() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name != 'audit_event' ORDER BY name"))]
        tables = {name: _digest(conn.execute(text(f'SELECT * FROM "{name}"')))
                  for name in names}
        seq = conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_event")).scalar()
    kf = keyfile.load(store.keyfile_path)
    slots = repr((kf.store_key_blob, kf.generation, kf.pending_store_key_blob,
                  sorted(kf.users.items()), kf.recovery, kf.workstation_escrow))
    return Snapshot(tables, seq, hashlib.sha256(slots.encode()).hexdigest())


def new_outcomes(session: Session, after_seq: int) -> list[tuple[str, str]]:
    with session.store.read() as conn:
        return [(r[0], r[1]) for r in conn.execute(text(
            "SELECT action, outcome FROM audit_event WHERE seq > :s ORDER BY seq"),
            {"s": after_seq})]


def assert_unchanged(session: Session, before: Snapshot) -> None:
    after = snapshot(session)
    changed = [t for t in before.tables if before.tables[t] != after.tables.get(t)]
    assert not changed, f"tables changed by a refused call: {changed}"
    assert before.slots == after.slots, "the key file's slots changed by a refused call"
    written = new_outcomes(session, before.audit_seq)
    assert all(outcome in REFUSAL_OUTCOMES for _, outcome in written), written


def note_event(text: str) -> None:
    """For --hypothesis-show-statistics: how often calls were accepted or refused."""
    if currently_in_test_context():
        event(text)


def outcome(session: Session, call: Callable[[], Any]) -> Any:
    """Run `call`: its result, or the GrifError it raised (checked: a message, and nothing
    changed but a refusal record). Any other exception fails the test as it is."""
    before = snapshot(session)
    try:
        result = call()
    except GrifError as exc:
        note_event(f"refused: {type(exc).__name__}")
        assert exc.text().strip(), f"{type(exc).__name__} without a message"
        assert_unchanged(session, before)
        return exc
    note_event("accepted")
    return result


# --- the demo store (conftest.py) --------------------------------------------------------------

def fresh_carrier(demo: Demo, origin: OriginatorType = OriginatorType.OWN,
                  level: Level = Level.S) -> tuple[int, str, int]:
    """A carrier registered just now by the clerk (its one copy in the safe): (registration
    id, number, copy id), for a case that needs something untouched."""
    kyrgyz = origin is OriginatorType.KYRGYZ
    made = register.register_carrier(demo("clerk"), RegistrationDraft(
        kind=CarrierKind.PAPER, title="Таза жазба", level=level, reg_date=TODAY,
        originator=Originator(origin, "Министерство обороны Кыргызской Республики"
                              if kyrgyz else "ТОО «Сапа»" if origin is not OriginatorType.OWN
                              else "", "Жашыруун" if kyrgyz else "", "77/1" if kyrgyz else "",
                              TODAY if kyrgyz else None),
        purpose="бірлескен оқу-жаттығу" if kyrgyz else ""))
    copy_id = demo.ids("SELECT id FROM copies WHERE registration_id = :r", r=made.id)[0]
    return made.id, made.reg_no, copy_id


# --- registration ------------------------------------------------------------------------------

LEVELS = st.sampled_from(list(Level))
NFC = functools.partial(unicodedata.normalize, "NFC")


REGISTRATION = {"kind": CarrierKind.PAPER, "title": "Жұмылдыру жоспары", "level": Level.S,
                "reg_date": TODAY, "basis": "", "notes": "", "location": "", "copies": 1,
                "sheets": None, "incoming_no": "", "medium_serial": "", "journal": "main",
                "review_date": None}


@fuzz(80)
@given(values=mostly(
    REGISTRATION,
    {"title": texts(), "notes": texts(), "basis": texts(), "location": texts(),
     "incoming_no": texts(), "medium_serial": texts(), "reg_date": dates(),
     "review_date": dates(), "copies": ints(), "sheets": ints(), "kind": st.sampled_from(
         list(CarrierKind)), "level": LEVELS, "journal": st.sampled_from(["", HUGE])}))
@example(values={**REGISTRATION, "journal": ""})             # once: "the store cannot be used"
@example(values={**REGISTRATION, "reg_date": dt.date(1, 1, 1)})   # once: registered in year 1
def test_registering_bad_fields(demo, values):
    clerk = demo("clerk")
    got = outcome(clerk, lambda: register.register_carrier(clerk, RegistrationDraft(**values)))
    if not isinstance(got, GrifError):
        # Accepted: stored as typed (trimmed, NFC), readable back, numbered in its year.
        assert got.title == NFC(values["title"].strip()) and got.title
        assert got.notes == NFC(values["notes"].strip())
        assert fields.EARLIEST_DAY <= got.reg_date == values["reg_date"] <= TODAY
        assert 1 <= got.copies <= register.MAX_COPIES
        again = register.find(clerk, got.reg_no)
        assert (again.title, again.notes, again.basis) == (got.title, got.notes, got.basis)


@fuzz(50)
@given(values=mostly(
    {"origin": OriginatorType.KYRGYZ, "name": "ГКНБ КР", "marking": "Жашыруун",
     "reference": "12/3", "ref_date": TODAY, "purpose": "бірлескен оқу-жаттығу",
     "incoming_date": TODAY, "level": Level.S},
    {"origin": st.sampled_from(list(OriginatorType)), "name": texts(), "marking": texts(),
     "reference": texts(), "ref_date": st.one_of(st.none(), dates()), "purpose": texts(),
     "incoming_date": st.one_of(st.none(), dates()), "level": LEVELS}))
def test_registering_received_carriers_with_bad_origin(demo, values):
    clerk = demo("clerk")
    v = values
    draft = RegistrationDraft(
        kind=CarrierKind.PAPER, title="Кіріс хат", level=v["level"], reg_date=TODAY,
        originator=Originator(v["origin"], v["name"], v["marking"], v["reference"],
                              v["ref_date"]),
        purpose=v["purpose"], incoming_date=v["incoming_date"])
    got = outcome(clerk, lambda: register.register_carrier(clerk, draft))
    if not isinstance(got, GrifError):
        assert got.originator.type is v["origin"] and got.reg_no
        if v["origin"] is OriginatorType.KYRGYZ:
            assert got.originator.foreign_marking == NFC(v["marking"].strip())


@fuzz(30)
@given(contract_id=st.one_of(st.none(), ints()), parent_id=st.one_of(st.none(), ints()))
def test_registering_under_unknown_contracts_and_parents(demo, contract_id, parent_id):
    clerk = demo("clerk")
    draft = RegistrationDraft(
        kind=CarrierKind.PAPER, title="Аударма", level=Level.SS, reg_date=TODAY,
        originator=Originator(OriginatorType.JOINT, "ГКНБ КР"), contract_id=contract_id,
        parent_id=parent_id)
    outcome(clerk, lambda: register.register_carrier(clerk, draft))


# --- reading the register ----------------------------------------------------------------------

NO_FILTER = {"search": None, "originator": None, "level": None, "state": None,
             "originator_type": None, "custodian_id": None, "date_from": None, "date_to": None}


@fuzz(50)
@given(values=mostly(
    NO_FILTER,
    {"search": texts(), "originator": texts(), "level": st.one_of(texts(), st.sampled_from(
        ["S", "SS", "OV"])), "state": texts(), "originator_type": texts(),
     "custodian_id": ints(), "date_from": dates(), "date_to": dates()}),
       sort=st.one_of(st.sampled_from(sorted(SORT_KEYS)), texts()), descending=st.booleans())
@example(values=NO_FILTER, sort="bogus", descending=False)      # once journalled, then refused
@example(values={**NO_FILTER, "custodian_id": -(2 ** 63) - 1}, sort="custodian",
         descending=False)                                      # once: OverflowError after it
def test_searching_and_sorting_the_register(demo, values, sort, descending):
    clerk = demo("clerk")

    def read():
        cursor = register.open_register(clerk, RegisterFilter(**values), sort=sort,
                                        descending=descending)
        return cursor.count(), cursor.fetch(limit=50)
    got = outcome(clerk, read)
    if not isinstance(got, GrifError):
        count, rows = got
        assert len(rows) == min(count, 50)


@fuzz(40)
@given(reg_no=texts(), copy_id=ints())
@example(reg_no="\ud800", copy_id=2 ** 64)        # once: UnicodeEncodeError, OverflowError
def test_finding_and_opening_by_number(demo, reg_no, copy_id):
    clerk = demo("clerk")
    outcome(clerk, lambda: register.find(clerk, reg_no))
    outcome(clerk, lambda: register.card(clerk, copy_id))
    outcome(clerk, lambda: register.copy_row(clerk, copy_id))


# --- moves -------------------------------------------------------------------------------------

FREE_COPIES = ("SELECT c.id FROM copies c JOIN registrations r ON r.id = c.registration_id "
               "WHERE c.state IN ('registered', 'returned') AND r.level = 'S' "
               "AND r.originator_type = 'own' ORDER BY c.id")


@fuzz(50)
@given(values=mostly({"to": "executor", "basis": "Өтінім 5", "wild": None},
                     {"to": st.one_of(texts(), st.sampled_from(["member", "auditor",
                                                                "EXECUTOR", " executor"])),
                      "basis": texts(), "wild": ints()}),
       pick=st.integers(0, 10_000))
def test_issuing_and_returning_with_bad_input(demo, values, pick):
    clerk = demo("clerk")
    free = demo.ids(FREE_COPIES)
    copy_id = values["wild"] if values["wild"] is not None else free[pick % len(free)]
    got = outcome(clerk, lambda: moves.issue(clerk, copy_id, values["to"], values["basis"]))
    if not isinstance(got, GrifError):
        got = outcome(clerk, lambda: moves.return_copy(clerk, copy_id, values["basis"]))
        assert not isinstance(got, GrifError), got      # the same basis was just accepted


@fuzz(50)
@given(values=mostly(
    {"to_org": "ТОО «Алтын»", "channel": "Нарочным", "cover_letter": "15-07/88",
     "basis": "Хат 4", "originator_consent": "", "reference": "Алынды 9"},
    {"to_org": texts(), "channel": texts(), "cover_letter": texts(), "basis": texts(),
     "originator_consent": texts(), "reference": texts()}),
       wild=st.one_of(st.none(), ints()), pick=st.integers(0, 10_000))
def test_dispatching_and_confirming_with_bad_input(demo, values, wild, pick):
    clerk = demo("clerk")
    free = demo.ids(FREE_COPIES)
    copy_id = wild if wild is not None else free[pick % len(free)]
    reference = values.pop("reference")
    outcome(clerk, lambda: moves.dispatch(clerk, copy_id, **values))
    outcome(clerk, lambda: moves.confirm_receipt(clerk, copy_id, reference))

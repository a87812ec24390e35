"""What a clerk enters for a visit request (S001 a.10 p.2), checked field by field before it
reaches the store: every field of the point is required, dates must be possible, each
visitor must hold a clearance covering the information to be seen (a.10 p.1, a.4 p.2)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain import fields
from desktop.domain import visits as rules
from desktop.domain.errors import InvalidInput, Label
from desktop.domain.levels import Level
from desktop.domain.text import clean_text
from desktop.domain.tr import QT_TRANSLATE_NOOP

SURNAME = QT_TRANSLATE_NOOP("Errors", "surname")
NAME = QT_TRANSLATE_NOOP("Errors", "name")
BIRTH_DATE = QT_TRANSLATE_NOOP("Errors", "date of birth")
BIRTH_PLACE = QT_TRANSLATE_NOOP("Errors", "place of birth")
CITIZENSHIP = QT_TRANSLATE_NOOP("Errors", "citizenship")
PASSPORT = QT_TRANSLATE_NOOP("Errors", "passport number")
PROFESSION = QT_TRANSLATE_NOOP("Errors", "profession")
VISITORS = QT_TRANSLATE_NOOP("Errors", "visitors")
CONTACTS = QT_TRANSLATE_NOOP("Errors", "people to meet")
START = QT_TRANSLATE_NOOP("Errors", "proposed date of the visit")
DAYS = QT_TRANSLATE_NOOP("Errors", "duration of the visit in days")
ORGANISATIONS = QT_TRANSLATE_NOOP("Errors", "organisations to visit")
PURPOSE = QT_TRANSLATE_NOOP("Errors", "purpose of the visit and questions")
DIRECTION = QT_TRANSLATE_NOOP("Errors", "direction of the visit")

IMPOSSIBLE_BIRTH = QT_TRANSLATE_NOOP(
    "Errors", "impossible date: a visitor is at least 18 and at most 100 years old on the "
              "first day of the visit")
PASSPORT_FORM = QT_TRANSLATE_NOOP(
    "Errors", "use 5–30 Latin or Cyrillic letters, digits, spaces or hyphens")
TWICE = QT_TRANSLATE_NOOP("Errors", "the same passport number is given twice")
NONE_GIVEN = QT_TRANSLATE_NOOP("Errors", "give at least one")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "Invalid value for %1: too many entries (at most %2)")
NOT_FUTURE = QT_TRANSLATE_NOOP("Errors", "the visit must begin after today")
DAYS_RANGE = QT_TRANSLATE_NOOP("Errors", "give a whole number of days from 1 to 365")
UNCLEARED = QT_TRANSLATE_NOOP(
    "Errors", "%1 holds a clearance for «%2» only, below the information to be seen "
              "(S001 a.10 p.1, a.4 p.2).")
MARKING_BELOW = QT_TRANSLATE_NOOP(
    "Errors", "the request's own marking is set below the secrecy degree it names")

_ALNUM = "0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_PASSPORT = re.compile(f"^[{_ALNUM}][{_ALNUM} \\-]{{3,28}}[{_ALNUM}]$")


HIDDEN = "••••••"     # in place of a personal-data field the reader may not see


@dataclass(frozen=True)
class VisitorInput:
    surname: str
    name: str
    birth_date: dt.date | None
    birth_place: str
    citizenship: str
    passport_no: str
    profession: str
    position: str
    organisation: str
    clearance: Level | str
    id: int | None = None      # a visitor already on the draft

    @property
    def personal_data_hidden(self) -> bool:
        """Entered by someone who may not see the personal data: they stay as stored."""
        return self.id is not None and self.birth_date is None and \
            self.birth_place == HIDDEN and self.passport_no == HIDDEN


@dataclass(frozen=True)
class ContactInput:
    position: str
    surname: str
    name: str


@dataclass(frozen=True)
class VisitDraft:
    direction: rules.Direction | str
    start_date: dt.date | None
    days: int
    organisations: str
    purpose: str
    level: Level | str
    visitors: Sequence[VisitorInput] = ()
    contacts: Sequence[ContactInput] = ()
    marking: Level | str | None = None     # of the request itself; None: the level it names
    contract_id: int | None = None


def _level(value: Level | str, label: str = fields.LEVEL) -> Level:
    if isinstance(value, Level):
        return value
    if not isinstance(value, str):
        raise InvalidInput(label, fields.WRONG_TYPE)
    try:
        return Level.parse(value)
    except InvalidInput:
        raise InvalidInput(label, value) from None


def _date(label: str, value: object) -> dt.date:
    if value is None or value == "":
        raise InvalidInput(label, fields.EMPTY)
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidInput(label, fields.WRONG_TYPE)
    return value


def _visitor(v: VisitorInput, start: dt.date) -> dict:
    born = _date(BIRTH_DATE, v.birth_date)
    try:
        youngest = start.replace(year=start.year - 18)
        oldest = start.replace(year=start.year - 100)
    except ValueError:   # 29 February
        youngest = (start - dt.timedelta(days=1)).replace(year=start.year - 18)
        oldest = (start - dt.timedelta(days=1)).replace(year=start.year - 100)
    if not oldest <= born <= youngest:
        raise InvalidInput(BIRTH_DATE, IMPOSSIBLE_BIRTH)
    passport = " ".join(clean_text(PASSPORT, v.passport_no, max_len=30).split()).upper()
    if not _PASSPORT.match(passport):
        raise InvalidInput(PASSPORT, PASSPORT_FORM)
    return {
        "surname": clean_text(SURNAME, v.surname, max_len=100),
        "name": clean_text(NAME, v.name, max_len=100),
        "birth_date": born,
        "birth_place": clean_text(BIRTH_PLACE, v.birth_place, max_len=200),
        "citizenship": clean_text(CITIZENSHIP, v.citizenship, max_len=100),
        "passport_no": passport,
        "profession": clean_text(PROFESSION, v.profession, max_len=200),
        "position": clean_text(fields.POSITION, v.position, max_len=200),
        "organisation": clean_text(fields.ORGANISATION, v.organisation, max_len=300),
        "clearance": _level(v.clearance, fields.CLEARANCE).value,
    }


def passport_key(passport_no: str) -> str:
    """A passport number as two are compared ("given twice"): in one Unicode form, upper
    case, without the spaces and hyphens it may be written with. The form checks it too."""
    text = " ".join(unicodedata.normalize("NFC", passport_no).split()).upper()
    return re.sub(r"[ \-]", "", text)


def _contact(c: ContactInput) -> dict:
    return {"position": clean_text(fields.POSITION, c.position, max_len=200),
            "surname": clean_text(SURNAME, c.surname, max_len=100),
            "name": clean_text(NAME, c.name, max_len=100)}


@dataclass(frozen=True)
class CheckedVisit:
    values: dict          # columns of visits
    visitors: list[dict]
    contacts: list[dict]


def check(draft: VisitDraft, today: dt.date) -> CheckedVisit:
    """The draft as stored values, or InvalidInput naming the first wrong field."""
    try:
        direction = rules.Direction(draft.direction)
    except ValueError:
        raise InvalidInput(DIRECTION, str(draft.direction)) from None
    start = _date(START, draft.start_date)
    if start <= today:
        raise InvalidInput(START, NOT_FUTURE)
    if isinstance(draft.days, bool) or not isinstance(draft.days, int) \
            or not 1 <= draft.days <= rules.MAX_DAYS:
        raise InvalidInput(DAYS, DAYS_RANGE)
    level = _level(draft.level)
    marking = level if draft.marking in (None, "") else _level(draft.marking)  # type: ignore
    if marking.rank < level.rank:
        raise InvalidInput(fields.LEVEL, MARKING_BELOW)
    _check_count(VISITORS, draft.visitors, rules.MAX_VISITORS)
    _check_count(CONTACTS, draft.contacts, rules.MAX_CONTACTS)
    visitors = [_visitor(v, start) for v in draft.visitors]
    passports = [passport_key(v["passport_no"]) for v in visitors]
    if len(set(passports)) != len(passports):
        raise InvalidInput(PASSPORT, TWICE)
    for v in visitors:
        if Level(v["clearance"]).rank < level.rank:
            raise InvalidInput(f"{v['surname']} {v['name']}",
                               Label("Level", Level(v["clearance"]).label), message=UNCLEARED)
    values = {
        "direction": direction.value, "start_date": start, "days": draft.days,
        "organisations": clean_text(ORGANISATIONS, draft.organisations, max_len=1000,
                                    multiline=True),
        "purpose": clean_text(PURPOSE, draft.purpose, max_len=4000, multiline=True),
        "level": level.value, "marking": marking.value, "top_rank": marking.rank,
        "contract_id": draft.contract_id}
    return CheckedVisit(values, visitors, [_contact(c) for c in draft.contacts])


def _check_count(label: str, items: Sequence, most: int) -> None:
    if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
        raise InvalidInput(label, fields.WRONG_TYPE)
    if not items:
        raise InvalidInput(label, NONE_GIVEN)
    if len(items) > most:
        raise InvalidInput(label, str(most), message=TOO_MANY)

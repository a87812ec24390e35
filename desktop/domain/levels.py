"""Classification levels and their Kazakh–Kyrgyz equivalence (SPEC §1, S001 a.2–3)."""

from __future__ import annotations

import enum

from desktop.domain import fields
from desktop.domain.tr import QT_TRANSLATE_NOOP


class Level(enum.Enum):
    """A secrecy degree. Order: OV > SS > S (compare with `rank`)."""

    S = "S"
    SS = "SS"
    OV = "OV"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: Level) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: Level) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank <= other.rank

    @property
    def label(self) -> str:
        """English source label, translated at display time in context "Level"."""
        return _LABEL[self]

    @property
    def kz_category(self) -> str:
        """S001 a.2: OV and SS are state secrets, S a service secret (still a state secret
        in the broad sense: never treated as 'not secret')."""
        return "state secret" if self in (Level.OV, Level.SS) else "service secret"

    @classmethod
    def parse(cls, code: str) -> Level:
        try:
            return cls(code.strip().upper())
        except (ValueError, AttributeError):
            from desktop.domain.errors import InvalidInput

            raise InvalidInput(fields.LEVEL, code) from None


_RANK = {Level.S: 1, Level.SS: 2, Level.OV: 3}

_LABEL = {
    Level.OV: QT_TRANSLATE_NOOP("Level", "Of special importance"),
    Level.SS: QT_TRANSLATE_NOOP("Level", "Top secret"),
    Level.S: QT_TRANSLATE_NOOP("Level", "Secret"),
}

# The markings as written in each language (GLOSSARY, S001 a.3). Printed forms use these
# directly: a form's language is chosen at print time, independent of the UI.
MARKINGS: dict[str, dict[Level, str]] = {
    "kk": {Level.OV: "Аса маңызды", Level.SS: "Өте құпия", Level.S: "Құпия"},
    "ru": {Level.OV: "Особой важности", Level.SS: "Совершенно секретно", Level.S: "Секретно"},
    "ky": {Level.OV: "Өзгөчө маанилүү", Level.SS: "Абдан жашыруун", Level.S: "Жашыруун"},
}


def marking(level: Level, lang: str) -> str:
    return MARKINGS[lang][level]


def kazakh_equivalent_of_kyrgyz(marking_text: str) -> Level:
    """The comparable Kazakh level of a Kyrgyz marking (S001 a.3 p.1). Accepts the Kyrgyz
    wording or the Russian one both parties use, case and spacing insensitive."""
    wanted = " ".join(marking_text.split()).casefold()
    for table in (MARKINGS["ky"], MARKINGS["ru"]):
        for level, text in table.items():
            if text.casefold() == wanted:
                return level
    from desktop.domain.errors import InvalidInput

    raise InvalidInput(fields.KYRGYZ_MARKING, marking_text)


def kyrgyz_equivalent(level: Level) -> str:
    """The comparable Kyrgyz marking of a Kazakh level (S001 a.3 p.1)."""
    return MARKINGS["ky"][level]


def highest(levels: list[Level] | tuple[Level, ...]) -> Level | None:
    return max(levels, key=lambda lv: lv.rank) if levels else None

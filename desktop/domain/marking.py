"""Marking-change cases (SPEC §3; S001 a.6 p.1 and p.3).

A case starts from a written notice and changes the level of one or more registrations.
The program works out which registrations follow (derived information is never below its
source) and, from them, the copies to re-mark within the window."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.carriers import OriginatorType
from desktop.domain.errors import InvalidInput
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP

AGREEMENT_DAYS = 30     # S001 a.6 p.3: "осындай хабарламаны алғаннан кейін 30 күн ішінде"
DUE_SOON_DAYS = 5       # a case due within this many days is highlighted


class ChangeKind(enum.Enum):
    RAISE = "raise"
    LOWER = "lower"
    DECLASSIFY = "declassify"

    @property
    def label(self) -> str:
        return _CHANGE_LABELS[self]

    @property
    def lowers(self) -> bool:
        """Lowering or removing a marking: needs a second person's confirmation."""
        return self is not ChangeKind.RAISE


_CHANGE_LABELS = {
    ChangeKind.RAISE: QT_TRANSLATE_NOOP("Marking", "Raise the level"),
    ChangeKind.LOWER: QT_TRANSLATE_NOOP("Marking", "Lower the level"),
    ChangeKind.DECLASSIFY: QT_TRANSLATE_NOOP("Marking", "Declassify"),
}


class WindowRule(enum.Enum):
    AGREEMENT = "agreement"   # information received from the other Party (S001 a.6 p.3)
    HOUSE = "house"           # own and domestic information: Grif's house rule

    @property
    def label(self) -> str:
        return _RULE_LABELS[self]


_RULE_LABELS = {
    WindowRule.AGREEMENT: QT_TRANSLATE_NOOP(
        "Marking", "Agreement of 4 July 2006, article 6 item 3: 30 days from receipt of the notice"),
    WindowRule.HOUSE: QT_TRANSLATE_NOOP(
        "Marking", "House rule of this organisation for own and domestic information"),
}


class CaseState(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    CaseState.OPEN: QT_TRANSLATE_NOOP("Marking", "Open"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("Marking", "Closed"),
}


class Urgency(enum.Enum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def window_rule(originator: OriginatorType) -> WindowRule:
    return WindowRule.AGREEMENT if originator is OriginatorType.KYRGYZ else WindowRule.HOUSE


def deadline(received: dt.date, days: int) -> dt.date:
    """The last day of the window: the day the notice was received + `days` calendar days."""
    return received + dt.timedelta(days=days)


def days_left(due: dt.date, today: dt.date) -> int:
    """Calendar days until the deadline: 0 on the last day, negative once overdue."""
    return (due - today).days


def urgency(due: dt.date, today: dt.date) -> Urgency:
    left = days_left(due, today)
    if left < 0:
        return Urgency.OVERDUE
    return Urgency.DUE_SOON if left <= DUE_SOON_DAYS else Urgency.ON_TIME


def change_kind(old: Level, new: Level | None) -> ChangeKind:
    if new is None:
        return ChangeKind.DECLASSIFY
    if new.rank > old.rank:
        return ChangeKind.RAISE
    if new.rank < old.rank:
        return ChangeKind.LOWER
    raise InvalidInput(NEW_LEVEL, SAME_LEVEL)


# --- which registrations a change reaches -------------------------------------------------

NEW_LEVEL = QT_TRANSLATE_NOOP("Errors", "new level")
REGISTRATIONS = QT_TRANSLATE_NOOP("Errors", "registrations of the notice")
SAME_LEVEL = QT_TRANSLATE_NOOP("Errors", "the registration already has this level")
MIXED_CHANGE = QT_TRANSLATE_NOOP(
    "Errors", "one case either raises or lowers: the registrations of the notice differ")


class Reason(enum.Enum):
    NAMED = "named"           # named in the notice
    DERIVED = "derived"       # follows its source (raised with it, or lowered: named too)
    UNCHANGED = "unchanged"   # derived, but its level already fits the new one

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    Reason.NAMED: QT_TRANSLATE_NOOP("Marking", "Named in the notice"),
    Reason.DERIVED: QT_TRANSLATE_NOOP("Marking", "Derived from %1"),
    Reason.UNCHANGED: QT_TRANSLATE_NOOP("Marking", "Derived from %1; keeps its level"),
}


@dataclass(frozen=True)
class Node:
    """A registration as the plan sees it."""

    id: int
    reg_no: str
    level: Level
    parent_id: int | None
    declassified: bool = False


@dataclass(frozen=True)
class PlannedChange:
    registration_id: int
    reg_no: str
    old: Level
    new: Level | None         # None: declassified
    reason: Reason
    via: str = ""             # the source's registration number for derived ones

    @property
    def changes(self) -> bool:
        return self.reason is not Reason.UNCHANGED


def _rank(level: Level | None) -> int:
    return 0 if level is None else level.rank


def plan(nodes: Mapping[int, Node], named: Iterable[int], new: Level | None) -> list[PlannedChange]:
    """What happens to each registration named in the notice and to everything derived from
    them (`nodes` holds them all, and the sources of the named ones).

    Raising: every derivative below the new level is raised in the same case. Lowering or
    declassifying: only the registrations the notice names change; a derivative keeps its
    level unless named, and nothing may end up below its source (S001 a.6 p.1)."""
    named = list(dict.fromkeys(named))
    if not named:
        raise InvalidInput(REGISTRATIONS, "0")
    kinds = {change_kind(nodes[i].level, new) for i in named}
    if len(kinds) != 1:
        raise InvalidInput(REGISTRATIONS, MIXED_CHANGE)
    kind = kinds.pop()
    children: dict[int, list[int]] = {}
    for node in nodes.values():
        if node.parent_id is not None:
            children.setdefault(node.parent_id, []).append(node.id)
    out: dict[int, PlannedChange] = {}
    for reg_id in named:
        node = nodes[reg_id]
        out[reg_id] = PlannedChange(reg_id, node.reg_no, node.level, new, Reason.NAMED)
    queue = list(named)
    while queue:           # breadth first: each derivative is explained by its own source
        source = nodes[queue.pop(0)]
        for child_id in sorted(children.get(source.id, ())):
            if child_id in out:
                continue
            child = nodes[child_id]
            if child.declassified:
                continue
            if kind is ChangeKind.RAISE and child.level.rank < _rank(new):
                out[child_id] = PlannedChange(child_id, child.reg_no, child.level, new,
                                              Reason.DERIVED, source.reg_no)
            else:
                out[child_id] = PlannedChange(child_id, child.reg_no, child.level,
                                              child.level, Reason.UNCHANGED, source.reg_no)
            queue.append(child_id)
    _check_not_below_source(nodes, out)
    return list(out.values())


def _check_not_below_source(nodes: Mapping[int, Node], out: dict[int, PlannedChange]) -> None:
    def level_after(reg_id: int) -> int:
        if reg_id in out:
            return _rank(out[reg_id].new)
        node = nodes[reg_id]
        return 0 if node.declassified else node.level.rank

    for change in out.values():
        parent_id = nodes[change.registration_id].parent_id
        if parent_id is None or parent_id not in nodes:
            continue
        if _rank(change.new) < level_after(parent_id):
            raise BelowSource(change.reg_no, nodes[parent_id].reg_no)


class BelowSource(InvalidInput):
    """S001 a.6 p.1: information derived from a source is never marked below it."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "%1 would be below its source %2, which keeps its level: name the source in the notice too")

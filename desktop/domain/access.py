"""Authorization rules: role + clearance + need-to-know (SPEC §1, S001 a.4 p.2).

Services call these; no permission check lives only in the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.clearance import levels_for
from desktop.domain.errors import ClearanceInsufficient, PermissionDenied
from desktop.domain.levels import Level
from desktop.domain.people import User
from desktop.domain.roles import PERMISSION_LABELS, WHOLE_REGISTER_ROLES, Permission, Role


@dataclass(frozen=True)
class Scope:
    """What part of the register a user may see today."""

    user_id: int
    levels: tuple[Level, ...]   # levels the clearance opens (empty: nothing)
    whole_register: bool        # False: only what they hold or take part in

    def admits(self, level: Level, *, holder_ids: Iterable[int] = (),
               participant_ids: Iterable[int] = ()) -> bool:
        if level not in self.levels:
            return False
        if self.whole_register:
            return True
        return self.user_id in set(holder_ids) or self.user_id in set(participant_ids)


def register_scope(user: User, day: dt.date) -> Scope:
    # The administrator manages accounts but gets no content by that role alone.
    whole = user.active and bool(user.roles & WHOLE_REGISTER_ROLES)
    levels = levels_for(user.clearance, day) if user.active else ()
    return Scope(user_id=user.id, levels=levels, whole_register=whole)


def require_role(user: User, *roles: Role) -> None:
    if not user.active or not user.has_role(*roles):
        raise PermissionDenied(roles[0].label)  # the first role that would do


def require_permission(user: User, permission: Permission) -> None:
    if not user.active or permission not in user.permissions:
        raise PermissionDenied(PERMISSION_LABELS[permission])


def require_clearance(user: User, level: Level, day: dt.date) -> None:
    if not user.active or user.clearance is None or not user.clearance.covers(level, day):
        raise ClearanceInsufficient()


def can_view(user: User, level: Level, day: dt.date, *, holder_ids: Iterable[int] = (),
             participant_ids: Iterable[int] = ()) -> bool:
    return register_scope(user, day).admits(level, holder_ids=holder_ids,
                                            participant_ids=participant_ids)


def require_view(user: User, level: Level, day: dt.date, *, holder_ids: Iterable[int] = (),
                 participant_ids: Iterable[int] = ()) -> None:
    if not can_view(user, level, day, holder_ids=holder_ids, participant_ids=participant_ids):
        # Same error whether the level or the need-to-know is missing: do not reveal which.
        raise ClearanceInsufficient()

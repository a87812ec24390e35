"""People of the registry: accounts with roles, permissions and a clearance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.clearance import Clearance
from desktop.domain.levels import Level
from desktop.domain.roles import Permission, Role


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    position: str = ""
    department: str = ""
    roles: frozenset[Role] = field(default_factory=frozenset)
    permissions: frozenset[Permission] = field(default_factory=frozenset)
    clearance: Clearance | None = None
    active: bool = True

    def has_role(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)

    def top_level(self, day: dt.date) -> Level | None:
        return self.clearance.highest_level(day) if self.clearance else None

    @property
    def short_name(self) -> str:
        return short_name(self.full_name)


def short_name(full_name: str) -> str:
    """"И.О. Фамилия" from "Фамилия Имя Отчество" for signature lines."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    initials = "".join(p[0] + "." for p in parts[1:3])
    return f"{initials} {parts[0]}"

"""Roles and permissions of people (issue: people)."""

from __future__ import annotations

import enum

from desktop.domain.tr import QT_TRANSLATE_NOOP as N


class Role(enum.Enum):
    CLERK = "clerk"                      # registry clerk
    PROTECTION_HEAD = "protection_head"  # head of the protection unit
    ORG_HEAD = "org_head"                # head of the organisation or official acting by order
    EXECUTOR = "executor"                # cleared employee who receives copies
    COMMISSION = "commission"            # commission member
    AUDITOR = "auditor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, code: str) -> Role:
        try:
            return cls(code.strip().lower())
        except (ValueError, AttributeError):
            from desktop.domain.errors import InvalidInput

            raise InvalidInput("role", code) from None


_LABELS = {
    Role.CLERK: N("Role", "Registry clerk"),
    Role.PROTECTION_HEAD: N("Role", "Head of the protection unit"),
    Role.ORG_HEAD: N("Role", "Head of the organisation"),
    Role.EXECUTOR: N("Role", "Executor"),
    Role.COMMISSION: N("Role", "Commission member"),
    Role.AUDITOR: N("Role", "Auditor"),
    Role.ADMIN: N("Role", "Administrator"),
}

# Who sees the whole register within their clearance (SPEC §1, S001 a.4 p.2); the others see
# only what they hold or take part in.
WHOLE_REGISTER_ROLES = frozenset({Role.CLERK, Role.PROTECTION_HEAD})


class Permission(enum.Enum):
    """Permissions that are not roles: granted separately to a person."""

    PERSONAL_DATA = "personal_data"  # see personal data of staff and visitors

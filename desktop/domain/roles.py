"""Roles and permissions of people (issue: people)."""

from __future__ import annotations

import enum

from desktop.domain import fields
from desktop.domain.tr import QT_TRANSLATE_NOOP


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

            raise InvalidInput(fields.ROLE, code) from None


_LABELS = {
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Registry clerk"),
    Role.PROTECTION_HEAD: QT_TRANSLATE_NOOP("Role", "Head of the protection unit"),
    Role.ORG_HEAD: QT_TRANSLATE_NOOP("Role", "Head of the organisation"),
    Role.EXECUTOR: QT_TRANSLATE_NOOP("Role", "Executor"),
    Role.COMMISSION: QT_TRANSLATE_NOOP("Role", "Commission member"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Role", "Auditor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

# Who sees the whole register within their clearance (SPEC §1, S001 a.4 p.2); the others see
# only what they hold or take part in.
WHOLE_REGISTER_ROLES = frozenset({Role.CLERK, Role.PROTECTION_HEAD})


class Permission(enum.Enum):
    """Permissions that are not roles: granted separately to a person."""

    PERSONAL_DATA = "personal_data"  # see personal data of staff and visitors


PERMISSION_LABELS = {
    Permission.PERSONAL_DATA: QT_TRANSLATE_NOOP("Role", "Access to personal data"),
}

"""A demo store: one person per role, every password `demo-password-1`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.domain.clearance import Clearance
from desktop.domain.roles import Permission, Role
from desktop.security.kdf import MINIMUM
from desktop.services import (
    demo_acts,
    demo_cases,
    demo_dossiers,
    demo_register,
    demo_visits,
    settings,
    users,
)
from desktop.services.session import Session
from desktop.services.stores import CreatedStore, create_store

DEMO_PASSWORD = "demo-password-1"  # noqa: S105 - public by design (README)
ORGANISATION = "«Demo» JSC (Grif demonstration register)"

# username, full name, roles, clearance form, personal-data permission, position
PEOPLE = [
    ("clerk", "Ахметова Айгүл Серікқызы", {Role.CLERK}, 1, False,
     "Главный специалист режимно-секретного отдела"),
    ("head", "Нұрланов Ерлан Болатұлы", {Role.PROTECTION_HEAD}, 1, True,
     "Начальник режимно-секретного отдела"),
    ("director", "Сейітов Марат Қайратұлы", {Role.ORG_HEAD}, 1, False, "Директор"),
    ("executor", "Иванов Сергей Петрович", {Role.EXECUTOR}, 3, False, "Инженер"),
    ("member", "Жақыпова Динара Асанқызы", {Role.COMMISSION, Role.EXECUTOR}, 2, False,
     "Ведущий инженер"),
    ("auditor", "Омаров Бауыржан Нұрұлы", {Role.AUDITOR}, None, False, "Аудитор"),
]


def create_demo(path: Path, copies: int = 0,
                progress: Callable[[int, int], None] | None = None) -> CreatedStore:
    """The demo people and, with `copies`, a register of that many demo copies (and a few
    more: the cases and requests of demo_cases, the acts and checks of demo_acts)."""
    # The demo's passwords are public, so the KDF floor is enough and keeps it quick.
    created = create_store(path, organisation=ORGANISATION, admin_username="admin",
                           admin_full_name="Администратор Демо", admin_password=DEMO_PASSWORD,
                           kdf=MINIMUM)
    add_people(created.session)
    if copies > 0:
        demo_register.fill(created.session, copies, progress=progress)
        demo_cases.fill(created.session.store, DEMO_PASSWORD)
        demo_acts.fill(created.session.store, DEMO_PASSWORD)
        demo_dossiers.fill(created.session.store, DEMO_PASSWORD)
        demo_visits.fill(created.session.store, DEMO_PASSWORD)
    return created


def add_people(session: Session) -> None:
    today = dt.date.today()
    settings.change(session, {"org.head_position": "Директор",
                              "org.head_name": "М.Қ. Сейітов"})
    for number, (name, full, roles, form, pd, position) in enumerate(PEOPLE, start=1):
        clearance = None
        if form is not None:
            clearance = Clearance(form, f"Д-{number:04d}", today - dt.timedelta(days=365),
                                  today + dt.timedelta(days=4 * 365))
        users.add_user(session, username=name, full_name=full, password=DEMO_PASSWORD,
                       roles=roles, clearance=clearance,
                       permissions={Permission.PERSONAL_DATA} if pd else set(),
                       position=position, department="")

"""Bad input to the administration (issue 9 point 7): people (add, change, disable, enable,
passwords, the recovery code), the store's settings and logins. The property and the
harness are those of test_bad_input.py."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.clearance import Clearance
from desktop.domain.errors import GrifError
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.services import auth, register, users
from desktop.services import settings as store_settings
from desktop.services.demo import DEMO_PASSWORD
from desktop.settings import defaults
from tests.reliability.test_bad_input import (
    NFC,
    TODAY,
    dates,
    fuzz,
    ints,
    mostly,
    number_texts,
    outcome,
    texts,
)

SERIAL = itertools.count()      # a new name for each example, replays included


# --- users and settings ------------------------------------------------------------------------

@fuzz(50)
@given(values=mostly(
    {"username": "newbie", "full_name": "Сапарова Әйгерім", "position": "Маман",
     "department": "", "password": "a-long-enough-pass-9", "roles": ["executor"],
     "form": 3, "number": "Д-77", "issued": TODAY, "expires": TODAY + dt.timedelta(days=90)},
    {"username": texts(), "full_name": texts(), "position": texts(), "department": texts(),
     "password": texts(), "roles": st.lists(st.one_of(texts(), st.sampled_from(
         [r.value for r in Role])), max_size=3),
     "form": st.one_of(st.none(), ints()), "number": texts(), "issued": dates(),
     "expires": dates()}), suffix=st.integers(0, 10 ** 9))
def test_adding_users_with_bad_input(demo, values, suffix):
    admin = demo("admin")
    v = values
    name = f"{v['username']}{suffix}" if v["username"] == "newbie" else v["username"]

    def add():
        clearance = None if v["form"] is None else Clearance(v["form"], v["number"],
                                                             v["issued"], v["expires"])
        return users.add_user(admin, username=name, full_name=v["full_name"],
                              password=v["password"], roles=v["roles"], clearance=clearance,
                              position=v["position"], department=v["department"])
    got = outcome(admin, add)
    if not isinstance(got, GrifError):
        assert got.username == name.strip() and got.active
        assert got.full_name == NFC(v["full_name"].strip())


@fuzz(40)
@given(values=mostly(
    {"username": "executor", "full_name": None, "department": None, "password":
     "demo-password-1", "days": 30},
    {"username": texts(), "full_name": texts(), "department": texts(), "password": texts(),
     "days": ints()}))
@example(values={"username": "\ud800", "full_name": None, "department": None,
                 "password": "demo-password-1", "days": 30})   # once: UnicodeEncodeError
def test_changing_users_with_bad_input(demo, values):
    admin = demo("admin")
    v = values
    outcome(admin, lambda: users.update_user(admin, v["username"], full_name=v["full_name"],
                                             department=v["department"]))
    outcome(admin, lambda: users.get_user(admin, v["username"]))
    outcome(admin, lambda: users.reset_password(admin, v["username"], v["password"]))
    outcome(admin, lambda: users.expiring_clearances(admin, v["days"]))


SETTING_KEYS = [*sorted(defaults("store")), "no.such.key", "ui.language", ""]
FORMATS = ["{prefix.x}{number}", "{number[0]}", "{number:%}", "{number!z}", "{number}{",
           "{number:>99999999999}", "{number:0>50}{year}", "{}{number}", "{number}{number}",
           "{number}{year:>999999999}"]


@fuzz(60)
@given(key=st.sampled_from(SETTING_KEYS),
       value=st.one_of(texts(), ints(), number_texts(), st.none(), st.floats(),
                       st.lists(texts(), max_size=3), st.sampled_from(FORMATS)))
@example(key="register.format", value="{prefix.0}{number}")    # once: AttributeError
@example(key="register.format", value="{number}{year:>999999999}")   # a gigabyte of spaces
@example(key="lock.idle_minutes", value=float("inf"))         # once: OverflowError
@example(key="lock.idle_minutes", value=2.5)                   # once: taken as 2
def test_changing_settings_with_bad_values(demo, key, value):
    admin, clerk = demo("admin"), demo("clerk")
    before = store_settings.current(admin)
    got = outcome(admin, lambda: store_settings.change(admin, {key: value}))
    if isinstance(got, GrifError):
        return
    # Accepted: registration still works with it (numbers are made from these settings)
    # and the old value goes back for the next example.
    made = outcome(clerk, lambda: register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title="Нөмір", level=Level.S, reg_date=TODAY)))
    assert not isinstance(made, GrifError) and made.reg_no, made
    store_settings.change(admin, {key: before[key]})


@fuzz(25)
@given(v=mostly({"name": None, "password": "a-long-enough-pass-9",
                 "new": "another-good-pass-7", "code": None},
                {"name": texts(), "password": texts(), "new": texts(),
                 "code": st.one_of(texts(), st.just("00000-00000-00000-00000-00000-00000"))}))
def test_disabling_enabling_and_passwords_with_bad_input(demo, v):
    """On a person made for the example: disabled and enabled by name, a new password set
    by themselves and through the recovery code (a wrong code is journalled as refused)."""
    admin = demo("admin")
    person = f"temp{next(SERIAL)}"
    users.add_user(admin, username=person, full_name="Уақытша Адам", password=DEMO_PASSWORD,
                   roles=["executor"])
    name = v["name"] if v["name"] is not None else person
    current = DEMO_PASSWORD
    if not isinstance(outcome(admin, lambda: users.disable_user(admin, name)), GrifError) and \
            not isinstance(outcome(admin, lambda: users.enable_user(admin, name, v["password"])),
                           GrifError):
        current = v["password"]
    if demo.ids("SELECT active FROM users WHERE username = :u", u=person) != [1]:
        users.enable_user(admin, person, DEMO_PASSWORD)
    session = auth.login(demo.path, person, current)
    try:
        outcome(session, lambda: users.change_own_password(session, v["password"], v["new"]))
    finally:
        session.store.close()
    if v["code"] is not None:
        try:
            users.reset_password_with_recovery(demo.path, v["code"], name, v["new"])
        except GrifError as exc:
            assert exc.text().strip()


@fuzz(30)
@given(password=st.one_of(texts(), st.just(DEMO_PASSWORD)))
def test_unlocking_with_bad_passwords(demo, password):
    auditor = demo("auditor")       # failures lock this account: nobody else here uses it
    got = outcome(auditor, lambda: auth.unlock(auditor, password))
    assert isinstance(got, GrifError) == (password != DEMO_PASSWORD) or \
        type(got).__name__ in ("LoginThrottled", "AccountLocked")

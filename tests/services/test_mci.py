"""The MCI table: kept by the administrator, journalled, read by effective date."""

import datetime as dt

import pytest

from desktop.domain.damage import NoMci
from desktop.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop.services import mci


def test_the_seeded_table_and_its_changes(admin, login):
    assert mci.values(admin) == [(dt.date(2024, 1, 1), 3692), (dt.date(2025, 1, 1), 3932),
                                 (dt.date(2026, 1, 1), 4325)]
    with pytest.raises(PermissionDenied):
        mci.set_value(login("clerk"), dt.date(2026, 7, 1), 4500)
    for bad in (0, -1, True, "4500", 10**7):
        with pytest.raises(InvalidInput):
            mci.set_value(admin, dt.date(2026, 7, 1), bad)
    mci.set_value(admin, dt.date(2026, 7, 1), 4500)              # a change mid-year
    with admin.store.read() as conn:
        assert mci.on(conn, dt.date(2026, 6, 30)) == (dt.date(2026, 1, 1), 4325)
        assert mci.on(conn, dt.date(2026, 7, 1)) == (dt.date(2026, 7, 1), 4500)
        with pytest.raises(NoMci):
            mci.on(conn, dt.date(2023, 5, 1))
    mci.remove_value(admin, dt.date(2026, 7, 1))
    with pytest.raises(NotFound):
        mci.remove_value(admin, dt.date(2026, 7, 1))
    with admin.store.read() as conn:
        actions = [r[0] for r in conn.exec_driver_sql(
            "SELECT action FROM audit_event WHERE action LIKE 'mci.%' AND outcome = 'ok'")]
    assert actions == ["mci.set", "mci.remove"]

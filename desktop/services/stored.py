"""Values as the store gives them back, made into what services hand out: dates read through
plain SQL come as text, moments are stored in UTC and shown in the workstation's time."""

from __future__ import annotations

import datetime as dt


def day(value: object) -> dt.date | None:
    """A stored date (a date, or its ISO text); None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def moment(value: str | None) -> dt.datetime | None:
    """A stored UTC timestamp in the workstation's local time (naive); None for none."""
    if not value:
        return None
    when = dt.datetime.fromisoformat(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().replace(tzinfo=None)

"""The start page reminds administrators (only) of an old or missing backup."""

from __future__ import annotations

import datetime as dt

from desktop.services import backups
from desktop.ui.today_page import TodayPage


def test_administrator_is_reminded_until_a_backup_is_made(qtbot, admin, tmp_path):
    page = TodayPage(admin)
    qtbot.addWidget(page)
    reminder = page.backup_reminder
    assert not reminder.isHidden()
    assert "No verified backup" in reminder.text() and "Backups" in reminder.text()
    backups.make_backup(admin, tmp_path)
    page.refresh()
    assert reminder.isHidden()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=9)
    reminder.load(later)
    assert not reminder.isHidden()
    assert "9 day(s) old" in reminder.text() and "set to 7 days" in reminder.text()


def test_other_users_see_no_reminder(qtbot, login):
    page = TodayPage(login("clerk"))
    qtbot.addWidget(page)
    assert page.backup_reminder.isHidden()

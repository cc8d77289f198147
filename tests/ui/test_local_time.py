"""Follow-up days across time zones and daylight saving changes (zones from the system's tzdata,
which .ci/run installs)."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QTimeZone

from workbench.ui.local_time import day_bounds, follow_up_due

BERLIN = QTimeZone(b"Europe/Berlin")
NEW_YORK = QTimeZone(b"America/New_York")


def utc(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        (BERLIN, QDate(2026, 3, 29), 23),  # clocks go forward
        (BERLIN, QDate(2026, 10, 25), 25),  # clocks go back
        (BERLIN, QDate(2026, 11, 25), 24),
        (NEW_YORK, QDate(2026, 3, 8), 23),
        (NEW_YORK, QDate(2026, 11, 1), 25),
    ],
)
def test_a_day_is_as_long_as_the_clocks_say(zone, day, hours):
    assert zone.isValid()
    start, end = day_bounds(day, zone)
    assert end - start == hours * 3600


def test_follow_up_due_follows_summer_and_winter_time():
    assert follow_up_due(QDate(2026, 7, 1), BERLIN) == utc("2026-07-01T07:00:00")
    assert follow_up_due(QDate(2026, 12, 1), BERLIN) == utc("2026-12-01T08:00:00")
    # The morning after clocks go back is still nine there, not eight.
    assert follow_up_due(QDate(2026, 10, 26), BERLIN) == utc("2026-10-26T08:00:00")
    assert follow_up_due(QDate(2026, 11, 2), NEW_YORK) == utc("2026-11-02T14:00:00")


def test_a_follow_up_set_in_berlin_falls_on_the_same_day_in_new_york_at_three():
    due = follow_up_due(QDate(2026, 3, 29), BERLIN)  # the day clocks go forward there
    assert (
        day_bounds(QDate(2026, 3, 29), BERLIN)[0] <= due < day_bounds(QDate(2026, 3, 29), BERLIN)[1]
    )
    ny_start, ny_end = day_bounds(QDate(2026, 3, 29), NEW_YORK)
    assert due - ny_start == 3 * 3600 and due < ny_end  # 03:00 there, on the same date

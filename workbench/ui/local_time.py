"""Days in the manager's own time zone: when today starts and ends, and when a follow-up set
for a day falls due. Qt knows the local zone's daylight saving rules; a fixed UTC offset
would be wrong for half the year."""

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone


def day_bounds(day: QDate | None = None, zone: QTimeZone | None = None) -> tuple[int, int]:
    """The start and end of a day (today) in a time zone (the manager's own), as Unix
    seconds. A day with a daylight saving change is 23 or 25 hours long."""
    day = QDate.currentDate() if day is None else day
    zone = QTimeZone.systemTimeZone() if zone is None else zone
    start = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch()
    end = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
    return start, end


def nine_in_the_morning(day: QDate, zone: QTimeZone | None = None) -> int:
    """When a follow-up on ``day`` falls due: nine o'clock there, in summer and winter."""
    return QDateTime(day, QTime(9, 0), zone or QTimeZone.systemTimeZone()).toSecsSinceEpoch()


def shown(unix: int | None) -> str:
    """A moment as the window shows it: local date and time to the minute ("" for none).
    One place, so that every list and card writes times alike."""
    if unix is None:
        return ""
    return QDateTime.fromSecsSinceEpoch(unix).toLocalTime().toString("yyyy-MM-dd HH:mm")

"""Times, days and numbers as the manager's language writes them ("26.06.26 13:30", "26. Juni",
"1.234"), and days in their own time zone: when today starts and ends, and when a follow-up set
for a day falls due. The zone is the one chosen in the settings, else the system's
(ui/preferences.py). Qt knows the local zone's daylight saving rules; a fixed UTC offset would
be wrong for half the year. QtCore only: the CLI writes its times with it too.

QLocale() is the language chosen at start-up (ui/translations.py). The C locale, where no
language is set at all, writes ISO dates and English digit groups."""

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from workbench.ui import preferences


def day_bounds(day: QDate | None = None, zone: QTimeZone | None = None) -> tuple[int, int]:
    """The start and end of a day (today) in a time zone (the manager's own), as Unix
    seconds. A day with a daylight saving change is 23 or 25 hours long."""
    zone = preferences.zone() if zone is None else zone
    day = QDateTime.currentDateTime().toTimeZone(zone).date() if day is None else day
    start = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch()
    end = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
    return start, end


def follow_up_due(day: QDate, zone: QTimeZone | None = None, hour: int | None = None) -> int:
    """When a follow-up on ``day`` falls due: at the hour the settings say (nine o'clock by
    default) there, in summer and winter."""
    hour = preferences.current().follow_up_hour if hour is None else hour
    return QDateTime(day, QTime(hour, 0), zone or preferences.zone()).toSecsSinceEpoch()


def _unset(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def shown(unix: int | None) -> str:
    """A moment as the window shows it: local date and time to the minute ("" for none), in the
    locale's short form. One place, so that every list and card writes times alike."""
    if unix is None:
        return ""
    moment, locale = QDateTime.fromSecsSinceEpoch(unix).toTimeZone(preferences.zone()), QLocale()
    if _unset(locale):
        return moment.toString("yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def day(unix: int) -> str:
    """The local day of a moment in the locale's short form ("26.06.26", "6/26/26")."""
    date = QDateTime.fromSecsSinceEpoch(unix).toTimeZone(preferences.zone()).date()
    locale = QLocale()
    if _unset(locale):
        return date.toString("yyyy-MM-dd")
    return locale.toString(date, QLocale.FormatType.ShortFormat)


def day_and_month_format(locale: QLocale | None = None) -> str:
    """A date format for a day and its month, in the locale's order and punctuation, the month
    abbreviated: "d. MMM" in German ("26. Juni"), "MMM d" in American English ("Jun 26"). It is
    the locale's long date without its weekday and year."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"(d{4}|y+)[^dMy]*", "", pattern).replace("MMMM", "MMM")
    return pattern.strip(" ,/-")


def number(value: int) -> str:
    """A count with the locale's digit groups ("1.234" in German, "1,234" in English)."""
    locale = QLocale()
    return f"{value:,}" if _unset(locale) else locale.toString(value)

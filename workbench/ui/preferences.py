"""The manager's settings in force in this window, for what shows times or proposes follow-ups
without being handed the settings (local_time, the intervention dialog): set at start-up and
whenever the settings dialog saves."""

from PySide6.QtCore import QTimeZone

from workbench.core.settings import Settings

_current = Settings()
_zone: QTimeZone | None = None


def use(settings: Settings) -> None:
    global _current, _zone
    _current = settings
    chosen = QTimeZone(settings.time_zone.encode()) if settings.time_zone else None
    _zone = chosen if chosen is not None and chosen.isValid() else None


def current() -> Settings:
    return _current


def zone() -> QTimeZone:
    """The manager's time zone: the one chosen in the settings, else the system's."""
    return _zone if _zone is not None else QTimeZone.systemTimeZone()

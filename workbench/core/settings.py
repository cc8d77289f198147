"""The manager's own settings: who they are (the author of their events) and their preferences.

Kept in a JSON file in the user's configuration folder, not in the database: one person may open
several databases, and a shared log must name the same author from all of them. A file written
by an older version lacks the newer fields and gets their defaults; a field with a wrong value
is refused by name, so that the manager knows what to fix.
"""

import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import orjson

from workbench.core import paths
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate

LANGUAGES = ("", "en", "de")
"""The languages the window speaks: "" follows the system's."""


@dataclass(frozen=True, slots=True)
class Author:
    """The manager who records events: a stable id and the display name the team sees."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Settings:
    manager_id: str = ""
    manager_name: str = ""
    language: str = ""
    """"" for the system's language, else one of LANGUAGES; read at start-up."""
    time_zone: str = ""
    """"" for the system's zone, else an IANA name ("Europe/Berlin") for every time shown."""
    follow_up_days: int = 0
    """A follow-up this many days after an intervention whose kind sets none (0: none)."""
    follow_up_hour: int = 9
    """The hour of the day a follow-up falls due, in the manager's time zone."""
    sync_minutes: int = 0
    """How often the window syncs every live account; 0 keeps each account's own interval."""
    auto_sync: bool = True
    """Whether the window syncs by itself at all (off: only File → Sync now)."""
    data_folder: str = ""
    """Where the default store and the demo live; "" for the platform's data folder."""
    daily_backup: bool = True
    backups_kept: int = 7
    backup_folder: str = ""
    """Where backups go; "" for a "backups" folder in the data folder."""
    queue_part: int = 0
    queue_parts: int = 0
    """This manager's part of the queue when a shift splits it: part ``queue_part`` of
    ``queue_parts`` (0: no split)."""

    @property
    def has_identity(self) -> bool:
        return bool(self.manager_name.strip())

    @property
    def part(self) -> tuple[int, int] | None:
        """(k, n) when the shift splits the queue and this manager has a part of it."""
        if self.queue_parts >= 2 and 1 <= self.queue_part <= self.queue_parts:
            return (self.queue_part, self.queue_parts)
        return None

    def author(self) -> Author:
        if not self.has_identity:
            raise WorkbenchError(
                translate(
                    "Settings", "No manager name is set yet; set it with 'workbench whoami NAME'."
                )
            )
        return Author(id=self.manager_id, name=self.manager_name)

    def with_identity(self, name: str) -> "Settings":
        """Return settings naming ``name`` as the manager; the stable id is kept once made."""
        name = " ".join(name.split())
        if not name:
            raise WorkbenchError(translate("Settings", "The manager's name must not be empty."))
        if len(name) > 80:
            raise WorkbenchError(
                translate("Settings", "The manager's name is longer than 80 characters.")
            )
        return replace(self, manager_name=name, manager_id=self.manager_id or str(uuid.uuid4()))

    def store_folder(self) -> Path:
        """The folder of the default store and the demo."""
        return Path(self.data_folder).expanduser() if self.data_folder else paths.data_dir()

    def backups_folder(self) -> Path:
        if self.backup_folder:
            return Path(self.backup_folder).expanduser()
        return self.store_folder() / "backups"

    def checked(self) -> "Settings":
        """These settings, if every field holds a value the workbench can use; else the
        first field that does not is named with what it must be."""
        for field in fields(self):
            problem = _CHECKS.get(field.name, _fine)(getattr(self, field.name))
            if problem:
                raise WorkbenchError(
                    translate("Settings", "Setting {field}: {problem}").format(
                        field=field.name, problem=problem
                    )
                )
        return self


def _fine(_value: Any) -> str:
    return ""


def _language(value: str) -> str:
    if value in LANGUAGES:
        return ""
    return translate("Settings", "'{value}' is no language of the workbench (en, de).").format(
        value=value
    )


def _zone(value: str) -> str:
    if not value:
        return ""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return translate(
            "Settings", "'{value}' is no time zone; write it like Europe/Berlin."
        ).format(value=value)
    return ""


def _between(low: int, high: int) -> Callable[[int], str]:
    def check(value: int) -> str:
        if low <= value <= high:
            return ""
        return translate("Settings", "{value} is not between {low} and {high}.").format(
            value=value, low=low, high=high
        )

    return check


def _folder(value: str) -> str:
    if value and not Path(value).expanduser().is_absolute():
        return translate("Settings", "'{value}' is no absolute folder path.").format(value=value)
    return ""


_CHECKS: dict[str, Callable[[Any], str]] = {
    "language": _language,
    "time_zone": _zone,
    "follow_up_days": _between(0, 365),
    "follow_up_hour": _between(0, 23),
    "sync_minutes": _between(0, 24 * 60),
    "backups_kept": _between(1, 365),
    "queue_part": _between(0, 50),
    "queue_parts": _between(0, 50),
    "data_folder": _folder,
    "backup_folder": _folder,
}


_KINDS = {str: "text", int: "a whole number", bool: "true or false"}


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return Settings()
    except (OSError, orjson.JSONDecodeError) as exc:
        raise WorkbenchError(
            translate("Settings", "Cannot read the settings file {path}: {problem}").format(
                path=path, problem=exc
            )
        ) from exc
    if not isinstance(raw, dict):
        raise WorkbenchError(
            translate("Settings", "The settings file {path} does not hold a JSON object.").format(
                path=path
            )
        )
    known: dict[str, Any] = {}
    for field in fields(Settings):
        if field.name not in raw:
            continue  # written by an older version: the default
        value = raw[field.name]
        wanted = type(getattr(Settings(), field.name))
        # JSON's true is no number here, and a number no flag.
        if type(value) is not wanted:
            raise WorkbenchError(
                translate(
                    "Settings",
                    "The settings file {path}: {field} must be {kind}, not {value}.",
                ).format(
                    path=path,
                    field=field.name,
                    kind=_KINDS[wanted],
                    value=orjson.dumps(value).decode(),
                )
            )
        known[field.name] = value
    try:
        return Settings(**known).checked()
    except WorkbenchError as exc:
        raise WorkbenchError(
            translate("Settings", "The settings file {path}: {problem}").format(
                path=path, problem=exc
            )
        ) from exc


def save(settings: Settings, path: Path | None = None) -> None:
    write_bytes_atomic(
        path or settings_path(),
        orjson.dumps(asdict(settings.checked()), option=orjson.OPT_INDENT_2),
    )

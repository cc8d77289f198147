"""The manager's own settings: who they are (the author of their events) and small preferences.

Kept in a JSON file in the user's configuration folder, not in the database: one person may open
several databases, and a shared log must name the same author from all of them.
"""

import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import orjson

from workbench.core import paths
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate


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

    @property
    def has_identity(self) -> bool:
        return bool(self.manager_name.strip())

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
    known = {k: str(v) for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(**known)


def save(settings: Settings, path: Path | None = None) -> None:
    write_bytes_atomic(
        path or settings_path(), orjson.dumps(asdict(settings), option=orjson.OPT_INDENT_2)
    )

"""Where the workbench keeps its files: platformdirs by default, one override for tests."""

import os
from pathlib import Path

import platformdirs

from workbench import APP_ID

HOME_ENV = "WORKBENCH_HOME"
"""If set, data and configuration live under this folder instead of the user's directories."""


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_db_path(folder: Path | None = None) -> Path:
    """The store opened without --db: in ``folder`` (the data folder the manager chose in the
    settings), else in the platform's data folder."""
    return (folder or data_dir()) / "workbench.db"


def demo_db_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / "demo.db"


def private_folder(folder: Path) -> Path:
    """``folder``, made if missing. The workbench's own folders (data, configuration) and the
    stores in them are for their owner alone: on a shared computer nobody else may read a
    community's moderation records. Folders the manager chose keep their permissions."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder in (data_dir(), config_dir()):
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
        for file in folder.glob("*.db*"):
            if file.is_file() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
    return folder

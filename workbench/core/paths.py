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


def default_db_path() -> Path:
    return data_dir() / "workbench.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"

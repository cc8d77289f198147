import os

import pytest
from PySide6.QtCore import QSettings

from workbench.core.settings import Settings
from workbench.core.store import Store
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks.runner import TaskRunner

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def tasks_for():
    """A task runner for a store, stopped after the test (its threads must not outlive it)."""
    made: list[TaskRunner] = []

    def make(store: Store) -> TaskRunner:
        made.append(TaskRunner(store))
        return made[-1]

    yield make
    for tasks in made:
        tasks.stop()


@pytest.fixture
def window_settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_store, window_settings):
    """The main window on the demo, shown, as a manager opens it."""
    main = MainWindow(demo_store, Settings().with_identity("Mara Lindqvist"), window_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main

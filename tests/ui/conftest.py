import os

import pytest

from workbench.core.store import Store
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

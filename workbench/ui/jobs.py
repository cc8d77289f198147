"""Running one piece of core work on a worker thread, with its result or error back on the UI
thread. Long work (an import aside, which has its own worker) never runs on the UI thread."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Job(QObject):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__()
        self._work = work
        self.worker_thread = QThread(parent)
        self.worker_thread.setObjectName("jobThread")
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self._run)

    def start(self) -> None:
        self.worker_thread.start()

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(result)
        finally:
            self.worker_thread.quit()

"""Python's cyclic garbage collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up: a worker
thread of the task runner, an HTTP client's, a test server's. If a Qt object is among what it
frees there, Qt deletes it off the UI thread, and the application crashes later at random (a
segfault in whatever the UI thread does next). So automatic collection stays off, and a timer
on the UI thread collects instead, often enough that cycles never pile up (Anki does the same).
"""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000
"""How often the UI thread looks whether a collection is due."""


class MainThreadCollector(QObject):
    """While it lives, garbage is collected on the thread that made it (the UI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._threshold = gc.get_threshold()[0]
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the generations that would have been collected automatically by now."""
        young, middle, old = gc.get_count()
        if young > self._threshold:
            gc.collect(2 if old > 10 else 1 if middle > 10 else 0)

    @staticmethod
    def collect() -> int:
        return gc.collect()

"""Other managers' writes on a team store, announced in this window as its own writes are.

The store's listener (``store.postgres.notify.Listener``) runs on a thread of its own and hears
every write that another window or the command line committed. The watch brings what it heard
to the UI thread (a signal of this object, which stays there; the thread holds no widget) and
has the task runner announce it: every page that shows a changed subject reloads, and the
window's counts with them. The first news is announced at once; what comes after it within
``GATHER_MS`` (a colleague triaging fast, an import's pages) is gathered into one announcement,
so that a stream of writes reloads a page a few times a second, not once per write.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.events.changes import Changes
from workbench.core.store import Store
from workbench.core.store.postgres import notify

GATHER_MS = 250


class StoreWatch(QObject):
    """Listens to a team store from the moment it is made until ``stop``."""

    _heard = Signal(object)  # Changes, from the listening thread

    def __init__(self, store: Store, announce: Callable[[Changes, object], None]) -> None:
        super().__init__()
        self._announce = announce
        self._gathered: Changes | None = None
        self._pause = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._pause.timeout.connect(self._pause_ended)
        self._heard.connect(self._arrived)
        self._stop = threading.Event()
        self.listener = notify.Listener(store, self._heard.emit)
        self._thread = threading.Thread(
            target=self.listener.run, args=(self._stop,), name="store-watch", daemon=True
        )
        self._thread.start()

    def _arrived(self, made: Changes) -> None:
        if self._stop.is_set():
            return  # heard before it stopped, delivered after: nobody reloads now
        if self._pause.isActive():
            self._gathered = made if self._gathered is None else _joined(self._gathered, made)
            return
        self._announce(made, self)
        self._pause.start()

    def _pause_ended(self) -> None:
        if self._gathered is not None:
            gathered, self._gathered = self._gathered, None
            self._announce(gathered, self)
            self._pause.start()

    def stop(self) -> None:
        """Stop listening; the thread ends within the listener's poll."""
        self._stop.set()
        self._thread.join()
        self._pause.stop()
        self._gathered = None


def _joined(first: Changes, second: Changes) -> Changes:
    return Changes(first.kinds | second.kinds, first.subjects | second.subjects)

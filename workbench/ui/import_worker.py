"""Runs an import on a worker thread, so that the window stays responsive while it writes."""

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal

from workbench.connectors.base import ImportOptions
from workbench.core import importer
from workbench.core.errors import WorkbenchError
from workbench.core.store import Store


class ImportWorker(QObject):
    """Emits ``progressed`` while it reads and ``finished`` or ``failed`` once, on its thread."""

    progressed = Signal(object)  # importer.ImportProgress
    finished = Signal(object)  # importer.ImportResult
    failed = Signal(str, bool)  # message, whether the user cancelled

    def __init__(
        self,
        store: Store,
        planned: Sequence[importer.PlannedImport],
        options: ImportOptions,
        skip_bad: bool,
    ) -> None:
        super().__init__()
        self._store = store
        self._planned = list(planned)
        self._options = options
        self._skip_bad = skip_bad
        self._cancel = threading.Event()
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("importThread")
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.run)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        """Ask the import to stop; it rolls back at its next check, within a second or so."""
        self._cancel.set()

    def run(self) -> None:
        try:
            result = importer.run(
                self._store,
                self._planned,
                skip_bad=self._skip_bad,
                options=self._options,
                progress=self.progressed.emit,
                cancelled=self._cancel.is_set,
            )
        except importer.ImportCancelled as exc:
            self.failed.emit(str(exc), True)
        except WorkbenchError as exc:
            self.failed.emit(str(exc), False)
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}", False)
        else:
            self.finished.emit(result)
        finally:
            self.worker_thread.quit()

"""An import in a child process, its reports relayed as signals on the UI thread.

A thread of this process waits for the child's messages (it sleeps in a queue's get, holding
no lock the window needs); see workbench.services.import_process for why the import itself runs
in a process of its own. ``TaskRunner.start_import`` starts one and holds it until its thread
has ended.
"""

import queue
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal

from workbench.core.i18n import translate
from workbench.core.records import ImportOptions
from workbench.core.store import Store
from workbench.services import import_process, importer


class ImportTask(QObject):
    """Emits ``progressed`` while it reads and ``finished`` or ``failed`` once."""

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
        context = import_process.CONTEXT
        self._messages = context.Queue()
        self._cancel = context.Event()
        self._process = context.Process(
            target=import_process.run,
            args=(store.path, list(planned), options, skip_bad, self._messages, self._cancel),
            name="workbench-import",
            daemon=True,
        )
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
        self._process.start()
        try:
            while True:
                try:
                    message = self._messages.get(timeout=0.2)
                except queue.Empty:
                    if not self._process.is_alive():
                        self.failed.emit(
                            translate(
                                "Import", "The import stopped unexpectedly; nothing was imported."
                            ),
                            False,
                        )
                        return
                    continue
                if message[0] == "progress":
                    self.progressed.emit(message[1])
                elif message[0] == "done":
                    self.finished.emit(message[1])
                    return
                else:
                    self.failed.emit(message[1], message[2])
                    return
        finally:
            self._process.join(timeout=30)
            self.worker_thread.quit()

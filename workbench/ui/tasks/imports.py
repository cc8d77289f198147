"""An import in a child process, its reports relayed as signals on the UI thread.

A thread of this process waits for the child's messages (it sleeps in a queue's get, holding
no lock the window needs); see workbench.services.import_process for why the import itself runs
in a process of its own. ``TaskRunner.start_import`` starts one and holds it until its thread
has ended.
"""

import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event as ProcessEvent
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from workbench.core.i18n import translate
from workbench.core.records import ImportOptions
from workbench.core.store import Store
from workbench.services import import_process, importer

POLL_SECONDS = 0.2
"""How often the relay looks whether the child is still alive and the user cancelled."""


@dataclass(frozen=True, slots=True)
class _Child:
    """The child process and what it talks through: its messages and the cancel flag it reads."""

    process: BaseProcess
    messages: Any  # a multiprocessing queue
    cancel: ProcessEvent


class ImportTask(QObject):
    """Emits ``progressed`` while it reads and ``finished`` or ``failed`` once, whatever happens:
    a child that cannot even be started is reported as a failure too."""

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
        self._args = (store.path, list(planned), options, skip_bad)
        self._cancel_asked = threading.Event()
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("importThread")
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.run)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        """Ask the import to stop; it rolls back at its next check, within a second or so."""
        self._cancel_asked.set()

    def run(self) -> None:
        try:
            if (child := self._start_child()) is not None:
                self._relay(child)
        finally:
            self.worker_thread.quit()

    def _start_child(self) -> _Child | None:
        """The running child, or None (and ``failed`` emitted) when the system refuses a
        process, a queue or a flag, or the planned import cannot be handed over."""
        context = import_process.CONTEXT
        try:
            messages = context.Queue()
            cancel = context.Event()
            process = context.Process(
                target=import_process.run,
                args=(*self._args, messages, cancel),
                name="workbench-import",
                # Not a daemon: a large import reads in a child of its own (a daemon may have
                # none, services.import_pipeline); the dialog cancels it before it closes.
                daemon=False,
            )
            process.start()
        except Exception as exc:  # the dialog shows it and lets the manager try again
            self.failed.emit(
                translate(
                    "Import", "The import could not start ({problem}); nothing was imported."
                ).format(problem=f"{type(exc).__name__}: {exc}"),
                False,
            )
            return None
        return _Child(process, messages, cancel)

    def _relay(self, child: _Child) -> None:
        try:
            while True:
                if self._cancel_asked.is_set():
                    child.cancel.set()
                try:
                    message = child.messages.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if not child.process.is_alive():
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
            child.process.join(timeout=30)

"""One window per database: a second start on the same file raises the first window.

The first window holds the store's lock (core.store.lock: the operating system's, gone when the
process ends however it ends) and listens on a local socket named after the database's resolved
path. A second start that finds the lock taken asks that socket to raise its window and ends;
if nobody answers (a window hanging, or a restore from the command line holding the lock), it
says that the database is open elsewhere. Two windows therefore never write one store side by
side, each with its own idea of the queue and of what undo takes back.
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workbench.core.store.lock import StoreLock

RAISE = b"raise\n"
ANSWER_MS = 1_000
"""How long a second start waits for the first window to answer."""


def server_name(store_path: Path) -> str:
    """The local socket's name for a database: the same for every path that leads to it."""
    digest = hashlib.sha256(str(Path(store_path).resolve()).encode()).hexdigest()[:24]
    return f"community-workbench-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()
    """A second start on this database asked for the window."""

    def __init__(self, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(store_path)
        self.lock = StoreLock(store_path)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the database for this window and listen for later starts; False if another
        process has it."""
        if not self.lock.acquire():
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a window that crashed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._answer)
        self._server.listen(self.name)
        return True

    def ask_to_raise(self) -> bool:
        """Ask the window that has the database to come to the front; whether it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(ANSWER_MS)
        socket.disconnectFromServer()
        return sent

    def holder(self) -> int | None:
        return self.lock.holder()

    def release(self) -> None:
        """The window closes (or hands the database to a restore)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()

    def _answer(self) -> None:
        """A second start connected: it writes at once, so its request is read right here."""
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(ANSWER_MS)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE.strip()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

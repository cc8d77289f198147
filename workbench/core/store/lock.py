"""Who has a store open in a window: a lock file beside it, held by the operating system.

SQLite keeps two writers from corrupting a store, but not two windows from working one store
side by side, each believing its view is the store's (counts, the queue's place, undo), nor a
restore from replacing a file a window still has open. The window holds this lock while it
runs; a restore takes it too. The operating system releases it when the process ends, however
it ends, so a crash never leaves a store locked. The file itself stays: deleting a lock file
that another process may just have opened would let two processes hold it.
"""

import os
import sys
from pathlib import Path
from typing import IO

from workbench.core.errors import StoreError
from workbench.core.i18n import translate


def lock_path(store_path: Path) -> Path:
    return Path(f"{Path(store_path).resolve()}.lock")


class StoreLock:
    """The lock on one store; ``acquire`` says whether this process now holds it."""

    def __init__(self, store_path: Path) -> None:
        self.path = lock_path(store_path)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        if self._handle is not None:
            return True
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> int | None:
        """The process id of whoever holds the lock, if it can be read."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def refuse_if_taken(self) -> None:
        """Take the lock, or say that a window has the store open."""
        if not self.acquire():
            raise StoreError(
                translate(
                    "Store",
                    "{path} is open in a workbench window (process {pid}); close it there first.",
                ).format(path=self.path.with_suffix(""), pid=self.holder() or "?")
            )

    def __enter__(self) -> "StoreLock":
        self.refuse_if_taken()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        # Windows locks a byte range, and nobody else may read it: lock a byte far beyond
        # the process id written at the start.
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

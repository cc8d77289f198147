"""What a write on a team store changed, told to the other windows on it: LISTEN/NOTIFY.

Every write transaction on PostgreSQL ends with one NOTIFY on ``CHANNEL`` when it recorded
events (or imported): the subjects they touch, the kinds, and the session of the store that
wrote. The server delivers it at commit only, so a write that rolls back tells nobody, and in
commit order. A window listens on a connection of its own (``Listener``) and reloads what
changed, but not for its own writes: its task runner announced those already.
"""

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import psycopg
from sqlalchemy import URL, Connection, text

from workbench.core.events import changes
from workbench.core.events.changes import Changes, Subject

if TYPE_CHECKING:
    from workbench.core.store.store import Store

CHANNEL = "workbench_changes"
EVERYTHING = Changes(subjects=frozenset(Subject))
"""What a listener reports after it was cut off: it cannot know what it missed."""
_TOUCHED = "workbench.notify_subjects"
"""Where a write keeps subjects that no event names (an import's), in the connection's info."""
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


def touched(connection: Connection, subjects: frozenset[Subject]) -> None:
    """Note subjects a write changed without recording events (an import's members, items)."""
    noted = connection.info.get(_TOUCHED)
    if noted is not None:
        noted.update(subjects)


@contextmanager
def announcing(connection: Connection, session: str) -> Iterator[None]:
    """Around a write transaction's work: at its end (not after an error), a NOTIFY of what
    the work changed, signed with ``session``."""
    noted: set[Subject] = set()
    connection.info[_TOUCHED] = noted
    try:
        with changes.collecting(connection) as kinds:
            yield
        made = Changes.of(kinds)
        subjects = made.subjects | noted
        if subjects:
            payload = json.dumps(
                {"session": session, "kinds": sorted(kinds), "subjects": sorted(subjects)}
            )
            connection.execute(_NOTIFY, {"channel": CHANNEL, "payload": payload})
    finally:
        connection.info.pop(_TOUCHED, None)


def heard(payload: str, session: str) -> Changes | None:
    """What a notification says changed; None for one of ``session``'s own writes, or one
    this version cannot read (another program's, a newer subject is left out)."""
    try:
        told = json.loads(payload)
        kinds = frozenset(str(kind) for kind in told["kinds"])
        names = {str(name) for name in told["subjects"]}
        writer = told["session"]
    except (ValueError, KeyError, TypeError):
        return None
    if writer == session:
        return None
    subjects = frozenset(subject for subject in Subject if subject.value in names)
    return Changes(kinds, subjects) if subjects else None


def connection_arguments(url: URL) -> dict[str, Any]:
    """psycopg's arguments for a connection of its own to the store at ``url``: TCP keepalives
    so that a network gone quiet is noticed within half a minute, not hours."""
    arguments: dict[str, Any] = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
        "application_name": "community-workbench-listener",
        "connect_timeout": 10,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }
    arguments.update({key: str(value) for key, value in url.query.items()})
    return {key: value for key, value in arguments.items() if value is not None}


class Listener:
    """Listens for other writers' notifications on a connection of its own to ``store``'s
    server, and hands each one's ``Changes`` to ``heard`` (on the listening thread). A dropped
    connection is made again, after a pause that grows to ``RETRY_SECONDS[-1]``; what was
    missed meanwhile is unknown, so ``heard`` gets ``EVERYTHING`` once it is back."""

    POLL_SECONDS = 0.2
    """How often the thread looks whether it should stop."""
    RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)

    def __init__(self, store: "Store", heard: Callable[[Changes], None]) -> None:
        self._arguments = connection_arguments(store.engine.url)
        self._session = store.session
        self._heard = heard
        self.listening = threading.Event()
        """Set while the listener is connected and listening (tests wait for it)."""
        self.backend: int | None = None
        """The server process of the listening connection, while there is one."""

    def run(self, stop: threading.Event) -> None:
        """Listen until ``stop`` is set."""
        failures = 0
        while not stop.is_set():
            try:
                with psycopg.connect(**self._arguments, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.backend = connection.info.backend_pid
                    self.listening.set()
                    if failures:
                        self._heard(EVERYTHING)
                    failures = 0
                    self._listen(connection, stop)
            except psycopg.Error:
                failures += 1
            finally:
                self.listening.clear()
                self.backend = None
            if not stop.is_set() and failures:
                stop.wait(self.RETRY_SECONDS[min(failures, len(self.RETRY_SECONDS)) - 1])

    def _listen(self, connection: psycopg.Connection[Any], stop: threading.Event) -> None:
        while not stop.is_set():
            for notice in connection.notifies(timeout=self.POLL_SECONDS):
                made = heard(notice.payload, self._session)
                if made is not None:
                    self._heard(made)

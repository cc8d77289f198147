"""A command that writes beside a busy store waits for the write lock, says so once on stderr,
and carries on when the other writer is done, however long that takes."""

import threading
import time

import orjson
import pytest

from workbench.cli import main
from workbench.cli.common import WAIT_STEP_SECONDS, writing
from workbench.core.errors import StoreError
from workbench.core.store import open_store

HOLD_SECONDS = 6 * WAIT_STEP_SECONDS
"""Longer than several tries, and than SQLite's own default wait would be in a slow test."""


def _hold_the_write_lock(path, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another writer (as an import would): the write lock taken, kept for ``seconds``."""
    taken = threading.Event()

    def hold() -> None:
        with open_store(path) as store, store.write():
            taken.set()
            time.sleep(seconds)

    holder = threading.Thread(target=hold)
    holder.start()
    assert taken.wait(10)
    return holder, taken


def test_a_decision_waits_for_the_writer_says_so_once_and_lands(capsys, demo_path):
    main(["whoami", "Mara"])
    capsys.readouterr()
    main(["queue", "--db", str(demo_path), "--limit", "1", "--json"])
    item = str(orjson.loads(capsys.readouterr().out)[0]["id"])
    holder, _ = _hold_the_write_lock(demo_path, HOLD_SECONDS)
    started = time.monotonic()
    try:
        code = main(["decide", "--db", str(demo_path), item, "approve"])
    finally:
        holder.join()
    waited = time.monotonic() - started
    _, err = capsys.readouterr()
    assert code == 0, err
    assert err.count("waiting for") == 1 and "an import or the window is writing" in err
    assert str(demo_path) in err
    assert waited >= HOLD_SECONDS - 2 * WAIT_STEP_SECONDS


def test_a_store_that_is_free_is_written_without_a_word(capsys, store):
    with writing(store) as connection:
        connection.exec_driver_sql("SELECT 1")
    assert capsys.readouterr().err == ""


def test_an_error_inside_the_transaction_is_not_retried(capsys, store):
    tries = []
    with pytest.raises(StoreError), writing(store):
        tries.append(1)
        raise StoreError("database is locked")  # said by the work, not by taking the lock
    assert tries == [1] and capsys.readouterr().err == ""

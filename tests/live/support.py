"""What the live tests share: free ports, waiting for a server, a keyring in memory, and one
sync run from a test (no real waiting: the policy's sleep only counts)."""

import asyncio
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend

from tests.conftest import AUTHOR
from workbench.connectors.live.http import Policy
from workbench.core.store import Store
from workbench.services.live.secrets import Secrets
from workbench.services.live.store_access import ThreadedStore
from workbench.services.live.sync import AccountSync, Progress, Sync


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(check: Callable[[], bool], what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start within {seconds} s")


class MemoryKeyring(KeyringBackend):
    """A keyring for tests: what the workbench stores can be looked at, and is gone after."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def sync_once(
    store: Store,
    *,
    names: list[str] | None = None,
    progress: Progress | None = None,
    **policy: Any,
) -> tuple[list[AccountSync], Policy]:
    """One sync of the store's accounts as `workbench sync` runs it, and the policy it used
    (``policy.waited`` holds the pauses it would have made)."""

    async def no_wait(_seconds: float) -> None:
        return None

    chosen = Policy(sleep=no_wait, **policy)

    async def run() -> list[AccountSync]:
        async with httpx.AsyncClient() as client:
            syncing = Sync(
                ThreadedStore(store), Secrets(), AUTHOR, client=client, policy=chosen,
                progress=progress,
            )  # fmt: skip
            return await syncing.run(names)

    return asyncio.run(run()), chosen


def sync_one(store: Store, **policy: Any) -> tuple[AccountSync, Policy]:
    """``sync_once`` of a store with one account: its report."""
    reports, used = sync_once(store, **policy)
    return reports[0], used


def items_of(store: Store) -> dict[str, Any]:
    """Every item by its network id, with its queue reasons and its author's network id."""
    with store.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT i.*, q.reasons, m.external_id AS author FROM items i"
            " LEFT JOIN queue q ON q.item_id = i.id LEFT JOIN members m ON m.id = i.member_id"
        ).all()
    return {row.external_id: row for row in rows}

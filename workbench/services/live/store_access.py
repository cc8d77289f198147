"""The store as a sync uses it from the asyncio loop: reads and writes that never run on the
loop's thread (in the window, that thread is Qt's)."""

import asyncio
from collections.abc import Callable
from typing import Protocol, TypeVar

from workbench.core.store import Connection, Store

T = TypeVar("T")


class StoreAccess(Protocol):
    async def read(self, work: Callable[[Connection], T]) -> T: ...
    async def write(self, work: Callable[[Connection], T]) -> T: ...


class ThreadedStore:
    """Each read or write on a thread of asyncio's default pool (the command line)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def read(self, work: Callable[[Connection], T]) -> T:
        def run() -> T:
            with self.store.read() as connection:
                return work(connection)

        return await asyncio.to_thread(run)

    async def write(self, work: Callable[[Connection], T]) -> T:
        def run() -> T:
            with self.store.write() as connection:
                return work(connection)

        return await asyncio.to_thread(run)

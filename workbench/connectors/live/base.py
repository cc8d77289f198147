"""The interface of a live connector: test the account, pull pages of records, push one order.

A sync calls ``pull`` with the cursor saved at the end of the last one and writes each
``Page``'s records with its cursor in one transaction, so a sync cut off part way goes on after
the last page written. ``push`` carries out one outbox order and must be safe to repeat: a
retry of an order that went through does not act twice.
"""

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from workbench.connectors.live.http import Api
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord


@dataclass(frozen=True, slots=True)
class Settings:
    """An account as its connector sees it (no store ids, the secret apart)."""

    name: str
    url: str
    user: str
    rooms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    records: Sequence[MemberRecord | ItemRecord]
    cursor: dict[str, Any]
    """Where to go on from once these records are written."""
    done: float | None = None
    """How much of this sync is done, 0 to 1, where the platform says how much there is."""
    problems: Sequence[str] = ()
    """Records that could not be understood, each named (they are left out, the rest kept)."""


@dataclass(frozen=True, slots=True)
class Order:
    """One push: what to do to which item (the network's ids)."""

    id: str
    action: str
    item: str
    kind: str
    thread: str | None
    author: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    """How often it was tried before: a retry checks whether the first try went through."""


@dataclass(frozen=True, slots=True)
class Outcome:
    remote: str | None = None
    """The id of what the platform made (a reply), for the log."""


class LiveConnector(ABC):
    kind: ClassVar[str]
    """The account kind, as ``workbench account add`` names it."""
    network: ClassVar[str]
    actions: ClassVar[frozenset[str]]
    """The pushes this platform can carry out."""

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        self.api = api
        self.settings = settings
        self.options = options

    @classmethod
    @abstractmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        """The request headers that carry the account's credentials."""

    @abstractmethod
    async def test(self) -> str:
        """Who the account is on the platform, in a sentence; raises LiveError if it cannot
        sign in or lacks the rights to moderate."""

    @abstractmethod
    def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        """New and changed records since ``cursor`` ({} at the first sync), page by page."""

    @abstractmethod
    async def push(self, order: Order) -> Outcome:
        """Carry out one order; raises LiveError when the platform refuses or is away."""

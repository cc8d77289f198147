"""The interface of a live connector: test the account, pull pages of records, push one order.

A sync calls ``pull`` with the cursor saved at the end of the last one and writes each
``Page``'s records with its cursor in one transaction, so a sync cut off part way goes on after
the last page written. ``push`` carries out one outbox order and must be safe to repeat: a
retry of an order that went through does not act twice.
"""

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx

from workbench.connectors.live.http import Api
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord


@dataclass(frozen=True, slots=True)
class Settings:
    """An account as its connector sees it (no store ids, the secret apart)."""

    name: str
    url: str
    user: str
    rooms: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    """What a kind of account needs besides: Mastodon's hashtags and lists, Reddit's
    subreddits and app id (``workbench account add KIND`` names them)."""


@dataclass(frozen=True, slots=True)
class Authorization:
    """An OAuth authorization under way: the address the manager opens in a browser, and what
    finishing it needs (PKCE's verifier, the state that the answer must carry back)."""

    url: str
    redirect_uri: str
    state: str
    verifier: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    """What the platform handed out on the way, e.g. the client an instance registered."""


@dataclass(frozen=True, slots=True)
class Authorized:
    secret: str
    """What goes to the keyring: a token, or JSON holding a client and a refresh token."""
    user: str
    """Who the account is on the platform, as the platform names it."""


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
    """The pushes this platform can carry out (workbench.core.live.capabilities)."""
    oauth: ClassVar[bool] = False
    """Whether the account signs in through OAuth in a browser rather than with a secret the
    manager types (``begin_authorization`` and ``finish_authorization``)."""

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        self.api = api
        self.settings = settings
        self.options = options

    @classmethod
    @abstractmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        """The request headers that carry the account's credentials."""

    @classmethod
    async def begin_authorization(
        cls, client: httpx.AsyncClient, settings: Settings
    ) -> Authorization:
        """Start OAuth: register the app where the platform needs it, and make the address
        to open (only for ``oauth`` kinds)."""
        raise NotImplementedError(f"{cls.kind} accounts sign in with a secret")

    @classmethod
    async def finish_authorization(
        cls, client: httpx.AsyncClient, settings: Settings, started: Authorization, answer: str
    ) -> Authorized:
        """Finish OAuth with what the manager brings back: the code shown, or the address the
        browser was sent to (its ``state`` must be the one sent)."""
        raise NotImplementedError(f"{cls.kind} accounts sign in with a secret")

    async def sign_in(self) -> str | None:
        """Get ready to make requests (an access token from a refresh token, say); a new
        secret to keep in the keyring if the platform rotated it, else None."""
        return None

    @abstractmethod
    async def test(self) -> str:
        """Who the account is on the platform, in a sentence; raises LiveError if it cannot
        sign in or lacks the rights to moderate."""

    @abstractmethod
    def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        """New and changed records since ``cursor`` ({} at the first sync), page by page."""

    async def still_open(self, external_ids: Sequence[str]) -> set[str] | None:
        """Which of these items (open in the workbench's queue for the platform's reasons)
        the platform still holds or reports; the others were settled there and leave the
        queue. None where the platform cannot say (or the pull already re-reads them)."""
        return None

    @abstractmethod
    async def push(self, order: Order) -> Outcome:
        """Carry out one order; raises LiveError when the platform refuses or is away."""

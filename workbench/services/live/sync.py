"""A sync: for each account, send what waits in the outbox, then pull what is new.

Pushes go first so that a pull sees their effect. Each pulled page is written with the cursor
after it in one transaction, through the same ``Ingestor`` as a file import (the same ids, so a
second sync of unchanged data adds nothing). A transient fault (timeout, 5xx, 429, a server
gone) ends that account's sync with a message and loses nothing: unsent pushes stay pending,
the cursor stays after the last page written. One account's error never stops the others.
"""

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx

from workbench.connectors.live.base import LiveConnector, Order, Page, Settings
from workbench.connectors.live.http import Api, LiveError, Policy
from workbench.connectors.live.registry import CONNECTORS
from workbench.core import clock, sources
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.ingest import ImportSummary, Ingestor, personal_key
from workbench.core.live import accounts, pushes, settled
from workbench.core.live.accounts import Account
from workbench.core.live.pushes import PushOrder
from workbench.core.records import ImportOptions
from workbench.core.settings import Author
from workbench.core.store import Connection
from workbench.services.live.secrets import Secrets
from workbench.services.live.store_access import StoreAccess

READ_AHEAD = 2
"""Pages read while the last is being written."""
Progress = Callable[[str, float | None, str], None]
"""(account, fraction done or None, what is happening) as a sync goes on."""
AskSecret = Callable[[Account], str | None]


@dataclass(slots=True)
class AccountSync:
    """How one account's sync went."""

    account: str
    pushed: int = 0
    push_failures: list[str] = field(default_factory=list)
    pushes_left: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    queued: int = 0
    settled: int = 0
    """Queue entries the platform settled meanwhile (approved or removed there)."""
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "ok": self.error is None,
            "error": self.error,
            "pushed": self.pushed,
            "push_failures": self.push_failures,
            "pushes_left": self.pushes_left,
            "items_added": self.added,
            "items_updated": self.updated,
            "items_unchanged": self.unchanged,
            "queued": self.queued,
            "settled_on_platform": self.settled,
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
        }


def settings_of(account: Account) -> Settings:
    """The account as its connector sees it."""
    return Settings(account.name, account.url, account.user, account.rooms, account.extra)


def connector_for(
    account: Account,
    secret: str,
    client: httpx.AsyncClient,
    options: ImportOptions,
    policy: Policy | None = None,
) -> LiveConnector:
    kind = CONNECTORS.get(account.kind)
    if kind is None:
        raise WorkbenchError(
            translate("Live", "Accounts of kind {kind} cannot be synced yet.").format(
                kind=account.kind
            )
        )
    settings = settings_of(account)
    headers = kind.headers(settings, secret)
    api = Api(client, account.url, headers=headers, policy=policy, name=account.url)
    return kind(api, settings, options)


def _order(push: PushOrder) -> Order:
    return Order(
        id=push.id,
        action=push.action,
        item=push.item_external_id,
        kind=push.item_kind,
        thread=push.thread_external_id,
        author=push.author_external_id,
        detail=push.detail,
        attempts=push.attempts,
    )


class Sync:
    """One run over some accounts; ``cancel`` by cancelling the task that awaits ``run``."""

    def __init__(
        self,
        store: StoreAccess,
        secrets: Secrets,
        author: Author,
        *,
        client: httpx.AsyncClient,
        policy: Policy | None = None,
        progress: Progress | None = None,
        ask_secret: AskSecret | None = None,
    ) -> None:
        self.store = store
        self.secrets = secrets
        self.author = author
        self.client = client
        self.policy = policy
        self.progress = progress or (lambda _account, _done, _what: None)
        self.ask_secret = ask_secret

    async def run(self, names: list[str] | None = None, *, pull: bool = True) -> list[AccountSync]:
        """Sync the named accounts (all by default), side by side. Without ``pull``, only
        send what waits, for the accounts that have something waiting."""
        found = await self.store.read(accounts.all_accounts)
        if names:
            found = [await self.store.read(partial(accounts.named, name=name)) for name in names]
        if not pull:
            waiting = await self.store.read(pushes.counts_by_source)
            found = [account for account in found if waiting.get(account.source_id)]
        return list(await asyncio.gather(*(self.account(account, pull=pull) for account in found)))

    def secret_of(self, account: Account) -> str:
        secret = self.secrets.get(account.secret_ref)
        if secret is None and self.ask_secret is not None:
            secret = self.ask_secret(account)
            if secret:
                self.secrets.remember(account.secret_ref, secret)
        if not secret:
            raise WorkbenchError(
                translate(
                    "Live",
                    "There is no secret for {account} in this session: enter it under "
                    "File → Accounts (or give it to `workbench sync` on standard input).",
                ).format(account=account.name)
            )
        return secret

    async def connector(self, account: Account) -> LiveConnector:
        # The store's key for pseudonyms of guests' e-mail addresses, as an import uses it.
        options = ImportOptions(personal_key=await self.store.write(personal_key))
        return connector_for(account, self.secret_of(account), self.client, options, self.policy)

    async def account(self, account: Account, *, pull: bool = True) -> AccountSync:
        report = AccountSync(account.name)
        started = time.perf_counter()
        try:
            connector = await self.connector(account)
            rotated = await connector.sign_in()
            if rotated is not None:  # the platform handed out a new secret: keep it
                self.secrets.save(account.secret_ref, rotated)
            await self._push(account, connector, report)
            if pull:
                await self._pull(account, connector, report)
                await self._settle(account, connector, report)
        except (LiveError, WorkbenchError) as error:
            report.error = str(error)
        finally:
            report.seconds = time.perf_counter() - started
            waiting = await self.store.read(partial(pushes.pending, source_id=account.source_id))
            report.pushes_left = len(waiting)
        return report

    async def _push(self, account: Account, connector: LiveConnector, report: AccountSync) -> None:
        waiting = await self.store.read(partial(pushes.pending, source_id=account.source_id))
        for number, push in enumerate(waiting):
            what = translate("Live", "sending decision {n} of {of}")
            self.progress(account.name, None, what.format(n=number + 1, of=len(waiting)))
            if push.action not in connector.actions:
                message = translate("Live", "{network} cannot {action} from the workbench.")
                await self._failed(
                    push, message.format(network=account.network, action=push.action)
                )
                report.push_failures.append(f"{push.item_id}: {message}")
                continue
            try:
                outcome = await connector.push(_order(push))
            except LiveError as error:
                if error.transient:  # the rest waits for the next sync, nothing is lost
                    await self._failed(push, str(error), unanswered=True)
                    raise
                await self._failed(push, error.said or str(error))
                report.push_failures.append(f"{push.item_id}: {error}")
                continue
            await self.store.write(
                partial(
                    pushes.record_done, push_id=push.id, author=self.author, remote=outcome.remote
                )
            )
            report.pushed += 1

    async def _failed(self, push: PushOrder, message: str, *, unanswered: bool = False) -> None:
        await self.store.write(
            partial(
                pushes.record_failed,
                push_id=push.id,
                message=message,
                author=self.author,
                unanswered=unanswered,
            )
        )

    async def _pull(self, account: Account, connector: LiveConnector, report: AccountSync) -> None:
        """Pages are read ahead while the one before is written (the network and the disk
        each wait for the other no longer), and written in order, each with its cursor: a
        fault on the network ends the sync after the last page read."""
        self.progress(account.name, 0.0, translate("Live", "reading"))
        pages: asyncio.Queue[Page] = asyncio.Queue(maxsize=READ_AHEAD)

        async def read() -> None:
            async for page in connector.pull(account.cursor):
                await pages.put(page)

        reading = asyncio.ensure_future(read())
        try:
            while True:
                waiting = asyncio.ensure_future(pages.get())
                await asyncio.wait({waiting, reading}, return_when=asyncio.FIRST_COMPLETED)
                if not waiting.done():
                    waiting.cancel()
                    while not pages.empty():
                        await self._write(account, pages.get_nowait(), report)
                    reading.result()  # the reader's fault, after what it read is written
                    return
                await self._write(account, waiting.result(), report)
        finally:
            reading.cancel()

    async def _settle(
        self, account: Account, connector: LiveConnector, report: AccountSync
    ) -> None:
        """Items the platform held or reported, and no longer does, leave the queue."""
        waiting = await self.store.read(
            partial(settled.open_on_platform, source_id=account.source_id)
        )
        if not waiting:
            return
        still = await connector.still_open(list(waiting))
        if still is None:
            return
        gone = [item_id for external, item_id in waiting.items() if external not in still]
        if gone:
            await self.store.write(partial(settled.settle, item_ids=gone))
            report.settled = len(gone)

    async def _write(self, account: Account, page: Page, report: AccountSync) -> None:
        summary = await self.store.write(partial(_write_page, account=account, page=page))
        report.added += summary.items_added
        report.updated += summary.items_updated
        report.unchanged += summary.items_unchanged
        report.queued += summary.queued
        report.problems.extend(page.problems)
        self.progress(account.name, page.done, translate("Live", "reading"))


def _write_page(connection: Connection, *, account: Account, page: Page) -> ImportSummary:
    """One page and the cursor after it, in the caller's one transaction."""
    source = sources.ensure(
        connection, name=account.name, kind=accounts.KINDS[account.kind], network=account.network
    )
    ingestor = Ingestor(connection, source, now=clock.now())
    ingestor.add_all(page.records)
    summary = ingestor.finish()
    accounts.save_cursor(connection, account.source_id, page.cursor)
    return summary

"""A watch list and a Matrix policy room: the list's bans published as policy rules, so that
Draupnir and Mjolnir instances subscribed to the room apply them, and a room's rules read back
into a list (a plan, shown first).

Only bans travel: a policy room holds no watch, mute or trust. Matrix members and domains
(servers) are what a room can name; members of other networks stay out of it.
"""

from dataclasses import dataclass

import httpx

from workbench.connectors.live import matrix_policy
from workbench.connectors.live.http import Api
from workbench.connectors.live.matrix_policy import Published, Rule
from workbench.core.errors import WorkbenchError
from workbench.core.events.projections.watchlists import DOMAIN
from workbench.core.i18n import translate
from workbench.core.live import accounts
from workbench.core.live.accounts import Account
from workbench.core.records import ImportOptions
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team import watchlists
from workbench.core.team.watchlists import Entry, Target
from workbench.core.team.watchlists_changes import Plan, Wanted, plan
from workbench.services.live.secrets import Secrets
from workbench.services.live.sync import connector_for

NETWORK = "matrix"


@dataclass(frozen=True, slots=True)
class ToPublish:
    rules: list[Rule]
    left_out: int
    """Bans of members on other networks than Matrix."""


def rules_of(entries: list[Entry]) -> ToPublish:
    """The policy rules of the entries that are bans here."""
    found: list[Rule] = []
    left_out = 0
    for entry in entries:
        if entry.effective != "ban":
            continue
        if entry.target.network == NETWORK:
            found.append(Rule(matrix_policy.USER, entry.target.entity, entry.reason))
        elif entry.target.is_domain:
            found.append(Rule(matrix_policy.SERVER, entry.target.entity, entry.reason))
        else:
            left_out += 1
    return ToPublish(found, left_out)


def wanted_of(bans: tuple[Rule, ...]) -> tuple[dict[Target, Wanted], list[str]]:
    """A room's bans as list entries, and the entities no entry can name (a server by IP)."""
    wanted: dict[Target, Wanted] = {}
    skipped: list[str] = []
    for rule in bans:
        if rule.type == matrix_policy.USER:
            wanted[Target(NETWORK, rule.entity)] = Wanted("ban", rule.reason[:1000])
            continue
        try:
            wanted[watchlists.domain(rule.entity)] = Wanted("ban", rule.reason[:1000])
        except WorkbenchError:
            skipped.append(rule.entity)
    return wanted, skipped


def _in_a_room(entry: Entry) -> bool:
    """What a room's bans stand for: a list's bans of Matrix members and of servers."""
    return entry.recommendation == "ban" and entry.target.network in (NETWORK, DOMAIN)


def _matrix_account(store: Store, name: str) -> Account:
    with store.read() as connection:
        account = accounts.named(connection, name)
    if account.kind != "matrix":
        raise WorkbenchError(
            translate(
                "Watchlists", "{account} is a {kind} account; policy rooms are on Matrix."
            ).format(account=account.name, kind=account.kind)
        )
    return account


def _api(account: Account, secrets: Secrets, client: httpx.AsyncClient) -> Api:
    secret = secrets.get(account.secret_ref)
    if not secret:
        raise WorkbenchError(
            translate(
                "Watchlists",
                "There is no access token for {account} in this session: enter it under "
                "File → Accounts.",
            ).format(account=account.name)
        )
    return connector_for(account, secret, client, ImportOptions()).api


async def publish(
    store: Store,
    name: str,
    me: Author,
    account_name: str,
    room: str,
    secrets: Secrets,
    client: httpx.AsyncClient,
) -> tuple[Published, ToPublish]:
    """Make the room's bans the list's bans in force here."""
    account = _matrix_account(store, account_name)
    with store.read() as connection:
        entries = watchlists.entries(connection, watchlists.find(connection, me, name))
    chosen = rules_of(entries)
    published = await matrix_policy.publish(_api(account, secrets, client), room, chosen.rules)
    return published, chosen


@dataclass(frozen=True, slots=True)
class RoomRead:
    read: matrix_policy.Read
    plan: Plan
    skipped: list[str]


async def read_room(
    store: Store,
    name: str,
    me: Author,
    account_name: str,
    room: str,
    secrets: Secrets,
    client: httpx.AsyncClient,
) -> RoomRead:
    """What reading the room's bans into the list would change (carry the plan out to do it)."""
    account = _matrix_account(store, account_name)
    read = await matrix_policy.rules(_api(account, secrets, client), room)
    wanted, skipped = wanted_of(read.bans)
    with store.read() as connection:
        found = watchlists.find(connection, me, name)
        planned = plan(connection, found, wanted, _in_a_room)
    return RoomRead(read, planned, [*read.skipped, *skipped])

"""`workbench account …`, `workbench sync` and `workbench pushes`: live accounts on the command
line. A secret is read from standard input when it is not a terminal, else asked for without
echo; it goes to the keyring and is never printed."""

import argparse
import asyncio
import getpass
import sys
from typing import Any

from workbench.cli.common import (
    Cli,
    Commands,
    add_command,
    add_group,
    count,
    db_path,
    print_json,
    writing,
)
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store


def _read_secret(prompt: str) -> str:
    # A pipe or a file gives one line; a person types it unseen.
    secret = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().strip("\r\n")
    if not secret.strip():
        given = translate("Cli", "No secret was given ({prompt}).")
        raise WorkbenchError(given.format(prompt=prompt.rstrip(": ")))
    return secret


def _secrets() -> Any:
    from workbench.services.live.secrets import Secrets

    return Secrets()


def secret_prompt(kind: str) -> str:
    """What the secret of a kind that signs in without a browser is called."""
    return {
        "wordpress": translate("Cli", "Application password: "),
        "matrix": translate("Cli", "Access token: "),
        "discourse": translate("Cli", "API key: "),
    }[kind]


REDDIT_REDIRECT = "http://127.0.0.1:65010/authorize_callback"
"""core.live.accounts.REDDIT_REDIRECT, spelled out so that building the parser stays light."""


def _fields(args: argparse.Namespace) -> tuple[str, str, tuple[str, ...], dict[str, Any]]:
    """(address, user, rooms, extra settings) of an account as its kind's options give them."""
    kind = args.kind
    if kind == "matrix":
        return args.homeserver, args.user, tuple(args.room or ()), {}
    if kind == "mastodon":
        extra = {"hashtags": args.hashtag or [], "lists": args.list or []}
        return args.instance, "", (), {key: value for key, value in extra.items() if value}
    if kind == "reddit":
        extra = {
            "client_id": args.client_id,
            "subreddits": args.subreddit,
            "redirect_uri": args.redirect_uri or REDDIT_REDIRECT,
        }
        return "https://www.reddit.com", "", (), extra
    return args.url, args.user, (), {}


async def _authorize(connector: Any, settings: Any) -> Any:
    """OAuth on the command line: the address to open, then what the browser showed or went
    to, pasted (or piped) back."""
    import httpx

    async with httpx.AsyncClient() as client:
        started = await connector.begin_authorization(client, settings)
        print(
            translate(
                "Cli", "Open this address in a browser, sign in and allow Community Workbench:"
            )
        )
        print(started.url)
        answer = _read_secret(
            translate("Cli", "Paste the code shown, or the address the browser went to: ")
        )
        return await connector.finish_authorization(client, settings, started, answer)


def cmd_add(args: argparse.Namespace) -> int:
    from workbench.connectors.live.base import Settings
    from workbench.connectors.live.registry import CONNECTORS
    from workbench.core.live import accounts

    connector = CONNECTORS.get(args.kind)
    if connector is None:
        raise WorkbenchError(
            translate("Cli", "{kind} accounts cannot be connected yet.").format(kind=args.kind)
        )
    url, user, rooms, extra = _fields(args)
    secrets = _secrets()
    if connector.oauth:
        settings = Settings(args.name, accounts.checked_url(url), user, rooms, extra)
        authorized = asyncio.run(_authorize(connector, settings))
        secret, user = authorized.secret, authorized.user
    else:
        secret = _read_secret(secret_prompt(args.kind))
    with open_store(db_path(args)) as store, writing(store) as connection:
        account = accounts.add(
            connection, args.kind, name=args.name, url=url, user=user, rooms=rooms, extra=extra
        )
        kept = secrets.save(account.secret_ref, secret)
    added = translate("Cli", "Account '{name}' added ({kind}, {url}, as {user}).")
    print(added.format(name=account.name, kind=account.kind, url=account.url, user=account.user))
    if not kept:
        print(
            translate(
                "Cli",
                "No keyring is usable here, so the secret was not saved: `workbench sync` reads "
                "it from standard input each time. Install a keyring backend to keep it.",
            )
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from workbench.core.live import accounts

    with open_store(db_path(args), create=False) as store, store.read() as connection:
        found = accounts.all_accounts(connection)
    if args.json:
        print_json([account.to_json() for account in found])
        return 0
    if not found:
        print(translate("Cli", "No accounts yet: `workbench account add wordpress|matrix …`."))
    for account in found:
        print(f"{account.name}\t{account.kind}\t{account.url}\t{account.user}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    import httpx

    from workbench.core.live import accounts
    from workbench.core.records import ImportOptions
    from workbench.services.live import sync

    with open_store(db_path(args), create=False) as store, store.read() as connection:
        account = accounts.named(connection, args.name)
    secrets = _secrets()
    secret = secrets.get(account.secret_ref) or _read_secret(
        translate("Cli", "Secret for {account}: ").format(account=account.name)
    )

    async def test() -> str:
        async with httpx.AsyncClient() as client:
            connector = sync.connector_for(account, secret, client, ImportOptions())
            rotated = await connector.sign_in()  # as a sync signs in
            if rotated is not None:
                secrets.save(account.secret_ref, rotated)
            return await connector.test()

    print(asyncio.run(test()))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from workbench.core.live import accounts

    secrets = _secrets()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        account = accounts.remove(connection, args.name)
    secrets.delete(account.secret_ref)
    removed = translate("Cli", "Account '{name}' removed; what it brought stays in the store.")
    print(removed.format(name=account.name))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import httpx

    from workbench.core import settings
    from workbench.services.live.store_access import ThreadedStore
    from workbench.services.live.sync import Sync

    author = settings.load().author()
    secrets = _secrets()

    def ask(account: Any) -> str | None:
        return _read_secret(translate("Cli", "Secret for {account}: ").format(account=account.name))

    with open_store(db_path(args), create=False) as store:

        async def run() -> list[Any]:
            async with httpx.AsyncClient() as client:
                syncing = Sync(ThreadedStore(store), secrets, author, client=client, ask_secret=ask)
                return await syncing.run([args.account] if args.account else None)

        reports = asyncio.run(run())
    if args.json:
        print_json([report.to_json() for report in reports])
    else:
        for report in reports:
            line = translate(
                "Cli", "{account}: {pushed} pushed, {added} new, {updated} changed, {queued} queued"
            ).format(
                account=report.account,
                pushed=count(report.pushed),
                added=count(report.added),
                updated=count(report.updated),
                queued=count(report.queued),
            )
            if report.pushes_left:
                line += Cli.tr(", %n push(es) waiting", "", report.pushes_left)
            print(line + (f" — {report.error}" if report.error else ""))
            for failure in report.push_failures:
                print("  " + translate("Cli", "push failed: item {item}").format(item=failure))
            for problem in report.problems:
                print("  " + translate("Cli", "left out: {problem}").format(problem=problem))
    return 1 if any(report.error for report in reports) else 0


def cmd_pushes(args: argparse.Namespace) -> int:
    from workbench.core import clock
    from workbench.core.live import pushes

    with open_store(db_path(args), create=False) as store, store.read() as connection:
        found = pushes.listing(connection, state=args.state)
    if args.json:
        print_json([push.to_json() for push in found])
        return 0
    for push in found:
        said = f"\t{push.message}" if push.message else ""
        print(
            f"{clock.to_iso(push.requested_at)}\t{push.account}\titem {push.item_id}\t"
            f"{push.action}\t{push.state}{said}"
        )
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(
        commands, "account", translate("Cli", "Live accounts: WordPress sites, Matrix rooms.")
    )
    added = subs.add_parser(
        "add", help=translate("Cli", "Connect an account (its secret goes to the keyring).")
    )
    kinds = added.add_subparsers(title=translate("Cli", "kinds"), metavar="KIND", required=True)
    wordpress = add_command(
        kinds, "wordpress", cmd_add, translate("Cli", "A WordPress site (application password).")
    )
    wordpress.set_defaults(kind="wordpress")
    wordpress.add_argument(
        "--name", required=True, help=translate("Cli", "what the workbench calls it")
    )
    wordpress.add_argument("--url", required=True, help=translate("Cli", "the site's address"))
    wordpress.add_argument(
        "--user", required=True, help=translate("Cli", "the WordPress user name")
    )
    matrix = add_command(
        kinds, "matrix", cmd_add, translate("Cli", "Matrix rooms (an access token).")
    )
    matrix.set_defaults(kind="matrix")
    matrix.add_argument(
        "--name", required=True, help=translate("Cli", "what the workbench calls it")
    )
    matrix.add_argument(
        "--homeserver", required=True, metavar="URL", help=translate("Cli", "the homeserver")
    )
    matrix.add_argument(
        "--user", required=True, metavar="@id:server", help=translate("Cli", "the Matrix user")
    )
    matrix.add_argument(
        "--room",
        action="append",
        metavar="ID|ALIAS",
        help=translate("Cli", "a room to follow (repeatable)"),
    )
    mastodon = add_command(
        kinds,
        "mastodon",
        cmd_add,
        translate("Cli", "A Mastodon account (signs in in the browser)."),
    )
    mastodon.set_defaults(kind="mastodon")
    mastodon.add_argument(
        "--name", required=True, help=translate("Cli", "what the workbench calls it")
    )
    mastodon.add_argument(
        "--instance", required=True, metavar="URL", help=translate("Cli", "the instance")
    )
    mastodon.add_argument(
        "--hashtag",
        action="append",
        metavar="TAG",
        help=translate("Cli", "a hashtag to follow (repeatable)"),
    )
    mastodon.add_argument(
        "--list",
        action="append",
        metavar="ID",
        help=translate("Cli", "a list to follow (repeatable)"),
    )
    discourse = add_command(
        kinds, "discourse", cmd_add, translate("Cli", "A Discourse forum (an API key).")
    )
    discourse.set_defaults(kind="discourse")
    discourse.add_argument(
        "--name", required=True, help=translate("Cli", "what the workbench calls it")
    )
    discourse.add_argument("--url", required=True, help=translate("Cli", "the forum's address"))
    discourse.add_argument(
        "--user",
        required=True,
        metavar="API_USERNAME",
        help=translate("Cli", "the user the key acts as"),
    )
    reddit = add_command(
        kinds,
        "reddit",
        cmd_add,
        translate("Cli", "Subreddits you moderate (an installed app; the browser)."),
    )
    reddit.set_defaults(kind="reddit")
    reddit.add_argument(
        "--name", required=True, help=translate("Cli", "what the workbench calls it")
    )
    reddit.add_argument(
        "--client-id", required=True, metavar="ID", help=translate("Cli", "your installed app's id")
    )
    reddit.add_argument(
        "--subreddit",
        action="append",
        required=True,
        metavar="NAME",
        help=translate("Cli", "a subreddit you moderate (repeatable)"),
    )
    reddit.add_argument(
        "--redirect-uri",
        metavar="URI",
        help=translate("Cli", "the app's redirect (default {uri})").format(uri=REDDIT_REDIRECT),
    )
    listed = add_command(subs, "list", cmd_list, translate("Cli", "List the connected accounts."))
    listed.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
    tested = add_command(
        subs, "test", cmd_test, translate("Cli", "Sign in and say who the account is.")
    )
    tested.add_argument("name")
    removed = add_command(
        subs, "remove", cmd_remove, translate("Cli", "Disconnect an account and forget its secret.")
    )
    removed.add_argument("name")
    synced = add_command(
        commands,
        "sync",
        cmd_sync,
        translate("Cli", "Send pending decisions to live accounts, then pull new items."),
    )
    synced.add_argument("--account", metavar="NAME", help=translate("Cli", "only this account"))
    synced.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
    listed_pushes = add_command(
        commands,
        "pushes",
        cmd_pushes,
        translate("Cli", "Decisions sent, or waiting to be sent, to live accounts."),
    )
    listed_pushes.add_argument("--state", choices=("pending", "failed", "done"))
    listed_pushes.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )

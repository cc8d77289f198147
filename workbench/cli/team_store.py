"""`workbench team-store init|password|copy|verify`: a team store on a PostgreSQL server.

The password lives in the keyring under the URL as it is shown (without a password), never in
a URL, a setting or the output.
"""

import argparse
import getpass
import sys
from pathlib import Path

from workbench.cli.common import Commands, add_group, count, moment
from workbench.core import settings
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store
from workbench.core.store.postgres import is_url
from workbench.services.team_store import keep_password, secret_ref
from workbench.services.team_store import password as keyring_password

__all__ = ["keyring_password", "secret_ref"]


def _url(value: str) -> str:
    if not is_url(value):
        raise WorkbenchError(
            translate("Store", "{location} is not a database URL.").format(location=value)
        )
    return value


def cmd_init(args: argparse.Namespace) -> int:
    url = _url(args.url)
    with open_store(url, password=keyring_password(url)) as store:
        print(
            translate("Cli", "The team store {url} is at schema {revision}.").format(
                url=store.location, revision=store.revision()
            )
        )
    return 0


def cmd_password(args: argparse.Namespace) -> int:
    url = _url(args.url)
    secret = getpass.getpass(translate("Cli", "Password for {url}: ").format(url=url))
    keep_password(url, secret)
    return 0


def _progress(what: str, done: int, total: int) -> None:
    """A line on stderr per batch of a big store (a small one is copied in a blink)."""
    from workbench.core.store.copy import BATCH

    if total > BATCH:
        print(
            translate("Cli", "copying {what}: {done} of {total}").format(
                what=what, done=count(done), total=count(total)
            ),
            file=sys.stderr,
            flush=True,
        )


def cmd_copy(args: argparse.Namespace) -> int:
    from workbench.core.store.copy import copy_store

    if is_url(args.source):
        raise WorkbenchError(
            translate("Cli", "--from takes a laptop store's file, not {location}.").format(
                location=args.source
            )
        )
    url = _url(args.to)
    with (
        open_store(Path(args.source), create=False) as source,
        open_store(url, create=False, upgrade=False, password=keyring_password(url)) as target,
    ):
        copied = copy_store(source, target, progress=_progress)
        if not copied.anything:
            print(
                translate("Cli", "Nothing new: {url} holds all of {path} already.").format(
                    url=target.location, path=source.location
                )
            )
            return 0
        print(
            translate(
                "Cli",
                "Copied {path} into {url}. New there: sources {sources}, members {members}, "
                "items {items}, events {events}.",
            ).format(
                path=source.location,
                url=target.location,
                sources=count(copied.sources),
                members=count(copied.members),
                items=count(copied.items),
                events=count(copied.events),
            )
        )
        if copied.erased:
            print(
                translate(
                    "Cli", "Members erased on the laptop and now in the team store too: {count}."
                ).format(count=count(copied.erased))
            )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Every event's signature checked: the verdicts counted, who signed, the bad ones listed
    (exit 1 if there is one). Trusted: the keys trusted in the team store and one's own."""
    from workbench.core.events import verdicts
    from workbench.core.events.signatures import Verdict
    from workbench.services.team.identity import own_fingerprint

    url = _url(args.url)
    manager = settings.load()
    own = own_fingerprint(manager.author()) if manager.has_identity else None
    with (
        open_store(url, create=False, upgrade=False, password=keyring_password(url)) as store,
        store.read() as connection,
    ):
        trusted = verdicts.trusted_in(connection, own)
        done = verdicts.tally(connection, trusted)
    print(translate("Cli", "{url}: {count} events.").format(url=url, count=count(done.total)))
    lines = {
        Verdict.SIGNED: translate("Cli", "signed by a trusted key: {count}"),
        Verdict.UNTRUSTED: translate("Cli", "signed by a key not trusted here: {count}"),
        Verdict.REDACTED: translate("Cli", "redacted by an erasure that vouches for them: {count}"),
        Verdict.UNSIGNED: translate("Cli", "unsigned: {count}"),
        Verdict.BAD: translate("Cli", "bad (changed after they were signed, or forged): {count}"),
    }
    for verdict, line in lines.items():
        print("  " + line.format(count=count(done.counts[verdict])))
    for fingerprint, authors in sorted(done.signers.items()):
        names = ", ".join(name for name, _n in authors.most_common())
        mark = "" if fingerprint in trusted else " " + translate("Cli", "(not trusted here)")
        print(
            translate("Cli", "  key {fingerprint}{mark}, by {names}: {count}").format(
                fingerprint=fingerprint, mark=mark, count=count(authors.total()), names=names
            )
        )
    if not done.bad:
        return 0
    print(translate("Cli", "Bad events:"))
    for event in done.bad:
        print(f"  {event.id}  {event.kind}  {event.author_name}  {moment(event.created_at)}")
    return 1


def add_commands(commands: Commands) -> None:
    group = add_group(
        commands, "team-store", translate("Cli", "A store the team shares on a PostgreSQL server.")
    )
    init = group.add_parser(
        "init", help=translate("Cli", "Give an empty PostgreSQL database the store's schema.")
    )
    init.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    init.set_defaults(handler=cmd_init)
    password = group.add_parser(
        "password", help=translate("Cli", "Keep the server's password in the keyring.")
    )
    password.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    password.set_defaults(handler=cmd_password)
    copy = group.add_parser(
        "copy",
        help=translate("Cli", "Copy a laptop store into a team store (again: only what is new)."),
    )
    copy.add_argument("--from", dest="source", metavar="PATH", required=True, help="workbench.db")
    copy.add_argument("--to", metavar="URL", required=True, help="postgresql://user@host/database")
    copy.set_defaults(handler=cmd_copy)
    verify = group.add_parser(
        "verify",
        help=translate(
            "Cli", "Check every event's signature: signed, by whom, redacted, unsigned, bad."
        ),
    )
    verify.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    verify.set_defaults(handler=cmd_verify)

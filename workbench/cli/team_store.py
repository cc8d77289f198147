"""`workbench team-store init|password`: a team store on a PostgreSQL server.

The password lives in the keyring under the URL as it is shown (without a password), never in
a URL, a setting or the output.
"""

import argparse
import getpass

from workbench.cli.common import Commands, add_group
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store
from workbench.core.store.postgres import is_url
from workbench.services.live.secrets import Secrets


def secret_ref(url: str) -> str:
    """The keyring entry of a team store's password."""
    return f"team-store {url}"


def keyring_password(url: str) -> str | None:
    """The password the keyring keeps for the team store at ``url`` (shown, without one)."""
    return Secrets().get(secret_ref(url))


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
    Secrets().save(secret_ref(url), secret)
    return 0


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

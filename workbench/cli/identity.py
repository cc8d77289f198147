"""`workbench whoami`: the manager's name, which every event they record carries."""

import argparse

from workbench.cli.common import Commands, add_command
from workbench.core import settings
from workbench.core.i18n import translate


def cmd_whoami(args: argparse.Namespace) -> int:
    current = settings.load()
    if args.name:
        current = current.with_identity(args.name)
        settings.save(current)
    if not current.has_identity:
        print(translate("Cli", "No manager name is set yet; set it with 'workbench whoami NAME'."))
        return 1
    print(current.manager_name)
    return 0


def add_commands(commands: Commands) -> None:
    whoami = add_command(
        commands,
        "whoami",
        cmd_whoami,
        translate("Cli", "Show or set your name, the author of your events."),
    )
    whoami.add_argument(
        "name", nargs="?", help=translate("Cli", "your display name, as your team sees it")
    )

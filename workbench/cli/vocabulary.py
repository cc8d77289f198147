"""`workbench vocabulary …`: the team's own kinds of intervention, note types and rating
dimensions."""

import argparse

from workbench.cli.common import (
    Cli,
    Commands,
    add_command,
    add_group,
    db_path,
    duration,
    print_json,
    writing,
)
from workbench.core import settings
from workbench.core.i18n import translate
from workbench.core.store import open_store
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary

LISTS = {
    "kinds": Vocabulary.INTERVENTION_KIND,
    "note-types": Vocabulary.NOTE_TYPE,
    "dimensions": Vocabulary.RATING_DIMENSION,
}


def cmd_list(args: argparse.Namespace) -> int:
    chosen = [args.list] if args.list else list(LISTS)
    with open_store(db_path(args), create=False) as store, store.read() as connection:
        shown = {name: vocabulary.terms(connection, LISTS[name]) for name in chosen}
    if args.json:
        print_json(
            {
                name: [
                    {"name": t.name, "built_in": t.built_in}
                    | (
                        {
                            "follow_up_days": t.follow_up_days,
                            "addresses_the_living": t.addresses_the_living,
                            "strike": t.strike,
                        }
                        if LISTS[name] == Vocabulary.INTERVENTION_KIND
                        else {}
                    )
                    for t in found
                ]
                for name, found in shown.items()
            }
        )
        return 0
    for name, found in shown.items():
        print(f"{name}:")
        for t in found:
            marks = [] if t.built_in else [translate("Cli", "team")]
            marks += [translate("Cli", "strike")] * t.strike
            marks += [translate("Cli", "addresses the living")] * t.addresses_the_living
            if t.follow_up_days:
                marks.append(Cli.tr("follow-up %n d", "", t.follow_up_days))
            print(f"  {t.name}" + (f"  ({', '.join(marks)})" if marks else ""))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        vocabulary.add(
            connection,
            LISTS[args.list],
            args.name,
            author,
            follow_up_days=duration(args.follow_up) // 86_400 if args.follow_up else None,
            addresses_the_living=args.addresses_the_living,
            strike=args.strike,
        )
    added = translate("Cli", "Added '{name}' to the team's {list}.")
    print(added.format(name=" ".join(args.name.split()), list=args.list))
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        vocabulary.retire(connection, LISTS[args.list], args.name, author)
    print(
        translate("Cli", "Retired '{name}'; what was recorded with it keeps it.").format(
            name=args.name
        )
    )
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(
        commands,
        "vocabulary",
        translate("Cli", "The team's own kinds of intervention, note types and dimensions."),
    )
    listed = add_command(
        subs,
        "list",
        cmd_list,
        translate("Cli", "List the terms to choose from, built in and the team's."),
    )
    listed.add_argument("list", nargs="?", choices=LISTS)
    listed.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    added = add_command(subs, "add", cmd_add, translate("Cli", "Add a term of the team's own."))
    added.add_argument("list", choices=LISTS)
    added.add_argument("name")
    added.add_argument(
        "--follow-up", metavar="7d", help=translate("Cli", "kinds: when to look again by default")
    )
    added.add_argument(
        "--addresses-the-living",
        action="store_true",
        help=translate(
            "Cli", "kinds: speaks to the member as if alive (asks first for memorialized members)"
        ),
    )
    added.add_argument(
        "--strike", action="store_true", help=translate("Cli", "kinds: counts as a strike")
    )
    retired = add_command(
        subs, "retire", cmd_retire, translate("Cli", "Take a team term off the choices.")
    )
    retired.add_argument("list", choices=LISTS)
    retired.add_argument("name")

"""`workbench vocabulary …`: the team's own kinds of intervention, note types and rating
dimensions."""

import argparse

from workbench.cli.common import Commands, add_command, add_group, db_path, duration, print_json
from workbench.core import settings
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
            marks = [] if t.built_in else ["team"]
            marks += ["strike"] * t.strike + ["addresses the living"] * t.addresses_the_living
            if t.follow_up_days:
                marks.append(f"follow-up {t.follow_up_days}d")
            print(f"  {t.name}" + (f"  ({', '.join(marks)})" if marks else ""))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        vocabulary.add(
            connection,
            LISTS[args.list],
            args.name,
            author,
            follow_up_days=duration(args.follow_up) // 86_400 if args.follow_up else None,
            addresses_the_living=args.addresses_the_living,
            strike=args.strike,
        )
    print(f"Added '{' '.join(args.name.split())}' to the team's {args.list}.")
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        vocabulary.retire(connection, LISTS[args.list], args.name, author)
    print(f"Retired '{args.name}'; what was recorded with it keeps it.")
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(
        commands, "vocabulary", "The team's own kinds of intervention, note types and dimensions."
    )
    listed = add_command(
        subs, "list", cmd_list, "List the terms to choose from, built in and the team's."
    )
    listed.add_argument("list", nargs="?", choices=LISTS)
    listed.add_argument("--json", action="store_true", help="print one JSON object")
    added = add_command(subs, "add", cmd_add, "Add a term of the team's own.")
    added.add_argument("list", choices=LISTS)
    added.add_argument("name")
    added.add_argument("--follow-up", metavar="7d", help="kinds: when to look again by default")
    added.add_argument(
        "--addresses-the-living",
        action="store_true",
        help="kinds: speaks to the member as if alive (asks first for memorialized members)",
    )
    added.add_argument("--strike", action="store_true", help="kinds: counts as a strike")
    retired = add_command(subs, "retire", cmd_retire, "Take a team term off the choices.")
    retired.add_argument("list", choices=LISTS)
    retired.add_argument("name")

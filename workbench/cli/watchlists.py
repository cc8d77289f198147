"""`workbench watchlist …`: the team's watch lists, kept as events that travel in log bundles
(`workbench log export|import`), as Mastodon's domain-block CSV, and as Matrix policy rooms."""

import argparse
import asyncio
from pathlib import Path
from typing import Any

from workbench.cli.common import (
    Cli,
    Commands,
    add_command,
    add_group,
    db_path,
    duration,
    moment,
    print_json,
    writing,
)
from workbench.cli.team import day
from workbench.cli.watchlist_changes import print_changes
from workbench.core import clock, settings
from workbench.core.i18n import translate
from workbench.core.store import Store, open_store
from workbench.core.team import watchlists, watchlists_csv
from workbench.core.team.watchlists import Entry, WatchList
from workbench.core.team.watchlists_changes import Plan, carry_out, plan


def _expiry(value: str | None) -> int | None:
    """``7d`` from now, or a day (its end)."""
    if value is None:
        return None
    if value[-1:] in ("d", "h", "m") and value[:-1].isdigit():
        return clock.now() + duration(value)
    return day(value, end=True)


def _list_json(w: WatchList) -> dict[str, Any]:
    return {
        "uid": w.uid,
        "name": w.name,
        "owner": w.owner_name,
        "mine": w.mine,
        "subscribed": w.subscribed,
        "in_force": w.in_force,
        "entries": w.entries,
    }


def _entry_json(e: Entry) -> dict[str, Any]:
    return {
        "list": e.list_name,
        "target": str(e.target),
        "label": e.label,
        "recommendation": e.recommendation,
        "override": e.override,
        "in_force_here": e.effective,
        "reason": e.reason,
        "expires_at": e.expires_at,
        "set_by": e.set_by,
        "set_at": e.set_at,
    }


def _state(w: WatchList) -> str:
    if w.mine:
        return translate("Cli", "yours")
    if w.subscribed:
        return translate("Cli", "{owner}'s, followed").format(owner=w.owner_name)
    return translate("Cli", "{owner}'s, not followed").format(owner=w.owner_name)


def cmd_list(args: argparse.Namespace) -> int:
    me = settings.load().author()
    with open_store(db_path(args)) as store, store.read() as connection:
        found = watchlists.lists(connection, me)
    if args.json:
        print_json([_list_json(w) for w in found])
        return 0
    if not found:
        print(translate("Cli", "No watch lists yet (workbench watchlist create NAME)."))
    for w in found:
        print(f"{w.name or w.uid}\t{_state(w)}\t" + Cli.tr("%n entries", "", w.entries))
    return 0


def _entry_line(e: Entry) -> str:
    shown = e.recommendation
    if e.override:
        shown = translate("Cli", "{override} here (list: {recommendation})").format(
            override=e.override, recommendation=e.recommendation
        )
    parts = [e.label if e.label == str(e.target) else f"{e.label} ({e.target})", shown]
    if e.reason:
        parts.append(e.reason)
    if e.expires_at is not None:
        parts.append(translate("Cli", "until {time}").format(time=moment(e.expires_at)))
    return "\t".join(parts)


def cmd_show(args: argparse.Namespace) -> int:
    me = settings.load().author()
    with open_store(db_path(args)) as store, store.read() as connection:
        found = watchlists.find(connection, me, args.list)
        entries = watchlists.entries(connection, found)
    if args.json:
        print_json({**_list_json(found), "items": [_entry_json(e) for e in entries]})
        return 0
    print(f"{found.name or found.uid}\t{_state(found)}\t{found.uid}")
    for e in entries:
        print(f"  {_entry_line(e)}")
    return 0


def _write(args: argparse.Namespace, action: Any) -> Any:
    me = settings.load().author()
    with open_store(db_path(args)) as store, writing(store) as connection:
        return action(connection, me, watchlists.find(connection, me, args.list))


def cmd_create(args: argparse.Namespace) -> int:
    me = settings.load().author()
    with open_store(db_path(args)) as store, writing(store) as connection:
        event = watchlists.create(connection, args.name, me)
    print(
        translate("Cli", "Made the watch list '{name}' ({uid}).").format(
            name=event.payload["name"], uid=event.payload["list"]
        )
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    to = watchlists.target(args.target)
    expires = _expiry(args.expires)
    _write(
        args,
        lambda c, me, w: watchlists.set_entry(
            c, w, to, args.recommend, me, reason=args.reason, expires_at=expires
        ),
    )
    print(
        translate("Cli", "{target}: {recommendation} on '{list}'.").format(
            target=to, recommendation=args.recommend, list=args.list
        )
    )
    return 0


def cmd_retract(args: argparse.Namespace) -> int:
    to = watchlists.target(args.target)
    _write(args, lambda c, me, w: watchlists.retract(c, w, to, me))
    print(
        translate(
            "Cli", "{target} is off '{list}' here, and wherever your next bundle is merged."
        ).format(target=to, list=args.list)
    )
    return 0


def cmd_subscribe(args: argparse.Namespace) -> int:
    def follow(c: Any, me: Any, w: WatchList) -> list[Entry]:
        watchlists.subscribe(c, w, me)
        return watchlists.entries(c, w)

    entries = _write(args, follow)
    print(
        Cli.tr("You follow '{list}': %n entries are in force here now.", "", len(entries)).replace(
            "{list}", args.list
        )
    )
    for e in entries:
        print(f"  {_entry_line(e)}")
    return 0


def cmd_unsubscribe(args: argparse.Namespace) -> int:
    _write(args, lambda c, me, w: watchlists.unsubscribe(c, w, me))
    print(translate("Cli", "You no longer follow '{list}'.").format(list=args.list))
    return 0


def cmd_override(args: argparse.Namespace) -> int:
    to = watchlists.target(args.target)
    instead = None if args.clear else args.instead
    _write(args, lambda c, me, w: watchlists.override(c, w, to, instead, me, reason=args.reason))
    print(
        translate("Cli", "{target} on '{list}': as the list says, here too.").format(
            target=to, list=args.list
        )
        if instead is None
        else translate("Cli", "{target} on '{list}': {override} here.").format(
            target=to, list=args.list, override=instead
        )
    )
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    me = settings.load().author()
    with open_store(db_path(args)) as store, store.read() as connection:
        entries = watchlists.entries(connection, watchlists.find(connection, me, args.list))
    written = watchlists_csv.write_csv(Path(args.out), entries)
    print(
        Cli.tr("Wrote %n domains to {path}.", "", written.written).replace(
            "{path}", str(written.path)
        )
    )
    if written.left_out:
        print(
            Cli.tr( "%n trusted domains left out: Mastodon's blocks have no such severity.", "",
                written.left_out,
            )
        )  # fmt: skip
    return 0


def _carry(store: Store, planned: Plan, dry_run: bool) -> None:
    print(
        Cli.tr("'{list}': %n changes", "", len(planned.changes)).replace(
            "{list}", planned.watchlist.name
        )
        + Cli.tr(", %n unchanged", "", planned.unchanged)
    )
    print_changes(planned.changes)
    if dry_run:
        print(translate("Cli", "Dry run: nothing was written."))
    elif planned.changes:
        with writing(store) as connection:
            carry_out(connection, planned, settings.load().author())
        print(translate("Cli", "Done."))


def cmd_import_csv(args: argparse.Namespace) -> int:
    me = settings.load().author()
    wanted = watchlists_csv.read_csv(Path(args.file))
    with open_store(db_path(args)) as store:
        with store.read() as connection:
            found = watchlists.find(connection, me, args.list)
            planned = plan(connection, found, wanted, lambda e: e.target.is_domain)
        _carry(store, planned, args.dry_run)
    return 0


def _secrets() -> Any:
    from workbench.services.live.secrets import Secrets

    return Secrets()


def cmd_publish(args: argparse.Namespace) -> int:
    import httpx

    from workbench.services.team import policy_rooms

    me = settings.load().author()
    with open_store(db_path(args)) as store:

        async def run() -> Any:
            async with httpx.AsyncClient() as client:
                return await policy_rooms.publish(
                    store, args.list, me, args.account, args.room, _secrets(), client
                )

        published, chosen = asyncio.run(run())
    print(
        translate(
            "Cli", "{room}: {set} rules sent, {retracted} retracted, {unchanged} unchanged."
        ).format(
            room=published.room_id,
            set=published.set,
            retracted=published.retracted,
            unchanged=published.unchanged,
        )
    )
    if chosen.left_out:
        print(Cli.tr("%n bans of members on other networks left out.", "", chosen.left_out))
    return 0


def cmd_read_room(args: argparse.Namespace) -> int:
    import httpx

    from workbench.services.team import policy_rooms

    me = settings.load().author()
    with open_store(db_path(args)) as store:

        async def run() -> Any:
            async with httpx.AsyncClient() as client:
                return await policy_rooms.read_room(
                    store, args.list, me, args.account, args.room, _secrets(), client
                )

        found = asyncio.run(run())
        if found.skipped:
            print(
                translate("Cli", "Left as they are (globs, other recommendations): {rules}").format(
                    rules=", ".join(found.skipped)
                )
            )
        _carry(store, found.plan, args.dry_run)
    return 0


def _list_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("list", metavar="LIST", help=translate("Cli", "the list's name or uid"))


def _target_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target",
        metavar="TARGET",
        help=translate("Cli", "a member as network:id (matrix:@eve:example.org), or a domain"),
    )


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def add_commands(commands: Commands) -> None:
    group = add_group(
        commands,
        "watchlist",
        translate("Cli", "The team's watch lists: members and domains to watch, mute, ban, trust."),
    )
    created = add_command(group, "create", cmd_create, translate("Cli", "Make a watch list."))
    created.add_argument("name", metavar="NAME")
    added = add_command(group, "add", cmd_add, translate("Cli", "Add or change an entry."))
    _list_argument(added)
    _target_argument(added)
    added.add_argument(
        "--recommend", choices=watchlists.RECOMMENDATIONS, default="watch",
        help=translate("Cli", "what the list recommends (default: watch)"),
    )  # fmt: skip
    added.add_argument("--reason", default="", help=translate("Cli", "why, for the team"))
    added.add_argument(
        "--expires", metavar="WHEN", help=translate("Cli", "a duration (30d) or a day")
    )
    retracted = add_command(
        group, "retract", cmd_retract, translate("Cli", "Take an entry off a list.")
    )
    _list_argument(retracted)
    _target_argument(retracted)
    listed = add_command(group, "list", cmd_list, translate("Cli", "The watch lists here."))
    _json(listed)
    shown = add_command(group, "show", cmd_show, translate("Cli", "A list's entries in force."))
    _list_argument(shown)
    _json(shown)
    followed = add_command(
        group, "subscribe", cmd_subscribe, translate("Cli", "Follow a teammate's list.")
    )
    _list_argument(followed)
    unfollowed = add_command(
        group, "unsubscribe", cmd_unsubscribe, translate("Cli", "Stop following a list.")
    )
    _list_argument(unfollowed)
    overridden = add_command(
        group, "override", cmd_override, translate("Cli", "Decide otherwise here for one entry.")
    )
    _list_argument(overridden)
    _target_argument(overridden)
    choice = overridden.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--as", dest="instead", choices=watchlists.OVERRIDES,
        help=translate("Cli", "what holds here instead (ignore: nothing)"),
    )  # fmt: skip
    choice.add_argument(
        "--clear", action="store_true", help=translate("Cli", "as the list says again")
    )
    overridden.add_argument("--reason", default="", help=translate("Cli", "why, for yourself"))
    exported = add_command(
        group, "export-csv", cmd_export_csv,
        translate("Cli", "Write a list's domains as Mastodon's domain-block CSV."),
    )  # fmt: skip
    _list_argument(exported)
    exported.add_argument("out", metavar="OUT.csv")
    imported = add_command(
        group, "import-csv", cmd_import_csv,
        translate("Cli", "Make a list's domains those of a Mastodon domain-block CSV."),
    )  # fmt: skip
    _list_argument(imported)
    imported.add_argument("file", metavar="FILE.csv")
    for parser in (imported,):
        parser.add_argument(
            "--dry-run", action="store_true", help=translate("Cli", "only show what it changes")
        )
    published = add_command(
        group, "publish", cmd_publish,
        translate("Cli", "Publish a list's bans as Matrix policy rules in a room."),
    )  # fmt: skip
    read = add_command(
        group, "read-room", cmd_read_room,
        translate("Cli", "Make a list's Matrix bans those of a policy room."),
    )  # fmt: skip
    for parser in (published, read):
        _list_argument(parser)
        parser.add_argument(
            "--account", required=True, help=translate("Cli", "the Matrix account to use")
        )
        parser.add_argument(
            "--room", required=True, help=translate("Cli", "the policy room (!id or #alias)")
        )
    read.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "only show what it changes")
    )

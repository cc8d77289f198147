"""`workbench incident …`: open, fill, annotate and close incidents from a terminal."""

import argparse
from typing import Any

from workbench.cli.common import (
    Commands,
    Handler,
    add_command,
    add_group,
    count,
    db_path,
    moment,
    print_json,
    writing,
)
from workbench.core import clock, settings
from workbench.core.i18n import translate
from workbench.core.incidents import cases
from workbench.core.members import profile
from workbench.core.store import open_store


def cmd_open(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        event = cases.open_incident(connection, args.title, author, args.summary or "")
    print(translate("Cli", "Opened incident {id}.").format(id=event.id))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(db_path(args), create=False) as store, store.read() as connection:
        rows = cases.list_incidents(connection, args.status)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "status": r.status,
                    "opened_by": r.opened_by,
                    "opened": clock.to_iso(r.created_at),
                    "updated": clock.to_iso(r.updated_at),
                    "members": r.members,
                    "items": r.items,
                    "interventions": r.interventions,
                    "networks": r.networks,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        where = ", ".join(r.networks) or translate("Cli", "no network yet")
        held = translate("Cli", "{members} members, {items} items; {networks}").format(
            members=count(r.members), items=count(r.items), networks=where
        )
        print(f"{r.id}  [{r.status}] {r.title}  ({held})")
    if not rows:
        print(translate("Cli", "No incidents."))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        incident_id = cases.find(connection, args.incident)
        members = [profile.find_member(connection, key) for key in args.member or []]
        cases.link(
            connection,
            incident_id,
            author,
            members=members,
            items=args.item or [],
            interventions=args.intervention or [],
        )
    print(translate("Cli", "Filed in the incident."))
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        cases.note(connection, cases.find(connection, args.incident), args.text, author)
    print(translate("Cli", "Note saved."))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        incident_id = cases.find(connection, args.incident)
        cases.set_status(connection, incident_id, args.status, author)
    print(translate("Cli", "The incident is {status}.").format(status=args.status))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(db_path(args), create=False) as store, store.read() as connection:
        incident_id = cases.find(connection, args.incident)
        row = cases.get(connection, incident_id)
        entries = cases.timeline(connection, incident_id)
        members = cases.members_of(connection, incident_id)
    shown: dict[str, Any] = {
        "id": row.id,
        "title": row.title,
        "summary": row.summary,
        "status": row.status,
        "members": [f"{network}:{handle}" for _, network, handle in members],
        "timeline": [
            {
                "time": clock.to_iso(e.at),
                "kind": e.kind,
                "network": e.network,
                "who": e.who,
                "summary": e.summary,
            }
            for e in entries
        ],
    }
    if args.json:
        print_json(shown)
        return 0
    print(f"{row.title} [{row.status}]")
    if row.summary:
        print(f"  {row.summary}")
    members_line = translate("Cli", "members: {members}")
    print(
        "  "
        + members_line.format(members=", ".join(shown["members"]) or translate("Cli", "none yet"))
    )
    for e in entries:
        where = f" {e.network}" if e.network else ""
        print(f"  {moment(e.at)}  {e.kind:<12}{where} {e.who}: {e.summary}")
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(
        commands, "incident", translate("Cli", "Case files that follow one situation.")
    )

    def sub(name: str, handler: Handler, text: str, *, key: bool = True) -> argparse.ArgumentParser:
        parser = add_command(subs, name, handler, text)
        if key:
            parser.add_argument(
                "incident", metavar="INCIDENT", help=translate("Cli", "id, start of id, or title")
            )
        return parser

    opened = sub("open", cmd_open, translate("Cli", "Open an incident."), key=False)
    opened.add_argument("title")
    opened.add_argument("--summary", metavar="S")
    listed = sub("list", cmd_list, translate("Cli", "List incidents, open ones first."), key=False)
    listed.add_argument("--status", choices=cases.INCIDENT_STATUSES)
    listed.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
    added = sub(
        "add", cmd_add, translate("Cli", "File members, items or interventions in an incident.")
    )
    added.add_argument("--member", action="append", metavar="ID|HANDLE")
    added.add_argument("--item", action="append", type=int, metavar="ITEM_ID")
    added.add_argument("--intervention", action="append", metavar="INTERVENTION_ID")
    noted = sub("note", cmd_note, translate("Cli", "Add a note to an incident."))
    noted.add_argument("text")
    status = sub("status", cmd_status, translate("Cli", "Set an incident's status."))
    status.add_argument("status", choices=cases.INCIDENT_STATUSES)
    shown = sub("show", cmd_show, translate("Cli", "An incident's members and timeline."))
    shown.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )

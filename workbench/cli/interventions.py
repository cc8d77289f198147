"""`workbench intervene`, `followups`, `observe`, `correct`, `ladder` and `report`: what the
team does about members, and whether it helped."""

import argparse
import sys
from typing import Any

from workbench.cli.common import (
    Cli,
    Commands,
    add_command,
    count,
    db_path,
    duration,
    moment,
    print_json,
    share,
    signed,
    writing,
)
from workbench.core import clock, settings
from workbench.core.errors import WorkbenchError
from workbench.core.events.projections import OUTCOMES
from workbench.core.i18n import translate
from workbench.core.interventions import logbook
from workbench.core.store import open_store
from workbench.core.team import vocabulary


def kind_help() -> str:
    """The kinds to choose from, in --help (translated once the language is chosen)."""
    names = ", ".join(t.name for t in vocabulary.INTERVENTION_KINDS)
    return translate(
        "Cli", "{kinds}, or one the team added (workbench vocabulary list kinds)"
    ).format(kinds=names)


def cmd_intervene(args: argparse.Namespace) -> int:
    from workbench.core.members import profile

    author = settings.load().author()
    now = clock.now()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        member_ids = [profile.find_member(connection, key) for key in args.member]
        follow_up = (
            now + duration(args.follow_up)
            if args.follow_up
            else vocabulary.follow_up(connection, args.kind, now)
        )
        try:
            event = logbook.log(
                connection,
                args.kind,
                args.channel or logbook.default_channel(args.kind),
                logbook.Targets(members=member_ids),
                author,
                message=args.text or "",
                rationale=args.why or "",
                follow_up_at=follow_up,
                tags=args.tag or [],
                confirmed=args.confirm_memorialized,
            )
        except logbook.NeedsConfirmation as exc:
            confirm = translate("Cli", "{problem} (add --confirm-memorialized)")
            raise WorkbenchError(confirm.format(problem=exc)) from None
    shown = {
        "id": event.id,
        "kind": event.payload["kind"],
        "follow_up": follow_up and clock.to_iso(follow_up),
    }
    if args.json:
        print_json(shown)
    else:
        when = moment(follow_up) if follow_up else translate("Cli", "when you like")
        logged = translate("Cli", "Logged {kind} ({id}); look again {when}.")
        print(logged.format(kind=args.kind, id=event.id, when=when))
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    from workbench.core.interventions import followups

    now = clock.now()
    until = now if args.due else now + 14 * 86_400
    with open_store(db_path(args), create=False) as store, store.read() as connection:
        due = followups.open_follow_ups(connection, until)
    listed: list[dict[str, Any]] = [
        {
            "intervention": f.intervention_id,
            "kind": f.kind,
            "due": clock.to_iso(f.follow_up_at),
            "overdue": f.follow_up_at < now,
            "about": f.targets,
            "by": f.author_name,
            "message": f.message,
        }
        for f in due
    ]
    if args.json:
        print_json(listed)
        return 0
    for entry, follow_up in zip(listed, due, strict=True):
        late = " " + translate("Cli", "(overdue)") if entry["overdue"] else ""
        by = translate("Cli", "by {manager}").format(manager=entry["by"])
        about = ", ".join(entry["about"])
        print(f"{moment(follow_up.follow_up_at)}{late}  {entry['kind']}  {about}  {by}")
        print(f"    {entry['intervention']}")
    if not listed:
        print(translate("Cli", "No follow-ups due."))
    return 0


def cmd_observe(args: argparse.Namespace) -> int:
    from workbench.core.interventions import effect, followups

    author = settings.load().author()
    next_at = clock.now() + duration(args.again) if args.again else None
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        measured = effect.measure(connection, args.intervention, days=args.days)
        followups.observe(
            connection,
            args.intervention,
            args.outcome,
            args.text or "",
            author,
            next_follow_up_at=next_at,
            metrics=measured.to_json(),
        )
    before, after = measured.before, measured.after
    recorded = Cli.tr(
        "Observation recorded. Items {items_before} → {items_after}, replies {replies_before} → "
        "{replies_after}, flagged {flagged_before} → {flagged_after} (%n days before and after).",
        "",
        args.days,
    )
    print(
        recorded.format(
            items_before=count(before.items),
            items_after=count(after.items),
            replies_before=count(before.replies_received),
            replies_after=count(after.replies_received),
            flagged_before=count(before.flagged),
            flagged_after=count(after.flagged),
        )
    )
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {
        field: value
        for field, value in (
            ("kind", args.kind),
            ("channel", args.channel),
            ("message", args.text),
            ("rationale", args.why),
        )
        if value is not None
    }
    if args.tag is not None:
        changes["tags"] = args.tag
    if args.no_follow_up:
        changes["follow_up_at"] = None
    elif args.follow_up:
        changes["follow_up_at"] = clock.now() + duration(args.follow_up)
    if not changes:
        raise WorkbenchError(
            translate(
                "Cli", "Nothing to correct: give --kind, --channel, --text, --why, --tag or a date."
            )
        )
    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        logbook.edit(connection, args.intervention, changes, author)
    corrected = translate("Cli", "Corrected {fields}; the log keeps the first record too.")
    print(corrected.format(fields=", ".join(changes)))
    return 0


def cmd_ladder(args: argparse.Namespace) -> int:
    from workbench.core.interventions import enforcement

    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        ladder = enforcement.ladder(connection)
        if args.steps or args.expiry:
            ladder = enforcement.check_ladder(
                connection,
                args.steps.split(",") if args.steps else list(ladder.steps),
                duration(args.expiry) // 86_400 if args.expiry else ladder.expiry_days,
            )
            enforcement.save_ladder(connection, ladder, settings.load().author())
    expire = Cli.tr("strikes expire after %n day(s).", "", ladder.expiry_days)
    print(f"{' → '.join(ladder.steps)}; {expire}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from workbench.core.interventions import report

    with open_store(db_path(args), create=False) as store, store.read() as connection:
        rows = report.effectiveness(connection, author=args.author, days=args.days)
    if args.json:
        print_json(report.to_json(rows))
    elif args.csv:
        sys.stdout.write(report.to_csv(rows))
    else:
        for row in rows:
            shares = ", ".join(f"{k} {share(v)}" for k, v in row.outcomes.items())
            measured = translate(
                "Cli", "activity {activity}  flagged {flagged}  repeats {repeats}"
            ).format(
                activity=signed(row.median_activity_change),
                flagged=signed(row.median_flagged_change),
                repeats=share(row.repeat_rate),
            )
            print(f"{row.kind:<24} {count(row.count):>5}  {measured}  ({shares})")
    return 0


def add_commands(commands: Commands) -> None:
    intervene = add_command(
        commands, "intervene", cmd_intervene, translate("Cli", "Log an intervention on members.")
    )
    intervene.add_argument("--member", action="append", required=True, metavar="ID|HANDLE")
    intervene.add_argument("--kind", required=True, metavar="KIND", help=kind_help())
    intervene.add_argument(
        "--channel", choices=logbook.CHANNELS, help=translate("Cli", "default: what fits the kind")
    )
    intervene.add_argument("--text", metavar="T", help=translate("Cli", "the message sent"))
    intervene.add_argument("--why", metavar="W", help=translate("Cli", "the reason, for the log"))
    intervene.add_argument(
        "--follow-up", metavar="7d", help=translate("Cli", "when to look again (default by kind)")
    )
    intervene.add_argument(
        "--tag", action="append", metavar="T", help=translate("Cli", "a label; repeat for more")
    )
    intervene.add_argument("--confirm-memorialized", action="store_true", help=argparse.SUPPRESS)
    intervene.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    follow = add_command(
        commands,
        "followups",
        cmd_followups,
        translate("Cli", "Follow-ups due now and in the next two weeks."),
    )
    follow.add_argument(
        "--due", action="store_true", help=translate("Cli", "only those due now or overdue")
    )
    follow.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
    observe = add_command(
        commands,
        "observe",
        cmd_observe,
        translate("Cli", "Record what happened after an intervention."),
    )
    observe.add_argument("intervention", metavar="INTERVENTION_ID")
    observe.add_argument("--outcome", required=True, choices=OUTCOMES)
    observe.add_argument("--text", metavar="T")
    observe.add_argument(
        "--again", metavar="7d", help=translate("Cli", "look again after this long")
    )
    observe.add_argument(
        "--days", type=int, default=14, help=translate("Cli", "measured window before and after")
    )
    correct = add_command(
        commands,
        "correct",
        cmd_correct,
        translate("Cli", "Correct a logged intervention (the log keeps both)."),
    )
    correct.add_argument("intervention", metavar="INTERVENTION_ID")
    correct.add_argument("--kind", metavar="KIND", help=kind_help())
    correct.add_argument("--channel", choices=logbook.CHANNELS)
    correct.add_argument("--text", metavar="T", help=translate("Cli", "the message sent"))
    correct.add_argument("--why", metavar="W", help=translate("Cli", "the reason, for the log"))
    correct.add_argument(
        "--tag", action="append", metavar="T", help=translate("Cli", "the labels, all of them")
    )
    dates = correct.add_mutually_exclusive_group()
    dates.add_argument(
        "--follow-up", metavar="7d", help=translate("Cli", "look again this long from now")
    )
    dates.add_argument("--no-follow-up", action="store_true", help=translate("Cli", "no follow-up"))
    ladder = add_command(
        commands,
        "ladder",
        cmd_ladder,
        translate("Cli", "Show or set the team's enforcement ladder."),
    )
    ladder.add_argument(
        "--steps", metavar="K,K,…", help=translate("Cli", "kinds, the first for no strike")
    )
    ladder.add_argument(
        "--expiry", metavar="180d", help=translate("Cli", "how long a strike counts")
    )
    report = add_command(
        commands, "report", cmd_report, translate("Cli", "Reports over the intervention log.")
    )
    report.add_argument("name", choices=("effectiveness",))
    report.add_argument(
        "--author", metavar="NAME", help=translate("Cli", "only this manager's interventions")
    )
    report.add_argument(
        "--days", type=int, default=14, help=translate("Cli", "measured window before and after")
    )
    shape = report.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON array"))
    shape.add_argument("--csv", action="store_true", help=translate("Cli", "print CSV"))

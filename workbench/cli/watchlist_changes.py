"""What a bundle, a CSV or a policy room changes in watch lists, as the CLI prints it (apart
from `workbench watchlist`, so that `workbench log import` shows it too)."""

from typing import Any

from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team.bundles.merge import Preview
from workbench.core.team.watchlists_changes import Change, in_merge


def in_bundle(store: Store, seen: Preview, me: Author) -> tuple[Change, ...]:
    """The bans and retractions a bundle brings to the lists in force here."""
    with store.read() as connection:
        return in_merge(connection, seen.new_events, me)


def as_json(changes: tuple[Change, ...]) -> list[dict[str, Any]]:
    return [
        {
            "list": c.list_name,
            "target": str(c.target),
            "change": c.what,
            "before": c.before,
            "after": c.after,
            "override": c.override,
        }
        for c in changes
    ]


def print_changes(changes: tuple[Change, ...], indent: str = "  ") -> None:
    """What a plan, a bundle or a room changes in watch lists, one line each."""
    for change in changes:
        if change.what == "added":
            line = translate("Cli", "+ {target}: {after}")
        elif change.what == "retracted":
            line = translate("Cli", "- {target}: {before} retracted")
        else:
            line = translate("Cli", "~ {target}: {before} → {after}")
        text = line.format(
            target=change.label if change.label == str(change.target) else
            f"{change.label} ({change.target})",
            before=change.before,
            after=change.after,
        )  # fmt: skip
        if change.override:
            text += " " + translate("Cli", "(you override it: {override})").format(
                override=change.override
            )
        print(f"{indent}{change.list_name}: {text}")

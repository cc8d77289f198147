"""Sharing the log: a bundle written with the manager's key, a bundle read and merged with it.

The window and the CLI both come here, so that the key in the keyring, the trust in the store
and the bundle's format meet in one place.
"""

from pathlib import Path

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team.bundles import writer
from workbench.core.team.bundles.merge import Merged, Preview, merge, preview
from workbench.core.team.bundles.reader import Bundle, read_bundle
from workbench.core.team.bundles.writer import Selection, Written, write_bundle
from workbench.core.team.watchlists_changes import Change, in_merge
from workbench.services.live.secrets import Secrets
from workbench.services.team.identity import own_fingerprint, own_key, pseudonyms


def share(
    store: Store,
    path: Path,
    author: Author,
    selection: Selection,
    secrets: Secrets | None = None,
    *,
    pseudonymize: bool = False,
) -> Written:
    """Write the selected events to ``path``, signed with the manager's key (made if new);
    with ``pseudonymize``, members, posts and texts as the team secret's keyed hashes."""
    key = own_key(author, secrets)
    keyed = None
    if pseudonymize:
        keyed = pseudonyms(secrets)
        if keyed is None:
            raise WorkbenchError(
                translate(
                    "Team",
                    "A pseudonymized bundle needs the team's secret: make one with "
                    "'workbench team secret --new' and give it to your teammates, or keep "
                    "theirs with 'workbench team secret --set'.",
                )
            )
    with store.read() as connection:
        return write_bundle(connection, path, key, author, selection, keyed)


def look_at(store: Store, path: Path, author: Author, secrets: Secrets | None = None) -> Preview:
    """The bundle at ``path`` checked through, and what merging it would change."""
    bundle = read_bundle(path)
    with store.read() as connection:
        return preview(
            connection,
            bundle,
            own_fingerprint=own_fingerprint(author, secrets),
            pseudonyms=pseudonyms(secrets),
        )


def merge_into(
    connection: Connection,
    bundle: Bundle,
    author: Author,
    secrets: Secrets | None = None,
    *,
    erase_too: bool = False,
) -> Merged:
    """Merge ``bundle`` in the caller's write transaction; with ``erase_too``, the members
    teammates erased are erased here too."""
    return merge(
        connection,
        bundle,
        author,
        own_fingerprint=own_fingerprint(author, secrets),
        erase_too=erase_too,
        pseudonyms=pseudonyms(secrets),
    )


def choices(store: Store) -> tuple[list[str], list[str]]:
    """The managers and sources a bundle can be narrowed to."""
    with store.read() as connection:
        return writer.choices(connection)


def watch_list_changes(store: Store, seen: Preview, author: Author) -> tuple[Change, ...]:
    """What the bundle's new events change in the watch lists in force here (bans added,
    entries retracted), to show before the merge carries them out."""
    with store.read() as connection:
        return in_merge(connection, seen.new_events, author)

"""An item as the detail pane shows it, made ready off the UI thread.

Sanitizing a post of megabytes, marking what a search found in it and laying it out cost
seconds (a 5 MB post: 0.2 s to sanitize, 2.5 s to mark, 1.5 s for Qt to lay out), so the pane
is given the post's first ``SHOWN`` characters, already safe and marked, and says that there is
more; the manager can ask for the whole post.
"""

import re
from dataclasses import dataclass
from html import escape, unescape

from workbench.core.events import eventlog, signatures, verdicts
from workbench.core.events.signatures import Verdict
from workbench.core.live import accounts, pushes
from workbench.core.live.accounts import Account
from workbench.core.live.pushes import PushOrder
from workbench.core.queue import highlight, items, listing
from workbench.core.queue.items import HistoryEntry, ItemView
from workbench.core.safe_html import sanitize, text_to_html
from workbench.core.settings import Author
from workbench.core.store import Connection

SHOWN = 100_000
"""Characters of a post shown at first: more than any real post, a few milliseconds to lay out."""
_TAG = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True, slots=True)
class Reading:
    view: ItemView
    reasons: list[tuple[str, str]]
    history: list[HistoryEntry]
    title: str
    """Safe markup of the title, with the hits marked."""
    body: str
    """Safe markup of the post (or of its first ``SHOWN`` characters), with the hits marked."""
    length: int
    """Characters in the whole post, to say how much more there is when it is cut."""
    cut: bool
    push: PushOrder | None = None
    """The latest push of the item to its live account's platform, if any."""
    account: Account | None = None
    """The live account the item came from: replies and actions on its author go there."""
    verdicts: dict[str, Verdict] | None = None
    """On a team store: the signature verdict of each history entry's event, by its id."""


def reading(
    connection: Connection,
    item_id: int,
    *,
    search: str = "",
    mark: str = "<mark>{}</mark>",
    whole: bool = False,
    context: bool = True,
    reader: Author | None = None,
) -> Reading:
    """The item ready to show: ``mark`` wraps each hit of ``search``; ``whole`` shows all of a
    long post; without ``context`` the reasons and history are left out (a window of its own
    opened from a timeline shows the post, not the queue's view of it). On a team store the
    history's signatures are checked, the ``reader``'s own key trusted."""
    view = items.item_view(connection, item_id)
    source = view.body_html or view.body
    cut = not whole and len(source) > SHOWN
    shown = source[:SHOWN] if cut else source
    body = sanitize(shown) if view.body_html else text_to_html(shown)
    history = items.history(connection, item_id) if context else []
    return Reading(
        view=view,
        reasons=listing.reason_details(connection, item_id) if context else [],
        history=history,
        title=marked_hits(escape(view.title), search, mark) if view.title else "",
        body=marked_hits(body, search, mark),
        length=len(source),
        cut=cut,
        push=pushes.of_items(connection, [item_id]).get(item_id),
        account=accounts.of_item(connection, item_id),
        verdicts=_verdicts(connection, history, reader),
    )


def _verdicts(
    connection: Connection, history: list[HistoryEntry], reader: Author | None
) -> dict[str, Verdict] | None:
    """The history's events checked, where the store signs them (a team store's)."""
    if connection.dialect.name not in signatures.SIGNING_DIALECTS or not history:
        return None
    key = None if reader is None else signatures.key_for(connection.dialect.name, reader)
    trusted = verdicts.trusted_in(connection, None if key is None else key.public.fingerprint)
    events = [e for entry in history if (e := eventlog.get(connection, entry.event_id))]
    return {i: checked.verdict for i, checked in verdicts.of(connection, events, trusted).items()}


def marked_hits(markup: str, search: str, mark: str) -> str:
    """Safe markup with what ``search`` finds wrapped in ``mark``, in each run of text between
    tags (the markup is the sanitizer's: tags and escaped text only). A phrase across tags is
    not marked."""
    if not search.strip():
        return markup
    parts = _TAG.split(markup)
    for n in range(0, len(parts), 2):  # the text between the tags
        text = unescape(parts[n])
        spans = highlight.search_spans(search, text)
        if spans:
            out, at = [], 0
            for span in spans:
                out.append(escape(text[at : span.start]))
                out.append(mark.format(escape(text[span.start : span.end])))
                at = span.end
            out.append(escape(text[at:]))
            parts[n] = "".join(out)
    return "".join(parts)

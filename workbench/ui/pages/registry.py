"""The window's pages by key, in the sidebar's order. A page's module is imported, and the page
built, when the window first shows it (the queue at start): the start waits for no other."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.ui.pages.base import Page

PAGES: dict[str, str] = {
    "queue": "workbench.ui.pages.queue_page:QueuePage",
    "members": "workbench.ui.pages.members_page:MembersPage",
    "interventions": "workbench.ui.pages.interventions_page:InterventionsPage",
    "followups": "workbench.ui.pages.followups_page:FollowUpsPage",
    "incidents": "workbench.ui.pages.incidents_page:IncidentsPage",
    "sources": "workbench.ui.pages.sources_page:SourcesPage",
    "pushes": "workbench.ui.pages.pushes_page:PushesPage",
    "watchlists": "workbench.ui.pages.watchlists_page:WatchlistsPage",
}
"""Each page's key (its class's ``key``) and where its class is, as module:name."""


def page_class(key: str) -> "type[Page]":
    """The class of the page ``key``, its module imported now if it was not yet."""
    module, name = PAGES[key].split(":")
    found: type[Page] = getattr(import_module(module), name)
    return found

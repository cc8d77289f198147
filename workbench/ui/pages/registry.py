"""The window's pages, in the order they are built; the main window names them by key."""

from workbench.ui.pages.base import Page
from workbench.ui.pages.followups_page import FollowUpsPage
from workbench.ui.pages.incidents_page import IncidentsPage
from workbench.ui.pages.interventions_page import InterventionsPage
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.pushes_page import PushesPage
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.pages.sources_page import SourcesPage
from workbench.ui.pages.watchlists_page import WatchlistsPage

PAGES: tuple[type[Page], ...] = (
    QueuePage,
    MembersPage,
    InterventionsPage,
    FollowUpsPage,
    IncidentsPage,
    SourcesPage,
    PushesPage,
    WatchlistsPage,
)

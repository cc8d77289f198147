"""Pages are built when first shown: the start builds the queue alone (issue 20, start-up)."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from workbench.core.settings import Settings
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.base import Page
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.registry import PAGES, page_class


def test_every_page_of_the_registry_is_a_page_of_its_key():
    for key in PAGES:
        found = page_class(key)
        assert issubclass(found, Page) and found.key == key


def test_the_window_builds_a_page_when_it_is_first_shown(window):
    assert set(window.pages) == {"queue"}
    assert window._welcome is None  # the store has items: the empty store's page is not built
    members_row = next(row for row, entry in enumerate(window.entries) if entry.page == "members")
    window.sidebar.setCurrentRow(members_row)
    members = window.stack.currentWidget()
    assert isinstance(members, MembersPage) and window.pages["members"] is members
    assert window.page(MembersPage) is members  # built once
    assert set(window.pages) == {"queue", "members"}


def test_every_page_is_reachable_from_the_sidebar(window):
    assert {entry.page for entry in window.entries} == set(PAGES)


def test_a_page_built_later_gets_the_splitter_sizes_it_was_left_with(qtbot, demo_store, tmp_path):
    kept = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo_store, Settings().with_identity("Mara Lindqvist"), kept)
    qtbot.addWidget(first)
    first.show()
    splitter = first.page(MembersPage).findChild(QSplitter)
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    left = splitter.sizes()
    first.close()
    second = MainWindow(demo_store, Settings().with_identity("Mara Lindqvist"), kept)
    qtbot.addWidget(second)
    second.show()
    assert "members" not in second.pages
    again = second.page(MembersPage).findChild(QSplitter)
    assert again is not None and again.sizes() == left

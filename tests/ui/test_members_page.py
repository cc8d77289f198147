"""The members list as a manager reads it: sanctions stand out, every column fits."""

from PySide6.QtWidgets import QHeaderView

from tests.conftest import AUTHOR
from workbench.ui import colours
from workbench.ui.pages.members_page import STATUS_MARKS, MembersPage


def test_banned_and_muted_members_stand_out_and_the_departed_are_set_quietly(
    qtbot, demo_store, tasks_for
):
    page = MembersPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    marks = {
        status: (colours.muted() if tone is None else colours.tone(tone)).name()
        for status, (tone, _bold) in STATUS_MARKS.items()
    }
    for status in ("banned", "muted", "memorialized", "active"):
        page.status.setCurrentIndex(page.status.findData(status))
        row = page.list.topLevelItem(0)
        assert row is not None, status
        colour = row.foreground(3).color().name()
        if status == "active":
            assert not row.font(3).bold() and colour not in marks.values()
        else:
            assert colour == marks[status]
            assert row.font(3).bold() == (status in ("banned", "muted"))
            assert row.font(0).italic() == (status == "memorialized")


def test_the_short_columns_fit_their_text(qtbot, demo_store, tasks_for):
    page = MembersPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    header = page.list.header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert all(
        header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        for column in range(2, page.list.columnCount())
    )

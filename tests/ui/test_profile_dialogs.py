"""The profile's questions: erasing asks with the safe answer as the default, and the status
prompt says what each status does."""

from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.conftest import AUTHOR
from workbench.core.members import roster
from workbench.ui import labels
from workbench.ui.pages.members_page import MembersPage


def _profile(qtbot, store, tasks_for):
    page = MembersPage(store, AUTHOR, tasks_for(store))
    qtbot.addWidget(page)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    return page.profile


def test_the_first_erase_question_defaults_to_no(qtbot, demo_store, tasks_for, monkeypatch):
    profile = _profile(qtbot, demo_store, tasks_for)
    asked = []

    def warning(parent, title, text, buttons, default):
        asked.append((buttons, default))
        return default  # a hurried Enter

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append("typed"))
    profile.erase_member()
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    assert asked == [(yes | no, no)]  # and nothing more was asked


def test_the_status_prompt_says_what_each_status_does(qtbot, demo_store, tasks_for, monkeypatch):
    profile = _profile(qtbot, demo_store, tasks_for)
    prompts = []

    def get_item(parent, title, label, items, current, editable):
        prompts.append(label)
        return items[current], False

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    profile.change_status()
    names, meanings = labels.member_statuses(), profile.status_meanings()
    assert set(meanings) == set(roster.STATUSES)
    for status in roster.STATUSES:
        assert f"{names[status]}: {meanings[status]}" in prompts[0]
    assert "higher up in the queue" in meanings["watch"]
    assert "rules no longer queue their items" in meanings["memorialized"]


def test_erasing_asks_whether_the_name_leaves_others_posts_too(
    qtbot, store, tasks_for, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    from sqlalchemy import text

    from tests.core.test_erase_mentions import _community
    from workbench.ui.pages.members_page import MembersPage

    ids = _community(store)
    tasks = tasks_for(store)
    page = MembersPage(store, AUTHOR, tasks)
    qtbot.addWidget(page)
    page.show_member(ids["evegee"])
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("evegee", True))

    def question(_parent, _title, said, *_args):
        asked.append(said)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.profile.erase_member()
    tasks.wait_idle()
    assert "1 post(s) by other members and 1 of your team's texts" in asked[0]
    with store.read() as connection:
        body = connection.execute(text("SELECT body FROM items WHERE external_id = 'm2'")).scalar()
    assert "Eve Guest" not in body and "[erased]" in body

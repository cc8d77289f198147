"""Everything by keyboard: each action of the menus has a key or a way through the menus, Help →
Keyboard shortcuts lists every key the window has, Tab reaches every control of every page, and
the custom widgets and charts carry names for screen readers."""

from collections import Counter

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workbench.ui.dialogs.shortcuts_dialog import NATIVE, mnemonic, plain
from workbench.ui.pages.queue_page import QueuePage


def _menus(window) -> list[tuple[str, QMenu]]:
    return [
        (top.text(), top.menu()) for top in window.menuBar().actions() if top.menu() is not None
    ]


def test_every_menu_and_its_actions_are_reachable_by_keyboard(window):
    tops = [mnemonic(text) for text, _ in _menus(window)]
    assert None not in tops and len(set(tops)) == len(tops), tops
    for title, menu in _menus(window):
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            letter = mnemonic(action.text())
            assert not action.shortcut().isEmpty() or letter, f"{title} → {action.text()}"
            if letter:
                letters.append(letter)
        twice = [letter for letter, n in Counter(letters).items() if n > 1]
        assert not twice, f"{title}: {twice} twice"


def test_the_shortcuts_dialog_lists_every_key_of_the_window(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {(text, keys) for _group, text, keys in dialog.rows()}
    keyed = [
        action
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and action.text()
    ]
    assert len(keyed) > 30
    for action in keyed:
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
        assert (plain(action.text()), keys) in listed, action.text()
    for shortcut in window.findChildren(QShortcut):  # the watch lists' buttons' keys
        keys = shortcut.key().toString(NATIVE)
        assert any(k == keys for _, k in listed), keys
    assert ("Go to Members", QKeySequence("Ctrl+2").toString(NATIVE)) in listed
    # An action without a key of its own is listed with its way through the menus.
    assert ("Back up database…", "Alt+F, B") in listed
    dialog.filter.setText("approve")
    assert [(g, t) for g, t, _ in dialog.rows()] == [("Queue", "Approve")]


def test_f1_and_a_question_mark_open_the_shortcuts_but_a_text_field_keeps_its_question(
    window, qtbot
):
    window.activateWindow()
    queue = window.page(QueuePage)
    queue.view.setFocus()
    qtbot.keyClick(queue.view, "?")
    qtbot.waitUntil(lambda: _shortcuts_dialog() is not None)
    _shortcuts_dialog().close()
    qtbot.waitUntil(lambda: _shortcuts_dialog() is None)
    queue.search.setFocus()
    qtbot.keyClicks(queue.search, "?")
    assert queue.search.text() == "?" and _shortcuts_dialog() is None
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _shortcuts_dialog() is not None)
    _shortcuts_dialog().close()


def _shortcuts_dialog() -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog"]
    return next((w for w in found if w.isVisible()), None)


def test_tab_reaches_every_control_of_every_page(window, qtbot):
    for row, entry in enumerate(window.entries):
        if entry.view is not None:
            continue
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        window.sidebar.setFocus()
        for _ in range(len(page.findChildren(QWidget))):  # a first round shows what focus loads
            window.focusNextChild()
        wanted = {
            w
            for w in page.findChildren(QWidget)
            if w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        }
        reached: set[QWidget] = set()
        for _ in range(2 * len(wanted) + 4):
            window.focusNextChild()
            if (focus := QApplication.focusWidget()) is not None:
                reached.add(focus)
        missing = sorted(w.objectName() or type(w).__name__ for w in wanted - reached)
        assert not missing, f"{entry.title}: Tab never reaches {missing}"


def test_charts_and_custom_widgets_have_accessible_names(window):
    window.open_member(1)
    for row in range(len(window.entries)):
        window.sidebar.setCurrentRow(row)
    views = window.findChildren(QChartView)
    assert len(views) >= 2  # the profile's and the effectiveness report's
    for widget in [*views, window.sidebar, window.page(QueuePage).detail]:
        assert widget.accessibleName(), widget.objectName()
    profile_chart = window.findChild(QChartView, "activityChart")
    assert "interventions" in profile_chart.accessibleDescription()  # what the bars say

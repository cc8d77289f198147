"""The user guide's screenshots, taken from the real window on the demo community.

    .venv/bin/python docs/screenshots.py            # docs/images/*.png, as README shows
    .venv/bin/python docs/screenshots.py --theme dark --out /tmp/dark    # a palette to check

Deterministic: the demo is built for a fixed day and the clock is held on it, times are shown
in UTC, the window has a fixed size and the offscreen platform draws it, so only a change to
the window changes the pictures. They are saved with a palette of at most 256 colours (a user
interface has few), which keeps the four at a few hundred KB in all.
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "UTC"
time.tzset()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from workbench.core import clock  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import open_store  # noqa: E402
from workbench.services import demo  # noqa: E402
from workbench.ui.app import install_translations  # noqa: E402
from workbench.ui.main_window import MainWindow  # noqa: E402
from workbench.ui.pages.interventions_page import InterventionsPage  # noqa: E402
from workbench.ui.pages.members_page import MembersPage  # noqa: E402
from workbench.ui.pages.queue_page import QueuePage  # noqa: E402

DEMO_DAY = 1_790_000_000
"""2026-09-21, the tests' demo day: the demo's items and follow-ups fall around it."""
SIZE = (1280, 800)
MANAGER = "Mara Lindqvist"


def themed(theme: str) -> QPalette:
    """The Fusion style's light palette, a dark one, or a high-contrast one (white on black,
    a yellow selection) as a desktop's accessibility setting gives it."""
    if theme == "light":
        return QApplication.style().standardPalette()
    window, text, base, highlight, chosen = {
        "dark": ("#2d2d30", "#e6e6e6", "#1e1e1e", "#3d7bd9", "#ffffff"),
        "contrast": ("#000000", "#ffffff", "#000000", "#ffff00", "#000000"),
    }[theme]
    palette = QPalette(QColor(text), QColor(window))
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, chosen),
        (QPalette.ColorRole.Link, highlight),
        *((role, text) for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Dark)),
        (QPalette.ColorRole.Mid, text if theme == "contrast" else "#6a6a6a"),  # frames
    ):
        palette.setColor(role, QColor(colour))
    return palette


def settle(window: MainWindow, app: QApplication) -> None:
    """Until every read the window asked for has landed and been drawn."""
    for _ in range(3):
        window.tasks.wait_idle()
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    undithered = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, undithered)
    path.parent.mkdir(parents=True, exist_ok=True)
    # 0: the smallest file zlib makes (PySide takes the format as a str, its stubs say bytes)
    if not image.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise SystemExit(f"could not write {path}")
    print(f"{path}  {path.stat().st_size // 1024} KB")


def window_on(store_path: Path, folder: Path) -> MainWindow:
    window_settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    store = open_store(store_path)
    window = MainWindow(store, Settings().with_identity(MANAGER), window_settings)
    window.resize(*SIZE)
    window.show()
    return window


def queue(window: MainWindow) -> None:
    page = window.page(QueuePage)
    page.view.selectRow(0)


def profile(window: MainWindow) -> None:
    """The member with the most items: a full timeline and chart."""
    window.sidebar.setCurrentRow(
        next(r for r, e in enumerate(window.entries) if e.page == MembersPage.key)
    )
    members = window.page(MembersPage)
    members.order.setCurrentIndex(max(members.order.findData("interventions"), 0))
    if (first := members.list.topLevelItem(0)) is not None:
        members.list.setCurrentItem(first)


def effectiveness(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(
        next(r for r, e in enumerate(window.entries) if e.page == InterventionsPage.key)
    )
    page = window.page(InterventionsPage)
    page.tabs.setCurrentWidget(page.report_tab)


SHOTS: dict[str, Callable[[MainWindow], None]] = {
    "queue": queue,
    "member-profile": profile,
    "effectiveness-report": effectiveness,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "images")
    parser.add_argument("--theme", choices=["light", "dark", "contrast"], default="light")
    options = parser.parse_args()
    clock.now = lambda: DEMO_DAY  # "today" in the window is the demo's day
    app = QApplication([sys.argv[0], "-style", "Fusion"])
    app.setPalette(themed(options.theme))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store_path = folder / "demo.db"
        demo.create_demo_database(store_path, now=DEMO_DAY)
        install_translations(app, QLocale("en_GB"))
        window = window_on(store_path, folder)
        for name, arrange in SHOTS.items():
            settle(window, app)
            arrange(window)
            settle(window, app)
            save(window, options.out / f"{name}.png")
        window.close()
        window.store.close()
        install_translations(app, QLocale("de_DE"))
        german = window_on(store_path, folder)
        settle(german, app)
        queue(german)
        settle(german, app)
        save(german, options.out / "german-queue.png")
        german.close()
        german.store.close()


if __name__ == "__main__":
    main()

import orjson
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests.connectors.conftest import FIXTURES
from workbench.services import import_pipeline, import_process
from workbench.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from workbench.ui.dialogs.import_dialog import ImportDialog, readable_failure

COMMENTS = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
TELEGRAM = FIXTURES / "telegram" / "tg_handmade_supergroup.json"


def dump(path, count):
    lines = (
        orjson.dumps(
            {
                "id": f"c{n}",
                "author": f"u{n % 50}",
                "body": f"Kommentar {n}",
                "created_utc": n,
                "subreddit": "s",
                "link_id": "t3_a",
                "parent_id": "t3_a",
            }
        )
        for n in range(count)
    )
    path.write_bytes(b"\n".join(lines))
    return path


def test_the_dialog_shows_the_detected_format_then_imports(qtbot, store, tasks_for):
    dialog = ImportDialog(tasks_for(store), [COMMENTS])
    qtbot.addWidget(dialog)
    formats = dialog.files.cellWidget(0, 1)
    assert (
        isinstance(formats, QComboBox) and formats.currentText() == "Reddit dump (Pushshift NDJSON)"
    )
    assert dialog.files.cellWidget(0, 2).text() == f"reddit: {COMMENTS.name}"
    dialog.files.cellWidget(0, 2).setText("r/woodworking")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    lines = sum(1 for line in COMMENTS.read_bytes().splitlines() if line.strip())
    assert f"Items: {lines} added" in dialog.status.text()
    assert store.counts()["items"] == lines
    with store.read() as connection:
        assert (
            connection.exec_driver_sql("SELECT name FROM sources").scalar_one() == "r/woodworking"
        )


def test_a_large_file_is_read_beside_the_import_and_lands_whole(qtbot, store, tmp_path, tasks_for):
    """From MIN_BYTES on, the import's process writes while a child of its own reads: that
    process must be one that may have children (no daemon)."""
    path = dump(tmp_path / "large.ndjson", 80_000)
    assert path.stat().st_size >= import_pipeline.MIN_BYTES
    dialog = ImportDialog(tasks_for(store), [path])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=120_000):
        dialog.start()
    assert "Items: 80000 added" in dialog.status.text().replace(",", "")
    assert store.counts()["items"] == 80_000


def test_cancel_rolls_the_import_back(qtbot, store, tmp_path, tasks_for):
    path = dump(tmp_path / "big.ndjson", 20_000)
    dialog = ImportDialog(tasks_for(store), [path])
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.task.cancel()
    with qtbot.waitSignal(dialog.task.failed, timeout=20_000) as blocker:
        pass
    assert blocker.args[1] is True
    qtbot.waitUntil(lambda: dialog.task is None)
    assert "nothing was imported" in dialog.status.text()
    assert store.counts()["items"] == 0 and store.counts()["sources"] == 0


def test_a_failed_import_says_where_and_keeps_nothing(qtbot, store, tmp_path, tasks_for):
    path = dump(tmp_path / "bad.ndjson", 10)
    path.write_bytes(
        path.read_bytes() + b'\n{"id": "x", "body": "b", "subreddit": "s", "created_utc": "never"}'
    )
    dialog = ImportDialog(tasks_for(store), [path])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "bad.ndjson, line 11, field 'created_utc'" in dialog.status.text()
    assert store.counts()["items"] == 0


def broken_json(path):
    """A Telegram export with garbage in its middle: the JSON parser stops there."""
    text = TELEGRAM.read_bytes()
    path.write_bytes(text[: len(text) // 2] + b"}}}x,," + text[len(text) // 2 :])
    return path


def test_a_broken_file_beside_a_good_one_says_neither_was_imported(
    qtbot, store, tmp_path, tasks_for
):
    bad = broken_json(tmp_path / "chat.json")
    dialog = ImportDialog(tasks_for(store), [COMMENTS, bad])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    status = dialog.status.text()
    assert "Nothing was imported, not even the files that are fine" in status
    assert "chat.json, record 5: the JSON" in status
    assert "right here" not in status and "------^" not in status
    # A parser's pointer, if the message still has one, only in the monospaced block.
    assert dialog.parser_detail.isHidden() == (dialog.parser_detail.toPlainText() == "")
    assert dialog.parser_detail.fontInfo().fixedPitch()
    assert dialog.files.currentRow() == 1 and not dialog.files.item(1, 0).icon().isNull()
    assert store.counts()["items"] == 0


def test_after_a_failure_the_bad_file_can_be_removed_and_the_rest_imported(
    qtbot, store, tmp_path, tasks_for
):
    bad = broken_json(tmp_path / "chat.json")
    dialog = ImportDialog(tasks_for(store), [COMMENTS, bad])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.files.isEnabled() and dialog.skip_bad.isEnabled()
    assert dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.files.cellWidget(1, 4), Qt.MouseButton.LeftButton)
    assert dialog.files.rowCount() == 1 and dialog.status.text() == ""
    assert dialog.parser_detail.isHidden()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert store.counts()["items"] > 0


def test_after_a_bad_record_skipping_bad_records_imports_the_rest(
    qtbot, store, tmp_path, tasks_for
):
    path = dump(tmp_path / "bad.ndjson", 10)
    path.write_bytes(path.read_bytes() + b'\n{"id": "x", "subreddit": "s", "created_utc": "?"}')
    dialog = ImportDialog(tasks_for(store), [path])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.status.text().startswith("Nothing was imported.\n")
    assert dialog.parser_detail.isHidden()
    assert dialog.skip_bad.isEnabled()
    dialog.skip_bad.click()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert store.counts()["items"] == 10
    assert "Skipped 1 bad record" in dialog.status.text()


def test_an_import_that_cannot_start_fails_plainly(qtbot, store, monkeypatch, tasks_for):
    def refused(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(import_process.CONTEXT, "Process", refused)
    dialog = ImportDialog(tasks_for(store), [COMMENTS])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5_000)
    assert "could not start (OSError: no more processes)" in dialog.status.text()
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert dialog.start_button.isEnabled()
    dialog.wait()


def test_a_parser_pointer_is_split_off_and_the_closing_sentence_said_once():
    message = (
        "a.json, record 5: the JSON is broken (parse error: bad token\n"
        '          "edited": }}}x,,"2024"\n'
        "                     (right here) ------^\n"
        ")"
    )
    assert readable_failure(message) == (
        "a.json, record 5: the JSON is broken (parse error: bad token)",
        '"edited": }}}x,,"2024"\n           (right here) ------^',
    )
    assert readable_failure("b.ndjson, line 3: no id. Nothing was imported.") == (
        "b.ndjson, line 3: no id.",
        "",
    )


def test_a_file_in_no_known_format_is_named(qtbot, store, tmp_path, tasks_for):
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes")
    dialog = ImportDialog(tasks_for(store), [odd])
    qtbot.addWidget(dialog)
    assert "notes.txt" in dialog.problems.text()
    assert not dialog.start_button.isEnabled()


def test_a_csv_is_imported_once_its_columns_are_mapped(qtbot, store, monkeypatch, tasks_for):
    path = FIXTURES / "csv" / "forum-export.csv"
    dialog = ImportDialog(tasks_for(store), [path])
    qtbot.addWidget(dialog)
    assert dialog.files.cellWidget(0, 1).currentData() == "csv"
    assert not dialog.start_button.isEnabled()
    mapping = CsvMappingDialog(path)
    qtbot.addWidget(mapping)
    ok = mapping.buttons.button(mapping.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    for field, column in (
        ("item_id", "post_id"),
        ("body", "text"),
        ("author", "user_id"),
        ("created_at", "posted"),
    ):
        combo = mapping.findChild(QComboBox, f"map_{field}")
        combo.setCurrentIndex(combo.findData(column))
    mapping.findChild(QLineEdit, "map_network").setText("forum")
    assert ok.isEnabled()
    assert mapping.column_map() == (
        ("item_id", "post_id"),
        ("body", "text"),
        ("author", "user_id"),
        ("created_at", "posted"),
        ("network", "=forum"),
    )
    dialog.column_map = mapping.column_map()
    dialog._update_start()
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start()
    with store.read() as connection:
        assert connection.exec_driver_sql("SELECT DISTINCT network FROM items").all() == [
            ("forum",)
        ]
        assert connection.exec_driver_sql("SELECT network FROM sources").scalar_one() == "forum"


def test_dropping_files_on_the_window_opens_the_import(qtbot, demo_store, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from workbench.core.settings import Settings
    from workbench.ui.main_window import MainWindow

    window = MainWindow(
        demo_store,
        Settings().with_identity("Mara"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(window, "open_import", opened.append)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(COMMENTS))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert opened == [[COMMENTS]]

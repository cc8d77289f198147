"""The trigram index holds what its view folds: an import folds new items in Python
(core.search_text.folded), the view ``items_folded`` and the triggers fold in SQL, and the two
must agree to the byte, or an edited item's old text would stay in the index."""

import pytest

from tests.conftest import AUTHOR
from workbench.core import search_text, sources
from workbench.core.ingest import Ingestor
from workbench.core.members import erase
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.search_text import FRAGMENT_FOLDS

TEXTS = {
    "every-fold": ("Grüße", "".join(f"x{char}y" for char in FRAGMENT_FOLDS)),
    "capitals": ("STRASSE ẞ", "ÄÖÜ É ß\r\nzweite Zeile\n\ndritte"),
    "hidden": ("", "vi\u200bagra\u00adpills\ufeff and \u2060more\u200c\u200d"),
    "wide": ("🌻 Köln", "Tischkreissäge 🌻 naïve façade — “quoted” e\u0301 \x00 after NUL"),
    "ascii": ("Plain", "no folds here at all\tjust a tab"),
    "empty": ("", ""),
}


def _import(store, texts, *, bulk=False, state="published"):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=10_000, bulk=bulk)
        ingestor.add(MemberRecord("forum", "a", handle="ana"))
        for n, (key, (title, body)) in enumerate(texts.items()):
            ingestor.add(
                ItemRecord(
                    "forum", key, "a", "post", 1_000 + n, title=title, body=body,
                    platform_state=state,
                )
            )  # fmt: skip
        ingestor.finish()


def _instances(store):
    """Every token of the trigram index with its item and place."""
    with store.write() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.trigram_instances "
            "USING fts5vocab(main, items_fts_trigram, instance)"
        )
        return sorted(
            connection.exec_driver_sql("SELECT term, doc, offset FROM temp.trigram_instances").all()
        )


def _rebuilt(store):
    """The index as FTS5 builds it from the view alone."""
    with store.write() as connection:
        connection.exec_driver_sql(
            "INSERT INTO items_fts_trigram(items_fts_trigram) VALUES ('rebuild')"
        )
    return _instances(store)


def test_python_folds_each_item_as_the_view_does(store):
    _import(store, TEXTS)
    with store.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT i.external_id, i.title, i.body, f.folded_text "
            "FROM items i JOIN items_folded f ON f.id = i.id"
        ).all()
    assert {key for key, *_ in rows} == set(TEXTS)
    for key, title, body, in_sql in rows:
        assert search_text.folded(f" {title}\x1f {body}".encode()).decode() == in_sql, key
    assert search_text.folded("Grüße\na\u200bb".encode()) == b"Grusse ab"


@pytest.mark.parametrize("bulk", [False, True])
def test_an_import_indexes_what_a_rebuild_from_the_view_would(store, bulk):
    _import(store, TEXTS, bulk=bulk)
    indexed = _instances(store)
    assert len(indexed) > 100
    assert indexed == _rebuilt(store)


def test_edits_and_erasure_take_the_old_text_out_of_the_index(store):
    """A trigger that unindexed other text than was indexed would leave tokens behind, which
    a rebuild from the view then drops."""
    _import(store, TEXTS)
    _import(store, {"every-fold": ("Grüße", "Jetzt eine Bandsäge"), "capitals": TEXTS["capitals"]})
    _import(store, {"wide": TEXTS["wide"]}, state="held")  # its text unchanged: not reindexed
    with store.write() as connection:
        connection.exec_driver_sql("UPDATE items SET title = 'Straße' WHERE external_id = 'ascii'")
        connection.exec_driver_sql("DELETE FROM items WHERE external_id = 'hidden'")
    after_edits = _instances(store)
    assert after_edits == _rebuilt(store)
    with store.write() as connection:
        member_id = connection.exec_driver_sql(
            "SELECT id FROM members WHERE external_id = 'a'"
        ).scalar_one()
        erase.erase_member(connection, member_id, AUTHOR)
    assert _instances(store) == _rebuilt(store)
    assert {term for term, *_ in after_edits} >= {"dsa", "ass"}  # "Bandsäge", "Straße"

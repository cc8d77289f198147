"""The word index holds what its view spells (migration 0024): an import spells ß as ss in
Python (core.search_text.words), the view ``items_words`` and the triggers in SQL, and the two
must agree to the byte, or an edited item's old words would stay in the index. SQLite only:
these read FTS5's tables (the store is made here, not by the fixture of both dialects)."""

from alembic import command

from tests.conftest import AUTHOR
from tests.core import older_store
from workbench.core import search_text, sources
from workbench.core.ingest import Ingestor
from workbench.core.members import erase
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import migrate, open_store

TEXTS = {
    "sharp": ("Grüße", "Straße, STRASSE und GROẞE Maße"),
    "wide": ("🌻 Köln", "naïve façade — “quoted” e\u0301 \x00 after NUL ß"),
    "ascii": ("Plain", "no folds here at all\tjust a tab"),
    "empty": ("", ""),
}
BEFORE = older_store.revision_before("0024")


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
    """Every word of the word index with its item, column and place."""
    with store.write() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.word_instances "
            "USING fts5vocab(main, items_fts, instance)"
        )
        return sorted(
            connection.exec_driver_sql(
                "SELECT term, doc, col, offset FROM temp.word_instances"
            ).all()
        )


def _rebuilt(store):
    """The index as FTS5 builds it from the view alone."""
    with store.write() as connection:
        connection.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    return _instances(store)


def test_python_spells_each_text_as_the_view_does(tmp_path):
    with open_store(tmp_path / "words.db") as store:
        _import(store, TEXTS)
        with store.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT i.external_id, i.title, i.body, w.search_title, w.search_body "
                "FROM items i JOIN items_words w ON w.id = i.id"
            ).all()
    assert {key for key, *_ in rows} == set(TEXTS)
    for key, title, body, title_in_sql, body_in_sql in rows:
        assert search_text.words(title.encode()).decode() == title_in_sql, key
        assert search_text.words(body.encode()).decode() == body_in_sql, key
    assert search_text.words("Grüße GROẞ".encode()) == "Grüsse GROSS".encode()


def test_imports_edits_and_erasure_keep_the_index_what_a_rebuild_makes(tmp_path):
    """A trigger that unindexed other words than were indexed would leave them behind, which
    a rebuild from the view then drops."""
    with open_store(tmp_path / "words.db") as store:
        _import(store, TEXTS, bulk=True)
        _import(store, {"more": ("Noch", "eine Straße")})
        imported = _instances(store)
        assert {"strasse", "grosse", "grusse", "kurz"} - {t for t, *_ in imported} == {"kurz"}
        assert imported == _rebuilt(store)
        _import(store, {"sharp": ("Grüße", "Jetzt ohne"), "ascii": TEXTS["ascii"]})
        _import(store, {"wide": TEXTS["wide"]}, state="held")  # text unchanged: not reindexed
        with store.write() as connection:
            connection.exec_driver_sql("UPDATE items SET title = 'Fuß' WHERE external_id = 'ascii'")
            connection.exec_driver_sql("DELETE FROM items WHERE external_id = 'more'")
        edited = _instances(store)
        assert "fuss" in {t for t, *_ in edited} and "masse" not in {t for t, *_ in edited}
        assert edited == _rebuilt(store)
        with store.write() as connection:
            member_id = connection.exec_driver_sql(
                "SELECT id FROM members WHERE external_id = 'a'"
            ).scalar_one()
            erase.erase_member(connection, member_id, AUTHOR)
            connection.exec_driver_sql(
                "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')"
            )
        assert _instances(store) == _rebuilt(store)


def _columns(connection):
    return {row[1] for row in connection.exec_driver_sql("PRAGMA table_xinfo(items)")}


def _has(connection, columns):
    assert columns <= _columns(connection)


def _found(connection, words):
    return {
        key
        for (key,) in connection.exec_driver_sql(
            "SELECT i.external_id FROM items_fts f JOIN items i ON i.id = f.rowid "
            "WHERE items_fts MATCH ?",
            (words,),
        )
    }


def test_upgrading_rebuilds_the_index_from_the_view_and_downgrading_goes_back(tmp_path):
    path = tmp_path / "before-0024.db"
    older_store.make(
        path,
        BEFORE,
        TEXTS,
        lambda connection: _has(connection, {"search_title", "search_body"}),
    )
    with open_store(path) as store:
        assert store.revision() == migrate.head_revision()
        with store.write() as connection:
            assert not {"search_title", "search_body"} & _columns(connection)
            assert _found(connection, "grusse") == {"sharp"}
            assert _found(connection, "strasse AND grosse") == {"sharp"}
            connection.exec_driver_sql(
                "UPDATE items SET body = 'Große Füße' WHERE external_id = 'ascii'"
            )
            assert _found(connection, "fusse") == {"ascii"}
            assert _found(connection, "folds") == set()
            command.downgrade(migrate.alembic_config(connection), str(BEFORE))
            assert {"search_title", "search_body"} <= _columns(connection)
            assert _found(connection, "grosse") == {"sharp", "ascii"}
            connection.exec_driver_sql("UPDATE items SET body = 'Maß' WHERE external_id = 'ascii'")
            assert _found(connection, "mass") == {"ascii"}
            assert _found(connection, "fusse") == set()
            migrate.upgrade(connection)
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert _found(connection, "mass") == {"ascii"}
            connection.exec_driver_sql(
                "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')"
            )

"""Both search indexes read the first million characters of a title and of a body (migration
0027, search_text.INDEXED_CHARS): a post of megabytes is stored and shown whole, and searched
in its start. The indexes must stay what their views spell through imports, edits and both
directions of the migration. SQLite only: these read FTS5's tables."""

from alembic import command
from sqlalchemy import Connection

from tests.core import older_store
from workbench.core import search_text, sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import search
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import migrate, open_store

LIMIT = search_text.INDEXED_CHARS
BEFORE = older_store.revision_before("0027")
LONG = "Anfangswort " + "x" * LIMIT + " Schlusswort"
"""A body whose last word begins beyond the million characters the indexes read."""
TEXTS = {"long": ("Titel", LONG), "short": ("Kurz", "Anfangswort und Schlusswort")}


def _found(connection: Connection, query: str) -> dict[str, set[str]]:
    """The items each index finds for ``query``."""

    def ids(sql: str, match: str) -> set[str]:
        return {row[0] for row in connection.exec_driver_sql(sql, (match,))}

    return {
        "words": ids(
            "SELECT i.external_id FROM items_fts f JOIN items i ON i.id = f.rowid "
            "WHERE items_fts MATCH ?",
            query,
        ),
        "trigrams": ids(
            "SELECT i.external_id FROM items_fts_trigram f JOIN items i ON i.id = f.rowid "
            "WHERE items_fts_trigram MATCH ?",
            search.to_match(query),
        ),
    }


def _both(found: set[str]) -> dict[str, set[str]]:
    return {"words": found, "trigrams": found}


def _whole(connection: Connection) -> None:
    """FTS5's own check of each index against what its view spells."""
    for index in ("items_fts", "items_fts_trigram"):
        connection.exec_driver_sql(
            f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
        )


def _import(connection: Connection, texts: dict[str, tuple[str, str]], *, bulk: bool) -> None:
    source = sources.ensure(connection, name="Forum", kind="test", network="forum")
    ingestor = Ingestor(connection, source, now=10_000, bulk=bulk)
    ingestor.add(MemberRecord("forum", "a", handle="ana"))
    for n, (key, (title, body)) in enumerate(texts.items()):
        ingestor.add(ItemRecord("forum", key, "a", "post", 1_000 + n, title=title, body=body))
    ingestor.finish()


def test_an_import_indexes_the_first_million_characters_and_stores_all(tmp_path):
    for bulk in (False, True):
        with open_store(tmp_path / f"bulk-{bulk}.db") as store:
            with store.write() as connection:
                _import(connection, TEXTS, bulk=bulk)
            with store.read() as connection:
                assert _found(connection, "anfangswort") == _both({"long", "short"})
                assert _found(connection, "schlusswort") == _both({"short"})
                (stored,) = connection.exec_driver_sql(
                    "SELECT length(body) FROM items WHERE external_id = 'long'"
                ).one()
                assert stored == len(LONG)
            with store.write() as connection:
                _whole(connection)
                connection.exec_driver_sql(
                    "UPDATE items SET body = 'Schlusswort ' || body WHERE external_id = 'long'"
                )
                _whole(connection)
                assert _found(connection, "schlusswort") == _both({"long", "short"})
                connection.exec_driver_sql("DELETE FROM items WHERE external_id = 'long'")
                _whole(connection)


def _all_of_each_text_indexed(connection: Connection) -> None:
    """As before 0027."""
    assert _found(connection, "schlusswort") == _both({"long", "short"})


def test_the_migration_takes_long_posts_out_and_back_in_whole(tmp_path):
    path = tmp_path / "before-0027.db"
    older_store.make(path, BEFORE, TEXTS, _all_of_each_text_indexed)
    with open_store(path) as store:
        assert store.revision() == migrate.head_revision()
        with store.write() as connection:
            _whole(connection)
            assert _found(connection, "schlusswort") == _both({"short"})
            assert _found(connection, "anfangswort") == _both({"long", "short"})
            command.downgrade(migrate.alembic_config(connection), str(BEFORE))
            _whole(connection)
            assert _found(connection, "schlusswort") == _both({"long", "short"})
            migrate.upgrade(connection)
            _whole(connection)
            assert _found(connection, "schlusswort") == _both({"short"})

"""Migration 0021: a store whose trigram index read the virtual column items.folded_text gets
the view items_folded instead, its index rebuilt from it, and can go back."""

from alembic import command
from sqlalchemy import Connection

from tests.core import older_store
from workbench.core.queue import search
from workbench.core.store import migrate, open_store

REVISION = "0021"
BEFORE = older_store.revision_before(REVISION)
ITEMS = {
    "saw": "Die Tischkreissäge\nbrummt",
    "greeting": "Schöne Grüße aus Köln",
}


def _found(connection: Connection, query: str) -> set[str]:
    return {
        external_id
        for (external_id,) in connection.exec_driver_sql(
            "SELECT i.external_id FROM items_fts_trigram f JOIN items i ON i.id = f.rowid "
            "WHERE items_fts_trigram MATCH ?",
            (search.to_match(query),),
        )
    }


def _columns(connection: Connection) -> set[str]:
    return {row[1] for row in connection.exec_driver_sql("PRAGMA table_xinfo(items)")}


def _views(connection: Connection) -> set[str]:
    return {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'view'"
        )
    }


def _has_column(connection: Connection) -> None:
    assert "folded_text" in _columns(connection)


def test_upgrading_rebuilds_the_index_from_the_view_and_downgrading_goes_back(tmp_path):
    path = tmp_path / "before-0021.db"
    older_store.make(
        path, BEFORE, {key: ("Frage", body) for key, body in ITEMS.items()}, _has_column
    )
    with open_store(path) as store:
        assert store.revision() == migrate.head_revision()
        with store.read() as connection:
            assert "folded_text" not in _columns(connection)
            assert "items_folded" in _views(connection)
            assert _found(connection, "säge brummt") == {"saw"}
            assert _found(connection, "grusse") == {"greeting"}
        with store.write() as connection:
            connection.exec_driver_sql(
                "UPDATE items SET body = 'Jetzt eine Bandsäge' WHERE external_id = 'saw'"
            )
            assert _found(connection, "bandsage") == {"saw"}
            assert _found(connection, "tischkreis") == set()
            command.downgrade(migrate.alembic_config(connection), str(BEFORE))
            assert "folded_text" in _columns(connection)
            assert "items_folded" not in _views(connection)
            assert _found(connection, "bandsäge") == {"saw"}
            assert _found(connection, "grusse") == {"greeting"}
            connection.exec_driver_sql(
                "UPDATE items SET body = 'Grüße zurück' WHERE external_id = 'saw'"
            )
            assert _found(connection, "grusse") == {"saw", "greeting"}
            assert _found(connection, "bandsage") == set()
            migrate.upgrade(connection)
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert _found(connection, "grusse zuruck") == {"saw"}

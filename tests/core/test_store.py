import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from workbench.core.errors import SchemaTooNewError, StoreError
from workbench.core.queue import search
from workbench.core.store import migrate, open_store, sqlite
from workbench.core.store.schema import TABLES, table


def test_fresh_database_migrates_to_head(store):
    assert store.revision() == migrate.head_revision()
    with sqlite3.connect(store.path) as raw:
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {table(model).name for model in TABLES} <= names
    assert "items_fts" in names


def test_connections_enforce_foreign_keys(store):
    with store.read() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# Alembic skips the partial and expression indexes (and says so);
# test_every_index_the_models_declare_exists checks them instead.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_models_and_migrations_agree(store):
    with store.read() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": migrate.include_name, "include_object": migrate.include_object},
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_upgrade_from_every_earlier_revision(tmp_path, revision):
    path = tmp_path / "old.db"
    engine = sqlite.create_sqlite_engine(path)
    with engine.connect() as connection:
        connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
        with connection.begin():
            migrate.upgrade(connection, revision)
    engine.dispose()
    assert sqlite.read_schema_revision(path) == revision
    with open_store(path) as store:
        assert store.revision() == migrate.head_revision()


def test_downgrade_to_base_and_back(tmp_path):
    path = tmp_path / "down.db"
    open_store(path).close()
    engine = sqlite.create_sqlite_engine(path)
    with engine.connect() as connection:
        connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), "base")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        left = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert left <= {"alembic_version"}
    with open_store(path) as store:
        assert store.revision() == migrate.head_revision()


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="not a workbench database"):
        open_store(path)
    assert path.read_text() == "not a database"


def test_missing_folder_and_missing_file(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "x.db")
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "x.db", create=False)


def test_migrations_run_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store(Path("relative.db")) as store:
        assert store.revision() == migrate.head_revision()


def test_every_index_the_models_declare_exists(store):
    """Autogenerate cannot compare expression and partial indexes on SQLite; this test can."""
    declared = {index.name for model in TABLES for index in table(model).indexes}
    with store.read() as connection:
        present = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        }
    assert declared == present


def test_upgrading_to_0013_puts_the_items_there_into_the_trigram_index(tmp_path):
    path = tmp_path / "before-trigrams.db"
    engine = sqlite.create_sqlite_engine(path)
    with engine.connect() as connection:
        connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
        with connection.begin():
            migrate.upgrade(connection, "0012")
            connection.exec_driver_sql(
                "INSERT INTO sources (uid, name, kind, network, created_at) "
                "VALUES ('s1', 'Forum', 'test', 'forum', 1)"
            )
            connection.exec_driver_sql(
                "INSERT INTO items (source_id, network, external_id, kind, title, body, "
                "created_at, imported_at) VALUES (1, 'forum', 'p1', 'post', 'Frage', "
                "'Die Tischkreissäge\nbrummt', 1, 1)"
            )
    engine.dispose()
    with open_store(path) as store, store.read() as connection:
        found = connection.exec_driver_sql(
            "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ?",
            (search.to_match("säge brummt"),),
        ).all()
    assert found == [(1,)]

"""A team store on the test suite's PostgreSQL: made by `workbench team-store init`, opened by
URL, refused with a clear message where it cannot be used."""

import pytest
from sqlalchemy.exc import IntegrityError

from tests.conftest import AUTHOR
from workbench.cli import main
from workbench.core.errors import StoreError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.store import migrate, open_store

pytestmark = pytest.mark.postgres


def test_init_gives_an_empty_database_the_schema_once(postgres_server, capsys):
    url = postgres_server.new_database()
    assert main(["team-store", "init", url]) == 0
    assert main(["team-store", "init", url]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [f"The team store {url} is at schema {migrate.head_revision()}."] * 2
    with open_store(url, create=False) as store:
        assert store.dialect == "postgresql"
        assert store.revision() == migrate.head_revision()


def test_an_empty_database_is_not_made_a_store_by_a_read(postgres_server):
    url = postgres_server.new_database()
    with pytest.raises(StoreError, match="no workbench store yet: run workbench team-store init"):
        open_store(url, create=False)


def test_another_programs_database_is_left_untouched(postgres_server):
    url = postgres_server.new_database()
    postgres_server.execute_in(url, "CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match=r"another program's data \(tables: invoices\)"):
        open_store(url)


def test_a_password_never_shows_and_a_server_that_does_not_answer_is_said(postgres_server):
    url = postgres_server.url("nowhere").replace(str(postgres_server.port), "1")
    with pytest.raises(StoreError) as refused:
        open_store(url, password="secret-for-tests")
    assert "does not answer; nothing was written" in str(refused.value)
    assert "secret-for-tests" not in str(refused.value)


def test_a_store_that_a_newer_version_wrote_is_refused(postgres_url, postgres_server):
    postgres_server.execute_in(postgres_url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer version of Community Workbench"):
        open_store(postgres_url)


def test_the_event_log_refuses_truncate_too(postgres_url):
    with open_store(postgres_url) as store:
        with store.write() as connection:
            eventlog.record(connection, Kind.TEMPLATE_DELETED, {"id": "t1"}, AUTHOR)
        with pytest.raises(IntegrityError, match="append-only"), store.write() as connection:
            connection.exec_driver_sql("TRUNCATE events CASCADE")
        assert store.counts()["events"] == 1


def test_writers_wait_for_each_other_and_give_up_after_their_wait(postgres_url):
    with open_store(postgres_url) as store, store.write() as holding:
        holding.exec_driver_sql("SELECT 1")
        with pytest.raises(StoreError, match="is busy"), store.write(wait_seconds=0.2):
            pass


def test_the_cli_opens_a_team_store_by_url_with_the_keyrings_password(
    postgres_url, memory_keyring, capsys, monkeypatch
):
    from workbench.cli.team_store import secret_ref
    from workbench.core.store.postgres import engine

    monkeypatch.setattr(engine, "_password_source", None)
    memory_keyring.set_password("community-workbench", secret_ref(postgres_url), "kept-here")
    assert main(["info", "--db", postgres_url]) == 0
    assert f"Database:  {postgres_url}" in capsys.readouterr().out
    # What the CLI left for the connection: the keyring's password, asked by the shown URL.
    assert engine.parse(postgres_url).password == "kept-here"
    assert engine.parse(postgres_url, "given").password == "given"


def test_a_team_store_is_not_backed_up_by_the_workbench(postgres_url, capsys):
    assert main(["backup", "--db", postgres_url]) == 1
    assert "backed up by its server (pg_dump)" in capsys.readouterr().err

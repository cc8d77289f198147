"""What erasing a member on a team store promises, checked on the suite's own server: no column
of any table holds a byte of them once `member erase` has run; the server's files keep old row
versions through the VACUUM the erasure runs, and lose them to a VACUUM FULL of the tables it
names; the write-ahead log keeps them until the server recycles it."""

from pathlib import Path

import psycopg
import pytest

from tests.conftest import AUTHOR
from workbench.cli import main
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.members import roster
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import open_store

pytestmark = pytest.mark.postgres

HANDLE = "quirinus_unique_handle"
NAME = "Quirinus Pfefferkorn"
TEXT = "Zauberhaftes Schachtelwort Einzigartigkeitsprüfung"
TRACES = (HANDLE, "pfefferkorn", "zauberhaftes", "einzigartigkeitspr", "quirinus@example.org")
"""Lower case: the folded copies (the search's column and index) are lower case too."""
ERASED_TABLES = "items, members, notes, events, interventions, mutes"


def _community(url: str) -> None:
    with open_store(url) as store, store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_800_000_000)
        ingestor.add(
            MemberRecord(
                "forum", HANDLE, handle=HANDLE, display_name=NAME, email="quirinus@example.org"
            )
        )
        ingestor.add(
            ItemRecord(
                "forum",
                "p1",
                HANDLE,
                "post",
                1_799_999_000,
                title=TEXT,
                body=f"{TEXT} von {NAME}",
                body_html=f"<p>{TEXT}</p>",
                raw={"author": HANDLE, "text": TEXT},
                report_count=1,
            )
        )
        ingestor.finish()
        member_id = connection.exec_driver_sql(
            f"SELECT id FROM members WHERE handle = '{HANDLE}'"
        ).scalar_one()
        item_id = connection.exec_driver_sql(
            "SELECT id FROM items WHERE external_id = 'p1'"
        ).scalar_one()
        roster.add_note(
            connection, member_id, "warning", f"{NAME} schrieb {TEXT}", AUTHOR, item_id=item_id
        )
        decisions.decide(connection, [item_id], "remove", AUTHOR)


def _in_columns(server: psycopg.Connection) -> list[tuple[str, str, str]]:
    """(table, column, trace) for every column of every table, read as text, that holds one."""
    columns = server.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    ).fetchall()
    return [
        (table, column, trace)
        for table, column in columns
        for trace in TRACES
        if server.execute(
            f'SELECT count(*) FROM "{table}" WHERE strpos(lower("{column}"::text), %s) > 0',
            (trace,),
        ).fetchone()
        != (0,)
    ]


def _in_files(server: psycopg.Connection, data: Path) -> dict[str, list[str]]:
    """Relation -> the traces in its files (every segment), once the server has written its
    buffers out: tables, their TOAST, indexes."""
    server.execute("CHECKPOINT")
    found: dict[str, list[str]] = {}
    relations = server.execute(
        "SELECT relname, pg_relation_filepath(oid) FROM pg_class "
        "WHERE relkind IN ('r', 't', 'i', 'm') AND pg_relation_filepath(oid) IS NOT NULL"
    ).fetchall()
    for name, path in relations:
        first = data / path
        stored = b"".join(
            segment.read_bytes()
            for segment in first.parent.glob(f"{first.name}*")
            if segment.name == first.name or segment.name[len(first.name) :].startswith(".")
        ).lower()
        if hits := [trace for trace in TRACES if trace.encode() in stored]:
            found[name] = hits
    return found


def test_an_erased_member_leaves_the_tables_and_vacuum_full_takes_them_from_the_files(
    postgres_server, postgres_url, capsys
):
    _community(postgres_url)
    with psycopg.connect(postgres_url, autocommit=True) as server:
        assert _in_columns(server)  # the checks see the member before
        assert main(["whoami", "Mara"]) == 0
        code = main(["member", "erase", HANDLE, "--db", postgres_url, "--confirm", HANDLE])
        said = capsys.readouterr().out
        assert code == 0 and "VACUUM FULL" in said and "backups" in said

        assert _in_columns(server) == []  # no byte left in the tables
        wal = b"".join(
            segment.read_bytes()
            for segment in (postgres_server.data / "pg_wal").iterdir()
            if segment.is_file()
        ).lower()
        assert HANDLE.encode() in wal  # until the server recycles its log
        # The erasure's own VACUUM frees the old row versions for reuse; it does not
        # overwrite them: the heap files still hold them, and the word index its keys.
        kept = _in_files(server, postgres_server.data)
        assert {"items", "members"} <= kept.keys(), kept

        server.execute(f"VACUUM FULL {ERASED_TABLES}")  # what the message asks of the admin
        assert _in_files(server, postgres_server.data) == {}

from pathlib import Path

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.interventions import logbook
from workbench.core.members import erase, roster
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord

NAME = "Quirinus Pfefferkorn"
HANDLE = "quirinus_unique_handle"
TEXT = "Zauberhaftes Schachtelwort Einzigartigkeitsprüfung"


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_erasing_a_member_leaves_no_trace_in_the_files(store):
    with store.write() as connection:
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
        ingestor.add(
            ItemRecord(
                "forum",
                "p2",
                "other",
                "comment",
                1_799_999_100,
                body="Antwort",
                parent_external_id="p1",
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
        logbook.log(
            connection,
            "warning",
            "private_message",
            logbook.Targets(members=[member_id]),
            AUTHOR,
        )
    store.checkpoint()
    assert HANDLE.encode() in _file_bytes(store.path) and TEXT.encode() in _file_bytes(store.path)

    before = store.counts()
    with store.write() as connection:
        erase.erase_member(connection, member_id, AUTHOR)
    store.checkpoint()

    data = _file_bytes(store.path)
    for trace in (HANDLE, NAME, TEXT, "Einzigartigkeitspr", "quirinus@example.org", "Pfefferkorn"):
        assert trace.encode() not in data, trace
    after = store.counts()
    assert after["events"] == before["events"] + 1 and after["items"] == before["items"]
    with store.read() as connection:
        kinds = [e.kind for e in eventlog.iter_events(connection)]
        placeholder = connection.exec_driver_sql(
            f"SELECT handle FROM members WHERE id = {member_id}"
        ).scalar_one()
        state = connection.exec_driver_sql(
            f"SELECT state FROM queue WHERE item_id = {item_id}"
        ).scalar_one()
        hits = connection.exec_driver_sql(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'zauberhaftes'"
        ).scalar_one()
    assert kinds[-1] == "member.erased" and placeholder.startswith("erased-")
    assert state == "removed" and hits == 0  # the log still hangs together; the words are gone
    with store.write() as connection:
        eventlog.rebuild(connection)  # every event still refers to a member that exists

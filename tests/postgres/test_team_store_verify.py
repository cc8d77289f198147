"""`workbench team-store verify URL`: every event's signature checked on the suite's PostgreSQL,
the verdicts counted, the signers named, the bad events listed (exit 1 while there is one)."""

from dataclasses import replace

import orjson
import pytest

from workbench.cli import main
from workbench.core import settings, sources
from workbench.core.events import eventlog, signatures
from workbench.core.ids import new_event_id
from workbench.core.ingest import Ingestor
from workbench.core.members import erase, roster
from workbench.core.records import MemberRecord
from workbench.core.settings import Author
from workbench.core.store import open_store
from workbench.core.team.keys import KeyPair
from workbench.services.team import identity

pytestmark = pytest.mark.postgres

JONAS = Author(id="00000000-0000-4000-8000-00000000000b", name="Jonas")


def test_verify_counts_the_verdicts_names_the_signers_and_lists_the_bad(
    postgres_url, memory_keyring, capsys
):
    assert main(["whoami", "Mara Lindqvist"]) == 0
    mara = settings.load().author()
    mine, jonas = identity.own_key(mara), KeyPair.generate()
    keys = {mara.id: mine, JONAS.id: jonas}
    with open_store(postgres_url) as store:
        signatures.take_keys_from(lambda author: keys.get(author.id))
        try:
            with store.write() as connection:
                source = sources.ensure(connection, name="Forum", kind="test", network="forum")
                ingestor = Ingestor(connection, source, now=1_800_000_000)
                for handle in ("eve_1984", "zoe_2001"):
                    ingestor.add(MemberRecord("forum", handle, handle=handle))
                ingestor.finish()
                members = dict(connection.exec_driver_sql("SELECT handle, id FROM members").all())
                roster.tag(connection, members["eve_1984"], "spammer", JONAS)
                roster.tag(connection, members["zoe_2001"], "watch", JONAS)
                kept = roster.tag(connection, members["zoe_2001"], "helper", mara)
            with store.write() as connection:
                erase.erase_member(connection, members["eve_1984"], mara)
        finally:
            signatures.take_keys_from(None)
        with store.write() as connection:
            roster.tag(connection, members["zoe_2001"], "regular", mara)  # no keyring: unsigned
        capsys.readouterr()
        assert main(["team-store", "verify", postgres_url]) == 0
        said = capsys.readouterr().out
        assert f"{postgres_url}: 5 events." in said
        for line in (
            "signed by a trusted key: 2",  # Mara's own tag and erasure
            "signed by a key not trusted here: 1",  # Jonas's tag of Zoe
            "redacted by an erasure that vouches for them: 1",  # his tag of Eve
            "unsigned: 1",
            "bad (changed after they were signed, or forged): 0",
            f"key {mine.public.fingerprint}, by Mara Lindqvist: 2",
            f"key {jonas.public.fingerprint} (not trusted here), by Jonas: 1",
        ):
            assert line in said, line
        assert "Bad events" not in said

        forged = replace(  # Mara's signature under words she never wrote
            kept, id=new_event_id(), payload_json=orjson.dumps({**kept.payload, "tag": "troll"})
        )
        with store.write() as connection:
            eventlog.add_recorded(connection, [forged])
    assert main(["team-store", "verify", postgres_url]) == 1
    said = capsys.readouterr().out
    assert "bad (changed after they were signed, or forged): 1" in said
    assert said.split("Bad events:\n")[1].split()[:4] == [
        forged.id,
        "member.tagged",
        "Mara",
        "Lindqvist",
    ]

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.members import persons
from workbench.core.records import MemberRecord


def _members(store):
    with store.write() as connection:
        for network in ("forum", "discord", "reddit"):
            source = sources.ensure(connection, name=network, kind="test", network=network)
            ingestor = Ingestor(connection, source, now=100)
            if network == "forum":
                ingestor.add(
                    MemberRecord(
                        "forum",
                        "f1",
                        handle="holzwurm",
                        display_name="Anna Berg",
                        email="anna@example.org",
                    )
                )
                ingestor.add(MemberRecord("forum", "f2", handle="solo", display_name="Carl Dorn"))
            if network == "discord":
                ingestor.add(
                    MemberRecord(
                        "discord",
                        "d1",
                        handle="anna.b",
                        display_name="Anna Berg",
                        email="ANNA@example.org",
                    )
                )
                ingestor.add(
                    MemberRecord("discord", "d2", handle="Holzwurm", display_name="Holz Wurm")
                )
            if network == "reddit":
                ingestor.add(
                    MemberRecord("reddit", "r1", handle="someone", display_name="Änna  Berg")
                )
            ingestor.finish()
        return dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())


def test_suggestions_by_email_handle_and_name_then_accept_reject_and_unlink(store):
    ids = _members(store)
    with store.read() as connection:
        found = {(s.member_a, s.member_b): s.reason for s in persons.suggestions(connection)}
    assert found[(ids["f1"], ids["d1"])] == "email"
    assert found[(ids["f1"], ids["d2"])] == "handle"
    assert found[(min(ids["d1"], ids["r1"]), max(ids["d1"], ids["r1"]))] == "name"
    with store.write() as connection:
        persons.link(connection, [ids["f1"], ids["d1"]], AUTHOR)
        persons.link(connection, [ids["d1"], ids["r1"]], AUTHOR)
        persons.reject(connection, ids["f1"], ids["d2"], AUTHOR)
    with store.read() as connection:
        left = {(s.member_a, s.member_b) for s in persons.suggestions(connection)}
        assert persons.identities(connection, ids["f1"]) == [
            "discord:anna.b",
            "forum:holzwurm",
            "reddit:someone",
        ]
    assert (ids["f1"], ids["d1"]) not in left and (ids["f1"], ids["d2"]) not in left
    with store.write() as connection:
        persons.unlink(connection, ids["r1"], AUTHOR)
        eventlog.rebuild(connection)
        assert persons.identities(connection, ids["f1"]) == ["discord:anna.b", "forum:holzwurm"]
        assert persons.identities(connection, ids["r1"]) == []
        kinds = [e.kind for e in eventlog.iter_events(connection)]
    assert kinds == ["person.linked", "person.linked", "person.link_rejected", "person.unlinked"]


def test_very_similar_names_share_a_key():
    keys = {
        persons.name_key(name)
        for name in ("Anna Müller", "Müller, Anna", "Anna M. Mueller", "ANNA  MÜLLER")
    }
    assert keys == {"anna muller"}
    assert persons.name_key("Anna Berger") != persons.name_key("Anna Müller")
    assert persons.name_key("Holzwurm") == ""  # one word says too little
    assert persons.name_key("A. Müller") == ""  # nor does an initial with it


def test_a_name_written_another_way_on_another_network_is_suggested(store):
    with store.write() as connection:
        for network, external_id, name in (
            ("forum", "f9", "Jörg Weiß"),
            ("discord", "d9", "Weiss, Joerg"),
            ("reddit", "r9", "Jörg Weißbach"),
        ):
            source = sources.ensure(connection, name=network, kind="test", network=network)
            ingestor = Ingestor(connection, source, now=100)
            ingestor.add(MemberRecord(network, external_id, handle=external_id, display_name=name))
            ingestor.finish()
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())
        suggested = persons.suggestions(connection)
        found = {(s.member_a, s.member_b): s.reason for s in suggested}
    assert found == {(min(ids["f9"], ids["d9"]), max(ids["f9"], ids["d9"])): "name"}
    # Each side shows the name as written there, for the manager to compare.
    assert {suggested[0].label_a, suggested[0].label_b} == {
        "forum:f9 (Jörg Weiß)",
        "discord:d9 (Weiss, Joerg)",
    }

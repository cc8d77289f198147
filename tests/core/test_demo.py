import pytest

from tests.conftest import DEMO_NOW
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.store import open_store
from workbench.services import demo


def _fingerprint(store):
    with store.read() as connection:
        events = [(e.id, e.kind, e.payload_json) for e in eventlog.iter_events(connection)]
        items = connection.exec_driver_sql(
            "SELECT network, external_id, body, created_at, platform_state FROM items ORDER BY 1, 2"
        ).all()
    return store.counts(), events, items


def test_the_demo_is_the_same_every_time(demo_store, tmp_path):
    demo.create_demo_database(tmp_path / "again.db", now=DEMO_NOW)
    with open_store(tmp_path / "again.db") as again:
        assert _fingerprint(again) == _fingerprint(demo_store)


def test_the_demo_is_a_living_community(demo_store):
    counts = demo_store.counts()
    assert counts["sources"] >= 3
    assert counts["members"] >= 300
    assert 2_000 <= counts["items"] <= 5_000
    with demo_store.read() as connection:

        def one(sql):
            return connection.exec_driver_sql(sql).scalar_one()

        assert one("SELECT count(DISTINCT network) FROM items") >= 3
        assert one("SELECT count(*) FROM items WHERE language = 'de'") > 500
        assert one("SELECT count(*) FROM items WHERE language = 'en'") > 500
        assert one("SELECT count(*) FROM queue_reasons WHERE reason = 'held'") > 0
        assert one("SELECT count(*) FROM queue_reasons WHERE reason = 'reported'") > 0
        assert one("SELECT count(*) FROM queue_reasons WHERE detail LIKE '%by one member'") >= 2
        assert one("SELECT count(*) FROM queue_reasons WHERE detail LIKE '%accounts'") >= 3
        assert one("SELECT count(*) FROM queue WHERE state = 'new'") > 50
        assert one(f"SELECT count(*) FROM interventions WHERE follow_up_at < {DEMO_NOW}") >= 2
        assert one(f"SELECT count(*) FROM interventions WHERE follow_up_at > {DEMO_NOW}") >= 2
        assert one("SELECT count(*) FROM members WHERE status = 'memorialized'") == 1
        assert one("SELECT max(created_at) FROM items") <= DEMO_NOW


def test_the_demo_never_overwrites_a_database_with_data(store, tmp_path):
    store.close()
    demo.create_demo_database(tmp_path / "mine.db", now=DEMO_NOW)
    with open_store(tmp_path / "mine.db") as mine, mine.write() as connection:
        connection.exec_driver_sql("DELETE FROM meta WHERE key = 'demo'")
    before = (tmp_path / "mine.db").read_bytes()
    with pytest.raises(WorkbenchError, match="your own data"):
        demo.create_demo_database(tmp_path / "mine.db", now=DEMO_NOW, replace_demo=True)
    with pytest.raises(WorkbenchError, match="already exists"):
        demo.create_demo_database(tmp_path / "mine.db", now=DEMO_NOW)
    assert (tmp_path / "mine.db").read_bytes() == before


def test_the_demo_replaces_an_older_demo(demo_path):
    demo.create_demo_database(demo_path, now=DEMO_NOW + 86_400, replace_demo=True)
    with open_store(demo_path) as store, store.read() as connection:
        newest = connection.exec_driver_sql("SELECT max(created_at) FROM items").scalar_one()
    assert newest > DEMO_NOW


def test_each_demo_note_has_the_type_its_text_says(demo_store):
    import orjson

    from workbench.core.resources import resource

    phrases = orjson.loads((resource("demo") / "phrases.json").read_bytes())
    declared = {n["text"]: n["type"] for lang in ("de", "en") for n in phrases[lang]["notes"]}
    with demo_store.read() as connection:
        notes = connection.exec_driver_sql("SELECT type, text FROM notes").all()
    assert notes and all(declared[text] == kind for kind, text in notes)
    assert not any("rumour" in text and kind == "good_contributor" for kind, text in notes)


def test_a_sanctioned_demo_member_has_the_intervention_behind_it(demo_store):
    with demo_store.read() as connection:
        sanctioned = connection.exec_driver_sql(
            "SELECT m.status, group_concat(iv.kind) FROM members m "
            "LEFT JOIN intervention_targets t ON t.member_id = m.id "
            "LEFT JOIN interventions iv ON iv.id = t.intervention_id "
            "WHERE m.status IN ('banned', 'muted') GROUP BY m.id"
        ).all()
    assert {status for status, _ in sanctioned} == {"banned", "muted"}
    for status, kinds in sanctioned:
        assert {"banned": "ban", "muted": "temporary_mute"}[status] in (kinds or "").split(",")

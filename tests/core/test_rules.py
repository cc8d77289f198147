import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing, rules
from workbench.core.queue.listing import QueueFilter, Reason
from workbench.core.queue.rules import RuleError, RuleSpec
from workbench.core.records import ItemRecord

NOW = 1_800_000_000


@pytest.mark.parametrize(
    ("spec", "text", "hit"),
    [
        (RuleSpec("1", "Schimpf", "keywords", "Idiot, Vollpfosten"), "Du VOLLPFOSTEN!", True),
        (RuleSpec("1", "Schimpf", "keywords", "Idiot"), "idiotisch ist das nicht", False),
        (RuleSpec("1", "Grüße", "keywords", "grüße"), "Schöne Grüsse", True),
        (
            RuleSpec("2", "Krypto", "regex", r"krypto|bitcoin\s+signal"),
            "Bitcoin   Signal hier",
            True,
        ),
        (RuleSpec("3", "Links", "links", threshold=3), "a http://x b https://y c http://z", True),
        (RuleSpec("3", "Links", "links", threshold=3), "nur https://ein.example", False),
        (
            RuleSpec("4", "Caps", "caps", threshold=0.7),
            "WARUM LÖSCHT IHR MEINEN BEITRAG SCHON WIEDER",
            True,
        ),
        (RuleSpec("4", "Caps", "caps", threshold=0.7), "KURZ!", False),
    ],
)
def test_rule_kinds(spec, text, hit):
    assert rules.matcher(spec)(text) is hit


@pytest.mark.parametrize(
    ("spec", "text", "marked"),
    [
        (
            RuleSpec("1", "Schimpf", "keywords", "Idiot, Vollpfosten"),
            "Du VOLLPFOSTEN!",
            ["VOLLPFOSTEN"],
        ),
        (RuleSpec("1", "Grüße", "keywords", "grüße"), "Schöne Grüsse, grüße", ["Grüsse", "grüße"]),
        (RuleSpec("1", "Idiot", "keywords", "Idiot"), "idiotisch ist das nicht", []),
        (
            RuleSpec("2", "Krypto", "regex", r"krypto|bitcoin\s+signal"),
            "Bitcoin   Signal hier",
            ["Bitcoin   Signal"],
        ),
        (
            RuleSpec("3", "Links", "links", threshold=2),
            "a http://x.example/p?q=1 b (https://y.example)",
            ["http://x.example/p?q=1", "https://y.example"],
        ),
        (
            RuleSpec("4", "Caps", "caps", threshold=0.7),
            "WARUM LÖSCHT ihr A das",
            ["WARUM", "LÖSCHT"],
        ),
    ],
)
def test_where_a_rule_matches_is_marked_in_the_text_as_written(spec, text, marked):
    spans = rules.where(spec)(text)
    assert [text[span.start : span.end] for span in spans] == marked


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (RuleSpec("1", "Kaputt", "regex", "(unclosed"), "cannot be read"),
        (RuleSpec("1", "", "keywords", "x"), "needs a name"),
        (RuleSpec("1", "Leer", "keywords", " , "), "at least one word"),
        (RuleSpec("1", "Caps", "caps", threshold=2), "between 0 and 1"),
        (RuleSpec("1", "Magie", "magic"), "no kind of rule"),
    ],
)
def test_rules_that_cannot_work_are_refused_before_they_are_recorded(store, spec, message):
    with pytest.raises(RuleError, match=message), store.write() as connection:
        rules.save(connection, spec, AUTHOR)
    assert store.counts()["events"] == 0


def _import(store, records):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=NOW)
        ingestor.add_all(records)
        ingestor.finish()


def _rule_items(store):
    with store.read() as connection:
        return {
            row.external_id for row in listing.page(connection, QueueFilter(reason=Reason.RULE))
        }


def test_rules_flag_imports_and_a_changed_rule_rescans_everything(store):
    _import(
        store,
        [
            ItemRecord("forum", "a", "x", "comment", 1, body="Krypto-Signale hier"),
            ItemRecord("forum", "b", "y", "comment", 2, body="Ganz normal"),
        ],
    )
    assert _rule_items(store) == set()
    spec = RuleSpec.new("Krypto", "keywords", "krypto")
    with store.write() as connection:
        rules.save(connection, spec, AUTHOR)
        assert rules.rescan(connection, NOW) == 1
    assert _rule_items(store) == {"a"}
    _import(store, [ItemRecord("forum", "c", "z", "comment", 3, body="Mehr Krypto!")])
    assert _rule_items(store) == {"a", "c"}
    with store.read() as connection:
        detail = dict(
            listing.reason_details(
                connection, listing.page(connection, QueueFilter(reason=Reason.RULE))[0].item_id
            )
        )
    assert detail["rule"] == "rule: Krypto"
    with store.write() as connection:
        rules.save(connection, RuleSpec(spec.id, "Normal", "keywords", "normal"), AUTHOR)
        rules.rescan(connection, NOW)
    assert _rule_items(store) == {"b"}
    with store.read() as connection:
        assert listing.count(connection) == 1  # "a" and "c" had no other reason and left
        kinds = [e.kind for e in eventlog.iter_events(connection)]
    assert kinds == ["rule.saved", "rule.saved"]
    with store.write() as connection:
        rules.delete(connection, spec.id, AUTHOR)
        rules.rescan(connection, NOW)
        assert rules.load(connection) == []
    assert _rule_items(store) == set()


def test_preview_shows_what_a_rule_would_flag(store):
    _import(
        store,
        [
            ItemRecord(
                "forum", f"i{n}", "x", "comment", n, body=f"Text {n} {'SPAM' if n % 3 == 0 else ''}"
            )
            for n in range(10)
        ],
    )
    with store.read() as connection:
        shown = rules.preview(connection, RuleSpec.new("Spam", "keywords", "spam"))
        first = rules.preview(connection, RuleSpec.new("Spam", "keywords", "spam"), limit=2)
    assert shown.scanned == 10 and shown.flagged == 4 and len(shown.hits) == 4
    for hit in shown.hits:
        (span,) = hit.excerpt.spans
        assert hit.excerpt.text[span.start : span.end] == "SPAM"
    assert first.flagged == 4 and [hit.item_id for hit in first.hits] == [
        hit.item_id for hit in shown.hits[:2]
    ]


def test_rules_never_flag_memorialized_members(store):
    _import(store, [ItemRecord("forum", "m1", "late", "comment", 1, body="Krypto")])
    with store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "late"}, "status": "memorialized"},
            AUTHOR,
        )
        rules.save(connection, RuleSpec.new("Krypto", "keywords", "krypto"), AUTHOR)
        assert rules.rescan(connection, NOW) == 0
    _import(store, [ItemRecord("forum", "m2", "late", "comment", 2, body="Krypto wieder")])
    assert _rule_items(store) == set()

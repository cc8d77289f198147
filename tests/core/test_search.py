import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.members import erase
from workbench.core.queue import listing, search
from workbench.core.queue.listing import QueueFilter
from workbench.core.queue.search import SearchError
from workbench.core.records import ItemRecord, MemberRecord

BODIES = {
    "saw": "Die Tischkreissäge läuft wieder.",
    "respect": "Danke für die Wertschätzung!",
    "greeting": "Schöne Grüße aus Köln",
    "charger": "Das Ladegerät ist neu",
    "loader": "Der Auflader klemmt",
    "ai-law": "Was sagt das KI-Gesetz?",
    "ai-bracket": "Ein Text über (KI) und mehr",
    "ai-line": "Erste Zeile\nki auf der zweiten",
    "ski": "Wir fahren Ski",
    "mail": "Schick mir eine E-Mail",
    "cafe": "Ein Besuch im Café",
}


def _import(store, bodies, *, author="a", title="", bulk=False):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=10_000, bulk=bulk)
        ingestor.add(MemberRecord("forum", author, handle=f"handle-{author}"))
        for n, (key, body) in enumerate(bodies.items()):
            ingestor.add(
                ItemRecord(
                    "forum", key, author, "comment", 1_000 + n, title=title, body=body,
                    report_count=1,
                )
            )  # fmt: skip
        ingestor.finish()


@pytest.fixture
def corpus(store):
    _import(store, BODIES)
    return store


def _found(store, query):
    with store.read() as connection:
        rows = listing.page(connection, QueueFilter(search=query))
        assert listing.count(connection, QueueFilter(search=query)) == len(rows)
    return {row.external_id for row in rows}


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("säge", {"saw"}),  # inside a compound
        ("sage", {"saw"}),  # umlauts folded, as before
        ("schatzung", {"respect"}),
        ("Wertschätzung", {"respect"}),
        ("grusse", {"greeting"}),
        ("GRÜSSE", {"greeting"}),
        ("kreis säge", {"saw"}),  # every word, each anywhere
        ('"schöne grüße"', {"greeting"}),  # a phrase, as written
        ('"grüße schöne"', set()),
        ("lade*", {"charger"}),  # a prefix is the start of a word
        ("lade", {"charger", "loader"}),  # a word is found anywhere
        ("ki", {"ai-law", "ai-bracket", "ai-line"}),  # two letters: a word's start
        ("KI*", {"ai-law", "ai-bracket", "ai-line"}),
        ("e-mail", {"mail"}),
        ("mail,", {"mail"}),  # punctuation around a word is not searched
        ("cafe", {"cafe"}),
        ("säge OR schatzung", {"saw", "respect"}),
        ("(säge OR schatzung) NOT danke", {"saw"}),
        ("zebra", set()),
    ],
)
def test_search_finds_words_inside_compounds_and_keeps_its_syntax(corpus, query, keys):
    assert _found(corpus, query) == keys


@pytest.mark.parametrize("query", ["k", "säge k", '"k"', "k*"])
def test_a_single_letter_is_refused_with_a_hint(corpus, query):
    with pytest.raises(SearchError, match="single letter"):
        _found(corpus, query)


def test_a_letter_inside_a_phrase_is_searched():
    assert search.to_match('"vitamin c"') == '"vitamin c"'


def test_queries_are_quoted_for_the_index():
    assert search.to_match('säge "a  b" 5g') == '"sage" "a b" ' + search.to_match("5g*")
    assert search.to_match("ki").count(" OR ") == len(search.WORD_STARTS) - 1
    assert search.to_match("***") == ""


def test_a_bulk_import_fills_the_trigram_index_too(store):
    _import(store, BODIES, bulk=True)
    assert _found(store, "schatzung") == {"respect"} and _found(store, "säge") == {"saw"}


def test_a_phrase_does_not_run_from_title_into_body(store):
    _import(store, {"titled": "defekt seit gestern"}, title="Akku")
    assert _found(store, "akku defekt") == {"titled"}
    assert _found(store, '"akku defekt"') == set()


def test_an_edited_item_is_found_by_its_new_words_only(corpus):
    _import(corpus, {"saw": "Jetzt eine Bandsäge"})
    assert _found(corpus, "bandsage") == {"saw"}
    assert _found(corpus, "tischkreis") == set()
    with corpus.read() as connection:
        connection.exec_driver_sql(
            "INSERT INTO items_fts_trigram(items_fts_trigram) VALUES ('integrity-check')"
        )


def test_erasing_a_member_leaves_none_of_their_text_in_the_trigram_index(corpus):
    _import(corpus, {"secret": "Qxzvjörmpf schrieb das"}, author="gone")

    def trigrams():
        with corpus.write() as connection:
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.trigrams "
                "USING fts5vocab(main, items_fts_trigram, row)"
            )
            return {term for (term,) in connection.exec_driver_sql("SELECT term FROM trigrams")}

    assert {"qxz", "xzv", "zvj"} <= trigrams()
    with corpus.write() as connection:
        member_id = connection.exec_driver_sql(
            "SELECT id FROM members WHERE external_id = 'gone'"
        ).scalar_one()
        erase.erase_member(connection, member_id, AUTHOR)
    assert not {"qxz", "xzv", "zvj"} & trigrams()
    assert _found(corpus, "qxzvj") == set() and _found(corpus, "säge") == {"saw"}

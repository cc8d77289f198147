"""Characters that show nothing or reorder text: rules and duplicates see through them, the
moderator's pane shows them (issue 16, 4)."""

import uuid

from workbench.core.queue.rules import RuleSpec, matcher
from workbench.core.safe_html import sanitize, text_to_html
from workbench.core.text import content_hash, normalize

HIDDEN = "Kauft vi\u200bag\u00adra und V\u2060iagra hier"


def test_normalized_text_has_no_invisible_characters():
    assert normalize(HIDDEN) == "kauft viagra und viagra hier"


def test_a_keyword_rule_is_not_evaded_by_a_zero_width_space():
    rule = RuleSpec(id=str(uuid.uuid4()), name="Spam", kind="keywords", pattern="viagra")
    assert matcher(rule)("Günstig vi\u200bagra kaufen")


def test_a_repost_with_hidden_characters_is_a_duplicate():
    assert content_hash("Kauft Viagra hier, sofort!") == content_hash(
        "Kauft Vi\u200bagra\u200d hier, sofort!"
    )


def test_the_pane_shows_hidden_and_reordering_characters():
    shown = text_to_html("invoice\u202efdp.exe")
    assert "\u202e" not in shown and "[U+202E right-to-left override]" in shown
    html = sanitize('<p>vi\u200bagra <a href="https://x.example/\u202ecod.exe">hier</a></p>')
    assert "\u200b" not in html and "\u202e" not in html
    assert "[U+200B zero-width space]" in html and "%E2%80%AE" in html


def test_the_queue_search_finds_a_word_split_by_a_hidden_character(store):
    from workbench.core import sources
    from workbench.core.ingest import Ingestor
    from workbench.core.queue import listing
    from workbench.core.queue.listing import QueueFilter
    from workbench.core.records import ItemRecord, MemberRecord

    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("forum", "u1", handle="spam"))
        ingestor.add(
            ItemRecord(
                "forum", "p1", "u1", "post", 900, body="Billig Vi\u200bag\u00adra!", report_count=1
            )
        )
        ingestor.finish()
    with store.read() as connection:
        found = listing.page(connection, QueueFilter(search="viagra"))
    assert [row.external_id for row in found] == ["p1"]

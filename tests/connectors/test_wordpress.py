import hashlib
import re
import zipfile
from pathlib import Path

import orjson
import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.inputs import open_input
from workbench.connectors.wordpress import WordPressConnector
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

FOLDER = FIXTURES / "wordpress-wxr"
GEMEINDE = FOLDER / "gemeinde-wxr-1.2.xml"
ALTES_BLOG = FOLDER / "altes-blog-wxr-1.0.xml"
CUT_OFF = FOLDER / "cut-off-wxr-1.2.xml"
SAMPLES = Path("/work/shared/samples/wordpress-wxr")
SITE = "gemeinde.example.org/forum"
connector = WordPressConnector()


def sha1(text: str) -> str:
    """The guest pseudonym as read_all makes it (keyed with the default, empty key)."""
    return ImportOptions().pseudonym(text)


def test_guest_ids_are_keyed_pseudonyms_not_plain_hashes_of_the_address(import_with, store):
    import_with(connector, GEMEINDE)
    with store.read() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT external_id FROM members")]
    plain = hashlib.sha1(b"anna@example.com").hexdigest()
    unkeyed = ImportOptions().pseudonym("anna@example.com")
    assert any("/guest/" in member for member in ids)
    assert not any(plain in member or unkeyed in member for member in ids)


def items(records: list) -> dict[str, ItemRecord]:
    return {r.external_id: r for r in records if isinstance(r, ItemRecord)}


def members(records: list) -> dict[str, MemberRecord]:
    return {r.external_id: r for r in records if isinstance(r, MemberRecord)}


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(
            "GPL sample not in the repository; it is read from "
            f"{SAMPLES} only where the WordPress importer's test data is present"
        )
    return path


def wxr(body: str, channel: str = "<link>https://mini.example.org</link>") -> str:
    """A small WXR 1.2 document around ``body`` (items)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Mini</title>
\t{channel}
\t<wp:wxr_version>1.2</wp:wxr_version>
{body}
</channel>
</rss>
"""


def post(post_id: str, comments: str = "", *, text: str = "Ein Beitrag", status: str = "publish"):
    return f"""\t<item>
\t\t<title>Beitrag {post_id}</title>
\t\t<link>https://mini.example.org/?p={post_id}</link>
\t\t<dc:creator><![CDATA[ida]]></dc:creator>
\t\t<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>
\t\t<wp:post_id>{post_id}</wp:post_id>
\t\t<wp:post_date><![CDATA[2024-05-01 10:00:00]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[2024-05-01 08:00:00]]></wp:post_date_gmt>
\t\t<wp:status><![CDATA[{status}]]></wp:status>
\t\t<wp:post_type><![CDATA[post]]></wp:post_type>
{comments}\t</item>
"""


def comment(comment_id: str, text: str, *, date: str = "2024-05-01 09:00:00", approved="1"):
    return f"""\t\t<wp:comment>
\t\t\t<wp:comment_id>{comment_id}</wp:comment_id>
\t\t\t<wp:comment_author><![CDATA[Ole]]></wp:comment_author>
\t\t\t<wp:comment_author_email><![CDATA[ole@example.com]]></wp:comment_author_email>
\t\t\t<wp:comment_date_gmt><![CDATA[{date}]]></wp:comment_date_gmt>
\t\t\t<wp:comment_content><![CDATA[{text}]]></wp:comment_content>
\t\t\t<wp:comment_approved><![CDATA[{approved}]]></wp:comment_approved>
\t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>
\t\t\t<wp:comment_parent>0</wp:comment_parent>
\t\t\t<wp:comment_user_id>0</wp:comment_user_id>
\t\t</wp:comment>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_detects_every_wxr_version_and_nothing_else(tmp_path):
    for path in (GEMEINDE, ALTES_BLOG, CUT_OFF):
        with open_input(path) as source:
            assert connector.detect(source) == 100
    feed = write(tmp_path, "feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel>')
    excerpt_only = write(
        tmp_path,
        "excerpt.xml",
        '<rss xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel>',
    )
    empty = write(tmp_path, "empty.xml", "")
    binary = tmp_path / "binary.xml"
    binary.write_bytes(bytes(range(256)) * 300)
    others = [feed, excerpt_only, empty, binary]
    others += sorted((FIXTURES / "reddit-dumps").glob("*.ndjson"))
    for path in others:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path.name


def test_posts_and_pages_and_which_are_left_out():
    found = items(read_all(connector, GEMEINDE))
    posts = {k: v for k, v in found.items() if v.kind in ("post", "page")}
    assert sorted(posts) == [f"{SITE}/post/{n}" for n in (10, 11, 12, 14)]
    hello = posts[f"{SITE}/post/10"]
    assert hello.title == "Grüße aus Köln 🎉"
    assert hello.body == (
        "Straßenfest am Samstag \u2013 alle sind eingeladen! 🎈\n\nBringt Kuchen & gute Laune mit."
    )
    assert hello.body_html is not None and "<strong>Samstag</strong>" in hello.body_html
    assert hello.created_at == 1709285400  # 2024-03-01 09:30:00 UTC, the GMT date
    assert hello.author_id == f"{SITE}/user/redaktion"
    assert hello.thread_external_id == hello.external_id and hello.parent_external_id is None
    assert hello.url == "https://gemeinde.example.org/forum/2024/03/gruesse-aus-koeln/"
    assert hello.platform_state == "published"
    assert hello.raw["post_date_gmt"] == "2024-03-01 09:30:00"
    assert hello.raw["category"] == [{"domain": "category", "nicename": "veedel", "name": "Veedel"}]
    page = posts[f"{SITE}/post/11"]
    assert (page.kind, page.title) == ("page", "Über uns")
    pending = posts[f"{SITE}/post/12"]
    assert pending.platform_state == "held"
    assert pending.author_id == f"{SITE}/user/märta"
    # WordPress leaves the GMT date of a pending post unset: the local one is taken as UTC.
    assert pending.created_at == 1712083500  # 2024-04-02 18:45:00
    private = posts[f"{SITE}/post/14"]
    assert private.platform_state == "published"
    assert private.body == "Aufbau: Lena, Jürgen\n\nKuchen: Anna"


def test_threaded_comments_with_their_states_and_kinds():
    found = items(read_all(connector, GEMEINDE))
    comments = {k.rsplit("/", 1)[1]: v for k, v in found.items() if "/comment/" in k}
    assert sorted(comments) == sorted(
        ["101", "102", "103", "104", "105", "106", "107", "108", "109", "111", "131"]
    )
    thread = f"{SITE}/post/10"
    assert all(c.thread_external_id == thread for n, c in comments.items() if n != "131")
    first = comments["101"]
    assert first.body == "Schöne Grüße zurück! 👋 Ich bringe Käsekuchen mit."
    assert first.body_html == "Schöne Grüße zurück! 👋 Ich bringe <em>Käsekuchen</em> mit."
    # A comment without markup is its text word for word: it is stored once, as the text.
    assert comments["102"].body == "Super, danke Jürgen! 😊" and comments["102"].body_html is None
    assert first.parent_external_id == thread
    assert first.created_at == 1709288100  # 2024-03-01 10:15:00 UTC
    assert first.url == "https://gemeinde.example.org/forum/2024/03/gruesse-aus-koeln/#comment-101"
    assert comments["102"].parent_external_id == f"{SITE}/comment/101"
    assert comments["103"].parent_external_id == f"{SITE}/comment/102"
    assert comments["108"].parent_external_id == f"{SITE}/comment/105"
    # A reply to a comment that is not in the export keeps pointing at it.
    assert comments["109"].parent_external_id == f"{SITE}/comment/999"
    assert comments["109"].created_at == 1709366400  # GMT date unset: 2024-03-02 08:00 as UTC
    states = {n: c.platform_state for n, c in comments.items()}
    assert (states["103"], states["104"], states["105"]) == ("held", "spam", "trash")
    assert {n for n, s in states.items() if s == "published"} == {
        "101",
        "102",
        "106",
        "107",
        "108",
        "109",
        "111",
        "131",
    }
    kinds = {n: c.kind for n, c in comments.items()}
    assert (kinds["106"], kinds["107"], kinds["103"]) == ("pingback", "trackback", "comment")
    assert comments["106"].body == "[…] Die Gemeinde lädt zum Straßenfest ein […]"
    # The editorial note (comment type "note") is not community content.
    assert f"{SITE}/comment/110" not in found
    # A comment on a draft is kept and linked to the draft's id, which is not imported.
    on_draft = comments["131"]
    assert on_draft.thread_external_id == on_draft.parent_external_id == f"{SITE}/post/13"
    assert f"{SITE}/post/13" not in found


def test_members_are_yielded_once_before_their_first_item():
    records = read_all(connector, GEMEINDE)
    seen: set[str] = set()
    for record in records:
        if isinstance(record, MemberRecord):
            assert record.external_id not in seen
            seen.add(record.external_id)
        elif record.author_id is not None:
            assert record.author_id in seen
    found = members(records)
    guest = f"{SITE}/guest/{sha1('juergen.mueller@example.net')}"
    assert sorted(found) == sorted(
        [
            f"{SITE}/user/redaktion",
            f"{SITE}/user/märta",
            f"{SITE}/user-id/7",
            guest,
            f"{SITE}/guest/{sha1('anna@example.com')}",
            f"{SITE}/guest/{sha1('pills@spam.example')}",
            f"{SITE}/guest/{sha1('troll@example.com')}",
            f"{SITE}/guest/{sha1('nachbarblog » straßenfest')}",
            f"{SITE}/guest/{sha1('stadtzeitung')}",
            f"{SITE}/guest/{sha1('zoë')}",
            f"{SITE}/guest/{sha1('lena@example.org')}",
        ]
    )
    juergen = found[guest]
    assert (juergen.display_name, juergen.email) == ("Jürgen Müller", "Juergen.Mueller@Example.net")
    assert juergen.profile_url == "https://juergen.example.net/"
    # The same address with another name on a later comment is the same member.
    assert items(records)[f"{SITE}/comment/131"].author_id == guest
    maerta = found[f"{SITE}/user/märta"]
    assert (maerta.handle, maerta.display_name) == ("märta", "Märta Öberg 🌻")
    assert maerta.email == "maerta@example.org"
    # A registered commenter the author list names is the same member as the post author.
    assert items(records)[f"{SITE}/comment/102"].author_id == maerta.external_id
    kai = found[f"{SITE}/user-id/7"]
    assert (kai.display_name, kai.email) == ("Kai (Moderation)", "kai@gemeinde.example.org")
    # A name that is an address is shown without its domain.
    lena = found[f"{SITE}/guest/{sha1('lena@example.org')}"]
    assert (lena.handle, lena.display_name, lena.email) == ("lena", "lena", "lena@example.org")


def test_addresses_and_ips_stay_out_of_raw_unless_ips_are_kept():
    records = read_all(connector, GEMEINDE)
    for record in records + read_all(connector, ALTES_BLOG):
        if isinstance(record, MemberRecord | ItemRecord):
            dumped = orjson.dumps(record.raw).decode()
            assert "@" not in dumped, record.external_id
            assert not re.search(r"\d+\.\d+\.\d+\.\d+|2001:db8", dumped), record.external_id
            assert "kuchen2024" not in dumped  # a protected post's password
            assert "@" not in record.external_id
    first = items(records)[f"{SITE}/comment/101"]
    assert first.raw["comment_author"] == "Jürgen Müller"
    assert first.raw["commentmeta"] == [{"key": "akismet_result", "value": "false"}]
    kept = items(read_all(connector, GEMEINDE, ImportOptions(keep_ips=True)))
    assert kept[f"{SITE}/comment/101"].raw["comment_author_IP"] == "203.0.113.7"
    assert kept[f"{SITE}/comment/102"].raw["comment_author_IP"] == "2001:db8::1"


def test_wxr_1_0_comments_with_an_empty_type():
    records = read_all(connector, ALTES_BLOG)
    found = items(records)
    site = "altes-blog.example.com"
    assert sorted(found) == [
        f"{site}/comment/1",
        f"{site}/comment/2",
        f"{site}/comment/3",
        f"{site}/comment/4",
        f"{site}/post/1",
        f"{site}/post/2",
    ]
    assert [found[f"{site}/comment/{n}"].kind for n in "1234"] == [
        "comment",
        "comment",
        "pingback",
        "comment",
    ]
    assert found[f"{site}/comment/1"].body == "Schön, dass du jetzt bloggst!\nIch lese mit."
    assert found[f"{site}/comment/2"].parent_external_id == f"{site}/comment/1"
    assert found[f"{site}/comment/4"].platform_state == "held"
    assert (
        found[f"{site}/post/1"].body
        == "Willkommen in meinem Blog. Hier schreibe ich über Äpfel & Birnen."
    )
    assert found[f"{site}/post/1"].created_at == 1272715200  # 2010-05-01 12:00:00 UTC
    # WXR 1.0 has no author list: a registered commenter is known by user id only.
    assert found[f"{site}/comment/2"].author_id == f"{site}/user-id/1"
    assert found[f"{site}/post/1"].author_id == f"{site}/user/admin"


def test_two_sites_in_one_zip_keep_their_ids_apart(tmp_path):
    archive = tmp_path / "exports.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.write(GEMEINDE, "a/gemeinde.xml")
        packed.write(ALTES_BLOG, "b/altes-blog.xml")
        packed.writestr("b/readme.txt", "not an export")
    with open_input(archive) as source:
        assert connector.detect(source) == 100
    records = read_all(connector, archive)
    found = items(records)
    assert len(found) == 15 + 6 and not bad_records(records)
    # User id 1 is "redaktion" on the first site, but nobody on the second site's author list.
    assert found["altes-blog.example.com/comment/2"].author_id == "altes-blog.example.com/user-id/1"


def test_site_scope_falls_back_to_base_site_url_and_is_required(tmp_path):
    scoped = write(
        tmp_path,
        "base.xml",
        wxr(post("3"), channel="<wp:base_site_url>http://WP.example:8080/</wp:base_site_url>"),
    )
    assert list(items(read_all(connector, scoped))) == ["wp.example:8080/post/3"]
    text = wxr(post("3"), channel="")
    nowhere = write(tmp_path, "nowhere.xml", text)
    item_line = text.splitlines().index("\t<item>") + 1
    with pytest.raises(FormatError, match=rf"nowhere.xml, line {item_line}: names no site"):
        read_all(connector, nowhere)


def test_empty_export_and_a_single_post(tmp_path):
    assert read_all(connector, write(tmp_path, "empty.xml", wxr(""))) == []
    one = read_all(connector, write(tmp_path, "one.xml", wxr(post("7", text="Nur einer 🙂"))))
    assert [type(r) for r in one] == [MemberRecord, ItemRecord]
    assert one[0].external_id == "mini.example.org/user/ida"
    assert one[0].raw == {"author_login": "ida"}
    assert (one[1].external_id, one[1].body) == ("mini.example.org/post/7", "Nur einer 🙂")
    assert one[1].created_at == 1714550400  # 2024-05-01 08:00:00 UTC


def test_duplicate_ids_give_one_item(tmp_path, import_with):
    text = wxr(
        post("7", comment("70", "Erste Fassung"))
        + post("7", comment("70", "Zweite Fassung"), text="Kopie")
    )
    path = write(tmp_path, "twice.xml", text)
    found = items(read_all(connector, path))
    assert list(found) == ["mini.example.org/post/7", "mini.example.org/comment/70"]
    assert found["mini.example.org/comment/70"].body == "Erste Fassung"
    summary = import_with(connector, path)
    assert (summary.items_added, summary.items_updated) == (2, 0)


def test_cut_off_and_malformed_exports_name_file_and_line(tmp_path, store, import_with):
    with pytest.raises(FormatError, match=r"^cut-off-wxr-1.2.xml, line 26: the XML is broken"):
        read_all(connector, CUT_OFF)
    before = table_snapshot(store)
    with pytest.raises(FormatError):
        import_with(connector, CUT_OFF)
    assert table_snapshot(store) == before
    text = wxr(post("1")).replace("</wp:post_id>", "", 1)
    unclosed = write(tmp_path, "unclosed.xml", text)
    end_line = text.splitlines().index("\t</item>") + 1  # where the parser notices
    with pytest.raises(FormatError, match=rf"unclosed.xml, line {end_line}: .*mismatched tag"):
        read_all(connector, unclosed)


def test_dtds_and_entities_are_refused(tmp_path):
    laughs = wxr(post("1", text="&lol2;")).replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>',
    )
    external = wxr(post("1", text="&secret;")).replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    )
    for name, text in (("laughs.xml", laughs), ("external.xml", external)):
        path = write(tmp_path, name, text)
        with pytest.raises(FormatError, match=rf"{name}: declares a DTD or entities"):
            read_all(connector, path)


def test_xml_that_is_not_rss_is_refused(tmp_path):
    path = write(
        tmp_path,
        "feed.xml",
        '<!-- was <rss> --><feed xmlns:wp="http://wordpress.org/export/1.2/"><entry/></feed>',
    )
    with pytest.raises(FormatError, match=r"feed.xml: is XML but not an RSS document"):
        read_all(connector, path)


def test_bad_record_names_file_line_and_field(tmp_path, store, import_with):
    text = wxr(
        post("1", comment("11", "Gut") + comment("12", "Kaputt", date="gestern"))
        + post("2", comment("21", "Komisch", approved="vielleicht"))
        + post("x3", comment("31", "Gehört zu einem kaputten Beitrag"))
    )
    path = write(tmp_path, "bad.xml", text)
    lines = text.splitlines()
    comment_lines = [n for n, line in enumerate(lines, 1) if "<wp:comment>" in line]
    third_post = [n for n, line in enumerate(lines, 1) if line == "\t<item>"][2]
    problems = [str(p) for p in bad_records(read_all(connector, path))]
    assert problems == [
        f"bad.xml, line {comment_lines[1]}, field 'comment_date_gmt': "
        "not an ISO 8601 time: 'gestern'",
        f"bad.xml, line {comment_lines[2]}, field 'comment_approved': "
        "is not a comment status: 'vielleicht'",
        f"bad.xml, line {third_post}, field 'post_id': is not a number: 'x3'",
    ]
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=rf"bad.xml, line {comment_lines[1]}, field 'comment_date_gmt'"
    ):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 3  # posts 1 and 2, comment 11
    assert len(summary.skipped) == 3


def test_reimport_adds_nothing_and_an_edit_updates(tmp_path, import_with):
    first = import_with(connector, GEMEINDE, ALTES_BLOG)
    assert (first.items_added, first.members_added) == (15 + 6, 11 + 5)
    again = import_with(connector, GEMEINDE, ALTES_BLOG)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
    edited = write(
        tmp_path,
        "edited.xml",
        ALTES_BLOG.read_text(encoding="utf-8").replace("Danke, Bernd!", "Danke dir, Bernd!"),
    )
    assert import_with(connector, edited).items_updated == 1


def test_held_and_spam_items_enter_the_queue(import_with):
    # Pending post 12, held comment 103, spam comment 104; trash is not queued.
    assert import_with(connector, GEMEINDE).queued == 3


def test_real_theme_unit_test_export():
    records = read_all(connector, sample("theme-unit-test-data.xml"))
    assert not bad_records(records)
    found = items(records)
    site = "wpthemetestdata.wordpress.com"
    kinds = [i.kind for i in found.values()]
    assert (kinds.count("post"), kinds.count("page")) == (56, 21)
    assert (kinds.count("comment"), kinds.count("pingback"), kinds.count("trackback")) == (29, 2, 2)
    held = found[f"{site}/comment/1017"]
    assert held.platform_state == "held" and held.body == "nothing useful to say"
    assert held.parent_external_id == f"{site}/comment/168"
    assert held.thread_external_id == f"{site}/post/155"
    assert held.created_at == 1418201784  # 2014-12-10 08:56:24 UTC
    assert found[f"{site}/comment/915"].parent_external_id == f"{site}/comment/914"
    ping = found[f"{site}/comment/923"]
    assert ping.kind == "pingback"
    assert members(records)[ping.author_id].display_name == "Ping 4 « What\u2019s a tellyworth?"


def test_real_exports_of_versions_1_0_and_1_1():
    old = items(read_all(connector, sample("valid-wxr-1.0.xml")))
    assert old["localhost/comment/1"].kind == "comment"
    assert old["localhost/comment/1"].author_id == f"localhost/guest/{sha1('mr wordpress')}"
    assert len(old) == 7
    newer = items(read_all(connector, sample("valid-wxr-1.1.xml")))
    assert len(newer) == 3 and "localhost/post/1" in newer


def test_real_export_with_serialized_comment_meta():
    records = read_all(connector, sample("test-serialized-comment-meta.xml"))
    (only,) = items(records).values()
    # The post is a draft; its comment is kept.
    assert only.external_id == "test.wordpress.org/comment/1"
    assert only.thread_external_id == "test.wordpress.org/post/10"
    assert only.raw["commentmeta"] == [
        {"key": "string", "value": "¯\\_(ツ)_/¯"},
        {"key": "array", "value": 'a:1:{s:3:"key";s:13:"¯\\_(ツ)_/¯";}'},
    ]
    assert members(records)[only.author_id].email == "wapuu@wordpress.example"


def test_real_export_with_utf8_challenges():
    records = read_all(connector, sample("wxr-utf-8-challenges.xml"))
    (only,) = items(records).values()
    login = "admin\u200c\u200b\u200d\u200e"
    assert only.external_id == "playground.internal/path/post/10"
    assert only.author_id == f"playground.internal/path/user/{login}"
    assert (
        only.title == '"The Road \u202eNot\u202c Taken" by Rob\u202dert \u202eFrost \u202a🌲\u202c'
    )
    assert "🚀🌟💫⭐️🔥💯🎉🎊🌈🦄" in only.body
    assert members(records)[only.author_id].email == "ădmĩn@\u2113ocalhost.com"


def test_real_broken_exports_and_one_without_version():
    with pytest.raises(FormatError, match=r"^malformed-simple.xml, line 14: "):
        read_all(connector, sample("malformed-simple.xml"))
    # An unescaped "]]>" inside CDATA is not XML; only WordPress's regex fallback reads it.
    with pytest.raises(FormatError, match=r"^crazy-cdata.xml, line 18: .*not well-formed"):
        read_all(connector, sample("crazy-cdata.xml"))
    path = sample("missing-version-tag.xml")
    with open_input(path) as source:
        assert connector.detect(source) == 95
    assert read_all(connector, path) == []  # categories and tags only

import shutil
import zipfile

import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.csv_mapped import MappedCsvConnector
from workbench.connectors.inputs import open_input
from workbench.connectors.pushshift import PushshiftConnector
from workbench.connectors.reddit_csv import RedditCsvConnector
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

EXPORT = FIXTURES / "reddit-export"
DUMPS = FIXTURES / "reddit-dumps"
COMMENTS_HEADER = "id,permalink,date,ip,subreddit,gildings,link,parent,body,media"
THREAD = (
    "https://www.reddit.com/r/woodworking/comments/1afjd7n/a_full_maple_farmhouse_table_i_made/"
)
connector = RedditCsvConnector()


def items_of(records):
    return {r.external_id: r for r in records if isinstance(r, ItemRecord)}


def comments_file(tmp_path, *rows, name="comments.csv"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join([COMMENTS_HEADER, *rows]) + "\r\n").encode())
    return path


def test_detects_the_export_as_folder_zip_or_single_file(tmp_path):
    packed = tmp_path / "export_maple_owl_20240205.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for file in EXPORT.iterdir():
            archive.write(file, file.name)
    for path in (EXPORT, packed, EXPORT / "comments.csv", EXPORT / "posts.csv"):
        with open_input(path) as source:
            assert connector.detect(source) == 95
            assert MappedCsvConnector().detect(source) < connector.detect(source)


def test_detects_nothing_in_other_formats_and_odd_files(tmp_path):
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.csv").write_bytes(b"")
    others = [
        DUMPS / "pushshift-importer_test_comments.ndjson",
        FIXTURES / "csv" / "forum-export.csv",
        EXPORT / "messages.csv",
        EXPORT / "comment_headers.csv",
        tmp_path / "binary.csv",
        tmp_path / "empty.csv",
    ]
    for path in others:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path
    with open_input(EXPORT) as source:
        assert PushshiftConnector().detect(source) == 0


def test_reads_the_owners_comments_and_posts():
    records = read_all(connector, EXPORT)
    assert not bad_records(records)
    members = [r for r in records if isinstance(r, MemberRecord)]
    assert members == [
        MemberRecord(
            network="reddit",
            external_id="maple_owl",
            handle="maple_owl",
            display_name="maple_owl",
            email="maple.owl@example.org",
            profile_url="https://www.reddit.com/user/maple_owl",
            raw={"account name": "maple_owl", "registration date": "2019-03-14 18:02:11 UTC"},
        )
    ]
    assert records[0] == members[0]
    items = items_of(records)
    # messages.csv, comment_headers.csv and saved_posts.csv are left alone.
    assert sorted(items) == [
        "t1_k9x1a01",
        "t1_k9x1a02",
        "t1_k9x1a03",
        "t1_k9x1a04",
        "t3_1b2c3d4",
        "t3_1b2c3d5",
    ]
    assert all(i.author_id == "maple_owl" and i.network == "reddit" for i in items.values())

    top = items["t1_k9x1a01"]
    assert top.kind == "comment"
    assert top.created_at == 1706776215  # 2024-02-01 08:30:15 UTC
    assert top.body == (
        'Beautiful grain. Which finish did you use, "hardwax oil" or lacquer?\n\n'
        "Asking for my own table."
    )
    assert (top.parent_external_id, top.thread_external_id) == ("t3_1afjd7n", "t3_1afjd7n")
    assert top.url == THREAD + "k9x1a01/"
    assert top.raw["date"] == "2024-02-01 08:30:15 UTC" and "ip" not in top.raw
    # A reply to a comment that is not in the export: its parent is named all the same.
    assert items["t1_k9x1a02"].parent_external_id == "t1_kod0bkd"
    assert items["t1_k9x1a02"].body == "Agreed, the finish is perfect 👌"
    german = items["t1_k9x1a04"]
    assert german.body == "Grüße aus Köln! Die Werkbank ist aus Eiche 🪵 \u2013 2 m lang."
    assert (german.parent_external_id, german.thread_external_id) == ("t3_1b2c3d4", "t3_1b2c3d4")
    # A parent given as the parent comment's URL.
    assert items["t1_k9x1a03"].parent_external_id == "t1_k9x1a04"

    post = items["t3_1b2c3d4"]
    assert (post.kind, post.title, post.created_at) == (
        "submission",
        "Werkbank aus Eiche \u2013 fertig!",
        1706463900,
    )
    assert post.body == "Nach drei Wochenenden ist sie fertig.\nMaße: 200 \u00d7 70 cm."
    assert post.thread_external_id == "t3_1b2c3d4" and post.parent_external_id is None
    link_post = items["t3_1b2c3d5"]
    assert link_post.body == "" and link_post.raw["url"] == "https://example.org/hand-planes"
    assert link_post.url == (
        "https://www.reddit.com/r/woodworking/comments/1b2c3d5/a_good_guide_to_tuning_hand_planes/"
    )


def test_ip_addresses_are_kept_only_when_asked():
    kept = items_of(read_all(connector, EXPORT, ImportOptions(keep_ips=True)))
    assert kept["t1_k9x1a01"].raw["ip"] == "203.0.113.7"
    assert kept["t3_1b2c3d4"].raw["ip"] == "198.51.100.23"
    dropped = items_of(read_all(connector, EXPORT))
    assert not any("ip" in item.raw for item in dropped.values())
    assert not any("@" in str(item.raw) for item in dropped.values())


def test_parent_and_link_in_every_form_the_export_writes(tmp_path):
    path = comments_file(
        tmp_path,
        "t1_c1,/r/woodworking/comments/1afjd7n/x/c1/,2012-05-01 10:00:00 UTC,,woodworking,0,"
        "t3_1afjd7n,1afjd7n,old export with fullnames,",
        f"c2,{THREAD}c2/,2023-01-05 14:03:22 UTC,,woodworking,0,1afjd7n,t1_c1,bare link id,",
        f"c3,{THREAD}c3/,2023-01-05 14:03:23,,woodworking,0,,c2,no link: from the permalink,",
        f"c4,{THREAD}c4/,2023-01-05T14:03:24+00:00,,woodworking,0,{THREAD},{THREAD},"
        f"parent is the post's URL,",
    )
    items = items_of(read_all(connector, path))
    assert items["t1_c1"].url == "https://www.reddit.com/r/woodworking/comments/1afjd7n/x/c1/"
    assert items["t1_c1"].created_at == 1335866400
    assert [
        (items[key].parent_external_id, items[key].thread_external_id, items[key].created_at)
        for key in ("t1_c1", "t1_c2", "t1_c3", "t1_c4")
    ] == [
        ("t3_1afjd7n", "t3_1afjd7n", 1335866400),
        ("t1_c1", "t3_1afjd7n", 1672927402),
        ("t1_c2", "t3_1afjd7n", 1672927403),
        ("t3_1afjd7n", "t3_1afjd7n", 1672927404),
    ]


def test_bad_fields_are_bad_records_naming_file_line_and_field(tmp_path):
    path = comments_file(
        tmp_path,
        f"c1,{THREAD}c1/,yesterday,,woodworking,0,{THREAD},,bad date,",
        f"c2,{THREAD}c2/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},??,bad parent,",
        f"c3!,{THREAD}c3/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,bad id,",
        f"c4,{THREAD}c4/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,good,",
    )
    records = read_all(connector, path)
    assert [str(bad) for bad in bad_records(records)] == [
        "comments.csv, line 2, field 'date': not an ISO 8601 time: 'yesterday'",
        "comments.csv, line 3, field 'parent': is neither a Reddit link nor an id: '??'",
        "comments.csv, line 4, field 'id': is not a Reddit id: 'c3!'",
    ]
    assert list(items_of(records)) == ["t1_c4"]


def test_wrong_number_of_fields_fails_the_import_and_changes_nothing(tmp_path, store, import_with):
    path = comments_file(
        tmp_path,
        f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,fine,",
        f'c2,{THREAD}c2/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,"two\nlines",,extra',
        f"c3,{THREAD}c3/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,fine too,",
    )
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"comments.csv, line 3: has 11 fields, the header has 10"
    ):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 2
    assert summary.skipped == ["comments.csv, line 3: has 11 fields, the header has 10"]


def test_bytes_that_are_not_utf8_name_the_line(tmp_path):
    path = tmp_path / "comments.csv"
    path.write_bytes(
        "\r\n".join(
            [
                COMMENTS_HEADER,
                f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,Grüße,",
                f"c2,{THREAD}c2/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,",
            ]
        ).encode()
        + "Grüße in cp1252,\r\n".encode("cp1252")
        + f"c3,{THREAD}c3/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,ok,\r\n".encode()
    )
    records = read_all(connector, path)
    assert [str(bad) for bad in bad_records(records)] == [
        "comments.csv, line 3, field 'body': is not UTF-8 text (byte 0xfc); save the file as UTF-8"
    ]
    assert items_of(records)["t1_c1"].body == "Grüße"
    assert "t1_c3" in items_of(records)


def test_a_cut_off_file_is_a_bad_last_record(tmp_path):
    data = (EXPORT / "comments.csv").read_bytes()
    path = tmp_path / "comments.csv"
    path.write_bytes(data[: data.index(b"Agreed, the finish")])
    records = read_all(connector, path)
    assert [str(bad) for bad in bad_records(records)] == [
        "comments.csv, line 5: has 9 fields, the header has 10"
    ]
    assert list(items_of(records)) == ["t1_k9x1a01"]


def test_very_long_bodies_are_read(tmp_path):
    body = "wood " * 100_000  # 500 kB, beyond the csv module's default limit of 128 KiB
    path = comments_file(
        tmp_path, f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,{body},"
    )
    assert items_of(read_all(connector, path))["t1_c1"].body == body


def test_the_owner_from_the_archive_name_or_nobody(tmp_path):
    row = f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,hello,"
    packed = tmp_path / "export_oak_friend_20240205.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("comments.csv", f"{COMMENTS_HEADER}\r\n{row}\r\n")
    records = read_all(connector, packed)
    assert [r.external_id for r in records if isinstance(r, MemberRecord)] == ["oak_friend"]
    assert items_of(records)["t1_c1"].author_id == "oak_friend"

    folder = comments_file(tmp_path, row, name="export_birch-fan_20231130/comments.csv").parent
    assert items_of(read_all(connector, folder))["t1_c1"].author_id == "birch-fan"

    alone = comments_file(tmp_path, row, name="somewhere/comments.csv")
    records = read_all(connector, alone)
    assert not [r for r in records if isinstance(r, MemberRecord)]
    assert items_of(records)["t1_c1"].author_id is None


def test_an_empty_export_yields_nothing(tmp_path):
    empty = comments_file(tmp_path)
    with open_input(empty) as source:
        assert connector.detect(source) == 95
    assert read_all(connector, empty) == []
    only_statistics = tmp_path / "stats"
    only_statistics.mkdir()
    shutil.copy(EXPORT / "statistics.csv", only_statistics)
    with open_input(only_statistics) as source:
        assert connector.detect(source) == 0
    assert read_all(connector, only_statistics) == []


def test_a_duplicate_id_makes_one_item(tmp_path, store, import_with):
    path = comments_file(
        tmp_path,
        f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,first copy,",
        f"c1,{THREAD}c1/,2023-01-05 14:03:22 UTC,,woodworking,0,{THREAD},,first copy,",
    )
    assert import_with(connector, path).items_added == 1
    assert store.counts()["items"] == 1


def test_reimport_adds_nothing(import_with):
    first = import_with(connector, EXPORT)
    assert (first.items_added, first.members_added) == (6, 1)
    again = import_with(connector, EXPORT)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)


def test_export_and_pushshift_dump_share_rows(tmp_path, store, import_with):
    dumps = [
        DUMPS / "pushshift-importer_test_comments.ndjson",
        DUMPS / "pushshift-importer_test_submissions.ndjson",
    ]
    first = import_with(PushshiftConnector(), *dumps)
    with store.read() as connection:
        before = connection.exec_driver_sql(
            "SELECT items.id, members.id FROM items JOIN members ON members.id = items.member_id "
            "WHERE items.external_id = 't1_kod0bkd'"
        ).one()
    # DubsAli's own export repeats the dump's comment kod0bkd under the same fullname.
    export = comments_file(
        tmp_path,
        f"kod0bkd,{THREAD}kod0bkd/,2024-02-01 00:00:00 UTC,198.51.100.5,woodworking,0,{THREAD},,"
        '"Absolutely stunning. Really love this, perfect finish IMO as well.",',
        name="export_DubsAli_20240205/comments.csv",
    ).parent
    second = import_with(connector, export)
    assert (second.items_added, second.members_added) == (0, 0)
    with store.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT items.id, items.member_id, items.created_at, items.parent_external_id, "
            "items.thread_external_id, items.body FROM items WHERE external_id = 't1_kod0bkd'"
        ).all()
    assert len(rows) == 1
    assert rows[0][:5] == (*before, 1706745600, "t3_1afjd7n", "t3_1afjd7n")
    assert store.counts()["items"] == first.items_added

    # maple_owl's reply to that comment links to the dump's row.
    third = import_with(connector, EXPORT)
    assert third.items_added == 6
    with store.read() as connection:
        parent = connection.exec_driver_sql(
            "SELECT parent.id FROM items AS reply JOIN items AS parent "
            "ON parent.network = reply.network AND parent.external_id = reply.parent_external_id "
            "WHERE reply.external_id = 't1_k9x1a02'"
        ).scalar_one()
    assert parent == before[0]

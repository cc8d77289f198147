import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.csv_mapped import MappedCsvConnector, preview, sniff_delimiter
from workbench.connectors.inputs import open_input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

FORUM = FIXTURES / "csv" / "forum-export.csv"
GERMAN = FIXTURES / "csv" / "forum-de-semikolon.csv"
FORUM_MAP = (
    ("item_id", "post_id"),
    ("thread_id", "thread"),
    ("parent_id", "reply_to"),
    ("author", "user_id"),
    ("author_name", "user_name"),
    ("email", "user_email"),
    ("created_at", "posted"),
    ("title", "subject"),
    ("body", "text"),
    ("state", "status"),
    ("reports", "flags"),
    ("network", "=forum"),
)
GERMAN_MAP = (
    ("item_id", "Beitrag"),
    ("author", "Autor"),
    ("author_name", "Name"),
    ("created_at", "Datum"),
    ("body", "Text"),
    ("state", "Status"),
)
SIMPLE_MAP = (("item_id", "id"), ("author", "user"), ("created_at", "time"), ("body", "text"))
connector = MappedCsvConnector()


def items_of(records):
    return {r.external_id: r for r in records if isinstance(r, ItemRecord)}


def simple_csv(tmp_path, *rows, name="posts.csv", header="id,user,time,text"):
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode())
    return path


def test_detects_any_csv_with_a_header_but_scores_low(tmp_path):
    for path in (FORUM, GERMAN, FIXTURES / "reddit-export"):
        with open_input(path) as source:
            assert connector.detect(source) == 10, path
    tabbed = simple_csv(tmp_path, "1\tx\t1\thello", name="tabs.tsv", header="id\tuser\ttime\ttext")
    with open_input(tabbed) as source:
        assert connector.detect(source) == 10


def test_detects_nothing_in_other_files(tmp_path):
    (tmp_path / "one-column.csv").write_text("text\nhello\n")
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 300)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("a,b,c\n1,2,3\n")
    others = [
        FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson",
        tmp_path / "one-column.csv",
        tmp_path / "binary.csv",
        tmp_path / "empty.csv",
        tmp_path / "notes.txt",
    ]
    for path in others:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path


def test_reads_a_forum_export_through_the_mapping():
    records = read_all(connector, FORUM, ImportOptions(column_map=FORUM_MAP))
    assert not bad_records(records)
    members = [r for r in records if isinstance(r, MemberRecord)]
    assert [(m.network, m.external_id, m.display_name, m.email) for m in members] == [
        ("forum", "7", "Ada Lovelace", "ada@example.org"),
        ("forum", "8", "Brian O'Neil", "brian@example.net"),
        ("forum", "9", "spam_bot_99", None),
    ]
    # Each member comes once, before the first item that names it.
    order = [r.external_id for r in records]
    assert order == ["7", "101", "8", "102", "9", "103", "104"]
    items = items_of(records)
    welcome = items["101"]
    assert (welcome.network, welcome.author_id, welcome.kind) == ("forum", "7", "post")
    assert (welcome.title, welcome.body) == (
        "Welcome to the forum",
        "Hello all, please read the rules first.",
    )
    assert welcome.created_at == 1704450202
    assert (welcome.parent_external_id, welcome.thread_external_id) == (None, "101")
    reply = items["102"]
    assert (reply.kind, reply.parent_external_id, reply.thread_external_id) == (
        "reply",
        "101",
        "101",
    )
    assert reply.created_at == 1704452700  # 2024-01-05T11:05:00Z
    spam = items["103"]
    assert (spam.platform_state, spam.report_count, spam.created_at) == ("held", 3, 1704454200)
    release = items["104"]
    assert release.body == "Version 2 is out 🎉\nChangelog below."
    assert release.created_at == 1704528000  # "2024-01-06 08:00:00" taken as UTC
    assert release.raw["posted"] == "2024-01-06 08:00:00"
    for item in items.values():
        assert "user_email" not in item.raw and "ip_address" not in item.raw
        assert "@" not in str(item.raw)


def test_ip_addresses_are_kept_only_when_asked_and_emails_never():
    options = ImportOptions(column_map=FORUM_MAP, keep_ips=True, keep_emails=True)
    items = items_of(read_all(connector, FORUM, options))
    assert items["101"].raw["ip_address"] == "192.0.2.10"
    assert "user_email" not in items["101"].raw


def test_reads_german_excel_semicolons_with_umlauts():
    with open_input(GERMAN) as source:
        assert sniff_delimiter(source.head(source.members()[0])) == ";"
    records = read_all(connector, GERMAN, ImportOptions(column_map=GERMAN_MAP))
    assert not bad_records(records)
    members = [r for r in records if isinstance(r, MemberRecord)]
    assert [(m.network, m.external_id, m.display_name) for m in members] == [
        ("csv", "u42", "Jürgen Müller"),
        ("csv", "u43", "Zoë Weiß"),
    ]
    items = items_of(records)
    assert items["5001"].body == "Grüße aus München, schöne Grüße an alle!"
    assert items["5001"].created_at == 1709284500  # 2024-03-01 09:15 UTC
    assert items["5002"].body == 'Straße, Hausnummer; und "Zitat" \u2013 alles dabei'
    assert (items["5002"].platform_state, items["5002"].created_at) == ("reported", 1709288430)
    assert "Beitrag" in items["5001"].raw  # the byte-order mark is not part of the name


def test_tab_separated_values(tmp_path):
    path = simple_csv(
        tmp_path,
        "1\tx\t1700000000\thello, world; tabs",
        name="t.tsv",
        header="id\tuser\ttime\ttext",
    )
    items = items_of(read_all(connector, path, ImportOptions(column_map=SIMPLE_MAP)))
    assert items["1"].body == "hello, world; tabs"


def test_without_a_mapping_the_error_lists_the_columns():
    with pytest.raises(FormatError) as caught:
        read_all(connector, GERMAN)
    message = str(caught.value)
    assert "--map FIELD=COLUMN" in message
    assert "'Beitrag', 'Autor', 'Name', 'Datum', 'Text', 'Status'" in message
    assert message.startswith("forum-de-semikolon.csv: ")


def test_a_wide_or_hostile_header_is_listed_in_a_line(tmp_path):
    """A header of thousands of columns, or one name of megabytes, made a message of as many
    bytes (issue 16): the columns are listed cut short, the first thirty."""
    path = tmp_path / "wide.csv"
    names = ["id", "x" * 300_000, *(f"column{n}" for n in range(3_000))]
    path.write_text(",".join(names) + "\n" + ",".join("1" for _ in names) + "\n")
    for mapping in ((), (("item_id", "nope"),)):
        with pytest.raises(FormatError) as caught:
            read_all(connector, path, ImportOptions(column_map=mapping))
        message = str(caught.value)
        assert len(message) < 1000 and message.endswith(", 'column27', … (3,002 in all)")
        assert "'id', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'… (40+ characters)" in message


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        (
            (*SIMPLE_MAP[:3], ("body", "message")),
            "the mapping names the column 'message', which is not in the file; its columns are: "
            "'id', 'user', 'time', 'text'",
        ),
        (SIMPLE_MAP[:3], "the mapping must give body"),
        ((*SIMPLE_MAP, ("mood", "text")), "unknown field 'mood' in the mapping"),
        ((*SIMPLE_MAP, ("body", "id")), "the field 'body' is mapped twice"),
    ],
)
def test_a_mapping_that_does_not_fit_is_a_format_error(tmp_path, mapping, expected):
    path = simple_csv(tmp_path, "1,x,1700000000,hello")
    with pytest.raises(FormatError, match=expected):
        read_all(connector, path, ImportOptions(column_map=mapping))


def test_a_mapped_column_the_header_has_twice_is_refused(tmp_path):
    """A row was read from the column's last copy, without a word."""
    path = tmp_path / "twice.csv"
    path.write_text("id,user,time,text, text\n1,x,1700000000,first,second\n")
    with pytest.raises(FormatError) as caught:
        read_all(connector, path, ImportOptions(column_map=SIMPLE_MAP))
    assert str(caught.value) == (
        "twice.csv, line 1: the column 'text' appears twice in the header, so which of them "
        "holds body cannot be told; rename or remove the other"
    )


def test_a_column_the_mapping_does_not_use_may_appear_twice(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("id,user,time,text,note,note\n1,x,1700000000,hello,first,second\n")
    (item,) = items_of(read_all(connector, path, ImportOptions(column_map=SIMPLE_MAP))).values()
    assert (item.body, item.raw["note"]) == ("hello", "second")


def test_constants_for_network_and_state_and_held_items_are_queued(tmp_path, import_with):
    path = simple_csv(tmp_path, "1,x,1700000000,one", "2,y,1700000001,two")
    mapping = (*SIMPLE_MAP, ("network", "=forum"), ("state", "=held"))
    items = items_of(read_all(connector, path, ImportOptions(column_map=mapping)))
    assert [(i.network, i.platform_state) for i in items.values()] == [("forum", "held")] * 2
    summary = import_with(connector, path, column_map=mapping)
    assert (summary.items_added, summary.queued) == (2, 2)


def test_held_and_reported_rows_of_the_forum_are_queued(import_with):
    summary = import_with(connector, FORUM, column_map=FORUM_MAP)
    assert (summary.items_added, summary.members_added, summary.queued) == (4, 3, 1)
    german = import_with(connector, GERMAN, column_map=GERMAN_MAP)
    assert german.queued == 1


def test_bad_values_are_bad_records_naming_line_and_field(tmp_path):
    path = simple_csv(
        tmp_path,
        "1,x,soon,bad time,,",
        "2,x,1700000000,bad state,maybe,",
        "3,x,1700000000,bad reports,published,many",
        ",x,1700000000,no id,,",
        "5,x,1700000000,fine,,",
        f"6,x,{2**64},time beyond 64 bits,,",
        f"7,x,1700000000,reports beyond 64 bits,,{2**64}",
        header="id,user,time,text,status,reports",
    )
    mapping = (*SIMPLE_MAP, ("state", "status"), ("reports", "reports"))
    records = read_all(connector, path, ImportOptions(column_map=mapping))
    assert [str(bad) for bad in bad_records(records)] == [
        "posts.csv, line 2, field 'created_at': expected Unix seconds, ISO 8601 or "
        "YYYY-MM-DD HH:MM:SS, got 'soon'",
        "posts.csv, line 3, field 'state': must be one of published, held, spam, trash, "
        "reported, deleted, got 'maybe'",
        "posts.csv, line 4, field 'reports': expected a whole number of reports, got 'many'",
        "posts.csv, line 5, field 'item_id': is empty",
        f"posts.csv, line 7, field 'created_at': is not a time before the year 10000: '{2**64}'",
        f"posts.csv, line 8, field 'reports': expected a whole number of reports, got '{2**64}'",
    ]
    assert list(items_of(records)) == ["5"]


def test_a_bad_line_fails_the_import_and_changes_nothing(tmp_path, store, import_with):
    path = simple_csv(tmp_path, "1,x,1700000000,one", "2,x,1700000000,two,three", "3,y,1,four")
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"posts.csv, line 3: has 5 fields, the header has 4"
    ):
        import_with(connector, path, column_map=SIMPLE_MAP)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True, column_map=SIMPLE_MAP)
    assert (summary.items_added, summary.members_added) == (2, 2)


def test_bytes_that_are_not_utf8_name_the_line(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "id;user;time;text\n1;x;1700000000;Grüße\n".encode()
        + "2;x;1700000000;Grüße aus Köln\n".encode("cp1252")
        + b"3;x;1700000000;fine\n"
    )
    records = read_all(connector, path, ImportOptions(column_map=SIMPLE_MAP))
    assert [str(bad) for bad in bad_records(records)] == [
        "excel.csv, line 3, field 'text': is not UTF-8 text (byte 0xfc); save the file as UTF-8"
    ]
    assert sorted(items_of(records)) == ["1", "3"]
    header = tmp_path / "header.csv"
    header.write_bytes("Nummer;Straße;Zeit;Text\n1;x;1;y\n".encode("cp1252"))
    with pytest.raises(FormatError, match=r"header.csv, line 1: the header is not UTF-8 text"):
        read_all(connector, header, ImportOptions(column_map=SIMPLE_MAP))


def test_a_cut_off_file_is_a_bad_last_record(tmp_path):
    data = FORUM.read_bytes()
    path = tmp_path / "forum-export.csv"
    path.write_bytes(data[: data.index("🎉".encode())])
    records = read_all(connector, path, ImportOptions(column_map=FORUM_MAP))
    assert [str(bad) for bad in bad_records(records)] == [
        "forum-export.csv, line 5: has 9 fields, the header has 12"
    ]
    assert sorted(items_of(records)) == ["101", "102", "103"]


def test_empty_files_and_anonymous_rows(tmp_path):
    header_only = simple_csv(tmp_path)
    assert read_all(connector, header_only, ImportOptions(column_map=SIMPLE_MAP)) == []
    anonymous = simple_csv(tmp_path, "1,,1700000000,by a guest", name="guest.csv")
    records = read_all(connector, anonymous, ImportOptions(column_map=SIMPLE_MAP))
    assert [(type(r).__name__, r.author_id) for r in records] == [("ItemRecord", None)]


def test_a_duplicate_id_makes_one_item_and_reimport_adds_nothing(tmp_path, store, import_with):
    path = simple_csv(tmp_path, "1,x,1700000000,one", "1,x,1700000000,one", "2,x,1700000001,two")
    first = import_with(connector, path, column_map=SIMPLE_MAP)
    assert (first.items_added, first.members_added) == (2, 1)
    assert store.counts()["items"] == 2
    again = import_with(connector, path, column_map=SIMPLE_MAP)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)


def test_preview_gives_the_header_and_the_first_rows():
    with open_input(GERMAN) as source:
        header, rows = preview(source, source.members()[0], rows=1)
    assert header == ["Beitrag", "Autor", "Name", "Datum", "Text", "Status"]
    assert rows == [
        [
            "5001",
            "u42",
            "Jürgen Müller",
            "2024-03-01 09:15",
            "Grüße aus München, schöne Grüße an alle!",
            "published",
        ]
    ]
    with open_input(FORUM) as source:
        header, rows = preview(source, source.members()[0])
    assert len(header) == 12 and len(rows) == 4
    assert rows[3][8] == "Version 2 is out 🎉\r\nChangelog below."

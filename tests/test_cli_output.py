"""What the CLI prints comes from untrusted posts: control characters reach the terminal only
written out, never as controls."""

import orjson

from workbench.cli import main
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import open_store

HOSTILE = "Hallo \x1b]0;pwned\x07 und \x1b[2J weg \u202egnilrats\u202c Ende\u200b! \x85\x7f"


def _store(path):
    with open_store(path) as store, store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("forum", "u1", handle="troll\x1b[31m"))
        ingestor.add(ItemRecord("forum", "p1", "u1", "post", 900, body=HOSTILE, report_count=1))
        ingestor.finish()


def test_the_queue_prints_control_characters_escaped(capsys, tmp_path):
    path = tmp_path / "w.db"
    _store(path)
    assert main(["queue", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\u200b" not in out
    assert "\\x1b]0;pwned\\x07" in out and "\\x1b[2J" in out and "\\u202e" in out
    assert "troll\\x1b[31m" in out and "\\u0085\\u007f" in out and "\x85" not in out


def test_json_keeps_the_text_as_it_is(capsys, tmp_path):
    path = tmp_path / "w.db"
    _store(path)
    assert main(["queue", "--db", str(path), "--json"]) == 0
    [row] = orjson.loads(capsys.readouterr().out)
    assert row["text"] == HOSTILE and row["author"] == "troll\x1b[31m"  # the real text, escaped

"""Mastodon's domain-block CSV: a list's domains written and read back, a file read into a list
adds, changes and retracts entries (a plan first), and a hostile file is refused by its line."""

from pathlib import Path

import pytest

from tests.conftest import AUTHOR
from workbench.core.errors import WorkbenchError
from workbench.core.store import Store
from workbench.core.team import watchlists
from workbench.core.team.watchlists import Target
from workbench.core.team.watchlists_changes import carry_out, plan
from workbench.core.team.watchlists_csv import HEADER, MAX_BYTES, read_csv, write_csv

MASTODON_EXPORT = (
    "#domain,#severity,#reject_media,#reject_reports,#public_comment,#obfuscate\n"
    "spam.example,suspend,true,true,Werbung,false\n"
    "loud.example,silence,false,false,,false\n"
    'noisy.example,noop,true,false,"Bilder, nur Bilder",true\n'
)


def _domains(store: Store) -> dict[str, tuple[str, str]]:
    with store.read() as connection:
        listed = watchlists.find(connection, AUTHOR, "Blocks")
        return {
            str(e.target): (e.recommendation, e.reason)
            for e in watchlists.entries(connection, listed)
        }


def _read_into(store: Store, path: Path) -> tuple[str, ...]:
    with store.write() as connection:
        listed = watchlists.find(connection, AUTHOR, "Blocks")
        planned = plan(connection, listed, read_csv(path), lambda e: e.target.is_domain)
        carry_out(connection, planned, AUTHOR)
    return tuple(f"{c.what} {c.target}" for c in planned.changes)


@pytest.fixture
def blocks(store: Store) -> Store:
    with store.write() as connection:
        watchlists.create(connection, "Blocks", AUTHOR)
        listed = watchlists.find(connection, AUTHOR, "Blocks")
        member = Target("mastodon", "109")
        watchlists.set_entry(connection, listed, member, "ban", AUTHOR)
    return store


def test_a_mastodon_export_read_into_a_list_and_written_back_is_the_same(blocks, tmp_path):
    source = tmp_path / "domain_blocks.csv"
    source.write_text(MASTODON_EXPORT)
    assert _read_into(blocks, source) == (
        "added loud.example",
        "added noisy.example",
        "added spam.example",
    )
    assert _domains(blocks)["spam.example"] == ("ban", "Werbung")
    assert _domains(blocks)["noisy.example"] == ("watch", "Bilder, nur Bilder")
    out = tmp_path / "out.csv"
    with blocks.read() as connection:
        listed = watchlists.find(connection, AUTHOR, "Blocks")
        exported = write_csv(out, watchlists.entries(connection, listed))
    assert (exported.written, exported.left_out) == (3, 0)
    assert out.read_text().splitlines()[0] == ",".join(HEADER)
    assert read_csv(out) == read_csv(source)
    assert _read_into(blocks, out) == ()  # the same file again changes nothing


def test_a_file_read_again_updates_and_removes_what_mastodon_cannot(blocks, tmp_path):
    source = tmp_path / "domain_blocks.csv"
    source.write_text(MASTODON_EXPORT)
    _read_into(blocks, source)
    source.write_text(",".join(HEADER) + "\nspam.example,silence,false,false,Nur leiser,false\n")
    assert _read_into(blocks, source) == (
        "changed spam.example",
        "retracted loud.example",
        "retracted noisy.example",
    )
    assert _domains(blocks) == {
        "spam.example": ("mute", "Nur leiser"),
        "mastodon:109": ("ban", ""),  # members are outside a domain-block file's scope
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("domain,severity\nspam.example,suspend\n", "line 1: the header must be #domain"),
        ("", "line 1: the header must be"),
        (
            ",".join(HEADER) + "\nspam.example,suspend,true,true,,false\nbad domain,noop,,,,\n",
            "line 3: 'bad domain' is not a domain name",
        ),
        (",".join(HEADER) + "\nspam.example,obliterate,,,,\n", "line 2: #severity is one of"),
        (",".join(HEADER) + "\nspam.example,noop,maybe,,,\n", "line 2: #reject_media is true"),
        (",".join(HEADER) + "\nspam.example,noop,,\n", "line 2: 4 fields where the header has 6"),
        (",".join(HEADER) + "\na.example,noop,,,,\n\nA.example,noop,,,,\n", "line 4: a.example is"),
        (",".join(HEADER) + '\na.example,noop,,,"' + "x" * 1001 + '",\n', "line 2: #public_"),
        (",".join(HEADER) + '\na.example,noop,,,"open,\n', "line 2"),
    ],
)
def test_a_hostile_file_is_refused_naming_its_line(tmp_path, text, message):
    path = tmp_path / "blocks.csv"
    path.write_text(text)
    with pytest.raises(WorkbenchError, match=message):
        read_csv(path)


def test_a_huge_file_and_one_not_in_utf8_are_refused(tmp_path):
    huge = tmp_path / "huge.csv"
    with huge.open("w") as out:
        out.write(",".join(HEADER) + "\n")
        out.truncate(MAX_BYTES + 10)
    with pytest.raises(WorkbenchError, match="larger than 16 MiB"):
        read_csv(huge)
    latin = tmp_path / "latin.csv"
    latin.write_bytes((",".join(HEADER) + "\nb\xfccher.example,noop,,,,\n").encode("latin-1"))
    with pytest.raises(WorkbenchError, match="line 2: not UTF-8"):
        read_csv(latin)

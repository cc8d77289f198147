"""`workbench watchlist …`: Alice keeps a list, Bob follows it through her bundles, sees her
retraction before he merges it, overrides an entry; the list's domains as Mastodon's CSV."""

import json

import keyring

from tests.live.support import MemoryKeyring
from workbench.cli import main
from workbench.core import paths


def _run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def _as(monkeypatch, capsys, tmp_path, name: str) -> str:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / name))
    assert _run(capsys, "whoami", name)[0] == 0
    code, out = _run(capsys, "team", "key", "--json")
    assert code == 0, out
    return str(json.loads(out)["fingerprint"])


def test_a_list_shared_followed_retracted_and_overridden(tmp_path, capsys, monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    first, second = str(tmp_path / "1.wblog"), str(tmp_path / "2.wblog")
    bobs = _as(monkeypatch, capsys, tmp_path, "Bob")
    alices = _as(monkeypatch, capsys, tmp_path, "Alice")
    assert _run(capsys, "team", "trust", bobs, "--name", "Bob", "--db", a)[0] == 0
    assert _run(capsys, "watchlist", "create", "Spam", "--db", a)[0] == 0
    for target, recommend in (("matrix:@eve:spam.example", "ban"), ("Spam.Example", "mute")):
        code, out = _run(
            capsys, "watchlist", "add", "Spam", target, "--recommend", recommend,
            "--reason", "Werbung", "--expires", "30d", "--db", a,
        )  # fmt: skip
        assert code == 0, out
    code, out = _run(capsys, "watchlist", "add", "Spam", "not a domain", "--db", a)
    assert code == 1 and "'not a domain' is not a domain name" in out
    assert _run(capsys, "log", "export", "--db", a, first)[0] == 0

    _as(monkeypatch, capsys, tmp_path, "Bob")
    assert _run(capsys, "team", "trust", alices, "--name", "Alice", "--db", b)[0] == 0
    code, out = _run(capsys, "log", "import", "--db", b, first)
    assert code == 0, out
    code, out = _run(capsys, "watchlist", "list", "--json", "--db", b)
    [listed] = json.loads(out)
    assert (listed["owner"], listed["in_force"], listed["entries"]) == ("Alice", False, 2)
    code, out = _run(capsys, "watchlist", "subscribe", "Spam", "--db", b)
    assert code == 0 and "2 entries are in force" in out and "@eve:spam.example" in out, out
    code, out = _run(capsys, "watchlist", "add", "Spam", "other.example", "--db", b)
    assert code == 1 and "Alice's" in out
    code, out = _run(
        capsys, "watchlist", "override", "Spam", "spam.example", "--as", "ignore", "--db", b
    )
    assert code == 0, out

    _as(monkeypatch, capsys, tmp_path, "Alice")
    assert (
        _run(capsys, "watchlist", "retract", "Spam", "matrix:@eve:spam.example", "--db", a)[0] == 0
    )
    assert _run(capsys, "log", "export", "--db", a, second)[0] == 0

    _as(monkeypatch, capsys, tmp_path, "Bob")
    code, out = _run(capsys, "log", "import", "--db", b, "--dry-run", second)
    assert code == 0 and "in the watch lists you follow:" in out, out
    assert "Spam: - matrix:@eve:spam.example: ban retracted" in out
    code, out = _run(capsys, "log", "import", "--db", b, "--json", second)
    assert json.loads(out)["watchlists"][0]["change"] == "retracted"
    code, out = _run(capsys, "watchlist", "show", "Spam", "--json", "--db", b)
    [entry] = json.loads(out)["items"]
    assert (entry["target"], entry["in_force_here"]) == ("spam.example", "ignore")


def test_a_lists_domains_as_mastodons_csv(tmp_path, capsys, monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    db = str(tmp_path / "a.db")
    _as(monkeypatch, capsys, tmp_path, "Alice")
    assert _run(capsys, "watchlist", "create", "Blocks", "--db", db)[0] == 0
    blocks = tmp_path / "domain_blocks.csv"
    blocks.write_text(
        "#domain,#severity,#reject_media,#reject_reports,#public_comment,#obfuscate\n"
        "spam.example,suspend,true,true,Werbung,false\n"
        "loud.example,silence,false,false,,false\n"
    )
    code, out = _run(
        capsys, "watchlist", "import-csv", "Blocks", str(blocks), "--dry-run", "--db", db
    )
    assert code == 0 and "+ spam.example: ban" in out and "Dry run" in out, out
    code, out = _run(capsys, "watchlist", "import-csv", "Blocks", str(blocks), "--db", db)
    assert code == 0 and "2 changes" in out, out
    out_csv = tmp_path / "out.csv"
    code, out = _run(capsys, "watchlist", "export-csv", "Blocks", str(out_csv), "--db", db)
    assert code == 0 and "Wrote 2 domains" in out
    assert out_csv.read_text().splitlines()[1:] == [
        "loud.example,silence,false,false,,false",
        "spam.example,suspend,true,true,Werbung,false",
    ]
    blocks.write_text("domain\nspam.example\n")
    code, out = _run(capsys, "watchlist", "import-csv", "Blocks", str(blocks), "--db", db)
    assert code == 1 and "domain_blocks.csv, line 1: the header must be" in out

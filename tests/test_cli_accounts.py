"""`workbench account …` without a network: what it keeps, what it prints, and the keyring."""

import io
import json

import keyring
from keyring.backends import fail

from tests.live.support import MemoryKeyring
from workbench.cli import main


def _run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_are_added_listed_and_removed(tmp_path, capsys, monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    db = str(tmp_path / "w.db")
    code, out, err = _run(
        capsys, monkeypatch,
        "account", "add", "matrix", "--name", "Räume", "--homeserver", "https://matrix.example",
        "--user", "@mod:example", "--room", "#werkstatt:example", "--room", "!abc:example",
        "--db", db, stdin="syt_token_123\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(capsys, monkeypatch, "account", "list", "--json", "--db", db)
    [shown] = json.loads(out)
    assert shown["rooms"] == ["#werkstatt:example", "!abc:example"] and shown["kind"] == "matrix"
    assert "syt_token_123" not in out and list(backend.entries.values()) == ["syt_token_123"]
    code, _, err = _run(
        capsys, monkeypatch,
        "account", "add", "wordpress", "--name", "Räume", "--url", "https://blog.example",
        "--user", "kim", "--db", db, stdin="pw\n",
    )  # fmt: skip
    assert code == 1 and "already" in err
    code, _, err = _run(capsys, monkeypatch, "account", "remove", "Nirgends", "--db", db)
    assert code == 1 and "Räume" in err  # names the accounts there are
    assert _run(capsys, monkeypatch, "account", "remove", "Räume", "--db", db)[0] == 0
    assert backend.entries == {}
    assert b"syt_token_123" not in (tmp_path / "w.db").read_bytes()


def test_without_a_keyring_the_secret_is_not_saved_and_that_is_said(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    db = str(tmp_path / "w.db")
    code, out, err = _run(
        capsys, monkeypatch,
        "account", "add", "wordpress", "--name", "Blog", "--url", "https://blog.example",
        "--user", "kim", "--db", db, stdin="app pass word\n",
    )  # fmt: skip
    assert code == 0, err
    assert "No keyring is usable" in out and "standard input" in out
    code, _, err = _run(
        capsys, monkeypatch,
        "account", "add", "wordpress", "--name", "Leer", "--url", "https://blog.example",
        "--user", "kim", "--db", db, stdin="\n",
    )  # fmt: skip
    assert code == 1 and "No secret was given" in err


def test_the_parsers_words_are_the_cores():
    """The command line spells some of the core's words out to stay light; they must agree."""
    from workbench.cli import accounts as cli_accounts
    from workbench.cli import queue as cli_queue
    from workbench.core.events.projections import DECISIONS
    from workbench.core.live import accounts as live_accounts

    assert set(cli_queue.DECISION_NAMES) == set(DECISIONS)
    assert cli_accounts.REDDIT_REDIRECT == live_accounts.REDDIT_REDIRECT

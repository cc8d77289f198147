"""A watch list published as a Matrix policy room on a real Synapse, as Draupnir and Mjolnir read
it, changed and published again (a retraction is an empty rule), and read back into a list."""

import io
import json
from typing import Any
from urllib.parse import quote

import pytest

from tests.live.synapse_server import SynapseServer, User
from workbench.cli import main

pytestmark = pytest.mark.live


def _rules(synapse: SynapseServer, user: User, room: str) -> dict[str, dict[str, Any]]:
    """The room's policy rules by state key, retracted ones ({} content) among them."""
    state = synapse.call(user, "GET", f"rooms/{quote(room, safe='')}/state")
    return {
        event["state_key"]: event["content"]
        for event in state
        if event["type"] in ("m.policy.rule.user", "m.policy.rule.server")
    }


def test_a_list_published_as_a_policy_room_and_read_back(
    synapse, memory_keyring, tmp_path, capsys, monkeypatch
):
    admin = synapse.register("policy-mod", admin=True, displayname="Moderation")
    room = synapse.make_room(admin, "Bans", "bans-policy")
    db = str(tmp_path / "policy.db")

    def cli(*args: str, stdin: str = "") -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([*args, "--db", db] if args[0] not in ("whoami",) else list(args))
        out, err = capsys.readouterr()
        assert code == 0, out + err
        return out + err

    cli("whoami", "Kim Moderatorin")
    cli(
        "account", "add", "matrix", "--name", "Mods", "--homeserver", synapse.url,
        "--user", admin.user_id, stdin=admin.token + "\n",
    )  # fmt: skip
    cli("watchlist", "create", "Bans")
    for target, recommend, reason in (
        ("matrix:@eve:spam.example", "ban", "Spam"),
        ("matrix:@fred:spam.example", "ban", "Phishing"),
        ("matrix:@gina:example.org", "watch", "Neu"),
        ("discord:4711", "ban", "Elsewhere"),
        ("spam.example", "ban", "Spam server"),
    ):
        cli("watchlist", "add", "Bans", target, "--recommend", recommend, "--reason", reason)
    out = cli(
        "watchlist", "publish", "Bans", "--account", "Mods", "--room", "#bans-policy:localhost"
    )
    assert "3 rules sent, 0 retracted" in out
    assert "1 ban of a member on another network left out" in out
    assert _rules(synapse, admin, room) == {
        "rule:@eve:spam.example": {
            "entity": "@eve:spam.example", "reason": "Spam", "recommendation": "m.ban",
        },
        "rule:@fred:spam.example": {
            "entity": "@fred:spam.example", "reason": "Phishing", "recommendation": "m.ban",
        },
        "rule:spam.example": {
            "entity": "spam.example", "reason": "Spam server", "recommendation": "m.ban",
        },
    }  # fmt: skip

    cli("watchlist", "retract", "Bans", "matrix:@fred:spam.example")
    out = cli("watchlist", "publish", "Bans", "--account", "Mods", "--room", room)
    assert "0 rules sent, 1 retracted, 2 unchanged" in out
    assert _rules(synapse, admin, room)["rule:@fred:spam.example"] == {}

    # Another moderator's rules in the room: a ban, a glob, and one taken back.
    for key, content in (
        ("rule:@hank:bad.example", {"entity": "@hank:bad.example", "reason": "Raid",
                                     "recommendation": "m.ban"}),
        ("rule:@*:evil.example", {"entity": "@*:evil.example", "reason": "",
                                   "recommendation": "m.ban"}),
        ("rule:spam.example", {}),
    ):  # fmt: skip
        synapse.call(
            admin, "PUT",
            f"rooms/{quote(room, safe='')}/state/m.policy.rule.user/{quote(key, safe='')}"
            if key.startswith("rule:@") else
            f"rooms/{quote(room, safe='')}/state/m.policy.rule.server/{quote(key, safe='')}",
            content,
        )  # fmt: skip
    out = cli("watchlist", "read-room", "Bans", "--account", "Mods", "--room", room, "--dry-run")
    assert "+ matrix:@hank:bad.example: ban" in out and "- spam.example: ban retracted" in out
    assert "@*:evil.example" in out and "Dry run" in out
    cli("watchlist", "read-room", "Bans", "--account", "Mods", "--room", room)
    shown = json.loads(cli("watchlist", "show", "Bans", "--json"))
    assert {(e["target"], e["recommendation"]) for e in shown["items"]} == {
        ("matrix:@eve:spam.example", "ban"),
        ("matrix:@hank:bad.example", "ban"),
        ("matrix:@gina:example.org", "watch"),  # not a ban: no room holds it
        ("discord:4711", "ban"),  # not on Matrix
    }

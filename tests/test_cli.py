import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from workbench import __version__
from workbench.cli import main
from workbench.core.store import migrate

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_info_json_reports_the_demo_counts(capsys, demo_path, demo_store):
    code, out, _ = run(capsys, "info", "--db", str(demo_path), "--json")
    assert code == 0
    report = orjson.loads(out)
    assert report["counts"] == demo_store.counts()
    assert report["counts"]["items"] > 2000
    assert report["schema_revision"] == migrate.head_revision()
    assert report["path"] == str(demo_path.resolve())


def test_demo_command_writes_a_new_database(capsys, tmp_path):
    target = tmp_path / "fresh.db"
    code, out, _ = run(capsys, "demo", "--db", str(target))
    assert code == 0 and "members" in out
    code, out, _ = run(capsys, "--db", str(target), "info", "--json")
    assert orjson.loads(out)["counts"]["members"] >= 300


def test_demo_refuses_an_existing_file(capsys, demo_path):
    code, _, err = run(capsys, "demo", "--db", str(demo_path))
    assert code == 1
    assert err.count("\n") == 1 and "already exists" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info", "--db", "/nonexistent/folder/x.db"], "does not exist"),
        (["info", "--db", "missing.db"], "no database"),
    ],
)
def test_user_mistakes_print_one_line_and_fail(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args)
    assert code == 1
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_whoami_sets_the_author(capsys):
    assert run(capsys, "whoami")[0] == 1
    code, out, _ = run(capsys, "whoami", "  Mara   Lindqvist ")
    assert (code, out.strip()) == (0, "Mara Lindqvist")
    assert run(capsys, "whoami")[1].strip() == "Mara Lindqvist"


def test_the_installed_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "info", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("workbench: ") and "Traceback" not in result.stderr


def test_import_json_summary_and_reimport(capsys, tmp_path):
    db = str(tmp_path / "w.db")
    mastodon = str(FIXTURES / "mastodon-archive")
    code, out, _ = run(capsys, "import", "--db", db, "--json", mastodon)
    first = orjson.loads(out)
    assert (
        code == 0
        and first["items_added"] == 18
        and first["files"][0]["format"] == "mastodon-archive"
    )
    code, out, _ = run(capsys, "import", "--db", db, "--json", mastodon)
    again = orjson.loads(out)
    assert (again["items_added"], again["items_unchanged"], again["members_added"]) == (0, 18, 0)


def test_import_with_a_mapping_and_skip_bad(capsys, tmp_path):
    csv = tmp_path / "forum.csv"
    csv.write_text(
        "id;user;time;text\n1;anna;1700000000;Hallo\n2;ben;gestern;Kaputt\n3;anna;1700000100;Tschüss\n"
    )
    args = [
        "import",
        "--db",
        str(tmp_path / "w.db"),
        "--map",
        "item_id=id,author=user",
        "--map",
        "created_at=time,body=text,network==forum",
    ]
    code, _, err = run(capsys, *args, str(csv))
    assert (
        code == 1
        and "forum.csv, line 3, field 'created_at'" in err
        and "Nothing was imported" in err
    )
    code, out, _ = run(capsys, *args, "--skip-bad", str(csv))
    assert code == 0 and "Items: 2 added" in out and "Skipped 1 bad record" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "slack-export"], "does not look like Slack workspace export"),
        (["--format", "myspace"], "Unknown format 'myspace'"),
        (["--map", "body"], "--map takes FIELD=COLUMN pairs"),
    ],
)
def test_import_mistakes_are_one_line(capsys, tmp_path, args, message):
    code, _, err = run(
        capsys,
        "import",
        "--db",
        str(tmp_path / "w.db"),
        *args,
        str(FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"),
    )
    assert code == 1 and message in err and err.count("\n") == 1


def test_formats_lists_every_connector(capsys):
    code, out, _ = run(capsys, "formats", "--json")
    names = {entry["name"] for entry in orjson.loads(out)}
    assert code == 0 and len(names) == 10 and {"wordpress-wxr", "csv", "reddit-pushshift"} <= names


def test_queue_lists_items_with_their_text_and_decide_records_events(capsys, demo_path, demo_store):
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--reason", "duplicate", "--json")
    listed = orjson.loads(out)
    assert code == 0 and listed and all("duplicate" in entry["reasons"] for entry in listed)
    first = listed[0]
    assert {"id", "network", "author", "time", "text", "reasons", "state"} <= first.keys()
    assert (
        run(capsys, "decide", "--db", str(demo_path), str(first["id"]), "remove")[0] == 1
    )  # no name yet
    run(capsys, "whoami", "Mara")
    code, out, _ = run(
        capsys, "decide", "--db", str(demo_path), str(first["id"]), "remove", "--note", "Spam"
    )
    assert code == 0 and "Recorded 1 decision" in out
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--state", "removed", "--json")
    assert first["id"] in [entry["id"] for entry in orjson.loads(out)]
    code, out, _ = run(capsys, "undo", "--db", str(demo_path))
    assert code == 0 and "Undid" in out


def test_undo_takes_back_a_whole_bulk_decision_and_says_what(capsys, demo_path):
    run(capsys, "whoami", "Mara")
    _, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "3", "--json")
    ids = [str(entry["id"]) for entry in orjson.loads(out)]
    run(capsys, "decide", "--db", str(demo_path), *ids, "remove")
    code, out, _ = run(capsys, "undo", "--db", str(demo_path))
    assert code == 0 and out.startswith("Undid your latest decision: brought back 3 removed items")
    _, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "5000", "--json")
    assert set(ids) <= {str(entry["id"]) for entry in orjson.loads(out)}
    _, out, _ = run(capsys, "undo", "--db", str(demo_path))
    assert out == "You have no decision to undo.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--search", '"open'], "quotation mark"),
        (["--reason", "spam"], "unknown reason"),
        (["--state", "done"], "unknown state"),
        (["--part", "2"], "--part takes K/N"),
        (["--part", "6/5"], "not 6 of 5"),
    ],
)
def test_queue_mistakes_are_one_line(capsys, demo_path, args, message):
    code, _, err = run(capsys, "queue", "--db", str(demo_path), *args)
    assert code == 1 and message in err and err.count("\n") == 1


def test_the_parts_of_a_shift_share_the_queue(capsys, demo_path):
    def listed(*args: str) -> set[int]:
        _, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "5000", "--json", *args)
        return {entry["id"] for entry in orjson.loads(out)}

    parts = [listed("--part", f"{k}/3") for k in (1, 2, 3)]
    assert all(parts) and set.union(*parts) == listed()
    assert sum(len(part) for part in parts) == len(listed())


def test_member_show_and_note(capsys, demo_path):
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "1", "--json")
    handle = orjson.loads(out)[0]["author"]
    network = orjson.loads(out)[0]["network"]
    code, out, _ = run(
        capsys, "member", "show", f"{network}:{handle}", "--db", str(demo_path), "--json"
    )
    shown = orjson.loads(out)
    assert code == 0 and shown["handle"] == handle and shown["timeline"]
    assert shown["next_step"] in shown["after_each_kind"] or shown["next_step"] == "warning"
    assert isinstance(shown["strikes"], list)
    assert (
        run(
            capsys,
            "member",
            "note",
            f"{network}:{handle}",
            "--db",
            str(demo_path),
            "--type",
            "warning",
            "--text",
            "x",
        )[0]
        == 1
    )
    run(capsys, "whoami", "Mara")
    code, out, _ = run(
        capsys,
        "member",
        "note",
        f"{network}:{handle}",
        "--db",
        str(demo_path),
        "--type",
        "warning",
        "--text",
        "Ton beachten",
    )
    assert code == 0
    code, out, _ = run(capsys, "member", "show", f"{network}:{handle}", "--db", str(demo_path))
    assert "note" in out and "warning: Ton beachten" in out and "[Mara]" in out
    assert "active strikes; the ladder's next step:" in out
    code, _, err = run(capsys, "member", "show", "nobody-at-all", "--db", str(demo_path))
    assert code == 1 and "No member is called nobody-at-all" in err


def test_member_erase_asks_for_the_handle_first(capsys, demo_path):
    run(capsys, "whoami", "Mara")
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "1", "--json")
    entry = orjson.loads(out)[0]
    target = f"{entry['network']}:{entry['author']}"
    code, _, err = run(capsys, "member", "erase", target, "--db", str(demo_path))
    assert code == 1 and f"--confirm {entry['author']}" in err
    code, out, _ = run(
        capsys, "member", "erase", target, "--db", str(demo_path), "--confirm", entry["author"]
    )
    assert code == 0 and "Erased" in out
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "1", "--json")
    assert (
        orjson.loads(out)[0]["author"].startswith("erased-") and orjson.loads(out)[0]["text"] == ""
    )


def test_ratings_import_is_atomic_and_names_bad_lines(capsys, demo_path, tmp_path):
    run(capsys, "whoami", "Mara")
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "2", "--json")
    first, second = (f"{e['network']}:{e['author']}" for e in orjson.loads(out))
    good = tmp_path / "ratings.csv"
    good.write_text(
        f"member;dimension;value;rater;time\n{first};expertise;4;Ben;2026-10-01T12:00:00\n{second};feedback;5;;1790000000\n"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"member,dimension,value,rater,time\n{first},expertise,4,Ben,1790000000\n{second},feedback,9,Ben,1790000000\n"
    )
    code, _, err = run(capsys, "member", "ratings", str(bad), "--db", str(demo_path))
    assert code == 1 and "bad.csv, line 3, field 'value'" in err
    code, out, _ = run(capsys, "member", "ratings", str(good), "--db", str(demo_path))
    assert code == 0 and "Imported 2 ratings." in out
    code, out, _ = run(capsys, "member", "show", first, "--db", str(demo_path), "--json")
    assert orjson.loads(out)["ratings"]["expertise"]["latest"] == 4


def test_intervene_followups_and_observe(capsys, demo_path):
    run(capsys, "whoami", "Mara")
    code, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "1", "--json")
    entry = orjson.loads(out)[0]
    target = f"{entry['network']}:{entry['author']}"
    code, out, _ = run(
        capsys,
        "intervene",
        "--db",
        str(demo_path),
        "--member",
        target,
        "--kind",
        "warning",
        "--text",
        "Bitte freundlich bleiben",
        "--follow-up",
        "0d",
        "--tag",
        "Ton",
        "--json",
    )
    logged = orjson.loads(out)
    assert code == 0 and logged["kind"] == "warning"
    code, out, _ = run(capsys, "followups", "--db", str(demo_path), "--due", "--json")
    due = orjson.loads(out)
    assert any(f["intervention"] == logged["id"] for f in due)
    code, out, _ = run(
        capsys,
        "observe",
        "--db",
        str(demo_path),
        logged["id"],
        "--outcome",
        "improved",
        "--text",
        "ruhiger",
    )
    assert code == 0
    code, out, _ = run(capsys, "followups", "--db", str(demo_path), "--due", "--json")
    assert not any(f["intervention"] == logged["id"] for f in orjson.loads(out))
    code, _, err = run(
        capsys,
        "intervene",
        "--db",
        str(demo_path),
        "--member",
        target,
        "--kind",
        "thanks",
        "--follow-up",
        "soon",
    )
    assert code == 1 and "no duration" in err
    db = ("--db", str(demo_path))
    code, out, _ = run(
        capsys,
        "correct",
        *db,
        logged["id"],
        "--why",
        "Beleidigung",
        "--tag",
        "Raid",
        "--no-follow-up",
    )
    assert code == 0 and "rationale, tags, follow_up_at" in out
    code, _, err = run(capsys, "correct", *db, logged["id"])
    assert code == 1 and "Nothing to correct" in err
    code, _, err = run(capsys, "correct", *db, "no-such-id", "--why", "x")
    assert code == 1 and "Unknown intervention" in err


def test_the_ladder_is_shown_and_set(capsys, demo_path):
    db = ("--db", str(demo_path))
    code, out, _ = run(capsys, "ladder", *db)
    assert code == 0 and out.startswith("warning → temporary_mute → ban;")
    run(capsys, "whoami", "Mara")
    code, out, _ = run(capsys, "ladder", *db, "--steps", "nudge,warning,ban", "--expiry", "90d")
    assert code == 0 and "nudge → warning → ban; strikes expire after 90 days" in out
    code, _, err = run(capsys, "ladder", *db, "--steps", "nudge,slap")
    assert code == 1 and "'slap' is not in the team's kinds of intervention" in err
    assert "nudge → warning → ban" in run(capsys, "ladder", *db)[1]


def test_report_effectiveness(capsys, demo_path, demo_store):
    code, out, _ = run(capsys, "report", "effectiveness", "--db", str(demo_path), "--json")
    rows = orjson.loads(out)
    assert code == 0 and sum(r["count"] for r in rows) == demo_store.counts()["interventions"]
    warning = next(r for r in rows if r["kind"] == "warning")
    assert warning["outcomes"]["improved"] > 0 and warning["outcomes"]["worsened"] > 0
    code, out, _ = run(capsys, "report", "effectiveness", "--db", str(demo_path), "--csv")
    assert out.splitlines()[0].startswith("kind,count,")
    code, out, _ = run(capsys, "report", "effectiveness", "--db", str(demo_path))
    assert "warning" in out and "repeats" in out


def test_incident_commands(capsys, demo_path):
    db = ("--db", str(demo_path))
    run(capsys, "whoami", "Mara")
    code, out, _ = run(capsys, "incident", "open", "Raid am Montag", *db, "--summary", "Forum")
    assert code == 0 and out.startswith("Opened incident")
    code, out, _ = run(capsys, "queue", *db, "--limit", "2", "--json")
    first, second = orjson.loads(out)
    code, _, _ = run(
        capsys,
        "incident",
        "add",
        "Raid am Montag",
        *db,
        "--member",
        f"{first['network']}:{first['author']}",
        "--item",
        str(first["id"]),
        "--item",
        str(second["id"]),
    )
    assert code == 0
    run(capsys, "incident", "note", "Raid am Montag", "Gleicher Text überall", *db)
    run(capsys, "incident", "status", "Raid am Montag", "watching", *db)
    code, out, _ = run(capsys, "incident", "show", "Raid am Montag", *db, "--json")
    shown = orjson.loads(out)
    assert shown["status"] == "watching" and len(shown["members"]) == 1
    kinds = [e["kind"] for e in shown["timeline"]]
    assert kinds.count("item") == 2 and "note" in kinds and "status" in kinds
    code, out, _ = run(capsys, "incident", "list", *db)
    assert "[watching] Raid am Montag" in out
    code, _, err = run(capsys, "incident", "show", "kein Fall", *db)
    assert code == 1 and "No single incident" in err


def test_the_team_vocabulary_is_listed_added_used_and_retired(capsys, demo_path):
    db = ("--db", str(demo_path))
    run(capsys, "whoami", "Mara")
    code, out, _ = run(
        capsys, "vocabulary", "add", "kinds", "Gelbe Karte", *db, "--strike", "--follow-up", "5d"
    )
    assert code == 0 and "Added 'Gelbe Karte'" in out
    code, out, _ = run(capsys, "vocabulary", "list", "kinds", *db, "--json")
    team = [k for k in orjson.loads(out)["kinds"] if not k["built_in"]]
    assert [k["name"] for k in team] == ["Dankeschön-Paket", "Gelbe Karte"]  # the demo's, ours
    assert team[1:] == [
        {
            "name": "Gelbe Karte",
            "built_in": False,
            "follow_up_days": 5,
            "addresses_the_living": False,
            "strike": True,
        }
    ]
    code, out, _ = run(capsys, "intervene", *db, "--member", "1", "--kind", "gelbe karte", "--json")
    assert code == 0 and orjson.loads(out)["kind"] == "Gelbe Karte"
    code, _, err = run(capsys, "member", "note", "1", *db, "--type", "Troll", "--text", "x")
    assert code == 1 and "'Troll' is not in the team's note types" in err
    run(capsys, "vocabulary", "add", "note-types", "Troll", *db)
    code, _, _ = run(capsys, "member", "note", "1", *db, "--type", "Troll", "--text", "x")
    assert code == 0
    code, out, _ = run(capsys, "vocabulary", "retire", "kinds", "Gelbe Karte", *db)
    assert code == 0 and "keeps it" in out
    code, _, err = run(capsys, "vocabulary", "retire", "kinds", "ban", *db)
    assert code == 1 and "built in" in err
    code, out, _ = run(capsys, "vocabulary", "list", *db)
    assert "note-types:" in out and "  Troll  (team)" in out and "Gelbe Karte" not in out

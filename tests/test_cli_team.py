"""`workbench team …` and `workbench log export|import`: two managers, two homes, one bundle."""

import json

import keyring

from tests.live.support import MemoryKeyring
from workbench.cli import main
from workbench.core import paths


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_bundle_travels_from_one_manager_to_another(tmp_path, capsys, monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    alice_db, bob_db, bundle = (str(tmp_path / n) for n in ("a.db", "b.db", "week.wblog"))
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "alice"))
    assert _run(capsys, "whoami", "Alice")[0] == 0
    assert _run(capsys, "demo", "--db", alice_db)[0] == 0
    code, out, _ = _run(capsys, "team", "key", "--json")
    fingerprint = json.loads(out)["fingerprint"]
    assert code == 0 and len(fingerprint) == 32 and len(json.loads(out)["words"].split()) == 6
    [private] = backend.entries.values()
    code, _, err = _run(capsys, "log", "export", "--db", alice_db, str(tmp_path / "week.txt"))
    assert code == 1 and ".wblog" in err
    code, out, err = _run(
        capsys, "log", "export", "--db", alice_db, "--since", "2020-01-01", bundle
    )
    assert code == 0, err
    assert "events" in out and private.encode() not in (tmp_path / "week.wblog").read_bytes()

    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "bob"))
    assert _run(capsys, "whoami", "Bob")[0] == 0
    code, _, err = _run(capsys, "log", "import", "--db", bob_db, bundle)
    assert code == 1 and fingerprint in err and "team trust" in err
    spaced = " ".join(fingerprint[i : i + 4] for i in range(0, 32, 4))
    code, out, err = _run(capsys, "team", "trust", spaced, "--name", "Alice", "--db", bob_db)
    assert code == 0, err
    code, out, _ = _run(capsys, "team", "list", "--json", "--db", bob_db)
    assert [(k["name"], k["fingerprint"]) for k in json.loads(out)] == [("Alice", fingerprint)]
    code, out, _ = _run(capsys, "log", "import", "--db", bob_db, "--dry-run", "--json", bundle)
    seen = json.loads(out)
    assert code == 0 and seen["events"]["new"] > 0 and not seen["written"]
    assert seen["signer"]["trusted_as"] == "Alice"
    code, out, _ = _run(capsys, "info", "--db", bob_db, "--json")
    assert json.loads(out)["counts"]["items"] == 0  # the dry run wrote nothing
    code, out, err = _run(capsys, "log", "import", "--db", bob_db, bundle)
    assert code == 0 and "Merged" in out, err
    code, out, _ = _run(capsys, "log", "import", "--db", bob_db, bundle)
    assert code == 0 and "Nothing new" in out
    code, out, _ = _run(capsys, "queue", "--db", bob_db, "--state", "removed", "--json")
    assert code == 0 and json.loads(out)
    assert _run(capsys, "team", "untrust", fingerprint, "--db", bob_db)[0] == 0
    code, _, err = _run(capsys, "log", "import", "--db", bob_db, "--dry-run", bundle)
    assert code == 1 and "not trusted" in err
    code, _, err = _run(capsys, "team", "trust", "xyz", "--name", "X", "--db", bob_db)
    assert code == 1 and "32 hex digits" in err


def test_a_pseudonymized_bundle_needs_the_team_secret(tmp_path, capsys, monkeypatch):
    import io

    from workbench.core.team.bundles.reader import read_bundle

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    db, bundle = str(tmp_path / "a.db"), str(tmp_path / "p.wblog")
    assert _run(capsys, "whoami", "Alice")[0] == 0
    assert _run(capsys, "demo", "--db", db)[0] == 0
    code, _, err = _run(capsys, "log", "export", "--db", db, "--pseudonymize", bundle)
    assert code == 1 and "team secret --new" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, _, err = _run(capsys, "team", "secret", "--set")
    assert code == 1 and "at least 20 characters" in err
    code, out, _ = _run(capsys, "team", "secret", "--new")
    secret = out.split()[-1]
    assert code == 0 and len(secret) >= 40 and secret in backend.entries.values()
    code, out, _ = _run(capsys, "team", "secret")
    assert "holds the team secret" in out and secret not in out
    assert _run(capsys, "log", "export", "--db", db, "--pseudonymize", bundle)[0] == 0
    assert read_bundle(tmp_path / "p.wblog").pseudonymized


def test_the_log_as_csv_for_spreadsheets(tmp_path, capsys):
    db, out = str(tmp_path / "a.db"), tmp_path / "log.csv"
    assert _run(capsys, "demo", "--db", db)[0] == 0
    code, printed, err = _run(capsys, "log", "export", "--db", db, "--csv", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets then read it as UTF-8
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("record,intervention_id,") and f"{len(lines) - 1} rows" in printed
    code, streamed, _ = _run(capsys, "log", "export", "--db", db, "--csv", "-")
    assert code == 0 and streamed.splitlines() == lines
    code, _, err = _run(capsys, "log", "export", "--db", db, "--csv", "--pseudonymize", "-")
    assert code == 1 and "bundle" in err

"""A command builds the parser of its own group only (cli.COMMANDS): the others' modules would
cost it time and memory for nothing."""

import argparse
import importlib
import subprocess
import sys

import pytest

from workbench import cli


def _added_by(group: str) -> set[str]:
    commands = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(f"workbench.cli.{group}").add_commands(commands)
    return set(commands.choices)


def test_every_command_is_named_with_the_group_that_adds_it():
    added = {command: group for group in cli.GROUPS for command in _added_by(group)}
    assert added == cli.COMMANDS


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["import", "x.ndjson"], "import"),
        (["--db", "x.db", "queue", "--json"], "queue"),
        (["--db=x.db", "team-store", "init", "URL"], "team-store"),
        (["--help"], None),
        (["--version"], None),
        (["imprt"], None),
        (["--db", "x.db"], None),
    ],
)
def test_the_command_is_found_past_the_options_before_it(argv, command):
    assert cli.command_of(argv) == command


def test_an_import_loads_no_other_groups_module(tmp_path):
    code = "\n".join(
        [
            "import sys",
            "from workbench.cli import main",
            "try:",
            f"    main(['--db', {str(tmp_path / 'x.db')!r}, 'import', '--help'])",
            "except SystemExit:",
            "    pass",
            "print(sorted(m for m in sys.modules if m.startswith('workbench.cli.')))",
        ]
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = shown.stdout.strip().splitlines()[-1]
    assert "workbench.cli.imports" in loaded
    assert "workbench.cli.accounts" not in loaded and "workbench.cli.team'" not in loaded


def test_help_and_mistakes_still_list_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["imprt"])
    said = capsys.readouterr().err
    assert all(command in said for command in cli.COMMANDS)

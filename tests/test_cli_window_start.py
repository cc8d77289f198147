"""`workbench` and `workbench --db PATH --demo` open the window without building the parser of
every command (that imports every command's modules: a second of the window's start)."""

import subprocess
import sys

import pytest

from workbench.cli import gui


@pytest.mark.parametrize(
    ("argv", "db", "demo"),
    [([], None, False), (["--db", "x.db"], "x.db", False), (["--demo", "--db=y.db"], "y.db", True)],
)
def test_a_start_of_the_window_is_told_apart(argv, db, demo):
    args = gui.window_only(argv)
    assert args is not None and (args.db, args.demo) == (db, demo)


@pytest.mark.parametrize(
    "argv", [["info"], ["--db", "x.db", "queue"], ["--version"], ["--help"], ["--db"], ["--de"]]
)
def test_anything_else_goes_to_the_whole_parser(argv):
    assert gui.window_only(argv) is None


def test_the_command_line_package_imports_no_command_until_one_is_parsed():
    code = (
        "import sys, workbench.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('workbench.cli.')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "['workbench.cli.gui']"


def test_the_window_start_imports_the_store_before_qt():
    """PySide6 reads the source of every module imported after it (cli.gui says why): the
    package imports neither, and the window's start imports SQLAlchemy before Qt."""
    code = (
        "import sys, workbench.cli; "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules)); "
        "sys.modules['workbench.ui.app'] = type(sys)('stand-in'); "
        "sys.modules['workbench.ui.app'].run = lambda **_: print("
        "'sqlalchemy' in sys.modules, 'PySide6' in sys.modules) or 0; "
        "workbench.cli.main(['--db', 'x.db'])"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split("\n")[:2] == ["[]", "True False"]

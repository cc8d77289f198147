"""The package works when installed from a wheel, away from the checkout."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Build from a clean copy: setuptools reuses build/ in a source tree, stale files and all.
    source = tmp_path_factory.mktemp("source") / "checkout"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "screenshots"
        ),
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("community_workbench-*.whl")
    return built


def test_the_wheel_ships_migrations_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workbench/core/store/migrations/env.py" in names
    assert "workbench/core/store/migrations/script.py.mako" in names
    assert any(name.startswith("workbench/core/store/migrations/versions/0001") for name in names)
    assert "workbench/resources/demo/phrases.json" in names


def test_the_installed_package_migrates_and_builds_the_demo_from_anywhere(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import workbench; assert workbench.__file__.startswith(sys.argv[1]), workbench.__file__;"
        "from workbench.cli import main; sys.exit(main(['demo', '--db', 'demo.db']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(site)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "demo.db").stat().st_size > 100_000

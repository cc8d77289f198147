#!/usr/bin/env python3
"""Set up and run Community Workbench from a checkout, with nothing but Python 3.11+.

    python3 dev.py demo     create .venv if needed, install, open the app on the demo community
    python3 dev.py test     create .venv if needed, install, run ruff, mypy and the test suite
    python3 dev.py run ...  run the `workbench` command in the environment (any arguments)
    python3 dev.py resources      build workbench/resources/ from resources/ (resources/compile.py)
    python3 dev.py translations   add the code's new texts to resources/translations/*.ts
                                  (pyside6-lupdate), then build the resources
    python3 dev.py live-setup     what the live tests' real servers need: Debian's WordPress,
                                  PHP and MariaDB (with apt, as root), and Synapse in .venv-live

The virtual environment is (re)installed when pyproject.toml changes.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script may be started by an older Python)
        sys.exit(
            f"Community Workbench needs Python 3.11 or newer; this is {sys.version.split()[0]}."
        )
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Community Workbench and its dependencies …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def run(*command: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def test(pytest_args: list[str]) -> int:
    """ruff, mypy, then pytest with Qt on the offscreen platform: the same command as CI."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for tool, *args in (["ruff", "check", "."], ["mypy"], ["pytest", *pytest_args]):
        print(f"$ {tool} {' '.join(args)}".rstrip(), flush=True)
        if code := run(str(PYTHON), "-m", tool, *args, env=env):
            return code
    return 0


def resources() -> int:
    """The package's resources (translations compiled, icons rendered) from resources/."""
    return run(str(PYTHON), str(ROOT / "resources" / "compile.py"))


def translations() -> int:
    """Every translatable text of the code into each .ts (new ones unfinished, gone ones marked
    obsolete and dropped), then the resources rebuilt."""
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "workbench").rglob("*.py"))]
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        # English gives only singular and plural forms to the source texts.
        only = ["-pluralonly"] if ts.stem.endswith("_en") else []
        lupdate = str(BIN / "pyside6-lupdate")
        if code := run(lupdate, "-silent", "-no-obsolete", *only, *sources, "-ts", str(ts)):
            return code
    return resources()


LIVE_DEBIAN = ("wordpress", "php-cli", "php-mysql", "mariadb-server")
LIVE_VENV = ROOT / ".venv-live"
"""Synapse for the Matrix tests lives apart from the app's environment: it is never one of its
dependencies, and its own pins cannot clash with the app's."""


def live_setup() -> int:
    """Install the servers the live tests start (tests/live): idempotent, quick when done."""
    missing = [name for name in LIVE_DEBIAN if not Path("/usr/share/doc", name).exists()]
    if missing and shutil.which("apt-get"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        apt = [*sudo, "apt-get"]
        if code := run(*apt, "update", "-qq", env=env) or run(
            *apt, "install", "-y", "-qq", "--no-install-recommends", *missing, env=env
        ):
            return code
    elif missing:
        print(f"Install these packages for the live tests: {' '.join(missing)}")
    live_python = LIVE_VENV / "bin" / "python"
    if not live_python.exists():
        venv.EnvBuilder(with_pip=True).create(LIVE_VENV)
    pip = [str(live_python), "-m", "pip", "--disable-pip-version-check", "-q"]
    return run(*pip, "install", "matrix-synapse")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    if command == "live-setup":
        return live_setup()
    if command not in {"demo", "test", "run", "resources", "translations"}:
        print(__doc__)
        return 2
    ensure_environment()
    if command == "demo":
        return run(str(PYTHON), "-m", "workbench", "--demo", *argv[1:])
    if command == "test":
        return test(argv[1:])
    if command == "resources":
        return resources()
    if command == "translations":
        return translations()
    return run(str(PYTHON), "-m", "workbench", *argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

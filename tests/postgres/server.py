"""A throwaway PostgreSQL for the tests: a cluster of its own in a temporary folder, reached on
127.0.0.1 with trust authentication, never a server of the system.

``initdb`` and ``pg_ctl`` come from Debian's ``postgresql`` package (``postgresql-contrib`` adds
``unaccent``, which the store's search needs). PostgreSQL refuses to run as root: there the
cluster belongs to the ``postgres`` user the package creates, and its folder is made outside
pytest's own (which only root may enter). Each test gets a fresh database copied from a
template migrated once (``CREATE DATABASE … TEMPLATE``: milliseconds, not a migration each).
"""

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.live.support import free_port

BINARIES = ("initdb", "pg_ctl")
SUPERUSER = "postgres"
_CONTRIB = "unaccent.control"


def _binary(name: str) -> str | None:
    """``name`` on the PATH, or in Debian's versioned folder (not on the PATH by default)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(versions[0]) if versions else None


def missing() -> list[str]:
    """What this machine lacks to run the server (empty when it can)."""
    absent = [name for name in BINARIES if _binary(name) is None]
    if not absent:
        sharedir = subprocess.run(
            [str(Path(str(_binary("initdb"))).resolve().with_name("pg_config")), "--sharedir"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if sharedir and not (Path(sharedir) / "extension" / _CONTRIB).exists():
            absent.append("postgresql-contrib (unaccent)")
    return absent


def _run_as() -> dict[str, Any]:
    """Popen's arguments that drop root to the ``postgres`` user (initdb refuses root)."""
    return {"user": SUPERUSER, "group": SUPERUSER} if os.geteuid() == 0 else {}


@dataclass
class PostgresServer:
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="workbench-pg-")))
    port: int = field(default_factory=free_port)
    durable: bool = False
    """Commits reach the disk before they are answered: for tests that crash the server and
    count what stayed (the others run without, faster)."""
    _made: int = 0

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def start(self) -> "PostgresServer":
        if os.geteuid() == 0:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        as_user = _run_as()
        subprocess.run(
            [
                str(_binary("initdb")),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            **as_user,
        )
        return self.resume()

    def resume(self) -> "PostgresServer":
        """Start the cluster made by ``start`` again, after ``pause``: the same port and data."""
        as_user = _run_as()
        # No durability for a cluster that lives as long as one test run: fsync off.
        options = f"-k {self.folder} -h 127.0.0.1 -p {self.port} -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            [
                str(_binary("pg_ctl")),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
            **as_user,
        )
        return self

    def pause(self) -> None:
        """Stop the server at once, as a crash or a lost network would, keeping its data."""
        subprocess.run(
            [str(_binary("pg_ctl")), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
            check=True,
            capture_output=True,
            **_run_as(),
        )

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                [str(_binary("pg_ctl")), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                check=False,
                capture_output=True,
                **_run_as(),
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    def execute(self, sql: str) -> None:
        """One statement outside a transaction (CREATE DATABASE cannot run in one)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def execute_in(self, url: str, sql: str) -> None:
        """One statement in the database at ``url``, committed."""
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """The URL of a new, empty database (a copy of ``template`` when given)."""
        self._made += 1
        name = f"test_{self._made}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.execute(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

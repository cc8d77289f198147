"""A real Synapse on 127.0.0.1 for the live tests: the ``matrix-synapse`` package from its own
virtual environment (``.venv-live``, never one of the app's dependencies), a SQLite database in
a temporary folder, no federation, registration only through the shared secret.

Nothing outside the folder is written and nothing leaves 127.0.0.1: the only listener is the
client API, no key servers are trusted and federation is closed to every server. Rate limits
are raised so that a test's burst of requests is never throttled. ``stop`` ends the process.
"""

import hashlib
import hmac
import json
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from tests.live.support import free_port, wait_for

LIVE_VENV = Path(__file__).resolve().parents[2] / ".venv-live"
PYTHON = LIVE_VENV / "bin" / "python"
SERVER_NAME = "localhost"
SHARED_SECRET = "registration-secret-only-for-tests"
UNTHROTTLED = {"per_second": 1000, "burst_count": 1000}


def missing() -> list[str]:
    """What this machine lacks to run the server (empty when it can)."""
    if not PYTHON.exists():
        return [".venv-live"]
    if not list(LIVE_VENV.glob("lib/python*/site-packages/synapse/__init__.py")):
        return ["matrix-synapse in .venv-live"]
    return []


@dataclass(frozen=True)
class User:
    user_id: str
    token: str

    @property
    def localpart(self) -> str:
        return self.user_id[1:].split(":", 1)[0]


@dataclass
class SynapseServer:
    folder: Path
    port: int = field(default_factory=free_port)
    started_in: float = 0.0
    """Seconds from launch to the first healthy answer, for the report."""
    _process: subprocess.Popen[bytes] | None = None
    _client: httpx.Client = field(default_factory=httpx.Client)
    """One connection kept open: a test posts a hundred messages in a row."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def config(self) -> Path:
        return self.folder / "homeserver.yaml"

    def start(self) -> "SynapseServer":
        started = time.monotonic()
        # --generate-config makes the signing key and the log configuration; the server's
        # configuration is then written whole (JSON is YAML), so no YAML library is needed here.
        subprocess.run(
            [
                str(PYTHON),
                "-m",
                "synapse.app.homeserver",
                "--server-name",
                SERVER_NAME,
                "--config-path",
                str(self.config),
                "--data-directory",
                str(self.folder),
                "--generate-config",
                "--report-stats=no",
            ],
            cwd=self.folder,
            check=True,
            capture_output=True,
        )
        self.config.write_text(json.dumps(self._settings(), indent=1))
        self._process = subprocess.Popen(
            [str(PYTHON), "-m", "synapse.app.homeserver", "--config-path", str(self.config)],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "stderr.log").open("wb"),
        )

        def healthy() -> bool:
            if self._process is not None and self._process.poll() is not None:
                log = (self.folder / "stderr.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"Synapse stopped at start-up: {log}")
            try:
                return httpx.get(f"{self.url}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(healthy, "Synapse")
        self.started_in = time.monotonic() - started
        return self

    def _settings(self) -> dict[str, Any]:
        folder = self.folder
        return {
            "server_name": SERVER_NAME,
            "public_baseurl": f"{self.url}/",
            "pid_file": str(folder / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(folder / "homeserver.db")}},
            "log_config": str(folder / f"{SERVER_NAME}.log.config"),
            "media_store_path": str(folder / "media_store"),
            "signing_key_path": str(folder / f"{SERVER_NAME}.signing.key"),
            "report_stats": False,
            "macaroon_secret_key": "macaroon-secret-only-for-tests",
            "form_secret": "form-secret-only-for-tests",
            "registration_shared_secret": SHARED_SECRET,
            "enable_registration": False,
            "federation_domain_whitelist": [],
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "url_preview_enabled": False,
            "enable_metrics": False,
            "presence": {"enabled": False},
            "rc_message": UNTHROTTLED,
            "rc_registration": UNTHROTTLED,
            "rc_login": {
                "address": UNTHROTTLED,
                "account": UNTHROTTLED,
                "failed_attempts": UNTHROTTLED,
            },
            "rc_admin_redaction": UNTHROTTLED,
            "rc_joins": {"local": UNTHROTTLED, "remote": UNTHROTTLED},
            "rc_joins_per_room": UNTHROTTLED,
            "rc_invites": {
                "per_room": UNTHROTTLED,
                "per_user": UNTHROTTLED,
                "per_issuer": UNTHROTTLED,
            },
            "rc_room_creation": UNTHROTTLED,
            "rc_reports": UNTHROTTLED,
        }

    def stop(self) -> None:
        if self._process is not None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(20)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        self._client.close()

    # The client API, as the tests' users speak it

    def register(self, localpart: str, *, admin: bool = False, displayname: str = "") -> User:
        """A user made with the shared secret (registration is closed otherwise)."""
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=10).json()["nonce"]
        password = f"password-of-{localpart}"
        message = b"\x00".join(
            (
                nonce.encode(),
                localpart.encode(),
                password.encode(),
                b"admin" if admin else b"notadmin",
            )
        )
        mac = hmac.new(SHARED_SECRET.encode(), message, hashlib.sha1).hexdigest()
        made = httpx.post(
            endpoint,
            json={
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "displayname": displayname or localpart,
                "admin": admin,
                "mac": mac,
            },
            timeout=30,
        )
        made.raise_for_status()
        return User(made.json()["user_id"], made.json()["access_token"])

    def call(self, user: User, method: str, path: str, body: Any = None, **params: Any) -> Any:
        """A client-server API request as ``user``; its JSON answer, or an error if it fails."""
        answer = self._client.request(
            method,
            f"{self.url}/_matrix/client/v3/{path}",
            json=body,
            params=params or None,
            headers={"Authorization": f"Bearer {user.token}"},
            timeout=30,
        )
        if answer.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {answer.status_code} {answer.text}")
        return answer.json()

    def make_room(self, owner: User, name: str, alias: str) -> str:
        made = self.call(
            owner,
            "POST",
            "createRoom",
            {"name": name, "room_alias_name": alias, "preset": "public_chat"},
        )
        return str(made["room_id"])

    def join(self, user: User, room: str) -> None:
        self.call(user, "POST", f"join/{quote(room, safe='')}", {})

    def say(self, user: User, room: str, text: str, **content: Any) -> str:
        """Post a message; returns its event id."""
        txn = f"t{time.monotonic_ns()}"
        sent = self.call(
            user,
            "PUT",
            f"rooms/{quote(room, safe='')}/send/m.room.message/{txn}",
            {"msgtype": "m.text", "body": text, **content},
        )
        return str(sent["event_id"])

    def report(self, user: User, room: str, event: str, reason: str) -> None:
        self.call(
            user,
            "POST",
            f"rooms/{quote(room, safe='')}/report/{quote(event, safe='')}",
            {"reason": reason, "score": -100},
        )

    def event(self, user: User, room: str, event: str) -> dict[str, Any]:
        found = self.call(
            user, "GET", f"rooms/{quote(room, safe='')}/event/{quote(event, safe='')}"
        )
        return dict(found)

    def membership(self, user: User, room: str, member: str) -> dict[str, Any]:
        """The member's m.room.member event in the room's current state (with its reason)."""
        state = self.call(user, "GET", f"rooms/{quote(room, safe='')}/state")
        for event in state:
            if event.get("type") == "m.room.member" and event.get("state_key") == member:
                return dict(event)
        raise RuntimeError(f"{member} has no membership in {room}")

    def messages(self, user: User, room: str, limit: int = 50) -> list[dict[str, Any]]:
        found = self.call(
            user, "GET", f"rooms/{quote(room, safe='')}/messages", dir="b", limit=limit
        )
        return list(found["chunk"])

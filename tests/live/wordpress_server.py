"""A real WordPress on 127.0.0.1 for the live tests: Debian's ``wordpress`` package served by
``php -S`` from a temporary folder, on a throwaway MariaDB reached only through a socket.

Nothing outside the folder is written: the site is the package's files (linked) with a
``wp-config.php`` of its own, the database lives in the folder, and both processes are ended
by ``stop``. WordPress is installed from PHP with ``wp_install``; ``WP_ENVIRONMENT_TYPE`` is
'local' so that application passwords work over plain http.
"""

import getpass
import json
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.live.support import free_port, wait_for

WORDPRESS = Path("/usr/share/wordpress")
BINARIES = ("php", "mariadbd", "mariadb-install-db")
ADMIN, ADMIN_PASSWORD = "admin", "admin-password-for-tests"

_CONFIG = """<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',
          'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {{
    define($key, 'only-for-tests-' . $key);
}}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

_ROUTER = """<?php
// Pretty permalinks for php -S: a file that exists is served, anything else goes to WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($file)) { return false; }
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
"""


def missing() -> list[str]:
    """What this machine lacks to run the server (empty when it can)."""
    absent = [name for name in BINARIES if shutil.which(name) is None]
    if not (WORDPRESS / "wp-settings.php").exists():
        absent.append("wordpress")
    return absent


@dataclass
class WordPressServer:
    folder: Path
    port: int = field(default_factory=free_port)
    password: str = ""
    """The admin's application password, made at install."""
    _database: subprocess.Popen[bytes] | None = None
    _web: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def socket(self) -> Path:
        return self.folder / "mysql.sock"

    @property
    def site(self) -> Path:
        return self.folder / "site"

    def start(self) -> "WordPressServer":
        self._start_database()
        self._lay_out_site()
        installed = self.php(
            f"""
            require_once ABSPATH . 'wp-admin/includes/upgrade.php';
            $made = wp_install('Testblog', '{ADMIN}', 'admin@example.test', false, '',
                               '{ADMIN_PASSWORD}');
            update_option('siteurl', '{self.url}');
            update_option('home', '{self.url}');
            update_option('permalink_structure', '/%postname%/');
            [$password] = WP_Application_Passwords::create_new_application_password(
                $made['user_id'], ['name' => 'workbench']);
            echo json_encode(['password' => $password]);
            """,
            installing=True,
        )
        self.password = installed["password"]
        self.start_web()
        return self

    def _start_database(self) -> None:
        data = self.folder / "db"
        subprocess.run(
            [
                "mariadb-install-db",
                f"--datadir={data}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--user=root" if os.geteuid() == 0 else f"--user={getpass.getuser()}",
            ],
            check=True,
            capture_output=True,
        )
        self._database = subprocess.Popen(
            [
                "mariadbd",
                "--no-defaults",
                f"--datadir={data}",
                f"--socket={self.socket}",
                "--skip-networking",
                f"--pid-file={self.folder / 'db.pid'}",
                f"--log-error={self.folder / 'db.log'}",
                "--innodb-buffer-pool-size=32M",
                *(["--user=root"] if os.geteuid() == 0 else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.socket.exists, "MariaDB")
        subprocess.run(
            ["mariadb", f"--socket={self.socket}", "-uroot", "-e", "CREATE DATABASE wordpress"],
            check=True,
            capture_output=True,
        )

    def _lay_out_site(self) -> None:
        self.site.mkdir()
        for entry in WORDPRESS.iterdir():
            if entry.name in ("wp-config.php", "wp-content"):
                continue
            target = self.site / entry.name
            # Folders are linked; the top-level scripts are copied, so that wp-load.php finds
            # this folder's wp-config.php and not Debian's.
            if entry.is_dir():
                target.symlink_to(entry)
            else:
                shutil.copy(entry, target)
        for folder in ("plugins", "themes", "uploads"):
            (self.site / "wp-content" / folder).mkdir(parents=True)
        (self.site / "wp-config.php").write_text(_CONFIG.format(socket=self.socket))
        (self.folder / "router.php").write_text(_ROUTER)

    def start_web(self) -> None:
        """Serve the site (again, after ``stop_web``) on the same port."""
        self._web = subprocess.Popen(
            [
                "php",
                "-S",
                f"127.0.0.1:{self.port}",
                "-t",
                str(self.site),
                str(self.folder / "router.php"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def answers() -> bool:
            try:
                return httpx.get(f"{self.url}/wp-json/", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(answers, "php -S")

    def stop_web(self) -> None:
        if self._web is not None:
            self._web.kill()
            self._web.wait()
            self._web = None

    def stop(self) -> None:
        self.stop_web()
        if self._database is not None:
            self._database.send_signal(signal.SIGTERM)
            try:
                self._database.wait(20)
            except subprocess.TimeoutExpired:
                self._database.kill()
            self._database = None

    def php(self, code: str, *, installing: bool = False) -> Any:
        """Run PHP inside WordPress (as a plugin would) and return what it echoes as JSON."""
        script = (
            f"<?php $_SERVER['HTTP_HOST'] = '127.0.0.1:{self.port}';\n"
            + ("define('WP_INSTALLING', true);\n" if installing else "")
            + f"require '{self.site}/wp-load.php';\n{code}\n"
        )
        path = self.folder / "run.php"
        path.write_text(script)
        done = subprocess.run(
            ["php", "-d", "display_errors=stderr", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"PHP failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        output = done.stdout.strip()
        return json.loads(output) if output else None

    def rest(self, path: str, **params: object) -> httpx.Response:
        """A request to the REST API as the admin, to check what a push did."""
        return httpx.get(
            f"{self.url}/wp-json/{path}",
            params={"context": "edit", **params},
            auth=(ADMIN, self.password),
            timeout=10,
        )

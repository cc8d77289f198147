"""A keyring in a file, for tests whose child processes must read what the test kept: the
import's process finds it through keyring's PYTHON_KEYRING_BACKEND, the file by FILE_ENV."""

import json
import os
from pathlib import Path

import keyring.errors
from jaraco.classes import properties
from keyring.backend import KeyringBackend

FILE_ENV = "WORKBENCH_TEST_KEYRING_FILE"
BACKEND = f"{__name__}.FileKeyring"
"""What PYTHON_KEYRING_BACKEND names to load this one."""


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        """Only where a test asked for it: keyring offers every backend class it has seen to
        all that ask, and without its file this one has nowhere to keep anything."""
        if FILE_ENV not in os.environ:
            raise RuntimeError(f"{FILE_ENV} is not set")
        return 1

    @property
    def _file(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _entries(self) -> dict[str, str]:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._file.write_text(json.dumps({**self._entries(), f"{service}/{username}": password}))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._file.write_text(json.dumps(entries))

"""Account secrets in the operating system's keyring, and nowhere else.

The database holds only an entry's name (``sources.secret_ref``). Where no keyring backend is
usable (a server without a Secret Service, say), secrets are kept in memory for the session
only and the manager is told so; the workbench never falls back to a file of its own.
"""

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate

SERVICE = "community-workbench"
"""The keyring service under which every account's secret is stored."""


def _usable(backend: KeyringBackend) -> bool:
    """A backend that can keep a secret: not keyring's 'fail' one, nor a chain of none."""
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


class Secrets:
    """The keyring, with a memory for the session where there is none."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._chosen = backend
        self._session: dict[str, str] = {}

    @property
    def _backend(self) -> KeyringBackend:
        """The backend chosen, else keyring's current one (asked each time: it can change
        while the workbench runs, as when a test or the user sets another)."""
        return self._chosen or keyring.get_keyring()

    @property
    def usable(self) -> bool:
        return _usable(self._backend)

    @property
    def where(self) -> str:
        """Where secrets go, for the Accounts dialog and ``account list``."""
        if not self.usable:
            return translate("Accounts", "this session only (no keyring is usable here)")
        return translate("Accounts", "the keyring ({name})").format(
            name=type(self._backend).__name__
        )

    def save(self, ref: str, secret: str) -> bool:
        """Keep ``secret`` under ``ref``: in the keyring (True) or for this session (False)."""
        if not self.usable:
            self._session[ref] = secret
            return False
        try:
            self._backend.set_password(SERVICE, ref, secret)
        except keyring.errors.KeyringError as exc:
            raise WorkbenchError(
                translate("Accounts", "The keyring did not keep the secret: {problem}").format(
                    problem=type(exc).__name__
                )
            ) from None
        self._session.pop(ref, None)
        return True

    def remember(self, ref: str, secret: str) -> None:
        """Keep a secret entered for this session only."""
        self._session[ref] = secret

    def get(self, ref: str) -> str | None:
        if ref in self._session:
            return self._session[ref]
        if not self.usable:
            return None
        try:
            return self._backend.get_password(SERVICE, ref)
        except keyring.errors.KeyringError:
            return None

    def delete(self, ref: str) -> None:
        self._session.pop(ref, None)
        if not self.usable:
            return
        try:
            self._backend.delete_password(SERVICE, ref)
        except keyring.errors.PasswordDeleteError:
            pass  # there was none: nothing to forget
        except keyring.errors.KeyringError as exc:
            raise WorkbenchError(
                translate("Accounts", "The keyring did not forget the secret: {problem}").format(
                    problem=type(exc).__name__
                )
            ) from None

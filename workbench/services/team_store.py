"""A team store's password, in the keyring under the URL as it is shown (without a password):
the command line and the window ask and keep it alike, and the core never reads a keyring."""

from workbench.services.live.secrets import Secrets

_secrets = Secrets()
"""One for the process: a password kept for the session only (no keyring) stays found."""


def secret_ref(url: str) -> str:
    """The keyring entry of a team store's password."""
    return f"team-store {url}"


def password(url: str) -> str | None:
    """The password kept for the team store at ``url`` (shown, without one)."""
    return _secrets.get(secret_ref(url))


def keep_password(url: str, secret: str) -> bool:
    """Keep ``secret`` for ``url``: in the keyring (True) or for this session only (False)."""
    return _secrets.save(secret_ref(url), secret)


def use_keyring() -> None:
    """Team stores opened without a password from here on take the one kept for their URL."""
    from workbench.core.store.postgres import engine

    engine.take_passwords_from(password)

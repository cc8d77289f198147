"""The manager's own signing key: made at the first export, kept in the keyring only.

A key that lived for one session only would change at every start, and no teammate could trust
it; so where no keyring is usable, making a key is refused with a message that says why.
"""

import secrets as secrets_module

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.team.bundles.pseudonyms import Pseudonyms
from workbench.core.team.keys import KeyPair
from workbench.services.live.secrets import Secrets


def _entry(author: Author) -> str:
    return f"team-key:{author.id}"


def existing_key(author: Author, secrets: Secrets | None = None) -> KeyPair | None:
    """The manager's key pair, if they have one."""
    secret = (secrets or Secrets()).get(_entry(author))
    return None if secret is None else KeyPair.from_secret(secret)


def own_key(author: Author, secrets: Secrets | None = None) -> KeyPair:
    """The manager's key pair, made and put in the keyring the first time."""
    secrets = secrets or Secrets()
    found = existing_key(author, secrets)
    if found is not None:
        return found
    if not secrets.usable:
        raise WorkbenchError(
            translate(
                "Team",
                "Signing needs a keyring to keep your key in, and none is usable here "
                "(on Linux, a Secret Service such as GNOME Keyring or KWallet).",
            )
        )
    pair = KeyPair.generate()
    secrets.save(_entry(author), pair.secret())
    return pair


def own_fingerprint(author: Author, secrets: Secrets | None = None) -> str | None:
    """The fingerprint of the manager's key, if they have one: their own bundles need no trust."""
    found = existing_key(author, secrets)
    return None if found is None else found.public.fingerprint


TEAM_SECRET = "team-secret"
"""The keyring entry of the team's secret for pseudonymized bundles: the same for every
manager of the team, passed on by them the way they pass on other secrets."""


def team_secret(secrets: Secrets | None = None) -> str | None:
    return (secrets or Secrets()).get(TEAM_SECRET)


def keep_team_secret(secret: str, secrets: Secrets | None = None) -> None:
    """Keep the team's secret in the keyring; it must be long enough not to be guessed."""
    secret = secret.strip()
    if len(secret) < 20:
        raise WorkbenchError(
            translate("Team", "A team secret has at least 20 characters; this one has {n}.").format(
                n=len(secret)
            )
        )
    secrets = secrets or Secrets()
    if not secrets.usable:
        raise WorkbenchError(
            translate(
                "Team", "The team secret needs a keyring to be kept in, and none is usable here."
            )
        )
    secrets.save(TEAM_SECRET, secret)


def new_team_secret() -> str:
    """A fresh secret for a team that has none yet (256 bits, URL-safe text)."""
    return secrets_module.token_urlsafe(32)


def pseudonyms(secrets: Secrets | None = None) -> Pseudonyms | None:
    """The team's pseudonyms, if this manager holds the team's secret."""
    secret = team_secret(secrets)
    return None if secret is None else Pseudonyms(secret.encode())

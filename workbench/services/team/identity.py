"""The manager's own signing key: made at the first export, kept in the keyring only.

A key that lived for one session only would change at every start, and no teammate could trust
it; so where no keyring is usable, making a key is refused with a message that says why.
"""

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.settings import Author
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

"""Where a team store's signatures come from: each manager's own key, in the keyring.

The key is the one their bundles are signed with (made the first time, as for a bundle), so a
teammate who trusted it for bundles trusts their events in the team store too. Where no keyring
is usable the events go unsigned (and show so) rather than being refused.
"""

from workbench.core.errors import WorkbenchError
from workbench.core.events import signatures
from workbench.core.settings import Author
from workbench.core.team.keys import KeyPair
from workbench.services.live.secrets import Secrets
from workbench.services.team import identity


def sign_with_keyring(secrets: Secrets | None = None) -> None:
    """Hand the core the keyring's keys for the events managers record in a team store."""
    keyring = secrets or Secrets()

    def key(author: Author) -> KeyPair | None:
        try:
            return identity.own_key(author, keyring)
        except WorkbenchError:
            return None

    signatures.take_keys_from(key)

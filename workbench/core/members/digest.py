"""The digest an erasure keeps of a member's network id (SHA-256 of network, U+001F, id).

Apart from core.members.erase, which records events, so that a projection can compute it too
without importing the event log it is part of."""

import hashlib


def erasure_digest(network: str, external_id: str) -> str:
    """What an erasure event keeps of the member's network id: a hash, so that a teammate's
    store that merges the event can find and erase the same member, and a bundle that still
    names the member can be recognised, without the id itself travelling."""
    return hashlib.sha256(f"{network}\x1f{external_id}".encode()).hexdigest()

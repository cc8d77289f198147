"""Personal data out of raw records: what the columns drop must not stay in ``raw``.

A connector keeps the record as the network gave it (less the fields it knows are personal), for
what a later version may want to read. Exports hide addresses in places no connector can list:
a CSV value ``Carol <carol@example.com>``, ``203.0.113.99:51234``, a WordPress comment meta with
an IPv6 address, a Slack profile's Gravatar URL, which holds md5(e-mail): a hash of an address is
the address to anyone with a list of addresses. So every raw record passes through here at
import, unless the manager chose to keep addresses.

This runs for every imported record, so it looks only where an address can be: around each
``@``, each dot between digits and each colon between hex digits, found with ``str.find`` (a
regular expression over the whole record cost 80 µs a comment). Each candidate is checked on its
own (``ipaddress`` for IPs), and what is replaced never holds a quotation mark or a backslash,
so the record stays valid JSON; a JSON escape just before an address (``\\n``) is stepped over.
"""

import hashlib
import ipaddress
import re
from collections.abc import Callable, Iterator

EMAIL_MARK = "[e-mail]"
IP_MARK = "[ip]"
HASH_MARK = "[hash]"

_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.%+-_")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL}){{1,8}}")
_HEX = frozenset("0123456789abcdefABCDEF")
_IPV4_PART = frozenset("0123456789.")
_IPV6_PART = _HEX | {":", "."}
_GRAVATAR = re.compile(r"(gravatar\.com/avatar/)[0-9a-fA-F]{32,64}")

Span = tuple[int, int]


def _emails(raw: str) -> Iterator[Span]:
    """Where addresses are: a local part of up to 64 characters before an ``@``, a domain of
    labels after it."""
    at = raw.find("@")
    while at != -1:
        start = at
        while start > 0 and at - start < 64 and raw[start - 1] in _LOCAL:
            start -= 1
        if start > 0 and raw[start - 1] == "\\":  # "\nbob@…": the n belongs to the escape
            start += 5 if raw[start] == "u" else 1
        domain = _DOMAIN.match(raw, at + 1)
        if start < at and domain:
            yield start, domain.end()
            at = raw.find("@", domain.end())
        else:
            at = raw.find("@", at + 1)


def _runs(
    raw: str, mark: str, part: frozenset[str], valid: Callable[[str], bool]
) -> Iterator[Span]:
    """Runs of ``part`` characters around each ``mark`` that ``valid`` takes for an address.
    A mark without an address character on both sides (a JSON key's colon, a full stop) is
    passed over at once: records hold dozens of them."""
    at = raw.find(mark)
    size = len(raw)
    while at != -1:
        before = raw[at - 1] if at else ""
        after = raw[at + 1] if at + 1 < size else ""
        if not (before and after and before in part and after in part):
            at = raw.find(mark, at + 1)
            continue
        start, end = at, at + 1
        while start > 0 and raw[start - 1] in part:
            start -= 1
        while end < size and raw[end] in part:
            end += 1
        token = raw[start:end].strip(".:") if mark == "." else raw[start:end].rstrip(".")
        if token and valid(token):
            first = raw.index(token, start)
            yield first, first + len(token)
        at = raw.find(mark, end)


def _is_ip(token: str) -> bool:
    try:
        ipaddress.ip_address(token)
    except ValueError:
        return False  # a time (12:30:45) or a version (1.2.3.400), not an address
    return True


def _replaced(raw: str, spans: list[Span], mark: str) -> str:
    if not spans:
        return raw
    out, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            out += [raw[at:start], mark]
            at = end
    return "".join(out) + raw[at:]


def scrub(raw: str, *, emails: tuple[str, ...] = (), keep_emails: bool, keep_ips: bool) -> str:
    """``raw`` (a record's JSON text) without e-mail addresses, IP addresses and hashes of the
    addresses (``emails`` are those the record's own columns named), as the manager chose."""
    if not keep_emails:
        found = set(emails)
        if "@" in raw:
            spans = list(_emails(raw))
            found.update(raw[start:end] for start, end in spans)
            raw = _replaced(raw, spans, EMAIL_MARK)
        for address in found:
            folded = address.strip().lower().encode()
            for digest in (hashlib.md5(folded).hexdigest(), hashlib.sha256(folded).hexdigest()):
                if digest in raw:
                    raw = raw.replace(digest, HASH_MARK)
        if "gravatar" in raw:
            raw = _GRAVATAR.sub(rf"\1{HASH_MARK}", raw)
    if not keep_ips:
        raw = _replaced(raw, list(_runs(raw, ".", _IPV4_PART, _is_v4)), IP_MARK)
        # The colons after JSON keys ('"score":') are most colons; a copy of the same length
        # without them leaves only the colons of values to look at.
        values = raw.replace('":', '"\x00')
        raw = _replaced(raw, list(_runs(values, ":", _IPV6_PART, _is_v6)), IP_MARK)
    return raw


def _is_v4(token: str) -> bool:
    return token.count(".") == 3 and _is_ip(token)


def _is_v6(token: str) -> bool:
    return token.count(":") >= 2 and _is_ip(token)

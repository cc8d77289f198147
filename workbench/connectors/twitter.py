"""Twitter/X account archives: data/tweets.js (and tweets-part1.js …), as a zip, its unpacked
folder, or a tweets file alone.

The data files are JavaScript, ``window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]``: the
array after the first "=" is streamed (a trailing ";" is dropped). Archives before 2020 name the
file tweet.js and put the tweets in the array bare, without the {"tweet": …} wrapper; both are
read. data/deleted-tweets.js (``window.YTD.deleted_tweets``) holds tweets the account deleted:
they are read too, as "deleted" items, since what an account removed matters to a moderator.

Tweet ids are global, so an item's external_id is its id_str. The account owner writes every
tweet: data/account.js names it (accountId, username, accountDisplayName), else manifest.js
(userInfo), else the archive's own name stands in for it. Retweets ("RT @…") are kind
"retweet", replies "reply", others "tweet".

Threads: the parent is in_reply_to_status_id_str, which may be outside the archive. The thread is
the top of the reply chain as far as the archive shows it: a first pass collects every reply's
parent (archives list the newest tweet first, so parents come after their replies), and a reply
to a tweet outside the archive has that tweet as its thread.

Bodies: entities are HTML-escaped (&amp;), and links are t.co short links; the body shows the
links' real addresses (entities.urls and entities.media), as Twitter itself does. raw keeps the
tweet as written, less a full_text that the body holds word for word (common.without_columns).
"""

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import PurePosixPath
from typing import Any, BinaryIO

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    identifier,
    json_document,
    json_items,
    shown,
    text,
    unescape_text,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "twitter"
MAX_PROBED = 200
""".js files looked at by detect(); likely names are looked at first."""
MAX_PREFIX = 1024
"""The most bytes before the "=" of a data file ("window.YTD.tweets.part12 ")."""
PERSONAL_KEYS = {"email", "phone_number"}
NOT_LANGUAGES = {"und", "zxx", "qam", "qct", "qht", "qme", "qst"}
"""Twitter's lang codes for "undetermined", "no text", and text of only mentions, cashtags,
hashtags, media links or very few words."""
MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}

_BOM = rb"^(?:\xef\xbb\xbf)?\s*"
_TWEETS = re.compile(_BOM + rb"window\.YTD\.(tweets|tweet|deleted_tweets)\.part(\d+)\s*=\s*\[")
_ACCOUNT = re.compile(_BOM + rb"window\.YTD\.account\.part\d+\s*=")
_MANIFEST = re.compile(_BOM + rb"window\.__THAR_CONFIG\s*=")
_LIKELY = re.compile(r"^(deleted-)?tweets?(-part\d+)?\.js$", re.IGNORECASE)
_CREATED = re.compile(
    r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) "
    r"([+-])(\d{2})(\d{2}) (\d{4})$"
)
_SPACE_AND_SEMICOLONS = b" \t\r\n;"


class _JsonPart(io.RawIOBase):
    """The JSON of an archive data file: what follows the first "=", without a trailing ";".

    Streamed: ijson sees only this part, a chunk at a time.
    """

    def __init__(self, stream: BinaryIO, file: str) -> None:
        self._stream = stream
        self._file = file
        self._pending = b""
        self._started = False
        self._ended = False

    def readable(self) -> bool:
        return True

    def _start(self) -> None:
        assignment, equals, self._pending = self._stream.read(MAX_PREFIX).partition(b"=")
        if not equals or any(mark in assignment for mark in (b"[", b"{", b'"')):
            raise FormatError(
                Location(self._file), "is not an archive data file (expected 'window.YTD.… = [')"
            )
        self._started = True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if not self._started:
            self._start()
        while True:
            if self._ended:
                ready = len(self._pending)
            else:
                # Bytes that may be the file's trailing ";" wait until more follows them.
                ready = len(self._pending.rstrip(_SPACE_AND_SEMICOLONS))
            if ready or self._ended:
                break
            chunk = self._stream.read(max(len(buffer), 64 * 1024))
            if chunk:
                self._pending += chunk
            else:
                self._ended = True
                self._pending = self._pending.rstrip(_SPACE_AND_SEMICOLONS)
        size = min(len(buffer), ready)
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _json_part(stream: BinaryIO, file: str) -> io.BufferedReader:
    return io.BufferedReader(_JsonPart(stream, file))


@dataclass(frozen=True, slots=True)
class _Owner:
    member: MemberRecord
    username: str | None
    """None when only the archive's name stands in for the account."""


def _created(value: Any) -> int:
    """Unix seconds from "Wed Oct 10 20:19:24 +0000 2018", whatever the desktop's locale."""
    found = _CREATED.match(value.strip()) if isinstance(value, str) else None
    if found is None or found.group(1) not in MONTHS:
        raise RecordProblem("created_at", f"not a Twitter time: {shown(value)}")
    month, day, hour, minute, second = found.group(1, 2, 3, 4, 5)
    sign, zone_hours, zone_minutes, year = found.group(6, 7, 8, 9)
    offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
    try:
        moment = datetime(
            int(year),
            MONTHS[month],
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=timezone(-offset if sign == "-" else offset),
        )
    except ValueError:
        raise RecordProblem("created_at", f"not a Twitter time: {shown(value)}") from None
    return int(moment.astimezone(UTC).timestamp())


def _tweet(value: Any) -> dict[str, Any]:
    """The tweet of an array element: {"tweet": {...}} since 2020, the bare tweet before."""
    if isinstance(value, dict):
        inner = value.get("tweet")
        if isinstance(inner, dict):
            return inner
        if "tweet" not in value:
            return value
    raise RecordProblem("tweet", "a tweet must be a JSON object")


def _expanded(body: str, entities: Any) -> str:
    """``body`` with its t.co links replaced by the addresses they lead to."""
    if not isinstance(entities, dict):
        return body
    for key in ("urls", "media"):
        for entity in entities.get(key) or []:
            if not isinstance(entity, dict):
                continue
            short, long = entity.get("url"), entity.get("expanded_url")
            if isinstance(short, str) and short and isinstance(long, str) and long:
                body = body.replace(short, long)
    return body


def _thread(parent: str, parents: Mapping[str, str]) -> str:
    """The top of the reply chain above ``parent``, as far as the archive knows it."""
    seen = {parent}
    while parent in parents and parents[parent] not in seen:
        parent = parents[parent]
        seen.add(parent)
    return parent


def convert(value: Any, owner: _Owner, parents: Mapping[str, str], deleted: bool) -> ItemRecord:
    """One array element as an item; raises RecordProblem if it cannot be one."""
    tweet = _tweet(value)
    tweet_id = identifier(tweet, "id_str")
    created = _created(tweet.get("created_at"))
    full_text = text(tweet, "full_text")
    body = _expanded(unescape_text(full_text), tweet.get("entities"))
    parent = text(tweet, "in_reply_to_status_id_str").strip() or None
    kind = "retweet" if full_text.startswith("RT @") else "reply" if parent else "tweet"
    language = text(tweet, "lang")
    if owner.username:
        url = f"https://x.com/{owner.username}/status/{tweet_id}"
    else:
        url = f"https://x.com/i/web/status/{tweet_id}"
    return ItemRecord(
        network=NETWORK,
        external_id=tweet_id,
        author_id=owner.member.external_id,
        kind=kind,
        created_at=created,
        body=body,
        parent_external_id=parent,
        thread_external_id=_thread(parent, parents) if parent else tweet_id,
        url=url,
        language=language if language and language not in NOT_LANGUAGES else None,
        platform_state="deleted" if deleted or tweet.get("deleted_at") else "published",
        raw=without_columns(tweet, {"full_text": body}),
    )


def _first_object(source: Input, member: str, key: str) -> dict[str, Any] | None:
    """``[{key: {...}}]`` of account.js, or ``{key: {...}}`` of manifest.js."""
    with source.open(member) as stream:
        document = json_document(_json_part(stream, member), member)
    if isinstance(document, list) and document and isinstance(document[0], dict):
        document = document[0]
    found = document.get(key) if isinstance(document, dict) else None
    return found if isinstance(found, dict) else None


def _owner(source: Input) -> _Owner:
    """The archive's account: account.js, else manifest.js, else the archive's name."""
    for member in source.find("account.js"):
        if PurePosixPath(member).name.lower() != "account.js" or not _ACCOUNT.match(
            source.head(member)
        ):
            continue
        account = _first_object(source, member, "account")
        if account is not None and text(account, "accountId"):
            username = text(account, "username") or None
            email = text(account, "email") or None
            return _Owner(
                MemberRecord(
                    network=NETWORK,
                    external_id=text(account, "accountId"),
                    handle=username or text(account, "accountId"),
                    display_name=text(account, "accountDisplayName") or username or "",
                    email=email,
                    profile_url=f"https://x.com/{username}" if username else None,
                    raw={k: v for k, v in account.items() if k not in PERSONAL_KEYS},
                ),
                username,
            )
    for member in source.find("manifest.js"):
        if not _MANIFEST.match(source.head(member)):
            continue
        info = _first_object(source, member, "userInfo")
        if info is not None and text(info, "accountId"):
            username = text(info, "userName") or None
            return _Owner(
                MemberRecord(
                    network=NETWORK,
                    external_id=text(info, "accountId"),
                    handle=username or text(info, "accountId"),
                    display_name=text(info, "displayName") or username or "",
                    profile_url=f"https://x.com/{username}" if username else None,
                    raw=info,
                ),
                username,
            )
    name = PurePosixPath(source.name).stem or source.name
    return _Owner(
        MemberRecord(
            network=NETWORK,
            external_id=f"archive:{name}",
            handle=name,
            display_name=name,
            raw={"note": "named after the archive, which has no account.js or manifest.js"},
        ),
        None,
    )


class TwitterConnector(Connector):
    name = "twitter-archive"
    label = "Twitter/X archive (tweets.js)"
    network = NETWORK
    detection = (
        "a .js file that starts 'window.YTD.tweets.part0 = [' (or tweet, deleted_tweets), "
        "alone or in an archive's data folder"
    )

    def _files(self, source: Input) -> list[tuple[str, bool]]:
        """The tweet files, each with whether it holds deleted tweets: the archive's parts in
        their order, deleted tweets last."""
        found = []
        for member in source.find(".js"):
            head = _TWEETS.match(source.head(member, 1024))
            if head is not None:
                deleted = head.group(1) == b"deleted_tweets"
                found.append((deleted, int(head.group(2)), member))
        return [(member, deleted) for deleted, _, member in sorted(found)]

    def detect(self, source: Input) -> int:
        candidates = source.find(".js")
        likely = [m for m in candidates if _LIKELY.match(PurePosixPath(m).name)]
        others = [m for m in candidates if not _LIKELY.match(PurePosixPath(m).name)]
        best = 0
        for member in [*likely, *others][:MAX_PROBED]:
            found = _TWEETS.match(source.head(member, 1024))
            if found is not None:
                best = max(best, 90 if found.group(1) == b"deleted_tweets" else 95)
        return best

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        files = self._files(source)
        parents: dict[str, str] = {}
        for member, _ in files:
            with source.open(member) as stream:
                for _, value in json_items(_json_part(stream, member), "item", member):
                    tweet = value.get("tweet", value) if isinstance(value, dict) else None
                    if isinstance(tweet, dict):
                        child = tweet.get("id_str")
                        parent = tweet.get("in_reply_to_status_id_str")
                        if isinstance(child, str) and isinstance(parent, str) and parent:
                            parents[child] = parent
        owner = _owner(source)
        seen: set[str] = set()
        for member, deleted in files:
            with source.open(member) as stream:
                for number, value in json_items(_json_part(stream, member), "item", member):
                    try:
                        item = convert(value, owner, parents, deleted)
                    except RecordProblem as problem:
                        yield problem.at(Location(member, record=number))
                        continue
                    if item.external_id in seen:
                        continue
                    if not seen:
                        yield owner.member
                    seen.add(item.external_id)
                    yield item

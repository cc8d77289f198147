"""Facebook "Download your information" exports (JSON): posts, comments and Messenger chats.

An export is a zip, its unpacked folder, or one of its files alone. Files are recognised by their
content, since their names and places change between export versions:

- posts: a top-level array (your_posts_1.json, your_posts__check_ins__photos_and_videos_1.json)
  or ``group_posts_v2``, each ``{"timestamp", "data": [{"post"}], "title", "attachments"}``;
- comments: ``comments_v2`` (``comments`` in older exports, ``group_comments_v2`` for groups),
  each ``{"timestamp", "data": [{"comment": {"comment", "author", "group"}}], "title"}``;
- Messenger: message_N.json with ``participants``, ``messages`` and ``thread_path``.

Facebook writes every non-ASCII character as UTF-8 bytes escaped as Latin-1 code points, so every
text taken from the export is repaired with ``fix_mojibake``; raw keeps the record as written,
less the text that the body holds word for word (common.without_columns): a message's
``content``, a post's ``post``, a comment's ``comment``. Text that the repair changed stays.

Ids: the files carry none, so an item's external_id is a hash of what the record itself says:
its kind, its time (seconds, or milliseconds for messages), the author as the record names it and
its text, with the names of attached files and links, so that photo posts of the same second stay
apart. The same record hashes the same in every export and every re-import, and the second copy
of a duplicated message (Messenger exports repeat some) is the same item. Only what the record
says goes in: posts name no author, so their hash has none (it does not depend on whether
profile_information.json was part of the import), and the conversation is left out of a
message's hash because renaming a group chat renames its folder and its thread_path.

Members are named by their display name, the only name these files give. The export's owner
writes the posts: the name from profile_information/profile_information.json when the import
includes it, else "me". Comments name their author (the owner, in their own export). A message's
member is its sender; "Facebook user" (a deleted account) is anonymous.

Threads: a post is its own thread; a message's thread is its conversation (thread_path, or a
hash of the participants when a file has none); comments do not say what they comment on, so
they have neither parent nor thread. Unsent messages are "deleted", messages Facebook took down
"removed"; reactions are not items. Joins and leaves are "service" messages.
"""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ijson
import orjson

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    bounded,
    fix_mojibake,
    json_document,
    json_events,
    json_items,
    text,
    unix_time,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "facebook"
OWNER_FALLBACK = "me"
"""The owner's member id when the import has no profile_information.json."""
ANONYMOUS = {"", "Facebook user", "Facebook User"}
IP_KEYS = {"upload_ip", "ip_address", "ip"}
SERVICE_TYPES = {"Subscribe", "Unsubscribe"}
PROFILE = "profile_information.json"
MAX_PROBED = 200
"""JSON files looked at by detect(); likely names are looked at first."""
LIKELY_NAMES = re.compile(
    r"^(your_posts.*|comments|your_comments.*|group_posts.*|message_\d+)\.json$", re.IGNORECASE
)

_FIRST_KEY = re.compile(rb'^\s*\{\s*"(\w+)"\s*:\s*\[')
_ARRAY_OF_OBJECTS = re.compile(rb"^\s*\[\s*\{")
_TIMESTAMP = re.compile(rb'"timestamp"\s*:\s*\d')
_DATA = re.compile(rb'"data"\s*:\s*\[')
_POST = re.compile(rb'"post"\s*:\s*"')
_COMMENT = re.compile(rb'"comment"\s*:\s*\{')
_PARTICIPANTS = re.compile(rb'"participants"\s*:\s*\[')
_MESSAGES = re.compile(rb'"messages"\s*:\s*\[')

Converted = list[MemberRecord | ItemRecord]


@dataclass(frozen=True, slots=True)
class _File:
    """One file of the export to read: its kind and where its records are."""

    member: str
    kind: str
    prefix: str
    score: int


def _basename(member: str) -> str:
    return member.rsplit("/", 1)[-1]


def _classify(member: str, head: bytes) -> _File | None:
    """What ``head`` starts, if it is one of the files this connector reads."""
    if _PARTICIPANTS.search(head) and _MESSAGES.search(head):
        return _File(member, "message", "messages.item", 90)
    first = _FIRST_KEY.match(head)
    if first is not None:
        key = first.group(1).decode()
        if key in ("comments_v2", "group_comments_v2") or (
            key == "comments" and _COMMENT.search(head)
        ):
            return _File(member, "comment", f"{key}.item", 90)
        if key == "group_posts_v2":
            return _File(member, "post", f"{key}.item", 90)
        return None
    if _ARRAY_OF_OBJECTS.match(head) and _TIMESTAMP.search(head) and _DATA.search(head):
        if _POST.search(head):
            return _File(member, "post", "item", 85)
        if _basename(member).lower().startswith("your_posts"):
            return _File(member, "post", "item", 75)
    return None


HASHED_PIECE = 65_536
"""Characters of a record's text encoded at a time for its id: orjson's buffer peaks at some
sixteen times the text it encodes, so a 4 MB message cost 70 MB when encoded whole."""


def _fingerprint(kind: str, moment: int, author: str, content: str) -> str:
    """A stable id for a record that has none (see the module's docstring): the hash of
    ``[kind, moment, author, content]`` as orjson writes it, the content encoded a piece at a
    time (JSON escapes each character alone, so the bytes are the same as encoded whole)."""
    digest = hashlib.sha256(orjson.dumps([kind, moment, author])[:-1] + b',"')
    for start in range(0, len(content), HASHED_PIECE):
        digest.update(orjson.dumps(content[start : start + HASHED_PIECE])[1:-1])
    digest.update(b'"]')
    return f"{kind}/{digest.hexdigest()[:32]}"


def _attached(value: Any, found: list[str]) -> list[str]:
    """Names of attached files (their stable base names) and links inside ``value``.

    Web addresses of files (thumbnails on Facebook's CDN) carry expiring tokens, so only local
    paths ("uri") and shared links ("url", "link") count.
    """
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "uri" and isinstance(inner, str):
                if not inner.startswith(("http://", "https://")):
                    found.append(_basename(inner))
            elif key in ("url", "link") and isinstance(inner, str):
                found.append(inner)
            else:
                _attached(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _attached(inner, found)
    return found


def _content_key(body: str, attachments: Any) -> str:
    names = sorted(_attached(attachments, []))
    return "\n".join([body, *names]) if names else body


def _without_ips(value: Any) -> Any:
    """A copy of ``value`` without IP addresses (photos carry their upload_ip)."""
    if isinstance(value, dict):
        return {key: _without_ips(inner) for key, inner in value.items() if key not in IP_KEYS}
    if isinstance(value, list):
        return [_without_ips(inner) for inner in value]
    return value


def _lean_entry(entry: Any, key: str, body: str) -> Any:
    if not isinstance(entry, dict):
        return entry
    inner = entry.get(key)
    if key == "comment" and isinstance(inner, dict):
        return {**entry, key: without_columns(inner, {key: body})}
    return without_columns(entry, {key: body})


def _lean_data(record: dict[str, Any], key: str, body: str, title: str) -> dict[str, Any]:
    """The record less the text its columns hold word for word: its ``title``, and in its
    ``data`` entries a post's ``post`` or a comment's ``comment.comment``
    (common.without_columns)."""
    lean = without_columns(record, {"title": title})
    data = record.get("data")
    if body and isinstance(data, list):
        lean["data"] = [_lean_entry(entry, key, body) for entry in data]
    return lean


def _record(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RecordProblem(None, f"a {what} must be a JSON object")
    return value


def _seconds(record: dict[str, Any], key: str) -> int:
    if record.get(key) is None:
        raise RecordProblem(key, "is missing")
    return unix_time(record[key], key)


def _entries(record: dict[str, Any]) -> list[Any]:
    data = record.get("data")
    if data is None:
        return []
    if not isinstance(data, list):
        raise RecordProblem("data", f"expected a list, got {type(data).__name__}")
    return data


def _member(name: str) -> MemberRecord:
    return MemberRecord(network=NETWORK, external_id=name, handle=name, display_name=name)


class _Reader:
    """The state of one read: the owner, members already yielded, items already yielded."""

    def __init__(self, owner: MemberRecord, options: ImportOptions) -> None:
        self.owner = owner
        self.options = options
        self.members: set[str] = set()
        self.items: set[str] = set()

    def person(self, name: str) -> MemberRecord:
        return self.owner if name == self.owner.external_id else _member(name)

    def raw(self, record: dict[str, Any]) -> dict[str, Any]:
        return record if self.options.keep_ips else _without_ips(record)

    def emit(self, author: MemberRecord | None, item: ItemRecord) -> Converted:
        """The author (once per read) and the item (once per id), in that order."""
        if item.external_id in self.items:
            return []
        records: Converted = []
        if author is not None and author.external_id not in self.members:
            records.append(author)
        return [*records, item]

    def done(self, records: Converted) -> Converted:
        """Note what is about to be yielded, once the whole record has converted."""
        for record in records:
            (self.members if isinstance(record, MemberRecord) else self.items).add(
                record.external_id
            )
        return records

    def post(self, value: Any) -> Converted:
        record = _record(value, "post")
        moment = _seconds(record, "timestamp")
        texts = [
            fix_mojibake(text(entry, "post"))
            for entry in _entries(record)
            if isinstance(entry, dict) and "post" in entry
        ]
        body = bounded("\n\n".join(part.strip() for part in texts if part.strip()), "data")
        external_id = _fingerprint(
            "post", moment, "", _content_key(body, record.get("attachments"))
        )
        title = fix_mojibake(text(record, "title"))
        item = ItemRecord(
            network=NETWORK,
            external_id=external_id,
            author_id=self.owner.external_id,
            kind="post",
            created_at=moment,
            body=body,
            title=title,
            thread_external_id=external_id,
            raw=self.raw(_lean_data(record, "post", body, title)),
        )
        return self.emit(self.owner, item)

    def comment(self, value: Any) -> Converted:
        record = _record(value, "comment")
        moment = _seconds(record, "timestamp")
        comment: dict[str, Any] = {}
        for entry in _entries(record):
            if isinstance(entry, dict) and isinstance(entry.get("comment"), dict):
                comment = entry["comment"]
                break
        body = fix_mojibake(text(comment, "comment")).strip()
        named = fix_mojibake(text(comment, "author")).strip()
        author = self.person(named) if named else self.owner
        title = fix_mojibake(text(record, "title"))
        item = ItemRecord(
            network=NETWORK,
            external_id=_fingerprint(
                "comment", moment, named, _content_key(body, record.get("attachments"))
            ),
            author_id=author.external_id,
            kind="comment",
            created_at=moment,
            body=body,
            title=title,
            raw=self.raw(_lean_data(record, "comment", body, title)),
        )
        return self.emit(author, item)

    def message(self, value: Any, thread: str) -> Converted:
        record = _record(value, "message")
        if record.get("timestamp_ms") is None:
            raise RecordProblem("timestamp_ms", "is missing")
        millis = unix_time(record["timestamp_ms"], "timestamp_ms", per_second=1000)
        sender = fix_mojibake(text(record, "sender_name")).strip()
        body = fix_mojibake(text(record, "content"))
        attachments = {
            key: inner
            for key, inner in record.items()
            if key in ("photos", "videos", "gifs", "audio_files", "files", "sticker", "share")
        }
        if record.get("is_unsent") is True:
            state = "deleted"
        elif record.get("is_taken_down") is True:
            state = "removed"
        else:
            state = "published"
        author = None if sender in ANONYMOUS else self.person(sender)
        item = ItemRecord(
            network=NETWORK,
            external_id=_fingerprint("message", millis, sender, _content_key(body, attachments)),
            author_id=author.external_id if author is not None else None,
            kind="service" if record.get("type") in SERVICE_TYPES else "message",
            created_at=millis // 1000,
            body=body,
            thread_external_id=thread,
            platform_state=state,
            raw=self.raw(without_columns(record, {"content": body})),
        )
        return self.emit(author, item)


def _owner(source: Input, members: list[str]) -> MemberRecord:
    """The export's owner, from profile_information.json when the import has it."""
    for member in members:
        if _basename(member).lower() != PROFILE:
            continue
        with source.open(member) as stream:
            document = json_document(stream, member)
        if not isinstance(document, dict):
            continue
        profile = document.get("profile_v2") or document.get("profile")
        if not isinstance(profile, dict) or not isinstance(profile.get("name"), dict):
            continue
        name = fix_mojibake(text(profile["name"], "full_name")).strip()
        if not name:
            continue
        emails = profile.get("emails")
        listed = emails.get("emails") if isinstance(emails, dict) else None
        email = (
            next((e for e in listed if isinstance(e, str)), None)
            if isinstance(listed, list)
            else None
        )
        return MemberRecord(
            network=NETWORK,
            external_id=name,
            handle=name,
            display_name=name,
            email=email,
            raw={"name": profile["name"]},
        )
    return MemberRecord(
        network=NETWORK,
        external_id=OWNER_FALLBACK,
        handle=OWNER_FALLBACK,
        display_name=OWNER_FALLBACK,
        raw={"note": "the export's owner; the import had no profile_information.json"},
    )


def _thread(source: Input, member: str) -> str:
    """The conversation of a Messenger file: its thread_path, which comes after the messages
    (hence a first pass over the file), else a hash of its participants' names."""
    try:
        with source.open(member) as stream:
            found = next(ijson.items(json_events(stream, member), "thread_path"), None)
        if isinstance(found, str) and found.strip():
            return found.strip()
        names: list[str] = []
        with source.open(member) as stream:
            for prefix, event, value in json_events(stream, member):
                if prefix == "participants.item.name" and isinstance(value, str):
                    names.append(fix_mojibake(value))
                elif prefix == "participants" and event == "end_array":
                    break
    except FormatError:
        names = []  # the second pass reports where the file is broken
    key = orjson.dumps(sorted(names))
    return f"conversation/{hashlib.sha256(key).hexdigest()[:32]}"


class FacebookConnector(Connector):
    name = "facebook-dyi"
    label = 'Facebook export ("Download your information", JSON)'
    network = NETWORK
    detection = (
        "JSON files of a Facebook export: posts (arrays of 'timestamp', 'data' with 'post'), "
        "'comments_v2', or Messenger chats with 'participants' and 'messages'"
    )

    def _files(self, source: Input) -> list[_File]:
        files = []
        for member in source.find(".json"):
            found = _classify(member, source.head(member))
            if found is not None:
                files.append(found)
        return files

    def detect(self, source: Input) -> int:
        candidates = source.find(".json")
        likely = [m for m in candidates if LIKELY_NAMES.match(_basename(m))]
        others = [m for m in candidates if not LIKELY_NAMES.match(_basename(m))]
        for member in [*likely, *others][:MAX_PROBED]:
            found = _classify(member, source.head(member))
            if found is not None:
                return found.score
        return 0

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        reader = _Reader(_owner(source, source.find(".json")), options)
        files = self._files(source)
        order = {"post": 0, "comment": 1, "message": 2}
        for file in sorted(files, key=lambda f: (order[f.kind], f.member)):
            thread = _thread(source, file.member) if file.kind == "message" else ""
            with source.open(file.member) as stream:
                for number, value in json_items(stream, file.prefix, file.member):
                    try:
                        if file.kind == "post":
                            converted = reader.post(value)
                        elif file.kind == "comment":
                            converted = reader.comment(value)
                        else:
                            converted = reader.message(value, thread)
                        yield from reader.done(converted)
                    except RecordProblem as problem:
                        yield problem.at(Location(file.member, record=number))

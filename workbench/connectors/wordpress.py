"""WordPress sites as WXR exports (Tools > Export): posts, pages and their comments.

WXR is RSS 2.0 with WordPress's own ``wp:`` namespace, whose URI names the version
(``http://wordpress.org/export/1.0/`` to ``1.2/``; WordPress.com writes ``https://``). Exports are
untrusted and can be large, so they are parsed with defusedxml, streaming, one ``<item>`` at a
time; DTDs and entity declarations are refused. Files that are not well-formed XML, such as
exports with an unescaped ``]]>`` inside CDATA that only WordPress's regex fallback reads, stop
with a :class:`FormatError` naming the line.

Ids are only unique per site, so every external id starts with the site: the channel's
``<link>`` (the blog's own address, distinct for each site of a multisite) without its scheme,
else ``wp:base_blog_url`` or ``wp:base_site_url``. Posts and pages are ``{site}/post/{id}``,
comments ``{site}/comment/{id}``. Members:

- post authors and registered commenters whose user id the export's author list names:
  ``{site}/user/{login}`` (a login that is an e-mail address is replaced by ``~`` and its SHA-1);
- registered commenters missing from that list: ``{site}/user-id/{comment_user_id}``;
- guests: ``{site}/guest/{keyed pseudonym of the e-mail, or of the name without one}``, never
  the address (the key is the store's: see workbench.core.privacy)
  itself; the address goes only to ``MemberRecord.email``. Without name and e-mail: no member.

Drafts, auto-drafts, scheduled and trashed posts are not community content and are skipped, as
are attachments, menu items and other post types; their comments are still imported (people
wrote them), linked to the post's id. Pending posts are held; private ones are kept as published.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO, Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers.expat import ErrorString

import defusedxml
import defusedxml.ElementTree as ET

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    bounded,
    html_to_text,
    iso_time,
    shown,
    unescape_text,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "wordpress"
SUFFIXES = (".xml", ".wxr", ".xml.zst", ".wxr.zst")
WP_NAMESPACE = re.compile(r"https?://wordpress\.org/export/\d+\.\d+/")
_HEAD_NAMESPACE = re.compile(rb"https?://wordpress\.org/export/\d+\.\d+/[\"']")
OTHER_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
LINE = "{urn:x-workbench}line"
"""Attribute the parser adds to items and comments: the line their start tag is on."""

POST_KINDS = {"post": "post", "page": "page"}
SKIPPED_STATUSES = {"draft", "auto-draft", "future", "trash", "inherit"}
COMMENT_KINDS = {
    "": "comment",
    "comment": "comment",
    "pingback": "pingback",
    "trackback": "trackback",
    "review": "review",
}
"""Comment types people write; others (WooCommerce order notes, editorial notes, logs) are not
community content and are skipped."""
COMMENT_STATES = {
    "1": "published",
    "0": "held",
    "spam": "spam",
    "trash": "trash",
    "post-trashed": "trash",
}
NO_DATE = "0000-00-00"
PERSONAL_FIELDS = {"comment_author_email", "author_email", "post_password"}
"""Removed from every raw copy: addresses, and a protected post's password."""
IP_FIELD = "comment_author_IP"
CONTENT_FIELDS = {"content:encoded", "excerpt:encoded", "comment_content", "title", "description"}
"""Text people wrote; kept in raw as it is, like the body."""
_ADDRESS_CHAR = r"[^\s@<>()\[\]\\,;:\"'/]"
_EMAIL = re.compile(rf"(?<!{_ADDRESS_CHAR}){_ADDRESS_CHAR}+@{_ADDRESS_CHAR}+\.{_ADDRESS_CHAR}+")
"""An address starts where a run of address characters does (the lookbehind): tried at every
character, a 40 KB value without an '@' took 10 s; this way it is one pass."""
_IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


@lru_cache(maxsize=1024)  # the same few tags again and again: saves a fifth of a read
def _split(tag: str) -> tuple[str, str]:
    """Namespace URI and local name of an ElementTree tag."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


@lru_cache(maxsize=1024)
def _is_wp(namespace: str) -> bool:
    return WP_NAMESPACE.fullmatch(namespace) is not None


@lru_cache(maxsize=1024)
def _key(tag: str) -> str | None:
    """The raw key of a field: the local name for RSS and wp: fields, "prefix:name" for the
    content, excerpt, dc and wfw modules, None for other namespaces (not WXR fields)."""
    namespace, local = _split(tag)
    if not namespace or _is_wp(namespace):
        return local
    if namespace.endswith("/excerpt/") and _is_wp(namespace[: -len("excerpt/")]):
        return f"excerpt:{local}"
    prefix = OTHER_PREFIXES.get(namespace)
    return f"{prefix}:{local}" if prefix else None


def _text(element: Element) -> str:
    return element.text or ""


def _meta(element: Element) -> dict[str, str]:
    """A wp:postmeta or wp:commentmeta entry as {"key", "value"}."""
    entry = {"key": "", "value": ""}
    for child in element:
        local = _split(child.tag)[1]
        if local in ("meta_key", "meta_value"):
            entry[local[5:]] = _text(child)
    return entry


def _fields(element: Element) -> tuple[dict[str, Any], list[Element]]:
    """An item's or comment's fields by raw key, and its wp:comment children."""
    fields: dict[str, Any] = {}
    comments: list[Element] = []
    for child in element:
        namespace, local = _split(child.tag)
        wp = _is_wp(namespace)
        if wp and local == "comment":
            comments.append(child)
        elif wp and local in ("postmeta", "commentmeta"):
            fields.setdefault(local, []).append(_meta(child))
        elif not namespace and local == "category":
            fields.setdefault("category", []).append(
                {
                    "domain": child.get("domain", ""),
                    "nicename": child.get("nicename", ""),
                    "name": _text(child),
                }
            )
        elif (key := _key(child.tag)) is not None:
            fields[key] = _text(child)
    return fields, comments


def _html(content: str, text: str) -> str | None:
    """A post's or comment's HTML as stored beside its text: none where it is the text word for
    word (no tag, no entity, nothing to strip), which most comments are; a 4 MB comment was
    otherwise written, bound and stored twice."""
    return None if content == text else content or None


def _value(fields: dict[str, Any], key: str) -> str:
    value = fields.get(key)
    return value.strip() if isinstance(value, str) else ""


def _number(fields: dict[str, Any], key: str, default: str | None = None) -> str:
    """A WordPress row id (post, comment, user), normalized ("007" is "7")."""
    value = _value(fields, key) or default
    if value is None:
        raise RecordProblem(key, "is missing")
    if not (value.isascii() and value.isdigit()):
        raise RecordProblem(key, f"is not a number: {shown(value)}")
    return str(int(value))


def _time(fields: dict[str, Any], gmt_key: str, local_key: str) -> int:
    """Unix seconds from the GMT date; the local one is taken as UTC when WordPress left the GMT
    one unset ("0000-00-00 00:00:00", as it does for pending posts and old imports)."""
    for key in (gmt_key, local_key):
        value = _value(fields, key)
        if value and not value.startswith(NO_DATE):
            return iso_time(value, key)
    raise RecordProblem(gmt_key, "is missing")


def site_scope(url: str) -> str:
    """The id scope of a site address: host and path, without scheme or trailing slash."""
    parts = urlsplit(url if "://" in url else f"//{url}")
    host = (parts.hostname or "").lower()
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return f"{host}{parts.path.rstrip('/')}"


def _name(value: str) -> str:
    """A name to show; a name that is an e-mail address is cut to the part before the "@"."""
    return value.split("@", 1)[0] if _EMAIL.fullmatch(value) else value


@dataclass
class _Site:
    """What one read has learnt so far: the site, its authors, and the ids already yielded."""

    options: ImportOptions
    link: str = ""
    blog_url: str = ""
    site_url: str = ""
    scope: str = ""
    authors: dict[str, dict[str, Any]] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=dict)
    """Login by user id, from the author list (WXR 1.1 and later)."""
    members: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)

    def start_file(self) -> None:
        """Forget the previous file's site: a zip may hold the exports of several sites."""
        self.link = self.blog_url = self.site_url = self.scope = ""
        self.authors = {}
        self.logins = {}

    def learn(self, element: Element) -> None:
        """Take in a channel field that comes before the items."""
        namespace, local = _split(element.tag)
        if not namespace and local == "link":
            self.link = _text(element).strip()
        elif _is_wp(namespace) and local == "base_blog_url":
            self.blog_url = _text(element).strip()
        elif _is_wp(namespace) and local == "base_site_url":
            self.site_url = _text(element).strip()
        elif _is_wp(namespace) and local == "author":
            author, _ = _fields(element)
            login = _value(author, "author_login")
            if login:
                self.authors[login] = author
                if _value(author, "author_id"):
                    self.logins[_value(author, "author_id")] = login

    def raw(self, fields: dict[str, Any], ip: str = "") -> dict[str, Any]:
        """The fields minus addresses, IPs (unless kept) and a post's password; a field or meta
        entry that holds an address (a login that is one, Akismet's copy of a submission) is
        left out whole."""
        kept: dict[str, Any] = {}
        for key, value in fields.items():
            if key in PERSONAL_FIELDS or (key == IP_FIELD and not self.options.keep_ips):
                continue
            if isinstance(value, list):
                kept[key] = [entry for entry in value if not self._personal(entry, ip)]
            elif key in CONTENT_FIELDS or not _EMAIL.search(value):
                kept[key] = value
        return kept

    def _personal(self, entry: dict[str, str], ip: str) -> bool:
        text = " ".join(entry.values())
        if _EMAIL.search(text):
            return True
        return not self.options.keep_ips and bool((ip and ip in text) or _IPV4.search(text))

    def user_key(self, login: str) -> str:
        """The login, or a pseudonym of it where the login is an e-mail address."""
        return f"~{self.options.pseudonym(login)}" if "@" in login else login

    def user(self, login: str) -> MemberRecord:
        """A registered user by login, described by the export's author list when it has one."""
        author = self.authors.get(login, {})
        name = _name(login)
        return MemberRecord(
            network=NETWORK,
            external_id=f"{self.scope}/user/{self.user_key(login)}",
            handle=name,
            display_name=_name(_value(author, "author_display_name")) or name,
            email=_value(author, "author_email") or None,
            raw=self.raw(author or {"author_login": login}),
        )

    def commenter(self, fields: dict[str, Any]) -> MemberRecord | None:
        user_id = _number(fields, "comment_user_id", "0")
        if user_id != "0" and user_id in self.logins:
            return self.user(self.logins[user_id])
        name = _value(fields, "comment_author")
        email = _value(fields, "comment_author_email")
        if user_id != "0":
            external_id = f"{self.scope}/user-id/{user_id}"
        elif email or name:
            external_id = f"{self.scope}/guest/{self.options.pseudonym(email or name)}"
        else:
            return None
        # WordPress keeps commenters' names HTML-escaped ("Ping 1 &laquo; Blog").
        shown = _name(unescape_text(name))
        return MemberRecord(
            network=NETWORK,
            external_id=external_id,
            handle=shown,
            display_name=shown,
            email=email or None,
            profile_url=_value(fields, "comment_author_url") or None,
            raw=self.raw(
                {
                    "comment_author": name,
                    "comment_author_url": _value(fields, "comment_author_url"),
                    "comment_user_id": user_id,
                }
            ),
        )

    def new_member(self, member: MemberRecord | None) -> list[MemberRecord]:
        """The member if this read has not yielded it yet."""
        return [] if member is None or member.external_id in self.members else [member]

    def keep(self, records: list[MemberRecord | ItemRecord]) -> list[MemberRecord | ItemRecord]:
        """Mark a converted record's member and item as yielded."""
        for record in records:
            (self.members if isinstance(record, MemberRecord) else self.items).add(
                record.external_id
            )
        return records

    def post(self, post_id: str, fields: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        """A published, private or pending post or page with its author; nothing for others."""
        kind = POST_KINDS.get(_value(fields, "post_type"))
        status = _value(fields, "status")
        external_id = f"{self.scope}/post/{post_id}"
        if kind is None or status in SKIPPED_STATUSES or external_id in self.items:
            return []
        created = _time(fields, "post_date_gmt", "post_date")
        login = _value(fields, "dc:creator")
        member = self.user(login) if login else None
        content = bounded(fields.get("content:encoded") or "", "content:encoded")
        title = html_to_text(bounded(fields.get("title") or "", "title"))
        item = ItemRecord(
            network=NETWORK,
            external_id=external_id,
            author_id=member.external_id if member else None,
            kind=kind,
            created_at=created,
            title=title,
            body=(body := html_to_text(content)),
            body_html=_html(content, body),
            thread_external_id=external_id,
            url=_value(fields, "link") or None,
            platform_state="held" if status == "pending" else "published",
            raw=without_columns(self.raw(fields), {"content:encoded": content, "title": title}),
        )
        return self.keep([*self.new_member(member), item])

    def comment(
        self, post_id: str, post_link: str, fields: dict[str, Any]
    ) -> list[MemberRecord | ItemRecord]:
        """A comment, pingback or trackback with its author; nothing for other comment types."""
        kind = COMMENT_KINDS.get(_value(fields, "comment_type"))
        comment_id = _number(fields, "comment_id")
        external_id = f"{self.scope}/comment/{comment_id}"
        if kind is None or external_id in self.items:
            return []
        approved = _value(fields, "comment_approved")
        state = COMMENT_STATES.get(approved)
        if state is None:
            raise RecordProblem("comment_approved", f"is not a comment status: {shown(approved)}")
        created = _time(fields, "comment_date_gmt", "comment_date")
        parent = _number(fields, "comment_parent", "0")
        thread = f"{self.scope}/post/{post_id}"
        member = self.commenter(fields)
        content = bounded(fields.get("comment_content") or "", "comment_content")
        item = ItemRecord(
            network=NETWORK,
            external_id=external_id,
            author_id=member.external_id if member else None,
            kind=kind,
            created_at=created,
            body=(body := html_to_text(content)),
            body_html=_html(content, body),
            parent_external_id=f"{self.scope}/comment/{parent}" if parent != "0" else thread,
            thread_external_id=thread,
            url=f"{post_link}#comment-{comment_id}" if post_link else None,
            platform_state=state,
            raw=without_columns(
                self.raw(fields, _value(fields, IP_FIELD)), {"comment_content": content}
            ),
        )
        return self.keep([*self.new_member(member), item])

    def item(self, element: Element, member: str) -> Iterator[Yielded]:
        """The records of one <item>: the post (if kept), then each of its comments."""
        where = Location(member, line=_line(element))
        if not self.scope:
            address = self.link or self.blog_url or self.site_url
            if not address:
                raise FormatError(
                    where, "names no site (<link> or wp:base_site_url) before its items"
                )
            self.scope = site_scope(address)
        fields, comments = _fields(element)
        try:
            post_id = _number(fields, "post_id")
        except RecordProblem as problem:
            yield problem.at(where)
            return
        try:
            yield from self.post(post_id, fields)
        except RecordProblem as problem:
            yield problem.at(where)
        post_link = _value(fields, "link")
        for comment in comments:
            try:
                yield from self.comment(post_id, post_link, _fields(comment)[0])
            except RecordProblem as problem:
                yield problem.at(Location(member, line=_line(comment)))


def _line(element: Element) -> int | None:
    line = element.get(LINE)
    return int(line) if line else None


class _LineBuilder:
    """A tree builder that notes on each <item> and <wp:comment> the line it starts on, so that
    a bad record can be found in a file of a million lines."""

    def __init__(self) -> None:
        self._builder = TreeBuilder()
        self._depth = 0
        self.parser: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._depth += 1
        if (self._depth == 3 and tag == "item") or (self._depth == 4 and tag.endswith("}comment")):
            attrs = {**attrs, LINE: str(self.parser.parser.CurrentLineNumber)}
        return self._builder.start(tag, attrs)

    def end(self, tag: str) -> Element:
        self._depth -= 1
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> Element:
        return self._builder.close()


def _channel_children(stream: IO[bytes], member: str) -> Iterator[Element]:
    """The children of rss/channel, each when it is complete; cleared and dropped after use."""
    builder = _LineBuilder()
    parser = ET.DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    open_elements: list[Element] = []
    try:
        for event, element in ET.iterparse(stream, events=("start", "end"), parser=parser):
            if event == "start":
                open_elements.append(element)
                if len(open_elements) == 1 and _split(element.tag) != ("", "rss"):
                    raise FormatError(member, "is XML but not an RSS document")
                continue
            open_elements.pop()
            if len(open_elements) == 2:
                parent = open_elements[1]
                if _split(parent.tag) == ("", "channel"):
                    yield element
                element.clear()
                parent.remove(element)
    except ET.ParseError as exc:
        line, column = exc.position
        raise FormatError(
            Location(member, line=line),
            f"the XML is broken or cut off ({ErrorString(exc.code)}, column {column + 1})",
        ) from None
    except defusedxml.DefusedXmlException:
        raise FormatError(
            member, "declares a DTD or entities, which are refused in untrusted files"
        ) from None


class WordPressConnector(Connector):
    name = "wordpress-wxr"
    label = "WordPress export (WXR)"
    network = NETWORK
    detection = (
        "an RSS file (.xml) that declares WordPress's export namespace "
        "(http://wordpress.org/export/1.0/ to 1.2/)"
    )

    def _candidates(self, source: Input) -> list[str]:
        members = source.members()
        return members if len(members) == 1 else source.find(*SUFFIXES)

    @staticmethod
    def _score(head: bytes) -> int:
        if b"<rss" not in head or not _HEAD_NAMESPACE.search(head):
            return 0
        return 100 if b"wxr_version>" in head else 95

    def _files(self, source: Input) -> list[str]:
        return [m for m in self._candidates(source) if self._score(source.head(m))]

    def detect(self, source: Input) -> int:
        return max((self._score(source.head(m)) for m in self._candidates(source)[:50]), default=0)

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        site = _Site(options)
        for member in self._files(source):
            site.start_file()
            with source.open(member) as stream:
                for element in _channel_children(stream, member):
                    if _split(element.tag) == ("", "item"):
                        yield from site.item(element, member)
                    else:
                        site.learn(element)

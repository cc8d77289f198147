"""Reddit's own data export ("request a copy of your data"): a zip or folder of CSV files.

Only the account's own writing is imported: comments.csv (id, permalink, date, ip, subreddit,
gildings, link, parent, body, media) and posts.csv (id, permalink, date, ip, subreddit,
gildings, title, url, body). Files are recognised by their header, not their name, so numbered
parts (comments_1.csv) are read too; every other file of the export (messages, votes, saved
items, comment_headers.csv without bodies) is left alone.

Items are named by Reddit's fullnames (t1_ for comments, t3_ for posts), as the Pushshift
connector names them, so the same comment from a dump and from an export is one row. The
export's rows carry no author: the owner of the export wrote all of them. The owner's username
comes from statistics.csv ("account name"), else from the name Reddit gives the archive
(export_<username>_<YYYYMMDD>.zip, or a folder so named). When neither is there, the items are
imported without an author rather than under a guessed name that would never match the
account's other items.

The "ip" column is dropped unless the manager chose to keep IP addresses; the e-mail address
from statistics.csv goes only into the member's e-mail field.
"""

import re
from collections.abc import Iterator
from typing import Literal

from workbench.connectors.base import Connector, Location, RecordProblem, Yielded
from workbench.connectors.common import bounded, iso_time, shown, without_columns
from workbench.connectors.csv_mapped import checked_row, csv_records, header_of
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "reddit"
SITE = "https://www.reddit.com"
Kind = Literal["comment", "submission"]
_BASE = {"id", "permalink", "date", "subreddit", "body"}
_COMMENT_COLUMNS = _BASE | {"link", "parent"}
_POST_COLUMNS = _BASE | {"title", "url"}
_SHORT_ID = re.compile(r"[0-9a-z]+")
_FULLNAME = re.compile(r"t[1-6]_[0-9a-z]+")
_THING_URL = re.compile(r"/comments/([0-9a-z]+)(?:/[^/?#]*/([0-9a-z]+))?")
_ARCHIVE_NAME = re.compile(r"export_([A-Za-z0-9_-]{3,20})_\d{8}(?:\.zip)?", re.IGNORECASE)
_KEPT_STATISTICS = ("account name", "registration date")


def file_kind(header: list[str]) -> Kind | None:
    """What a CSV file holds, told by its columns: comments, posts, or nothing to import."""
    columns = {name.strip().lower() for name in header}
    if columns >= _COMMENT_COLUMNS:
        return "comment"
    if columns >= _POST_COLUMNS:
        return "submission"
    return None


def reddit_time(value: str) -> int:
    """Unix seconds from the export's "2023-01-05 14:03:22 UTC" (or ISO 8601 text)."""
    value = value.strip()
    if not value:
        raise RecordProblem("date", "is missing")
    if value.upper().endswith(" UTC"):
        value = value[:-4]
    return iso_time(value, "date")


def _short_id(value: str, prefix: str) -> str:
    """The base-36 id of a row; older exports write it as a fullname already."""
    value = value.strip().lower().removeprefix(prefix)
    if not _SHORT_ID.fullmatch(value):
        said = "is missing" if not value else f"is not a Reddit id: {shown(value)}"
        raise RecordProblem("id", said)
    return value


def _post_of(url: str) -> str | None:
    found = _THING_URL.search(url)
    return f"t3_{found.group(1)}" if found else None


def _thread(row: dict[str, str]) -> str | None:
    """The post a comment is under, from "link" (a URL or a fullname), else its permalink."""
    link = row.get("link", "").strip()
    if not link:
        return _post_of(row.get("permalink", ""))
    if _FULLNAME.fullmatch(link):
        return link
    if _SHORT_ID.fullmatch(link):
        return f"t3_{link}"
    post = _post_of(link)
    if post is None:
        raise RecordProblem("link", f"is neither a Reddit link nor an id: {shown(link)}")
    return post


def _parent(row: dict[str, str], thread: str | None) -> str | None:
    """The fullname of what a comment answers; an empty "parent" means the post itself."""
    parent = row.get("parent", "").strip()
    if not parent:
        return thread
    if _FULLNAME.fullmatch(parent):
        return parent
    if _SHORT_ID.fullmatch(parent):
        return thread if thread == f"t3_{parent}" else f"t1_{parent}"
    found = _THING_URL.search(parent)
    if found is None:
        raise RecordProblem("parent", f"is neither a Reddit link nor an id: {shown(parent)}")
    return f"t1_{found.group(2)}" if found.group(2) else f"t3_{found.group(1)}"


def _state(body: str) -> str:
    if body == "[removed]":
        return "removed"
    if body == "[deleted]":
        return "deleted"
    return "published"


def _url(permalink: str) -> str | None:
    permalink = permalink.strip()
    if not permalink:
        return None
    return permalink if permalink.startswith("http") else f"{SITE}{permalink}"


def convert(kind: Kind, row: dict[str, str], owner: str | None, keep_ips: bool) -> ItemRecord:
    """The item of one row of comments.csv or posts.csv."""
    row = {key.strip().lower(): value for key, value in row.items()}
    created = reddit_time(row["date"])
    body = bounded(row["body"], "body")
    title = "" if kind == "comment" else bounded(row["title"], "title")
    raw = without_columns(row, {"body": body, "title": title})
    if not keep_ips:
        raw.pop("ip", None)
    if kind == "comment":
        thread = _thread(row)
        return ItemRecord(
            network=NETWORK,
            external_id=f"t1_{_short_id(row['id'], 't1_')}",
            author_id=owner,
            kind="comment",
            created_at=created,
            body=body,
            parent_external_id=_parent(row, thread),
            thread_external_id=thread,
            url=_url(row["permalink"]),
            platform_state=_state(body),
            raw=raw,
        )
    post_id = f"t3_{_short_id(row['id'], 't3_')}"
    return ItemRecord(
        network=NETWORK,
        external_id=post_id,
        author_id=owner,
        kind="submission",
        created_at=created,
        title=title,
        body=body,
        thread_external_id=post_id,
        url=_url(row["permalink"]) or row["url"].strip() or None,
        platform_state=_state(body),
        raw=raw,
    )


class RedditCsvConnector(Connector):
    name = "reddit-export-csv"
    label = "Reddit data export (CSV)"
    network = NETWORK
    detection = (
        "CSV files with Reddit's export columns: comments (id, permalink, date, subreddit, "
        "link, parent, body) or posts (id, permalink, date, subreddit, title, url, body)"
    )

    def _kinds(self, source: Input) -> list[tuple[str, Kind]]:
        found = []
        for member in source.find(".csv"):
            kind = file_kind(header_of(source.head(member)))
            if kind is not None:
                found.append((member, kind))
        return found

    def detect(self, source: Input) -> int:
        return 95 if self._kinds(source) else 0

    def _statistics(self, source: Input) -> dict[str, str]:
        """statistics.csv as statistic -> value (it has a dozen rows)."""
        statistics: dict[str, str] = {}
        for member in source.find("statistics.csv"):
            if member.rsplit("/", 1)[-1].lower() != "statistics.csv":
                continue
            with source.open(member) as stream:
                header, rows = csv_records(stream, member)
                if [name.strip().lower() for name in header] != ["statistic", "value"]:
                    continue
                for _, row in rows:
                    try:
                        checked = checked_row(row, len(header))
                    except RecordProblem:
                        continue
                    statistics[checked["statistic"].strip().lower()] = checked["value"].strip()
        return statistics

    def _owner(self, source: Input, statistics: dict[str, str]) -> str | None:
        if statistics.get("account name"):
            return statistics["account name"]
        for name in (source.name, *(m.split("/", 1)[0] for m in source.members() if "/" in m)):
            found = _ARCHIVE_NAME.fullmatch(name)
            if found:
                return found.group(1)
        return None

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        statistics = self._statistics(source)
        owner = self._owner(source, statistics)
        announced = False
        for member, kind in self._kinds(source):
            with source.open(member) as stream:
                header, rows = csv_records(stream, member)
                for line, row in rows:
                    try:
                        item = convert(kind, checked_row(row, len(header)), owner, options.keep_ips)
                    except RecordProblem as problem:
                        yield problem.at(Location(member, line=line))
                        continue
                    if owner is not None and not announced:
                        announced = True
                        yield MemberRecord(
                            network=NETWORK,
                            external_id=owner,
                            handle=owner,
                            display_name=owner,
                            email=statistics.get("email address") or None,
                            profile_url=f"{SITE}/user/{owner}",
                            raw={"account name": owner}
                            | {k: statistics[k] for k in _KEPT_STATISTICS if k in statistics},
                        )
                    yield item

"""The bundled demo community "Werkstatt": generated deterministically from a seed.

The maker community of a fictional tool company on four networks (a WordPress blog, Discord,
Mastodon, a subreddit), in German and English, with held and reported items, spam waves and
reposts, member notes and statuses, and interventions whose follow-ups are overdue, due today and
upcoming. The same seed and day give the same data; times are laid out backwards from ``now``.
"""

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, insert, text

from workbench import __version__
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.i18n import translate
from workbench.core.ids import uuid7_at
from workbench.core.ingest import ImportSummary, Ingestor
from workbench.core.records import ItemRecord, MemberRecord, Record
from workbench.core.resources import resource
from workbench.core.settings import Author
from workbench.core.store import Store, open_store, sqlite
from workbench.core.store.schema import Meta, table
from workbench.core.text import excerpt

SEED = 20261125
VERSION_KEY = "demo_version"
"""The meta key naming the workbench version that built the demo: a new version builds it anew."""
DAY = 86_400
HOUR = 3_600

MANAGERS = (
    Author(id="7c1d2a56-0d4e-4f57-9a53-3c1f0d6a0001", name="Mara Lindqvist"),
    Author(id="7c1d2a56-0d4e-4f57-9a53-3c1f0d6a0002", name="Jonas Weber"),
)


@dataclass(frozen=True, slots=True)
class Network:
    key: str
    source_name: str
    members: int
    threads: int
    post_kind: str
    reply_kind: str
    titles: bool


NETWORKS = (
    Network("wordpress", "Werkstatt-Blog", 90, 40, "post", "comment", titles=True),
    Network("discord", "Werkstatt Discord", 150, 90, "message", "reply", titles=False),
    Network("mastodon", "@werkstatt@social.example", 80, 60, "status", "reply", titles=False),
    Network("reddit", "r/KleinholzWerkstatt", 100, 70, "submission", "comment", titles=True),
)


@dataclass(slots=True)
class _Member:
    network: str
    external_id: str
    handle: str
    name: str
    language: str


def _phrases() -> dict[str, Any]:
    data = orjson.loads(resource("demo", "phrases.json").read_bytes())
    assert isinstance(data, dict)
    return data


class _Generator:
    def __init__(self, now: int, seed: int) -> None:
        self.now = now
        self.rng = random.Random(seed)
        self.words = _phrases()
        self.members: dict[str, list[_Member]] = {}
        self.items: list[ItemRecord] = []
        self._counter = 0

    def _id(self) -> str:
        self._counter += 1
        return f"{self._counter:06d}"

    def event_id(self, at: int) -> str:
        return uuid7_at(at * 1000 + self.rng.randrange(1000), self.rng.getrandbits(74))

    def make_members(self, network: Network) -> Iterator[MemberRecord]:
        people: list[_Member] = []
        used: set[str] = set()
        for _ in range(network.members):
            language = "de" if self.rng.random() < 0.6 else "en"
            first = self.rng.choice(self.words[f"first_names_{language}"])
            last = self.rng.choice(self.words[f"last_names_{language}"])
            handle = f"{self.rng.choice(self.words['handle_words'])}{self.rng.randrange(10, 999)}"
            while handle in used:
                handle += str(self.rng.randrange(10))
            used.add(handle)
            member = _Member(
                network.key, f"{network.key[:2]}-u{self._id()}", handle, f"{first} {last}", language
            )
            people.append(member)
            yield MemberRecord(
                network=network.key,
                external_id=member.external_id,
                handle=handle,
                display_name=member.name,
                profile_url=f"https://{network.key}.example/@{handle}",
                raw={"demo": True, "language": language},
            )
        self.members[network.key] = people

    def sentence(self, language: str) -> str:
        words = self.words[language]
        opener = self.rng.choice(words["openers"])
        subject = self.rng.choice(words["subjects"])
        closer = self.rng.choice(words["closers"])
        return f"{opener} {subject}? {closer}"

    def make_items(self, network: Network) -> Iterator[ItemRecord]:
        people = self.members[network.key]
        for _ in range(network.threads):
            author = self.rng.choice(people)
            started = self.now - self.rng.randrange(2 * DAY, 75 * DAY)
            thread_id = f"{network.key[:2]}-t{self._id()}"
            language = author.language
            yield self.item(
                network,
                thread_id,
                author,
                started,
                self.sentence(language),
                language,
                kind=network.post_kind,
                title=self.rng.choice(self.words[language]["topics"]),
            )
            parents = [thread_id]
            at = started
            for _ in range(self.rng.randrange(3, 18)):
                at += self.rng.randrange(5 * 60, 10 * HOUR)
                if at > self.now - 10 * 60:
                    break
                replier = self.rng.choice(people)
                item_id = f"{network.key[:2]}-c{self._id()}"
                body, state, reports = self.reply_text(replier.language)
                yield self.item(
                    network,
                    item_id,
                    replier,
                    at,
                    body,
                    replier.language,
                    kind=network.reply_kind,
                    parent=self.rng.choice(parents),
                    thread=thread_id,
                    state=state,
                    reports=reports,
                )
                parents.append(item_id)

    def welcomes(self, network: Network) -> Iterator[ItemRecord]:
        """Newcomers introducing themselves in the last two weeks."""
        for member in self.rng.sample(self.members[network.key], network.members // 12):
            welcome = self.rng.choice(self.words[member.language]["welcomes"])
            yield self.item(
                network,
                f"{network.key[:2]}-w{self._id()}",
                member,
                self.now - self.rng.randrange(HOUR, 14 * DAY),
                welcome,
                member.language,
                kind=network.post_kind,
                title=excerpt(welcome, 48),
            )

    def reply_text(self, language: str) -> tuple[str, str, int]:
        roll = self.rng.random()
        if roll < 0.03:
            return self.varied(language, "rude"), "reported", self.rng.randrange(1, 5)
        if roll < 0.05:
            return self.varied(language, "complaints"), "published", 0
        if roll < 0.07:
            return self.reply(language), "held", 0
        if roll < 0.09:
            return self.varied(language, "complaints"), "reported", 1
        return self.reply(language), "published", 0

    def varied(self, language: str, kind: str) -> str:
        """A complaint or insult followed by the question it came up in."""
        words = self.words[language]
        question = f"{self.rng.choice(words['openers'])} {self.rng.choice(words['subjects'])}?"
        return f"{question} {self.rng.choice(words[kind])}"

    def reply(self, language: str) -> str:
        """An ordinary reply, varied enough that two members rarely write the very same text."""
        words = self.words[language]
        parts = [
            self.rng.choice(words["replies"]),
            f"{self.rng.choice(words['openers'])} {self.rng.choice(words['subjects'])}?",
        ]
        if self.rng.random() < 0.5:
            parts.append(self.rng.choice(words["closers"]))
        return " ".join(parts)

    def item(
        self,
        network: Network,
        external_id: str,
        author: _Member,
        at: int,
        body: str,
        language: str,
        *,
        kind: str,
        title: str = "",
        parent: str | None = None,
        thread: str | None = None,
        state: str = "published",
        reports: int = 0,
    ) -> ItemRecord:
        html = None
        if network.key in ("wordpress", "mastodon"):
            html = "".join(f"<p>{part}</p>" for part in body.split("\n") if part)
        return ItemRecord(
            network=network.key,
            external_id=external_id,
            author_id=author.external_id,
            kind=kind,
            created_at=at,
            body=body,
            title=title if network.titles else "",
            body_html=html,
            parent_external_id=parent,
            thread_external_id=thread or external_id,
            url=f"https://{network.key}.example/{thread or external_id}#{external_id}",
            language=language,
            platform_state=state,
            report_count=reports,
            raw={"demo": True},
        )

    def spam_wave(self, network: Network) -> Iterator[Record]:
        """Fresh accounts posting the same offer, and one member posting a comment twice."""
        language = "de" if network.key in ("wordpress", "discord") else "en"
        offer = self.rng.choice(self.words[language]["spam"])
        start = self.now - self.rng.randrange(6 * HOUR, 3 * DAY)
        for index in range(3):
            handle = f"deals{self.rng.randrange(1000, 9999)}"
            member = _Member(
                network.key, f"{network.key[:2]}-s{self._id()}", handle, handle, language
            )
            self.members[network.key].append(member)
            yield MemberRecord(network.key, member.external_id, handle, handle, raw={"demo": True})
            yield self.item(
                network,
                f"{network.key[:2]}-c{self._id()}",
                member,
                start + index * 240,
                offer,
                language,
                kind=network.reply_kind,
                state="held" if network.key == "wordpress" else "published",
            )
        reposter = self.rng.choice(self.members[network.key][:-3])
        text_ = self.rng.choice(self.words[reposter.language]["complaints"])
        first = self.now - self.rng.randrange(1 * DAY, 4 * DAY)
        for offset in (0, 2 * HOUR):
            yield self.item(
                network,
                f"{network.key[:2]}-c{self._id()}",
                reposter,
                first + offset,
                text_,
                reposter.language,
                kind=network.reply_kind,
            )


SANCTIONS = {
    "muted": (
        "temporary_mute",
        {
            "de": "Drei Beiträge mit Beleidigungen an einem Abend",
            "en": "Three insulting posts in one evening",
        },
    ),
    "banned": (
        "ban",
        {
            "de": "Wiederholt Spam-Links trotz zwei Verwarnungen",
            "en": "Spam links again after two warnings",
        },
    ),
}
"""The intervention behind a demo member's status, and its reason in their language."""


def _ref(member: _Member) -> dict[str, str]:
    return {"network": member.network, "id": member.external_id}


def _record_manager_events(connection: Connection, gen: _Generator) -> None:
    """Statuses, notes, ratings, decisions and interventions, as two managers made them."""
    rng, now = gen.rng, gen.now
    everyone = [m for people in gen.members.values() for m in people if "-u" in m.external_id]
    chosen = rng.sample(everyone, 40)
    events: list[tuple[int, Kind, dict[str, Any]]] = []
    for member, status in zip(
        chosen[:8], ["watch"] * 5 + ["muted", "banned", "memorialized"], strict=True
    ):
        at = now - rng.randrange(3 * DAY, 40 * DAY)
        events.append((at, Kind.MEMBER_STATUS_SET, {"member": _ref(member), "status": status}))
        if status in SANCTIONS:  # a mute or a ban is an intervention first, with its reason
            kind, reasons = SANCTIONS[status]
            events.append(
                (
                    at - 60,
                    Kind.INTERVENTION_LOGGED,
                    {
                        "kind": kind,
                        "channel": "private_message",
                        "message": "",
                        "rationale": reasons[member.language],
                        "targets": {"members": [_ref(member)]},
                        "follow_up_at": None,
                    },
                )
            )
    for member in chosen[8:28]:
        note = rng.choice(gen.words[member.language]["notes"])  # each text says of what type
        events.append(
            (
                now - rng.randrange(HOUR, 50 * DAY),
                Kind.MEMBER_NOTE_ADDED,
                {"member": _ref(member), "type": note["type"], "text": note["text"]},
            )
        )
    for member in chosen[10:22]:
        for dimension in ("feedback", "expertise", "communication"):
            events.append(
                (
                    now - rng.randrange(HOUR, 30 * DAY),
                    Kind.MEMBER_RATED,
                    {"member": _ref(member), "dimension": dimension, "value": rng.randrange(2, 6)},
                )
            )
    for member in chosen[28:32]:
        events.append(
            (
                now - rng.randrange(HOUR, 20 * DAY),
                Kind.MEMBER_TAGGED,
                {
                    "member": _ref(member),
                    "tag": rng.choice(["helper", "beta-tester", "moderator-candidate"]),
                },
            )
        )
    # Decisions already taken on part of the queue: the rest waits for the user.
    queued = connection.execute(
        text(
            "SELECT i.network, i.external_id, i.created_at "
            "FROM queue q JOIN items i ON i.id = q.item_id "
            "ORDER BY i.network, i.external_id"
        )
    ).all()
    for network, external_id, created_at in rng.sample(queued, len(queued) // 3):
        at = min(now - 60, created_at + rng.randrange(10 * 60, DAY))
        events.append(
            (
                at,
                Kind.QUEUE_DECIDED,
                {
                    "item": {"network": network, "id": external_id},
                    "decision": rng.choice(["approve", "approve", "remove", "ignore", "escalate"]),
                },
            )
        )
    # (days until the follow-up, kind, channel, index into manager_messages)
    schedule = [
        (-9, "warning", "private_message", 2),
        (-4, "nudge", "private_message", 4),
        (-1, "welcome", "public_reply", 0),
        (0, "warning", "private_message", 9),
        (0, "thanks", "public_reply", 1),
        (2, "content_removal", "private_message", 7),
        (5, "thanks", "private_message", 8),
        (12, "nudge", "public_reply", 11),
    ]
    for (days, kind, channel, message), member in zip(schedule, chosen[32:40], strict=True):
        # Logged in the past, even when the follow-up is still days away.
        at = min(now + days * DAY - rng.randrange(5 * DAY, 8 * DAY), now - (1 + message) * HOUR)
        text_ = gen.words[member.language]["manager_messages"][message]
        events.append(
            (
                at,
                Kind.INTERVENTION_LOGGED,
                {
                    "kind": kind,
                    "channel": channel,
                    "message": text_.replace("{name}", member.name.split()[0]),
                    "rationale": "",
                    "targets": {"members": [_ref(member)]},
                    "follow_up_at": now + days * DAY + rng.randrange(-3 * HOUR, 3 * HOUR),
                },
            )
        )
    community = connection.execute(
        text("SELECT uid FROM sources WHERE network = 'wordpress'")
    ).scalar_one()
    events.append(
        (
            now - 20 * DAY,
            Kind.INTERVENTION_LOGGED,
            {
                "kind": "public_statement",
                "channel": "post",
                "message": gen.words["de"]["manager_messages"][3],
                "rationale": "Viele Fragen zur Lieferung der WB 120",
                "targets": {"sources": [community]},
                "follow_up_at": now - 13 * DAY,
            },
        )
    )
    # The team's own words: a kind of intervention and a note type, and a thank-you parcel sent
    # to a helpful member with them.
    events += [
        (
            now - 45 * DAY,
            Kind.TERM_ADDED,
            {
                "vocabulary": "intervention_kind",
                "name": "Dankeschön-Paket",
                "follow_up_days": 21,
                "addresses_the_living": True,
                "strike": False,
            },
        ),
        (
            now - 45 * DAY + 1,
            Kind.TERM_ADDED,
            {"vocabulary": "note_type", "name": "Produktexperte"},
        ),
        (
            now - 6 * DAY,
            Kind.INTERVENTION_LOGGED,
            {
                "kind": "Dankeschön-Paket",
                "channel": "outside",
                "message": "",
                "rationale": "Hilft seit Wochen bei Fragen zu Akkus und Ladegeräten",
                "targets": {"members": [_ref(chosen[12])]},
                "follow_up_at": now + 15 * DAY,
                "tags": ["Dank"],
            },
        ),
    ]
    for number, (name, message) in enumerate(
        (
            ("Willkommen", gen.words["de"]["manager_messages"][0]),
            ("Ton-Hinweis", gen.words["de"]["manager_messages"][2]),
            ("Thanks for helping", gen.words["en"]["manager_messages"][1]),
            ("Post hidden", gen.words["en"]["manager_messages"][7]),
        )
    ):
        template = {"id": f"00000000-0000-4000-8000-{number:012d}", "name": name, "body": message}
        events.append((now - 60 * DAY + number, Kind.TEMPLATE_SAVED, {"template": template}))
    events.sort(key=lambda entry: entry[0])
    for at, kind, payload in events:
        eventlog.record(
            connection, kind, payload, rng.choice(MANAGERS), at=at, event_id=gen.event_id(at)
        )
    _record_followed_up(connection, gen, chosen[20:28])


def _record_followed_up(connection: Connection, gen: _Generator, people: list[_Member]) -> None:
    """Earlier interventions that were looked at again, so the report has outcomes to show."""
    rng, now = gen.rng, gen.now
    plan = [
        ("warning", "improved"),
        ("warning", "worsened"),
        ("nudge", "improved"),
        ("thanks", "improved"),
        ("warning", "no_change"),
        ("nudge", "unclear"),
        ("content_removal", "improved"),
        ("welcome", "improved"),
    ]
    for (kind, outcome), member in zip(plan, people, strict=True):
        at = now - rng.randrange(35 * DAY, 55 * DAY)
        author = rng.choice(MANAGERS)
        logged = eventlog.record(
            connection,
            Kind.INTERVENTION_LOGGED,
            {
                "kind": kind,
                "channel": "private_message",
                "message": "",
                "rationale": "",
                "targets": {"members": [_ref(member)]},
                "follow_up_at": at + 7 * DAY,
            },
            author,
            at=at,
            event_id=gen.event_id(at),
        )
        seen = at + 7 * DAY + rng.randrange(HOUR, DAY)
        eventlog.record(
            connection,
            Kind.INTERVENTION_OBSERVED,
            {"intervention": logged.id, "outcome": outcome, "text": "", "metrics": {}},
            author,
            at=seen,
            event_id=gen.event_id(seen),
        )


def populate(store: Store, *, now: int, seed: int = SEED) -> ImportSummary:
    """Write the demo community into ``store``, which must be empty."""
    with store.write() as connection:
        if connection.execute(text("SELECT count(*) FROM items")).scalar_one():
            raise WorkbenchError(
                translate(
                    "Demo", "{path} already holds data; the demo only goes into a new database."
                ).format(path=store.path)
            )
        gen = _Generator(now, seed)
        summary = ImportSummary()
        for network in NETWORKS:
            source = sources.ensure(
                connection,
                name=network.source_name,
                kind="demo",
                network=network.key,
                uid=str(uuid.UUID(int=gen.rng.getrandbits(128), version=4)),
            )
            ingestor = Ingestor(connection, source, now=now)
            ingestor.add_all(gen.make_members(network))
            ingestor.add_all(gen.make_items(network))
            ingestor.add_all(gen.welcomes(network))
            ingestor.add_all(gen.spam_wave(network))
            part = ingestor.finish()
            for name in ("members_added", "items_added", "queued"):
                setattr(summary, name, getattr(summary, name) + getattr(part, name))
        _record_manager_events(connection, gen)
        connection.execute(insert(table(Meta)).values(key="demo", value=str(seed)))
        connection.execute(insert(table(Meta)).values(key=VERSION_KEY, value=__version__))
    return summary


def is_current(path: Path) -> bool:
    """Whether ``path`` holds the demo as this version of the workbench builds it: the window
    opens it as it is, instead of building it again at every start."""
    if not path.exists():
        return False
    with open_store(path, upgrade=False) as store, store.read() as connection:
        return bool(
            connection.execute(
                text("SELECT 1 FROM meta WHERE key = :key AND value = :version"),
                {"key": VERSION_KEY, "version": __version__},
            ).first()
        )


def is_demo(store: Store) -> bool:
    with store.read() as connection:
        return connection.execute(text("SELECT 1 FROM meta WHERE key = 'demo'")).first() is not None


def create_demo_database(path: Path, *, now: int, replace_demo: bool = False) -> ImportSummary:
    """Build the demo in a new file at ``path``: written beside it, then renamed into place.

    An existing file is replaced only if ``replace_demo`` is set and it holds the demo itself;
    a database with the user's own data is never overwritten.
    """
    path = path.expanduser().resolve()
    if path.exists():
        if not replace_demo:
            raise WorkbenchError(
                translate(
                    "Demo", "{path} already exists; the demo only goes into a new database."
                ).format(path=path)
            )
        with open_store(path, upgrade=False) as existing:
            if not is_demo(existing):
                raise WorkbenchError(
                    translate(
                        "Demo", "{path} holds your own data, not the demo; it is left as it is."
                    ).format(path=path)
                )
    temporary = path.with_name(f".{path.name}.building")
    for leftover in (temporary, *sqlite.sidecar_files(temporary)):
        leftover.unlink(missing_ok=True)
    try:
        with open_store(temporary) as store:
            summary = populate(store, now=now)
        sqlite.checkpoint(temporary)
        for stale in sqlite.sidecar_files(path):
            stale.unlink(missing_ok=True)
        temporary.replace(path)
    finally:
        for leftover in (temporary, *sqlite.sidecar_files(temporary)):
            leftover.unlink(missing_ok=True)
    return summary

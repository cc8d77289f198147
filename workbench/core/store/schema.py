"""The store's tables, declared once with SQLModel; hot paths use their ``__table__`` via Core.

Times are integer Unix seconds in UTC (``*_at`` columns): compact, indexable, and free of time
zone text. Members and items are identified by the network's own ids (``network``,
``external_id``), so importing the same data twice changes nothing. Events are the record of
what managers did; every table below the event log marked "derived" is a projection of events.
"""

from typing import Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Column,
    Computed,
    Index,
    Integer,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, SQLModel

from workbench.core.queue.reasons import REASON_BITS


def server(value: str) -> dict[str, Any]:
    """Column options giving a default in the database too, so bulk SQL can omit the column."""
    return {"server_default": value}


class Source(SQLModel, table=True):
    """One connected export file or API account. ``secret_ref`` names a keyring entry."""

    __tablename__: ClassVar[str] = "sources"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, description="Stable id shared in log bundles")
    kind: str = Field(description="Connector name, e.g. 'wordpress-wxr' or 'mastodon-api'")
    network: str
    name: str = Field(unique=True)
    settings: str = Field(
        default="{}", description="JSON settings of the connector", sa_column_kwargs=server("{}")
    )
    secret_ref: str | None = Field(default=None, description="Keyring entry name, never a secret")
    cursor: str | None = Field(default=None, description="Sync position of an API source")
    created_at: int


class Person(SQLModel, table=True):
    """A human behind one or more member identities on different networks."""

    __tablename__: ClassVar[str] = "persons"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)
    display_name: str
    created_at: int


class Member(SQLModel, table=True):
    """One identity on one network. ``status`` is derived from status events."""

    __tablename__: ClassVar[str] = "members"
    __table_args__ = (
        UniqueConstraint("network", "external_id"),
        Index("ix_members_person", "person_id"),
        Index("ix_members_status", "status"),
        Index("ix_members_email_hash", "email_hash"),
        CheckConstraint(
            "status IN ('active','watch','muted','banned','left','memorialized')",
            name="ck_members_status",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    network: str
    external_id: str
    handle: str = Field(default="", sa_column_kwargs=server(""))
    display_name: str = Field(default="", sa_column_kwargs=server(""))
    email_hash: str | None = Field(default=None, description="Keyed hash of the e-mail address")
    email: str | None = Field(default=None, description="Kept only if the manager opts in")
    profile_url: str | None = None
    person_id: int | None = Field(default=None, foreign_key="persons.id", ondelete="SET NULL")
    status: str = Field(default="active", sa_column_kwargs=server("active"))
    first_seen_at: int | None = None
    last_seen_at: int | None = None
    item_count: int = Field(default=0, sa_column_kwargs=server("0"))
    raw: str = Field(
        default="{}",
        description="The record as the network gave it (JSON)",
        sa_column_kwargs=server("{}"),
    )


class Item(SQLModel, table=True):
    """A post, comment, message or report as the network produced it.

    The FTS5 word index ``items_fts`` reads the view ``items_words`` (title and body, see
    ``WORD_FOLDS``), the trigram index ``items_fts_trigram`` the view ``items_folded`` (see
    ``FRAGMENT_FOLDS``): no generated column, which SQLite would compute on every INSERT. The
    ingest adds new rows to both in bulk (``workbench.core.ingest``), triggers keep them right
    on update and delete.
    """

    __tablename__: ClassVar[str] = "items"
    __table_args__ = (
        UniqueConstraint("network", "external_id"),
        Index("ix_items_member_time", "member_id", "created_at"),
        Index("ix_items_thread", "network", "thread_external_id", "created_at"),
        Index("ix_items_content_hash", "content_hash"),
        # A community's items in a time window, counted from the index alone (effect.py).
        Index("ix_items_source_time", "source_id", "created_at", "member_id"),
        Index("ix_items_time", "created_at", "id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", ondelete="CASCADE")
    network: str
    external_id: str
    member_id: int | None = Field(default=None, foreign_key="members.id", ondelete="SET NULL")
    kind: str = Field(description="post, comment, message, reply, pingback, ...")
    parent_external_id: str | None = None
    thread_external_id: str | None = None
    title: str = Field(default="", sa_column_kwargs=server(""))
    body: str = Field(
        default="", description="Plain text, for search and display", sa_column_kwargs=server("")
    )
    body_html: str | None = Field(default=None, description="Untrusted HTML; sanitize to show")
    url: str | None = None
    language: str | None = None
    platform_state: str = Field(
        default="published",
        description="published, held, spam, trash, reported, deleted",
        sa_column_kwargs=server("published"),
    )
    report_count: int = Field(default=0, sa_column_kwargs=server("0"))
    content_hash: str | None = Field(default=None, description="Hash of the normalized text")
    created_at: int
    imported_at: int
    raw: str = Field(
        default="{}",
        description="The record as the network gave it (JSON)",
        sa_column_kwargs=server("{}"),
    )


QUEUE_STATES = ("new", "in_review", "approved", "removed", "escalated", "ignored")
OPEN = "state IN ('new', 'in_review', 'escalated')"
"""The SQL that says an entry still waits for a decision. Queries use this very text, so that
SQLite can use the partial indexes declared with it."""

POST_TIME_RANGE = 2**39
"""The post times the sort key tells apart: ``created_at`` within ±2**39 seconds (±17,000
years, beyond any time an import accepts); a time outside it (a hostile file) is clamped."""
PRIORITY_STEP = 2 * POST_TIME_RANGE
SORT_KEY = (
    f"min(max(created_at, {-POST_TIME_RANGE}), {POST_TIME_RANGE - 1}) - priority * {PRIORITY_STEP}"
)
"""The queue's order as one integer, ascending: higher priority first (2**23 priorities fit in
64 bits), then the older post; the index's rowid (item_id) breaks ties."""


def reason_term(bit: int) -> str:
    """The SQL that says an entry has reason ``bit``; the same text as the partial indexes."""
    return f"(reasons & {bit}) != 0"


class QueueEntry(SQLModel, table=True):
    """An item that needs a decision. ``state`` is derived from decision events."""

    __tablename__: ClassVar[str] = "queue"
    # One partial index on the sort key per view (open entries, each state, each reason, an
    # assignee), so that every page and every count reads only its own view's entries in order.
    __table_args__ = (
        Index("ix_queue_open", "sort_key", sqlite_where=text(OPEN)),
        *(
            Index(f"ix_queue_state_{state}", "sort_key", sqlite_where=text(f"state = '{state}'"))
            for state in QUEUE_STATES
        ),
        *(
            Index(
                f"ix_queue_reason_{name}",
                "sort_key",
                sqlite_where=text(f"{OPEN} AND {reason_term(bit)}"),
            )
            for name, bit in REASON_BITS.items()
        ),
        Index("ix_queue_assignee", "assignee", "sort_key", sqlite_where=text(OPEN)),
        Index("ix_queue_network", "network", "sort_key", sqlite_where=text(OPEN)),
        # A search in the open queue walks its entries newest post first (see store.sqlite.queue).
        Index("ix_queue_open_time", "created_at", "item_id", sqlite_where=text(OPEN)),
        CheckConstraint(
            "state IN ('new','in_review','approved','removed','escalated','ignored')",
            name="ck_queue_state",
        ),
    )
    item_id: int = Field(primary_key=True, foreign_key="items.id", ondelete="CASCADE")
    network: str = Field(
        default="",
        description="The item's network, for the network filter",
        sa_column_kwargs=server(""),
    )
    state: str = Field(default="new", sa_column_kwargs=server("new"))
    reasons: int = Field(
        default=0,
        description="Bit set of workbench.core.queue.listing.Reason",
        sa_column_kwargs=server("0"),
    )
    priority: int = Field(default=0, sa_column_kwargs=server("0"))
    created_at: int | None = Field(
        default=None,
        description="The item's created_at, for the order; the trigger queue_created_at_fill "
        "sets it when an insert leaves it out, queue_created_at_follow when the item's changes",
    )
    # Queue order in one number: higher priority first, then the older post.
    sort_key: int | None = Field(
        default=None, sa_column=Column(Integer, Computed(SORT_KEY, persisted=False))
    )
    assignee: str | None = None
    entered_at: int
    decided_at: int | None = None
    muted_until: int | None = None


class QueueDecision(SQLModel, table=True):
    """Derived: each decision on an item, so that undoing one finds the state before it, and
    the action it was part of (one for all items of a bulk decision), so that undo takes the
    whole action back."""

    __tablename__: ClassVar[str] = "queue_decisions"
    __table_args__ = (
        Index("ix_queue_decisions_item", "item_id", "event_id"),
        Index("ix_queue_decisions_action", "action_id"),
    )
    event_id: str = Field(primary_key=True, foreign_key="events.id")
    item_id: int = Field(foreign_key="items.id", ondelete="CASCADE")
    action_id: str = Field(default="", sa_column_kwargs=server(""))
    state: str
    author_id: str
    decided_at: int
    undone: bool = Field(default=False, sa_column_kwargs=server("0"))


class QueueReason(SQLModel, table=True):
    """Why an item is in the queue, with a detail a manager can read (rule name, twin item)."""

    __tablename__: ClassVar[str] = "queue_reasons"
    item_id: int = Field(primary_key=True, foreign_key="queue.item_id", ondelete="CASCADE")
    reason: str = Field(primary_key=True)
    detail: str = Field(default="", sa_column_kwargs=server(""))


class Note(SQLModel, table=True):
    """Derived: a typed note on a member, optionally about one item."""

    __tablename__: ClassVar[str] = "notes"
    __table_args__ = (Index("ix_notes_member", "member_id", "created_at"),)
    id: str = Field(primary_key=True, foreign_key="events.id", description="The event's id")
    member_id: int = Field(foreign_key="members.id", ondelete="CASCADE")
    item_id: int | None = Field(default=None, foreign_key="items.id", ondelete="SET NULL")
    type: str
    text: str
    author_name: str
    created_at: int
    expires_at: int | None = Field(
        default=None, description="After this, the note leaves the views and bundles"
    )


def note_in_force(now: str) -> str:
    """The SQL that says a note (as ``n``) has not expired by ``now``, the SQL of the clock in
    whole seconds, which each dialect spells its own way."""
    return f"(n.expires_at IS NULL OR n.expires_at > {now})"


NOTE_IN_FORCE = note_in_force("CAST(strftime('%s', 'now') AS INTEGER)")
"""SQLite's notes filter: every view of notes reads only these."""


class Tag(SQLModel, table=True):
    __tablename__: ClassVar[str] = "tags"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, unique=True, nullable=False))


class MemberTag(SQLModel, table=True):
    """Derived: tags currently on a member."""

    __tablename__: ClassVar[str] = "member_tags"
    __table_args__ = (Index("ix_member_tags_tag", "tag_id"),)
    member_id: int = Field(primary_key=True, foreign_key="members.id", ondelete="CASCADE")
    tag_id: int = Field(primary_key=True, foreign_key="tags.id", ondelete="CASCADE")


class Rating(SQLModel, table=True):
    """Derived: one rating of a member on a named dimension, 1 to 5."""

    __tablename__: ClassVar[str] = "ratings"
    __table_args__ = (
        Index("ix_ratings_member", "member_id", "dimension", "rated_at"),
        CheckConstraint("value BETWEEN 1 AND 5", name="ck_ratings_value"),
    )
    id: str = Field(primary_key=True, foreign_key="events.id")
    member_id: int = Field(foreign_key="members.id", ondelete="CASCADE")
    dimension: str
    value: int
    rater: str
    rated_at: int


class Intervention(SQLModel, table=True):
    """Derived: what a manager did to whom, and when to look again."""

    __tablename__: ClassVar[str] = "interventions"
    __table_args__ = (
        Index("ix_interventions_follow_up", "follow_up_at"),
        Index("ix_interventions_created", "created_at"),
    )
    id: str = Field(primary_key=True, foreign_key="events.id", description="The logging event")
    kind: str
    channel: str
    message: str = Field(default="", sa_column_kwargs=server(""))
    rationale: str = Field(default="", sa_column_kwargs=server(""))
    author_name: str
    created_at: int
    follow_up_at: int | None = None
    closed: bool = Field(default=False, sa_column_kwargs=server("0"))
    tags: str = Field(
        default="[]", description="JSON list of the team's labels", sa_column_kwargs=server("[]")
    )


class InterventionTarget(SQLModel, table=True):
    """Derived: a member, an item, or a source's whole community that an intervention targets."""

    __tablename__: ClassVar[str] = "intervention_targets"
    __table_args__ = (
        Index("ix_intervention_targets_member", "member_id"),
        # An intervention's targets, read for every entry of the log and for every effect.
        Index("ix_intervention_targets_intervention", "intervention_id"),
        CheckConstraint(
            "(member_id IS NOT NULL) + (item_id IS NOT NULL) + (source_id IS NOT NULL) = 1",
            name="ck_intervention_targets_one",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    intervention_id: str = Field(foreign_key="interventions.id", ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="members.id", ondelete="CASCADE")
    item_id: int | None = Field(default=None, foreign_key="items.id", ondelete="CASCADE")
    source_id: int | None = Field(default=None, foreign_key="sources.id", ondelete="CASCADE")


class Incident(SQLModel, table=True):
    """Derived: a case file that follows one situation across networks (a brigade, a crisis)."""

    __tablename__: ClassVar[str] = "incidents"
    id: str = Field(primary_key=True, foreign_key="events.id", description="The opening event")
    title: str
    summary: str = Field(default="", sa_column_kwargs=server(""))
    status: str = Field(default="open", sa_column_kwargs=server("'open'"))
    opened_by: str
    created_at: int
    updated_at: int


class IncidentLink(SQLModel, table=True):
    """Derived: a member, an item or an intervention filed in an incident."""

    __tablename__: ClassVar[str] = "incident_links"
    __table_args__ = (
        Index("ix_incident_links_incident", "incident_id"),
        CheckConstraint(
            "(member_id IS NOT NULL) + (item_id IS NOT NULL) + (intervention_id IS NOT NULL) = 1",
            name="ck_incident_links_one",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    incident_id: str = Field(foreign_key="incidents.id", ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="members.id", ondelete="CASCADE")
    item_id: int | None = Field(default=None, foreign_key="items.id", ondelete="CASCADE")
    intervention_id: str | None = Field(
        default=None, foreign_key="interventions.id", ondelete="CASCADE"
    )


class IncidentNote(SQLModel, table=True):
    """Derived: what a manager wrote in an incident's file."""

    __tablename__: ClassVar[str] = "incident_notes"
    __table_args__ = (Index("ix_incident_notes_incident", "incident_id", "created_at"),)
    id: str = Field(primary_key=True, foreign_key="events.id")
    incident_id: str = Field(foreign_key="incidents.id", ondelete="CASCADE")
    text: str
    author_name: str
    created_at: int


class Observation(SQLModel, table=True):
    """Derived: a later look at an intervention, with an outcome and the measured figures."""

    __tablename__: ClassVar[str] = "observations"
    __table_args__ = (Index("ix_observations_intervention", "intervention_id", "created_at"),)
    id: str = Field(primary_key=True, foreign_key="events.id")
    intervention_id: str = Field(foreign_key="interventions.id", ondelete="CASCADE")
    outcome: str
    text: str = Field(default="", sa_column_kwargs=server(""))
    metrics: str = Field(
        default="{}", description="JSON figures measured when saved", sa_column_kwargs=server("{}")
    )
    author_name: str
    created_at: int
    next_follow_up_at: int | None = None


class Event(SQLModel, table=True):
    """The append-only log of everything managers did. Never updated, never deleted."""

    __tablename__: ClassVar[str] = "events"
    __table_args__ = (
        Index("ix_events_kind", "kind"),
        Index("ix_events_created", "created_at"),
    )
    id: str = Field(primary_key=True, description="UUIDv7, sortable by time")
    kind: str
    author_id: str
    author_name: str
    created_at: int
    payload: str = Field(description="JSON; refers to members and items by network ids")
    origin: str = Field(
        default="local",
        description="'local' or the bundle it was merged from",
        sa_column_kwargs=server("local"),
    )
    signature: str | None = Field(
        default=None,
        description="The author's Ed25519 public key and signature over the event's canonical "
        "JSON, base64, joined by a dot (core.events.signatures); NULL where none was made",
    )


class ItemSketch(SQLModel, table=True):
    """A recent item's MinHash signature, to find texts that are nearly the same."""

    __tablename__: ClassVar[str] = "item_sketches"
    item_id: int = Field(primary_key=True, foreign_key="items.id", ondelete="CASCADE")
    signature: bytes


class ItemBand(SQLModel, table=True):
    """One LSH band of a signature: items that share a band are candidates for a near copy."""

    __tablename__: ClassVar[str] = "item_bands"
    band: int = Field(primary_key=True)
    item_id: int = Field(primary_key=True, foreign_key="items.id", ondelete="CASCADE")


class Mute(SQLModel, table=True):
    """Derived: a thread or a member whose new items stay out of the queue until a time."""

    __tablename__: ClassVar[str] = "mutes"
    __table_args__ = (Index("ix_mutes_target", "network", "target", "until"),)
    event_id: str = Field(primary_key=True, foreign_key="events.id")
    network: str
    kind: str = Field(description="thread or member")
    target: str = Field(description="The thread's or the member's network id")
    until: int


class Push(SQLModel, table=True):
    """Derived: a decision to carry out on a live account's platform (the outbox), and how it
    went. ``id`` is the deciding event's id, or an undo's id and the item for the push that
    takes a done one back."""

    __tablename__: ClassVar[str] = "pushes"
    __table_args__ = (
        Index("ix_pushes_state", "state", "source_id"),
        Index("ix_pushes_item", "item_id"),
    )
    id: str = Field(primary_key=True)
    source_id: int = Field(foreign_key="sources.id")
    item_id: int = Field(foreign_key="items.id", ondelete="CASCADE")
    action: str = Field(description="approve, remove, spam, restore, reply, kick or ban")
    detail: str = Field(default="{}", description="JSON: a reply's text, the state to restore")
    state: str = Field(description="pending, done, failed or cancelled")
    attempts: int = Field(default=0, sa_column_kwargs=server("0"))
    message: str | None = Field(default=None, description="The platform's words on a failure")
    author_id: str
    requested_at: int
    settled_at: int | None = None


class ReplyTemplate(SQLModel, table=True):
    """Derived: a reply the team keeps at hand, with placeholders such as {name}."""

    __tablename__: ClassVar[str] = "reply_templates"
    id: str = Field(primary_key=True)
    name: str
    body: str
    updated_at: int


class LinkRejection(SQLModel, table=True):
    """Derived: two members a manager said are not the same person (not suggested again)."""

    __tablename__: ClassVar[str] = "link_rejections"
    member_a: int = Field(primary_key=True, foreign_key="members.id", ondelete="CASCADE")
    member_b: int = Field(primary_key=True, foreign_key="members.id", ondelete="CASCADE")


class Rule(SQLModel, table=True):
    """Derived: a rule the team set up to flag items for the queue (rule.saved events)."""

    __tablename__: ClassVar[str] = "rules"
    id: str = Field(primary_key=True, description="The rule's uid, the same in every store")
    name: str
    kind: str = Field(description="keywords, regex, links or caps")
    pattern: str = Field(default="", sa_column_kwargs=server(""))
    threshold: float = Field(default=0, sa_column_kwargs=server("0"))
    enabled: bool = Field(default=True, sa_column_kwargs=server("1"))
    updated_at: int


class Meta(SQLModel, table=True):
    """Facts about this database: the demo marker, the e-mail hash key, the creating version."""

    __tablename__: ClassVar[str] = "meta"
    key: str = Field(primary_key=True)
    value: str


TABLES: tuple[type[SQLModel], ...] = (
    Source,
    Person,
    Member,
    Item,
    QueueEntry,
    QueueDecision,
    QueueReason,
    Note,
    Tag,
    MemberTag,
    Rating,
    Intervention,
    InterventionTarget,
    Observation,
    Incident,
    IncidentLink,
    IncidentNote,
    Event,
    ItemSketch,
    ItemBand,
    Mute,
    Push,
    ReplyTemplate,
    LinkRejection,
    Rule,
    Meta,
)


def table(model: type[SQLModel]) -> Table:
    """The Core ``Table`` behind a model, for bulk statements."""
    found = model.__table__  # type: ignore[attr-defined]
    assert isinstance(found, Table)
    return found


class TeamKey(SQLModel, table=True):
    """Derived: a teammate's public key this manager trusts, and the name they gave it.

    Bundles are accepted only when signed by one of these: a bundle carries its signer's public
    key, whose fingerprint must be trusted here (team.key_trusted and
    team.key_untrusted events, which stay in this store and never travel in bundles)."""

    __tablename__: ClassVar[str] = "team_keys"
    fingerprint: str = Field(primary_key=True, description="Of the Ed25519 public key")
    name: str
    trusted_at: int
    trusted_by: str = Field(description="The manager who trusted it (author id)")


class Watchlist(SQLModel, table=True):
    """Derived: a watch list of the team (watchlist.created), and whether this manager follows
    it (watchlist.subscribed and watchlist.unsubscribed, which stay in this store)."""

    __tablename__: ClassVar[str] = "watchlists"
    uid: str = Field(primary_key=True, description="The list's uid, the same in every store")
    name: str
    owner_id: str = Field(description="The author id of the manager who made it and keeps it")
    owner_name: str
    created_at: int
    subscribed: bool = Field(default=False, sa_column_kwargs=server("0"))


class WatchlistEntry(SQLModel, table=True):
    """Derived: a member or a domain on a watch list, with what the list recommends, and this
    manager's own override of it (watchlist.overridden, which stays in this store).

    The key starts with the entity, so that a member's profile finds the lists naming them;
    a member is named by network and network id (they need not be in this store), a domain
    by the network ``domain`` and the domain's name."""

    __tablename__: ClassVar[str] = "watchlist_entries"
    network: str = Field(primary_key=True)
    entity: str = Field(primary_key=True, description="The member's network id, or a domain")
    list_uid: str = Field(primary_key=True, foreign_key="watchlists.uid", ondelete="CASCADE")
    recommendation: str = Field(description="watch, mute, ban or trusted")
    reason: str = Field(default="", sa_column_kwargs=server(""))
    expires_at: int | None = Field(default=None, description="Leaves the views then; None: never")
    set_at: int
    set_by: str = Field(description="The name of the manager who set it")
    override: str | None = Field(
        default=None, description="What this manager decided instead: a recommendation or ignore"
    )
    override_reason: str = Field(default="", sa_column_kwargs=server(""))

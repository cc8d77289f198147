"""Copying a laptop store into a team store (``workbench team-store copy``).

What imports left is copied: sources, members, items with their queue entries, reasons and
near-duplicate sketches, and every event. Derived state (decisions, statuses, notes, persons,
interventions, incidents, rules, the outbox) is not copied table by table but recomputed from
the events on the target, as a bundle's merge does: the copy then holds what the laptop's log
says by construction. Rows are matched as merges match them (sources by uid, members and items
by network and network id, events by id) and what the target holds already is kept as it is,
so a second copy writes nothing. It all runs in one write transaction on the target, read from
one snapshot of the laptop store; on PostgreSQL the search indexes follow the inserted rows.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, Row, Table, func, insert, select, text, tuple_

from workbench.core.errors import EventRefusedError, StoreError, WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.ingest import PERSONAL_KEY
from workbench.core.members import erase
from workbench.core.members.digest import erasure_digest
from workbench.core.queue.listing import SIMILAR, similar_to
from workbench.core.settings import Author
from workbench.core.store import migrate
from workbench.core.store.queries import queries
from workbench.core.store.schema import (
    Event as EventRow,
)
from workbench.core.store.schema import (
    Item,
    ItemBand,
    ItemSketch,
    Member,
    QueueEntry,
    QueueReason,
    Source,
    table,
)
from workbench.core.store.store import Store

BATCH = 5_000
"""Rows read, looked up and written at a time: one round trip each, a bounded memory."""
WAIT_SECONDS = 60.0
"""How long the copy waits for another writer (a teammate's import) before it gives up."""

_sources = table(Source)
_members = table(Member)
_items = table(Item)
_queue = table(QueueEntry)
_reasons = table(QueueReason)
_sketches = table(ItemSketch)
_bands = table(ItemBand)
_events = table(EventRow)

Progress = Callable[[str, int, int], None]
"""Told after each batch: what is copied ("members", "items", "events"), how many, of how many."""
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Copied:
    """What a copy added to the target (nothing, the second time)."""

    sources: int = 0
    members: int = 0
    items: int = 0
    events: int = 0
    erased: int = 0
    """Members erased on the laptop whom the target still held: erased there too."""
    recomputed: bool = False
    """The laptop's events go back before the target's newest: all derived state recomputed."""

    @property
    def anything(self) -> bool:
        return bool(self.sources or self.members or self.items or self.events or self.erased)


def check_revision(target: Store) -> None:
    """Refuse a target at another schema revision than this version writes (a newer one is
    refused when it is opened): the copy writes rows of this version's tables."""
    current, head = target.revision(), migrate.head_revision()
    if current != head:
        raise StoreError(
            translate(
                "Store",
                "{location} is at schema {revision}, this workbench writes {head}: run "
                "workbench team-store init {location} first; nothing was copied.",
            ).format(location=target.location, revision=current or "-", head=head)
        )


def copy_store(source: Store, target: Store, *, progress: Progress | None = None) -> Copied:
    """Copy ``source`` into ``target`` in one write transaction: all of it, or nothing."""
    check_revision(target)
    with source.read() as read, target.write(wait_seconds=WAIT_SECONDS) as write:
        return _Copy(read, write, source, target, progress).run()


def _keyed(connection: Connection, tbl: Table, keys: Sequence[Key]) -> dict[Key, int]:
    """The ids of the rows of ``tbl`` (members or items) with these (network, network id):
    on PostgreSQL the keys bound as two arrays (a list of 5,000 pairs bound one by one takes
    SQLAlchemy longer to write out than the server to answer)."""
    if not keys:
        return {}
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text(
                f"SELECT t.network, t.external_id, t.id FROM {tbl.name} t JOIN "
                "unnest(CAST(:networks AS text[]), CAST(:ids AS text[])) AS k(network, id) "
                "ON t.network = k.network AND t.external_id = k.id"
            ),
            {"networks": [key[0] for key in keys], "ids": [key[1] for key in keys]},
        )
    else:
        rows = connection.execute(
            select(tbl.c.network, tbl.c.external_id, tbl.c.id).where(
                tuple_(tbl.c.network, tbl.c.external_id).in_(keys)
            )
        )
    return {(row.network, row.external_id): int(row.id) for row in rows}


def _insert(connection: Connection, tbl: Table, rows: list[dict[str, Any]]) -> None:
    """Rows into ``tbl`` in bulk: on PostgreSQL by COPY, in the same transaction."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        connection.execute(insert(tbl), rows)
        return
    names = list(rows[0])
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {tbl.name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[name] for name in names])


def _fields(row: Row[Any], tbl: Table, **changed: Any) -> dict[str, Any]:
    """A row's columns as ``tbl`` takes them: all but the computed ones and a row id, which
    the target gives (an event's id, which names it everywhere, stays)."""
    values = row._mapping
    kept = {
        c.name: values[c.name]
        for c in tbl.c
        if c.computed is None and not (c.name == "id" and isinstance(c.type, Integer))
    }
    return {**kept, **changed}


class _Copy:
    """One copy: the laptop's snapshot ``read``, the target's transaction ``write``."""

    def __init__(
        self,
        read: Connection,
        write: Connection,
        source: Store,
        target: Store,
        progress: Progress | None,
    ) -> None:
        self.read = read
        self.write = write
        self.source = source
        self.target = target
        self.progress = progress or (lambda what, done, total: None)

    def _batches(self, statement: Any) -> Iterator[Sequence[Row[Any]]]:
        yield from self.read.execution_options(yield_per=BATCH).execute(statement).partitions()

    def run(self) -> Copied:
        self._refuse_erased_on_target()
        erased = self._erase_what_the_laptop_erased()
        same_key = self._personal_key()
        sources_added, sources = self._sources()
        members_added, members, matched = self._members(same_key)
        items_added = self._items(sources, members, matched)
        events_added, recomputed = self._events()
        return Copied(sources_added, members_added, items_added, events_added, erased, recomputed)

    def _refuse_erased_on_target(self) -> None:
        """A member the team store erased must not come back from the laptop, which still
        holds them: the copy stops and says whom to erase on the laptop first."""
        erasures = {
            (str(member.get("network")), digest)
            for event in eventlog.iter_events(self.write, kinds=(Kind.MEMBER_ERASED,))
            if isinstance(member := event.payload.get("member"), dict)
            and isinstance(digest := event.payload.get("erased"), str)
        }
        for network in sorted({network for network, _digest in erasures}):
            digests = {digest for net, digest in erasures if net == network}
            for member_id, external_id in queries(self.read).erase.members_of_network(network):
                if erasure_digest(network, external_id) in digests:
                    raise StoreError(
                        translate(
                            "Store",
                            "{location} erased the {network} member {id}, whom {path} still "
                            "holds: erase them there first (workbench member erase {member} "
                            "--db {path}), so that their data does not come back; nothing was "
                            "copied.",
                        ).format(
                            location=self.target.location,
                            network=network,
                            id=external_id,
                            path=self.source.location,
                            member=member_id,
                        )
                    )

    def _erase_what_the_laptop_erased(self) -> int:
        """Members the laptop erased whom the target still holds (a teammate imported them):
        erased on the target too, with the laptop's placeholder and in its eraser's name, so
        that the copied log and rows name them alike. Before anything is copied."""
        done = erase.erased_here(self.write)
        count = 0
        for event in eventlog.iter_events(self.read, kinds=(Kind.MEMBER_ERASED,)):
            digest, member = event.payload.get("erased"), event.payload.get("member")
            if not isinstance(digest, str) or not isinstance(member, dict) or digest in done:
                continue
            found = erase.member_with_digest(self.write, str(member.get("network")), digest)
            if found is not None:
                author = Author(id=event.author_id, name=event.author_name)
                erase.erase_member(
                    self.write,
                    found,
                    author,
                    placeholder=str(member.get("id")),
                    redact_mentions=True,
                )
                done[digest] = str(member.get("id"))
                count += 1
        return count

    def _personal_key(self) -> bool:
        """Whether the members' e-mail hashes can be copied: the target takes the laptop's key
        for them if it has none yet; under another key a hash would match nothing there."""
        mine = queries(self.read).meta.value(PERSONAL_KEY)
        theirs = queries(self.write).meta.value(PERSONAL_KEY)
        if mine is not None and theirs is None:
            queries(self.write).meta.add(PERSONAL_KEY, mine)
            return True
        return mine == theirs

    def _sources(self) -> tuple[int, dict[int, int]]:
        """Sources by uid; one whose name the target gives another source gets a number."""
        rows = self.read.execute(select(_sources).order_by(_sources.c.id)).all()
        have = {
            row.uid: int(row.id)
            for row in self.write.execute(
                select(_sources.c.uid, _sources.c.id).where(
                    _sources.c.uid.in_([row.uid for row in rows])
                )
            )
        }
        taken = set(self.write.execute(select(_sources.c.name)).scalars())
        added = 0
        for row in rows:
            if row.uid in have:
                continue
            name, n = row.name, 1
            while name in taken:
                n += 1
                name = f"{row.name} ({n})"
            taken.add(name)
            have[row.uid] = int(
                self.write.execute(
                    insert(_sources)
                    .values(_fields(row, _sources, name=name))
                    .returning(_sources.c.id)
                ).scalar_one()
            )
            added += 1
        return added, {int(row.id): have[row.uid] for row in rows}

    def _members(self, same_key: bool) -> tuple[int, dict[int, int], set[int]]:
        """Members by network and network id: the map of the laptop's ids to the target's, and
        the target's members that were there before (their item counts may change)."""
        total = self._rows(_members)
        ids: dict[int, int] = {}
        matched: set[int] = set()
        added = done = 0
        for rows in self._batches(select(_members).order_by(_members.c.id)):
            keys = [(row.network, row.external_id) for row in rows]
            known = _keyed(self.write, _members, keys)
            matched.update(known.values())
            new = [row for row in rows if (row.network, row.external_id) not in known]
            if new:
                # What events decide (status, person) the events replayed decide again.
                _insert(
                    self.write,
                    _members,
                    [
                        _fields(
                            row,
                            _members,
                            status="active",
                            person_id=None,
                            email_hash=row.email_hash if same_key else None,
                        )
                        for row in new
                    ],
                )
                known |= _keyed(self.write, _members, [(r.network, r.external_id) for r in new])
                added += len(new)
            ids.update({int(row.id): known[(row.network, row.external_id)] for row in rows})
            done += len(rows)
            self.progress("members", done, total)
        return added, ids, matched

    def _rows(self, tbl: Table) -> int:
        return int(self.read.execute(select(func.count()).select_from(tbl)).scalar_one())

    def _items(self, sources: dict[int, int], members: dict[int, int], matched: set[int]) -> int:
        """Items by network and network id; a new one brings its queue entry (undecided: the
        events decide it), its reasons and its sketch. A near duplicate's reason names its twin
        by row id, which is the target's once every item is in."""
        total = self._rows(_items)
        added = done = 0
        twins: list[tuple[int, str, int, str]] = []
        grown: set[int] = set()
        for rows in self._batches(select(_items).order_by(_items.c.id)):
            keys = [(row.network, row.external_id) for row in rows]
            known = _keyed(self.write, _items, keys)
            new = [row for row in rows if (row.network, row.external_id) not in known]
            if new:
                _insert(
                    self.write,
                    _items,
                    [
                        _fields(
                            row,
                            _items,
                            source_id=sources[row.source_id],
                            member_id=None if row.member_id is None else members[row.member_id],
                        )
                        for row in new
                    ],
                )
                there = _keyed(self.write, _items, [(r.network, r.external_id) for r in new])
                ids = {int(row.id): there[(row.network, row.external_id)] for row in new}
                twins += self._queue_of(ids)
                self._sketches_of(ids)
                grown |= {
                    members[row.member_id]
                    for row in new
                    if row.member_id is not None and members[row.member_id] in matched
                }
                added += len(new)
            done += len(rows)
            self.progress("items", done, total)
        self._twins(twins)
        # The target's own members who gained items: counts and first and last times anew.
        queries(self.write).bulk_writer().update_member_stats(sorted(grown))
        return added

    def _queue_of(self, ids: dict[int, int]) -> list[tuple[int, str, int, str]]:
        """The queue entries and reasons of new items (laptop id: target id); the reasons that
        name a twin are returned, to be written once the twin has its id here."""
        old = list(ids)
        entries = self.read.execute(
            select(_queue).where(_queue.c.item_id.in_(old), _queue.c.reasons != 0)
        ).all()
        if not entries:
            return []
        _insert(
            self.write,
            _queue,
            [
                _fields(
                    row,
                    _queue,
                    item_id=ids[row.item_id],
                    state="new",
                    decided_at=None,
                    assignee=None,
                )
                for row in entries
            ],
        )
        queued = [row.item_id for row in entries]
        reasons, twins = [], []
        for row in self.read.execute(select(_reasons).where(_reasons.c.item_id.in_(queued))):
            similar = similar_to(row.detail)
            if similar is None:
                reasons.append(
                    {"item_id": ids[row.item_id], "reason": row.reason, "detail": row.detail}
                )
            else:
                twins.append((ids[row.item_id], row.reason, similar[0], similar[1]))
        _insert(self.write, _reasons, reasons)
        return twins

    def _twins(self, twins: list[tuple[int, str, int, str]]) -> None:
        if not twins:
            return
        keys = {
            int(row.id): (row.network, row.external_id)
            for row in self.read.execute(
                select(_items.c.id, _items.c.network, _items.c.external_id).where(
                    _items.c.id.in_(sorted({other for _i, _r, other, _a in twins}))
                )
            )
        }
        there = _keyed(self.write, _items, sorted(set(keys.values())))
        _insert(
            self.write,
            _reasons,
            [
                {
                    "item_id": item_id,
                    "reason": reason,
                    "detail": SIMILAR.format(
                        other=there[keys[other]], alike=int(alike.rstrip("%")) / 100
                    ),
                }
                for item_id, reason, other, alike in twins
            ],
        )

    def _sketches_of(self, ids: dict[int, int]) -> None:
        old = list(ids)
        sketches = [
            {"item_id": ids[row.item_id], "signature": bytes(row.signature)}
            for row in self.read.execute(select(_sketches).where(_sketches.c.item_id.in_(old)))
        ]
        _insert(self.write, _sketches, sketches)
        bands = [
            {"band": row.band, "item_id": ids[row.item_id]}
            for row in self.read.execute(select(_bands).where(_bands.c.item_id.in_(old)))
        ]
        _insert(self.write, _bands, bands)

    def _events(self) -> tuple[int, bool]:
        """Every event the target lacks, by id, then applied: in order after the target's own,
        or, when the laptop's go back before the target's newest, with all derived state
        recomputed in the order of time (as a merge of a bundle does)."""
        total = self._rows(_events)
        before = eventlog.latest(self.write)
        fresh: list[Event] = []
        done = 0
        for rows in self._batches(select(_events).order_by(_events.c.created_at, _events.c.id)):
            ids = [row.id for row in rows]
            known = set(
                self.write.execute(select(_events.c.id).where(_events.c.id.in_(ids))).scalars()
            )
            batch = [eventlog.from_row(row) for row in rows if row.id not in known]
            # As they are, every column (signatures too); applied below.
            _insert(
                self.write, _events, [_fields(row, _events) for row in rows if row.id not in known]
            )
            fresh += batch
            done += len(rows)
            self.progress("events", done, total)
        if not fresh:
            return 0, False
        recompute = before is not None and (fresh[0].created_at, fresh[0].id) < before
        try:
            if recompute:
                eventlog.rebuild(self.write)
            else:
                for event in fresh:
                    eventlog.apply(self.write, event)
        except EventRefusedError as exc:
            raise WorkbenchError(
                translate(
                    "Store",
                    "{path} cannot be copied: its event {event} does not apply to {location} "
                    "({problem}); nothing was copied.",
                ).format(
                    path=self.source.location,
                    event=exc.event_id,
                    location=self.target.location,
                    problem=exc,
                )
            ) from exc
        return len(fresh), recompute

"""Initial schema: sources, members, persons, items, queue, notes, tags, ratings, interventions,
observations, the append-only event log, and the FTS5 index over items.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so that this revision stays what it was when later ones change
# the index. unicode61 with remove_diacritics 2 folds case and accents, and the index reads the
# items' search_* columns, where ß is spelled ss: "grusse" finds "Grüße".
FTS_AND_APPEND_ONLY = (
    "CREATE VIRTUAL TABLE items_fts USING fts5(search_title, search_body, content='items', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN "
    "INSERT INTO items_fts(rowid, search_title, search_body) "
    "VALUES (new.id, new.search_title, new.search_body); END",
    "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) "
    "VALUES ('delete', old.id, old.search_title, old.search_body); END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) "
    "VALUES ('delete', old.id, old.search_title, old.search_body); "
    "INSERT INTO items_fts(rowid, search_title, search_body) "
    "VALUES (new.id, new.search_title, new.search_body); END",
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN "
    "SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END",
    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN "
    "SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END",
)

# PostgreSQL: the word index is a tsvector of title and body with accents taken off by unaccent
# and ß spelled ss (unaccent does both), in lower case, over a GIN index; a function refuses
# UPDATE, DELETE and TRUNCATE of events (an erasure alone may rewrite a payload, inside its own
# transaction: store.postgres.erase). The tsvector reads the first 250,000 characters: a
# tsvector holds at most a megabyte, and a hostile post may be longer.
POSTGRES_WORDS_AND_APPEND_ONLY = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE FUNCTION workbench_words(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary, $1)) "
    "$$",
    "ALTER TABLE items ADD COLUMN search_words tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, workbench_words(left(title || ' ' || body, 250000)))) "
    "STORED",
    "CREATE INDEX ix_items_search_words ON items USING gin (search_words)",
    "CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND current_setting('workbench.erasing', true) = 'on' THEN "
    "RETURN NEW; END IF; "
    "RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = 'events are append-only: record a new event instead'; END $$",
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
    "FOR EACH ROW EXECUTE FUNCTION events_append_only()",
    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION events_append_only()",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
    "FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()",
)


def _one_of(*columns: str) -> str:
    """Exactly one of ``columns`` is set: SQLite adds truth values, PostgreSQL counts them."""
    if op.get_bind().dialect.name == "postgresql":
        return f"num_nonnulls({', '.join(columns)}) = 1"
    return " + ".join(f"({column} IS NOT NULL)" for column in columns) + " = 1"


def upgrade() -> None:
    # SQLite's FTS5 tables and triggers, and its virtual columns, are PostgreSQL's tsvector
    # column and trigger functions there; everything else is the same on both.
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "events",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), server_default="local", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_created", ["created_at"], unique=False)
        batch_op.create_index("ix_events_kind", ["kind"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("settings", sa.String(), server_default="{}", nullable=False),
        sa.Column("secret_ref", sa.String(), nullable=True),
        sa.Column("cursor", sa.String(), nullable=True),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "interventions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("message", sa.String(), server_default="", nullable=False),
        sa.Column("rationale", sa.String(), server_default="", nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("follow_up_at", sa.Integer(), nullable=True),
        sa.Column("closed", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.create_index("ix_interventions_created", ["created_at"], unique=False)
        batch_op.create_index("ix_interventions_follow_up", ["follow_up_at"], unique=False)

    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("handle", sa.String(), server_default="", nullable=False),
        sa.Column("display_name", sa.String(), server_default="", nullable=False),
        sa.Column("email_hash", sa.String(), nullable=True),
        sa.Column("profile_url", sa.String(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), server_default="active", nullable=False),
        sa.Column("first_seen_at", sa.Integer(), nullable=True),
        sa.Column("last_seen_at", sa.Integer(), nullable=True),
        sa.Column("item_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("raw", sa.String(), server_default="{}", nullable=False),
        sa.CheckConstraint(
            "status IN ('active','watch','muted','banned','left','memorialized')",
            name="ck_members_status",
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("network", "external_id"),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index("ix_members_email_hash", ["email_hash"], unique=False)
        batch_op.create_index("ix_members_person", ["person_id"], unique=False)
        batch_op.create_index("ix_members_status", ["status"], unique=False)

    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("parent_external_id", sa.String(), nullable=True),
        sa.Column("thread_external_id", sa.String(), nullable=True),
        sa.Column("title", sa.String(), server_default="", nullable=False),
        sa.Column("body", sa.String(), server_default="", nullable=False),
        sa.Column("body_html", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("platform_state", sa.String(), server_default="published", nullable=False),
        sa.Column("report_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("content_hash", sa.String(), nullable=True),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.Integer(), nullable=False),
        sa.Column("raw", sa.String(), server_default="{}", nullable=False),
        *(
            ()
            if postgres
            else (
                sa.Column(
                    "search_title",
                    sa.Text(),
                    sa.Computed("replace(replace(title, 'ß', 'ss'), 'ẞ', 'SS')", persisted=False),
                ),
                sa.Column(
                    "search_body",
                    sa.Text(),
                    sa.Computed("replace(replace(body, 'ß', 'ss'), 'ẞ', 'SS')", persisted=False),
                ),
            )
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("network", "external_id"),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index("ix_items_content_hash", ["content_hash"], unique=False)
        batch_op.create_index("ix_items_member_time", ["member_id", "created_at"], unique=False)
        batch_op.create_index("ix_items_parent", ["network", "parent_external_id"], unique=False)
        batch_op.create_index("ix_items_source_time", ["source_id", "created_at"], unique=False)
        batch_op.create_index(
            "ix_items_thread", ["network", "thread_external_id", "created_at"], unique=False
        )

    op.create_table(
        "member_tags",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id", "tag_id"),
    )
    with op.batch_alter_table("member_tags", schema=None) as batch_op:
        batch_op.create_index("ix_member_tags_tag", ["tag_id"], unique=False)

    op.create_table(
        "observations",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("intervention_id", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("text", sa.String(), server_default="", nullable=False),
        sa.Column("metrics", sa.String(), server_default="{}", nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("next_follow_up_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id"],
            ["events.id"],
        ),
        sa.ForeignKeyConstraint(["intervention_id"], ["interventions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_observations_intervention", ["intervention_id", "created_at"], unique=False
        )

    op.create_table(
        "ratings",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("rater", sa.String(), nullable=False),
        sa.Column("rated_at", sa.Integer(), nullable=False),
        sa.CheckConstraint("value BETWEEN 1 AND 5", name="ck_ratings_value"),
        sa.ForeignKeyConstraint(
            ["id"],
            ["events.id"],
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ratings_member", ["member_id", "dimension", "rated_at"], unique=False
        )

    op.create_table(
        "intervention_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intervention_id", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            _one_of("member_id", "item_id", "source_id"), name="ck_intervention_targets_one"
        ),
        sa.ForeignKeyConstraint(["intervention_id"], ["interventions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("intervention_targets", schema=None) as batch_op:
        batch_op.create_index("ix_intervention_targets_member", ["member_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["id"],
            ["events.id"],
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index("ix_notes_member", ["member_id", "created_at"], unique=False)

    op.create_table(
        "queue",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), server_default="new", nullable=False),
        sa.Column("reasons", sa.Integer(), server_default="0", nullable=False),
        sa.Column("priority", sa.Integer(), server_default="0", nullable=False),
        sa.Column("assignee", sa.String(), nullable=True),
        sa.Column("entered_at", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.Integer(), nullable=True),
        sa.Column("muted_until", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('new','in_review','approved','removed','escalated','ignored')",
            name="ck_queue_state",
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id"),
    )
    with op.batch_alter_table("queue", schema=None) as batch_op:
        batch_op.create_index("ix_queue_assignee", ["assignee"], unique=False)
        batch_op.create_index(
            "ix_queue_state_priority", ["state", "priority", "item_id"], unique=False
        )

    op.create_table(
        "queue_reasons",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["queue.item_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", "reason"),
    )

    if postgres:
        for statement in POSTGRES_WORDS_AND_APPEND_ONLY:
            if statement.startswith("CREATE FUNCTION workbench_words"):
                # The extension is made by the first statement: its schema is known now.
                schema = (
                    op.get_bind()
                    .exec_driver_sql(
                        "SELECT extnamespace::regnamespace::text FROM pg_extension "
                        "WHERE extname = 'unaccent'"
                    )
                    .scalar()
                )
                statement = statement.format(schema=schema)
            op.execute(statement)
        return
    for statement in FTS_AND_APPEND_ONLY:
        op.execute(statement)


def downgrade() -> None:
    for name in (
        "events_no_delete",
        "events_no_update",
        "items_fts_update",
        "items_fts_delete",
        "items_fts_insert",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS items_fts")

    op.drop_table("queue_reasons")
    with op.batch_alter_table("queue", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_state_priority")
        batch_op.drop_index("ix_queue_assignee")

    op.drop_table("queue")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_member")

    op.drop_table("notes")
    with op.batch_alter_table("intervention_targets", schema=None) as batch_op:
        batch_op.drop_index("ix_intervention_targets_member")

    op.drop_table("intervention_targets")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index("ix_ratings_member")

    op.drop_table("ratings")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index("ix_observations_intervention")

    op.drop_table("observations")
    with op.batch_alter_table("member_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_member_tags_tag")

    op.drop_table("member_tags")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_thread")
        batch_op.drop_index("ix_items_source_time")
        batch_op.drop_index("ix_items_parent")
        batch_op.drop_index("ix_items_member_time")
        batch_op.drop_index("ix_items_content_hash")

    op.drop_table("items")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("ix_members_status")
        batch_op.drop_index("ix_members_person")
        batch_op.drop_index("ix_members_email_hash")

    op.drop_table("members")
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.drop_index("ix_interventions_follow_up")
        batch_op.drop_index("ix_interventions_created")

    op.drop_table("interventions")
    op.drop_table("tags")
    op.drop_table("sources")
    op.drop_table("persons")
    op.drop_table("meta")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_kind")
        batch_op.drop_index("ix_events_created")

    op.drop_table("events")

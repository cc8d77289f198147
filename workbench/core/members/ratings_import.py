"""Ratings from a CSV file, for communities whose members rate each other.

Columns (a header line names them): member, dimension, value, rater, time. ``member`` is a row
id, a handle or network:handle; ``value`` 1 to 5; ``time`` Unix seconds or ISO 8601 (UTC when no
zone is given); ``dimension`` one the team uses (built in or added, compared without case).
Every row becomes a member.rated event in one transaction: a bad row stops the
import with its line and field, and nothing of the file stays.
"""

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.i18n import translate
from workbench.core.members import profile
from workbench.core.refs import ref_of
from workbench.core.settings import Author
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary

COLUMNS = ("member", "dimension", "value", "rater", "time")


def _time(value: str) -> int:
    if value.strip().lstrip("-").isdigit():
        return int(value)
    moment = datetime.fromisoformat(value.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def import_ratings(connection: Connection, path: Path, author: Author) -> int:
    """Record every rating in ``path``; returns how many."""
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(
            translate("Ratings", "{file} cannot be read as UTF-8 text: {problem}").format(
                file=path.name, problem=exc
            )
        ) from None
    reader = csv.DictReader(
        io.StringIO(content, newline=""), dialect=csv.Sniffer().sniff(content[:4096], ";,\t")
    )
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise WorkbenchError(
            translate(
                "Ratings", "{file} lacks the column(s) {missing}; it needs {columns}."
            ).format(file=path.name, missing=", ".join(missing), columns=", ".join(COLUMNS))
        )
    dimensions = {
        name.casefold(): name for name in vocabulary.names(connection, Vocabulary.RATING_DIMENSION)
    }
    count = 0
    for row in reader:
        where = translate("Ratings", "{file}, line {line}").format(
            file=path.name, line=reader.line_num
        )
        field = "member"
        try:
            member_id = profile.find_member(connection, row["member"].strip())
            field = "dimension"
            dimension = dimensions.get(" ".join(row["dimension"].split()).casefold())
            if dimension is None:
                raise ValueError(
                    translate(
                        "Ratings", "'{name}' is no rating dimension of the team; add it first"
                    ).format(name=row["dimension"].strip())
                )
            field = "value"
            value = int(row["value"])
            if not 1 <= value <= 5:
                raise ValueError("not between 1 and 5")
            field = "time"
            at = _time(row["time"])
        except (WorkbenchError, ValueError) as exc:
            raise WorkbenchError(f"{where}, field '{field}': {exc}") from None
        payload = {
            "member": ref_of(connection, "members", member_id),
            "dimension": dimension,
            "value": value,
            "rater": row["rater"].strip() or author.name,
            "rated_at": at,
        }
        try:
            eventlog.record(connection, Kind.MEMBER_RATED, payload, author)
        except WorkbenchError as exc:
            raise WorkbenchError(f"{where}: {exc}") from None
        count += 1
    return count

"""Reply templates with placeholders, shared by the team through the event log.

Placeholders: {name} (the member's display name, or handle), {handle}, {network}, {source}.
Anything else in braces is left as written, so a template can never fail to fill.
"""

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.queries import queries

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str
    body: str

    @classmethod
    def new(cls, name: str, body: str) -> "Template":
        return cls(str(uuid.uuid4()), name.strip(), body)


def fill(body: str, values: dict[str, str]) -> str:
    """The template with its known placeholders replaced."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def load(connection: Connection) -> list[Template]:
    rows = queries(connection).team.templates()
    return [Template(row.id, row.name, row.body) for row in rows]


def save(connection: Connection, template: Template, author: Author) -> Event:
    if not template.name.strip() or not template.body.strip():
        raise WorkbenchError(translate("Templates", "A template needs a name and a text."))
    payload = {"template": {"id": template.id, "name": template.name, "body": template.body}}
    return eventlog.record(connection, Kind.TEMPLATE_SAVED, payload, author)


def delete(connection: Connection, template_id: str, author: Author) -> Event:
    return eventlog.record(connection, Kind.TEMPLATE_DELETED, {"template": template_id}, author)

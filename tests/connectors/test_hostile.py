"""Hostile and damaged exports: every message one readable line, huge fields cheap."""

import random

import pytest

from tests.connectors.conftest import FIXTURES
from workbench.connectors import registry
from workbench.connectors.base import BadRecord, FormatError
from workbench.connectors.inputs import open_input
from workbench.core.records import ImportOptions

JSON_FIXTURES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.suffix in (".json", ".js", ".ndjson") and path.stat().st_size < 1024**2
)


@pytest.mark.parametrize("fixture", JSON_FIXTURES, ids=lambda path: path.name)
def test_damaged_json_is_said_in_one_line(tmp_path, fixture):
    """Cut off, or garbage put in at random places: the parser's three-line pointer never
    reaches the manager."""
    data = fixture.read_bytes()
    chance = random.Random(fixture.name)
    with open_input(fixture) as source:
        ranked = registry.ranked(source)
    if not ranked:
        pytest.skip("not a format on its own (read beside others)")
    connector = ranked[0][1]
    for attempt in range(6):
        at = chance.randrange(len(data))
        damaged = data[:at] if attempt % 2 else data[:at] + b'}}x,"\\q' + data[at:]
        path = tmp_path / fixture.name
        path.write_bytes(damaged)
        messages = []
        try:
            with open_input(path) as source:
                messages = [
                    str(record)
                    for record in connector.read(source, ImportOptions())
                    if isinstance(record, BadRecord)
                ]
        except FormatError as error:
            messages.append(str(error))
        for message in messages:
            assert "\n" not in message and "right here" not in message, message

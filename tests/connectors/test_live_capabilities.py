"""Each live connector carries out exactly the pushes its kind of account promises: the outbox
queues no push a platform cannot do, and a platform's ability is never left unused."""

from workbench.connectors.live.registry import CONNECTORS
from workbench.core.live.accounts import KINDS
from workbench.core.live.capabilities import PUSHES


def test_every_kind_says_what_it_pushes():
    assert set(PUSHES) == set(KINDS)


def test_every_connector_does_what_its_kind_promises():
    assert CONNECTORS  # the registry is not empty
    for kind, connector in CONNECTORS.items():
        assert connector.kind == kind
        assert connector.actions == PUSHES[kind], kind

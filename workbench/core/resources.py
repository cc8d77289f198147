"""Access to the bundled resources folder, from a checkout, an installed wheel or a frozen app."""

from importlib import resources
from importlib.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The resource at ``parts`` below resources/, e.g. ``resource("demo", "phrases.json")``."""
    node = resources.files("workbench.resources")
    for part in parts:
        node = node / part
    return node

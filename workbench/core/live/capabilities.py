"""What each kind of live account carries out on its platform: the pushes that a decision, a
claim, a reply or an action on an author become for its items. Anything else (escalate
anywhere, ignore on WordPress) stays in the workbench and queues nothing. Each connector
carries out exactly its kind's set (tests/connectors/test_live_capabilities.py)."""

PUSHES: dict[str, frozenset[str]] = {
    "wordpress": frozenset({"approve", "remove", "spam", "restore", "reply"}),
    "matrix": frozenset({"approve", "remove", "spam", "restore", "reply", "kick", "ban"}),
    "mastodon": frozenset(
        {
            "approve",  # resolve the report: nothing wrong
            "ignore",  # resolve the report, no action
            "restore",  # reopen the report
            "assign",  # assign the report to the account (or unassign)
            "reply",
            "sensitive",
            "silence",
            "suspend",
            "disable",
        }
    ),  # no remove or spam: the API cannot delete another's status
    "discourse": frozenset({"approve", "remove", "spam", "ignore", "reply"}),
    "reddit": frozenset({"approve", "remove", "spam", "ignore", "restore", "reply"}),
}
"""By account kind (``workbench account add KIND``)."""

DECISION_PUSHES = {"approve": "approve", "remove": "remove", "spam": "spam", "ignore": "ignore"}
"""Queue decisions that change something on a platform, and the push each becomes."""

AUTHOR_ACTIONS = ("kick", "ban", "sensitive", "silence", "suspend", "disable")
"""What can be done to an item's author where the item is: a Matrix room's kick and ban, a
Mastodon moderator's account actions."""

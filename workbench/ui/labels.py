"""Words the window shows for the core's codes (intervention kinds, channels, note types,
rating dimensions), translated. Terms a team added are shown as the team wrote them."""

from PySide6.QtCore import QCoreApplication

from workbench.core.team.vocabulary import Term


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def intervention_kinds() -> dict[str, str]:
    return {
        "welcome": _tr("Welcome"),
        "thanks": _tr("Thanks"),
        "nudge": _tr("Nudge to take part"),
        "clarification": _tr("Clarification"),
        "warning": _tr("Warning"),
        "content_removal": _tr("Content removal"),
        "temporary_mute": _tr("Temporary mute"),
        "ban": _tr("Ban"),
        "private_message": _tr("Private message"),
        "public_statement": _tr("Public statement"),
        "community_announcement": _tr("Community announcement"),
        "escalation": _tr("Escalation"),
    }


def channels() -> dict[str, str]:
    return {
        "public_reply": _tr("Public reply"),
        "private_message": _tr("Private message"),
        "post": _tr("Post"),
        "outside": _tr("Outside the platform"),
    }


def note_types() -> dict[str, str]:
    return {
        "good_contributor": _tr("Good contributor"),
        "spam_watch": _tr("Spam watch"),
        "warning": _tr("Warning"),
        "abuse": _tr("Abuse"),
        "ban": _tr("Ban"),
        "other": _tr("Other"),
    }


def rating_dimensions() -> dict[str, str]:
    return {
        "feedback": _tr("Feedback behaviour"),
        "expertise": _tr("Expertise"),
        "communication": _tr("Communication"),
    }


def of(terms: list[Term], built_in: dict[str, str]) -> list[tuple[str, str]]:
    """(label, name) for each term: built-in names translated, the team's shown as written."""
    return [(built_in.get(term.name, term.name), term.name) for term in terms]


def member_statuses() -> dict[str, str]:
    return {
        "active": _tr("active"),
        "watch": _tr("watch"),
        "muted": _tr("muted"),
        "banned": _tr("banned"),
        "left": _tr("left"),
        "memorialized": _tr("memorialized"),
    }


def push_actions() -> dict[str, str]:
    """What a push does on the platform."""
    return {
        "approve": _tr("approve"),
        "remove": _tr("remove"),
        "spam": _tr("mark as spam"),
        "restore": _tr("put back as it was"),
        "reply": _tr("reply"),
        "kick": _tr("kick the author"),
        "ban": _tr("ban the author"),
    }


def push_states() -> dict[str, str]:
    return {
        "pending": _tr("waiting"),
        "done": _tr("done"),
        "failed": _tr("failed"),
        "cancelled": _tr("cancelled (undone)"),
    }

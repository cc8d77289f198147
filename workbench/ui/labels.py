"""Words the window shows for the core's codes (intervention kinds, channels, note types,
rating dimensions), translated. Terms a team added are shown as the team wrote them."""

from PySide6.QtCore import QCoreApplication

from workbench.core.team.vocabulary import Term


def intervention_kinds() -> dict[str, str]:
    return {
        "welcome": QCoreApplication.translate("Labels", "Welcome"),
        "thanks": QCoreApplication.translate("Labels", "Thanks"),
        "nudge": QCoreApplication.translate("Labels", "Nudge to take part"),
        "clarification": QCoreApplication.translate("Labels", "Clarification"),
        "warning": QCoreApplication.translate("Labels", "Warning"),
        "content_removal": QCoreApplication.translate("Labels", "Content removal"),
        "temporary_mute": QCoreApplication.translate("Labels", "Temporary mute"),
        "ban": QCoreApplication.translate("Labels", "Ban"),
        "private_message": QCoreApplication.translate("Labels", "Private message"),
        "public_statement": QCoreApplication.translate("Labels", "Public statement"),
        "community_announcement": QCoreApplication.translate("Labels", "Community announcement"),
        "escalation": QCoreApplication.translate("Labels", "Escalation"),
    }


def channels() -> dict[str, str]:
    return {
        "public_reply": QCoreApplication.translate("Labels", "Public reply"),
        "private_message": QCoreApplication.translate("Labels", "Private message"),
        "post": QCoreApplication.translate("Labels", "Post"),
        "outside": QCoreApplication.translate("Labels", "Outside the platform"),
    }


def note_types() -> dict[str, str]:
    return {
        "good_contributor": QCoreApplication.translate("Labels", "Good contributor"),
        "spam_watch": QCoreApplication.translate("Labels", "Spam watch"),
        "warning": QCoreApplication.translate("Labels", "Warning"),
        "abuse": QCoreApplication.translate("Labels", "Abuse"),
        "ban": QCoreApplication.translate("Labels", "Ban"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def rating_dimensions() -> dict[str, str]:
    return {
        "feedback": QCoreApplication.translate("Labels", "Feedback behaviour"),
        "expertise": QCoreApplication.translate("Labels", "Expertise"),
        "communication": QCoreApplication.translate("Labels", "Communication"),
    }


def of(terms: list[Term], built_in: dict[str, str]) -> list[tuple[str, str]]:
    """(label, name) for each term: built-in names translated, the team's shown as written."""
    return [(built_in.get(term.name, term.name), term.name) for term in terms]


def member_statuses() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Labels", "active"),
        "watch": QCoreApplication.translate("Labels", "watch"),
        "muted": QCoreApplication.translate("Labels", "muted"),
        "banned": QCoreApplication.translate("Labels", "banned"),
        "left": QCoreApplication.translate("Labels", "left"),
        "memorialized": QCoreApplication.translate("Labels", "memorialized"),
    }


def push_actions() -> dict[str, str]:
    """What a push does on the platform."""
    return {
        "approve": QCoreApplication.translate("Labels", "approve"),
        "remove": QCoreApplication.translate("Labels", "remove"),
        "spam": QCoreApplication.translate("Labels", "mark as spam"),
        "restore": QCoreApplication.translate("Labels", "put back as it was"),
        "reply": QCoreApplication.translate("Labels", "reply"),
        "kick": QCoreApplication.translate("Labels", "kick the author"),
        "ban": QCoreApplication.translate("Labels", "ban the author"),
    }


def push_states() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("Labels", "waiting"),
        "done": QCoreApplication.translate("Labels", "done"),
        "failed": QCoreApplication.translate("Labels", "failed"),
        "cancelled": QCoreApplication.translate("Labels", "cancelled (undone)"),
    }

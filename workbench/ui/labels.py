"""Words the window shows for the core's codes (intervention kinds, channels), translated."""

from PySide6.QtCore import QCoreApplication


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

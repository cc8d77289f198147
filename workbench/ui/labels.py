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


def event_kinds() -> dict[str, str]:
    """What each kind of event records, as a shared log's preview counts them."""
    return {
        "queue.decided": QCoreApplication.translate("Labels", "decisions"),
        "queue.undone": QCoreApplication.translate("Labels", "decisions undone"),
        "queue.assigned": QCoreApplication.translate("Labels", "assignments"),
        "queue.muted": QCoreApplication.translate("Labels", "mutes"),
        "queue.replied": QCoreApplication.translate("Labels", "replies"),
        "queue.author_acted": QCoreApplication.translate(
            "Labels", "kicks and bans on the platform"
        ),
        "member.status_set": QCoreApplication.translate("Labels", "member statuses"),
        "member.note_added": QCoreApplication.translate("Labels", "notes"),
        "member.tagged": QCoreApplication.translate("Labels", "tags added"),
        "member.untagged": QCoreApplication.translate("Labels", "tags removed"),
        "member.rated": QCoreApplication.translate("Labels", "ratings"),
        "member.erased": QCoreApplication.translate("Labels", "erasures"),
        "person.linked": QCoreApplication.translate("Labels", "identities linked"),
        "person.unlinked": QCoreApplication.translate("Labels", "identities unlinked"),
        "person.link_rejected": QCoreApplication.translate("Labels", "links rejected"),
        "intervention.logged": QCoreApplication.translate("Labels", "interventions"),
        "intervention.observed": QCoreApplication.translate("Labels", "observations"),
        "intervention.edited": QCoreApplication.translate("Labels", "corrections"),
        "ladder.saved": QCoreApplication.translate("Labels", "enforcement ladders"),
        "incident.opened": QCoreApplication.translate("Labels", "incidents opened"),
        "incident.linked": QCoreApplication.translate("Labels", "incident links"),
        "incident.noted": QCoreApplication.translate("Labels", "incident notes"),
        "incident.status_set": QCoreApplication.translate("Labels", "incident statuses"),
        "rule.saved": QCoreApplication.translate("Labels", "queue rules saved"),
        "rule.deleted": QCoreApplication.translate("Labels", "queue rules deleted"),
        "template.saved": QCoreApplication.translate("Labels", "reply templates saved"),
        "template.deleted": QCoreApplication.translate("Labels", "reply templates deleted"),
        "term.added": QCoreApplication.translate("Labels", "vocabulary terms added"),
        "term.retired": QCoreApplication.translate("Labels", "vocabulary terms retired"),
    }

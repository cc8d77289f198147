"""How the Accounts dialog asks for each kind of account: the words of its fields, and which it
needs. OAuth kinds have no secret field: the platform says who the account is once the manager
allowed the workbench in the browser."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workbench.core.live.accounts import REDDIT_REDIRECT


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    """"rooms" for an account's rooms, else the key in its extra settings."""
    label: str
    hint: str
    many: bool = True
    """A list, typed with spaces between."""
    default: str | None = None
    """What an empty field stands for (and the hint shows)."""


@dataclass(frozen=True, slots=True)
class KindForm:
    label: str
    url_label: str
    url_hint: str
    user_label: str | None
    """None where the platform names the user (OAuth)."""
    user_hint: str
    secret_label: str | None
    """None where the account signs in in the browser (OAuth)."""
    fields: tuple[Field, ...] = ()
    fixed_url: str | None = None
    """The address where there is only one (Reddit): not asked."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountForms", text)


def forms() -> dict[str, KindForm]:
    return {
        "wordpress": KindForm(
            "WordPress",
            _tr("Site address:"),
            "https://blog.example.org",
            _tr("WordPress user:"),
            "",
            _tr("Application password:"),
        ),
        "matrix": KindForm(
            "Matrix",
            _tr("Homeserver:"),
            "https://matrix.example.org",
            _tr("Matrix user:"),
            "@moderator:example.org",
            _tr("Access token:"),
            (
                Field(
                    "rooms", _tr("Rooms:"), _tr("#room:example.org !id:example.org … (all joined)")
                ),
            ),
        ),
        "mastodon": KindForm(
            "Mastodon",
            _tr("Instance:"),
            "https://mastodon.example",
            None,
            "",
            None,
            (
                Field("hashtags", _tr("Hashtags:"), _tr("werkstatt diy … (none)")),
                Field("lists", _tr("Lists:"), _tr("list ids … (none)")),
            ),
        ),
        "discourse": KindForm(
            "Discourse",
            _tr("Forum address:"),
            "https://forum.example.org",
            _tr("API user name:"),
            "system",
            _tr("API key:"),
        ),
        "reddit": KindForm(
            "Reddit",
            "",
            "",
            None,
            "",
            None,
            (
                Field(
                    "client_id",
                    _tr("Installed app's id:"),
                    _tr("from reddit.com/prefs/apps"),
                    False,
                ),
                Field("subreddits", _tr("Subreddits:"), _tr("werkstatt heimwerker …")),
                Field("redirect_uri", _tr("Redirect:"), REDDIT_REDIRECT, False, REDDIT_REDIRECT),
            ),
            fixed_url="https://www.reddit.com",
        ),
    }

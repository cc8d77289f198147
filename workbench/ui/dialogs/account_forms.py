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


def forms() -> dict[str, KindForm]:
    return {
        "wordpress": KindForm(
            "WordPress",
            QCoreApplication.translate("AccountForms", "Site address:"),
            "https://blog.example.org",
            QCoreApplication.translate("AccountForms", "WordPress user:"),
            "",
            QCoreApplication.translate("AccountForms", "Application password:"),
        ),
        "matrix": KindForm(
            "Matrix",
            QCoreApplication.translate("AccountForms", "Homeserver:"),
            "https://matrix.example.org",
            QCoreApplication.translate("AccountForms", "Matrix user:"),
            "@moderator:example.org",
            QCoreApplication.translate("AccountForms", "Access token:"),
            (
                Field(
                    "rooms",
                    QCoreApplication.translate("AccountForms", "Rooms:"),
                    QCoreApplication.translate(
                        "AccountForms", "#room:example.org !id:example.org … (all joined)"
                    ),
                ),
            ),
        ),
        "mastodon": KindForm(
            "Mastodon",
            QCoreApplication.translate("AccountForms", "Instance:"),
            "https://mastodon.example",
            None,
            "",
            None,
            (
                Field(
                    "hashtags",
                    QCoreApplication.translate("AccountForms", "Hashtags:"),
                    QCoreApplication.translate("AccountForms", "werkstatt diy … (none)"),
                ),
                Field(
                    "lists",
                    QCoreApplication.translate("AccountForms", "Lists:"),
                    QCoreApplication.translate("AccountForms", "list ids … (none)"),
                ),
            ),
        ),
        "discourse": KindForm(
            "Discourse",
            QCoreApplication.translate("AccountForms", "Forum address:"),
            "https://forum.example.org",
            QCoreApplication.translate("AccountForms", "API user name:"),
            "system",
            QCoreApplication.translate("AccountForms", "API key:"),
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
                    QCoreApplication.translate("AccountForms", "Installed app's id:"),
                    QCoreApplication.translate("AccountForms", "from reddit.com/prefs/apps"),
                    False,
                ),
                Field(
                    "subreddits",
                    QCoreApplication.translate("AccountForms", "Subreddits:"),
                    QCoreApplication.translate("AccountForms", "werkstatt heimwerker …"),
                ),
                Field(
                    "redirect_uri",
                    QCoreApplication.translate("AccountForms", "Redirect:"),
                    REDDIT_REDIRECT,
                    False,
                    REDDIT_REDIRECT,
                ),
            ),
            fixed_url="https://www.reddit.com",
        ),
    }

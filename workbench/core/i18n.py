"""Translation hook for user-visible text produced by the core.

The core has no Qt, yet its messages reach German users through the window and the CLI. Core
code marks text with ``translate("Context", "text")``, which pyside6-lupdate reads; the window
and the CLI install a backend backed by Qt's translators at start-up (ui/translations.py).
lupdate reads the plural forms of a ``%n`` text only from ``Name.tr(text, "", n)`` calls (its
context is ``Name``): see cli.common.Cli.
"""

from collections.abc import Callable

Backend = Callable[[str, str, str | None, int], str]
"""(context, text, disambiguation, n) to the translated text, ``%n`` already replaced."""


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with ``%n`` replaced as Qt does where no translation is found."""
    return text.replace("%n", str(n)) if n >= 0 else text


_backend: Backend = untranslated


def install(backend: Backend) -> None:
    """Route ``translate`` through ``backend`` (the window passes QCoreApplication.translate)."""
    global _backend
    _backend = backend


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` translated in ``context`` by the installed backend; ``n`` picks a plural form."""
    return _backend(context, text, disambiguation, n)

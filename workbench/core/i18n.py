"""Translation hook for user-visible text produced by the core.

The core has no Qt, yet its messages reach German users through the UI. Core code marks text with
``translate(context, text)``; the UI installs Qt's translator as the backend at start-up, while the
CLI keeps the identity backend. pyside6-lupdate picks up ``translate("Context", "text")`` calls.
"""

from collections.abc import Callable

Backend = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_backend: Backend = _identity


def install(backend: Backend) -> None:
    """Route ``translate`` through ``backend`` (the UI passes QCoreApplication.translate)."""
    global _backend
    _backend = backend


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` by the installed backend."""
    return _backend(context, text)

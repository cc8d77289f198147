"""The language the workbench speaks and Qt's translators for it. The window installs them on
its application; the CLI asks them directly (a QTranslator needs no QCoreApplication), so that
both speak the same words from the same .qm files. Only QtCore: the CLI imports this."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from workbench.core import i18n
from workbench.core.resources import resource


def chosen_locale(language: str) -> QLocale:
    """The settings' ``language`` ("de") where one is chosen, else the system's (LANG)."""
    return QLocale(language) if language else QLocale.system()


def translators(locale: QLocale) -> list[QTranslator]:
    """Qt's own (qtbase: "Abbrechen") and the workbench's translators for ``locale``, the one
    that takes precedence last. English comes before the user's language: it only gives
    singular and plural forms ("1 item", "2 items") to the source texts."""
    found = []
    qt = QTranslator()
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    folder = str(resource("translations"))
    english = QLocale(QLocale.Language.English)
    for wanted in (english,) if locale.language() == english.language() else (english, locale):
        ours = QTranslator()
        if ours.load(wanted, "workbench", "_", folder):
            found.append(ours)
    return found


class Translated:
    """An i18n backend over translators without an application: the last that knows a text
    wins, as with installed translators; ``%n`` is replaced as Qt replaces it."""

    def __init__(self, found: list[QTranslator]) -> None:
        self._found = list(reversed(found))

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in self._found:
            if translated := translator.translate(context, text, disambiguation, n):
                return i18n.untranslated(context, translated, None, n)
        return i18n.untranslated(context, text, None, n)


def install_without_application(language: str) -> QLocale:
    """The CLI's start: ``translate`` speaks ``language`` (or the system's), and QLocale()
    formats numbers and dates in it. Returns the locale chosen."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    i18n.install(Translated(translators(locale)))
    return locale

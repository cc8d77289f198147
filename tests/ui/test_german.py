"""The workbench speaks German: every text translated, the window and the CLI in German under
a German locale or the settings' language, dates and numbers written the German way."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from workbench.core import i18n
from workbench.ui import local_time, translations
from workbench.ui.app import install_translations

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "resources" / "translations" / "workbench_de.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return True
    forms = translation.findall("numerusform") or [translation]
    return any(not (form.text or "").strip() for form in forms) and bool(
        (message.findtext("source") or "").strip()
    )


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^}]*\}|%n", text))


def test_every_german_message_is_finished_and_keeps_its_placeholders():
    messages = _messages(GERMAN)
    assert len(messages) > 1000
    unfinished = [key for key, message in messages.items() if _unfinished(message)]
    assert unfinished == [], f"{len(unfinished)} unfinished in {GERMAN.name}: {unfinished[:5]}"
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        for form in translation.findall("numerusform") or [translation]:
            assert _placeholders(form.text or "") == _placeholders(source), (context, source)


def test_lupdate_finds_no_text_the_german_file_lacks(tmp_path):
    extracted = tmp_path / "code.ts"
    sources = [str(p) for p in sorted((ROOT / "workbench").rglob("*.py"))]
    subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(extracted)], check=True)
    in_code = set(_messages(extracted))
    assert len(in_code) > 1000, "lupdate found hardly any texts"
    german = _messages(GERMAN)
    missing = sorted(in_code - set(german))
    assert missing == [], f"not in {GERMAN.name} (python3 dev.py translations): {missing[:5]}"


@pytest.fixture
def german(qapp):
    """The window's translators and QLocale's default in German, put back afterwards."""
    previous = QLocale()
    installed = install_translations(qapp, QLocale("de_DE"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install(i18n.untranslated)


def test_the_window_speaks_german(german, qtbot, demo_store, window_settings):
    from workbench.core.settings import Settings
    from workbench.ui.main_window import MainWindow

    window = MainWindow(demo_store, Settings().with_identity("Mara Lindqvist"), window_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus and "&Bearbeiten" in menus and "&Hilfe" in menus
    assert "Moderationswarteschlange" in QCoreApplication.translate("QueuePage", "Moderation queue")
    assert QCoreApplication.translate(
        "QueuePage", "Approved %n item(s) by {who} — U undoes.", "", 2
    ) == ("2 Beiträge von {who} freigegeben – U macht es rückgängig.")  # noqa: RUF001
    # Qt's own buttons too (qtbase_de).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_dates_and_numbers_are_written_the_german_way(german):
    assert local_time.number(1234) == "1.234"
    assert QLocale().toString(QDate(2026, 6, 26), local_time.day_and_month_format()) == "26. Juni"
    at = 1_782_480_600  # 2026-06-26 13:30 UTC
    assert re.fullmatch(r"26\.06\.26 \d\d:30", local_time.shown(at))


def test_the_core_speaks_german_through_the_window(german):
    from workbench.core.errors import WorkbenchError
    from workbench.core.settings import Settings

    with pytest.raises(WorkbenchError, match="darf nicht leer sein"):
        Settings().with_identity("  ")


def test_the_settings_language_wins_over_the_system(qapp, monkeypatch, tmp_path):
    assert translations.chosen_locale("de").language() == QLocale.Language.German
    assert translations.chosen_locale("").name() == QLocale.system().name()


def _cli(tmp_path: Path, *args: str, lang: str) -> str:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "WORKBENCH_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_the_cli_speaks_german_under_a_german_locale(tmp_path):
    said = _cli(tmp_path, "demo", "--db", "demo.db", lang="de_DE.UTF-8")
    assert re.match(r"Demo-Community nach .* geschrieben: \d+ Mitglieder, \d\.\d{3} Beiträge", said)
    english = _cli(tmp_path, "info", "--db", "demo.db", lang="C.UTF-8")
    assert "Database:" in english and re.search(r"items\s+\d,\d{3}", english)
    german = _cli(tmp_path, "info", "--db", "demo.db", lang="de_DE.UTF-8")
    assert "Datenbank:" in german and re.search(r"items\s+\d\.\d{3}", german)
    assert "1 Bewertung importiert." in i18n_de("Cli", "Imported %n rating(s).", 1)


def i18n_de(context: str, text: str, n: int = -1) -> str:
    """A text as the CLI's backend says it in German, without an application."""
    return translations.Translated(translations.translators(QLocale("de_DE")))(
        context, text, None, n
    )


def _marked_in_code() -> list[tuple[Path, int, str]]:
    """Every literal text of a tr() or translate() call in the code: lupdate silently drops a
    call it cannot parse (a plural in translate(), say), so the code is read here as well."""
    import ast

    found = []
    for path in sorted((ROOT / "workbench").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = node.args[:1] if name == "tr" else node.args[1:2] if name == "translate" else []
            found += [
                (path, node.lineno, text.value)
                for text in texts
                if isinstance(text, ast.Constant) and isinstance(text.value, str)
            ]
    return found


def test_every_text_marked_in_the_code_is_in_the_german_file_with_its_plurals():
    german = {source: message for (_, source), message in _messages(GERMAN).items()}
    marked = _marked_in_code()
    assert len(marked) > 1000
    missing = [
        (str(p.relative_to(ROOT)), line, text) for p, line, text in marked if text not in german
    ]
    assert missing == [], (
        f"lupdate did not find these (write plurals as Name.tr(text, '', n)): {missing[:5]}"
    )
    singular = [
        text for _, _, text in marked if "%n" in text and german[text].get("numerus") != "yes"
    ]
    assert singular == [], f"plural texts without plural forms: {singular[:5]}"

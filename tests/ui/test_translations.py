"""Shipped translations: English singular and plural forms for every "%n …(s)" text, compiled."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from workbench.core.resources import resource

TRANSLATIONS = Path(str(resource("translations")))
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def _numerus(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every plural message in a .ts file."""
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.fail(f"pyside6-{name} is missing; it comes with PySide6")
    return found


def test_every_plural_text_in_the_code_has_english_forms(tmp_path):
    extracted = tmp_path / "all.ts"
    sources = [str(p) for p in sorted((ROOT / "workbench").rglob("*.py"))]
    subprocess.run(
        [_tool("lupdate"), "-silent", *sources, "-ts", str(extracted)], check=True, cwd=ROOT
    )
    in_code = _numerus(extracted)
    assert in_code, "lupdate found no plural texts at all"
    assert in_code <= _numerus(SOURCES / "workbench_en.ts")


def test_the_shipped_qm_is_compiled_from_its_ts(tmp_path):
    compiled = tmp_path / "workbench_en.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(SOURCES / "workbench_en.ts"), "-qm", str(compiled)],
        check=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "workbench_en.qm").read_bytes(), (
        "run: python3 dev.py resources"
    )


def test_english_says_one_item_and_two_items(qapp):
    from workbench.ui.app import install_translations

    def said(n: int) -> str:
        return QCoreApplication.translate("QueuePage", "Brought back %n removed item(s).", "", n)

    assert said(1) == "Brought back 1 removed item(s)."  # the source text, untranslated
    previous = QLocale()
    installed = install_translations(qapp, QLocale("en_GB"))
    try:
        assert (said(1), said(2)) == (
            "Brought back 1 removed item.",
            "Brought back 2 removed items.",
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)

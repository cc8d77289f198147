#!/usr/bin/env python3
"""Build the package's resources (workbench/resources/) from the sources beside this file.

    python resources/compile.py           rebuild workbench/resources/
    python resources/compile.py --check   exit 1 naming what is stale, change nothing

The demo phrases and lexicons are copied, translations compiled with pyside6-lrelease, the
icon copied and rendered to PNG sizes with Qt's SVG renderer. The outputs are committed, so that
`pip install .` builds a wheel without Qt's tools, and a checkout, a wheel and a frozen build
read the same files through workbench.core.resources. Needs PySide6 (the app's .venv has it).
"""

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCES = Path(__file__).resolve().parent
OUTPUT = SOURCES.parent / "workbench" / "resources"
KEPT = {"__init__.py", "__pycache__"}
"""What belongs to the package itself and is never rebuilt."""
COPIED = ("demo", "lexicon")
ICON = "community-workbench"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def lrelease() -> str:
    """PySide6's lrelease, next to this Python (a venv) or on the PATH."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("pyside6-lrelease is missing; it comes with PySide6 (pip install PySide6).")
    return found


def render_png(svg: Path, size: int, target: Path) -> None:
    """``svg`` drawn on a transparent square of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Shapes drawn on a QImage need no QGuiApplication (the icon has no text).
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        sys.exit(f"Cannot write {target}")


def build(out: Path) -> None:
    """Write every output below ``out``."""
    for folder in COPIED:
        shutil.copytree(SOURCES / folder, out / folder)
    (out / "translations").mkdir()
    for source in sorted((SOURCES / "translations").glob("*.ts")):
        target = out / "translations" / source.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
    icons = out / "icons"
    icons.mkdir()
    svg = SOURCES / "icons" / f"{ICON}.svg"
    shutil.copy2(svg, icons / svg.name)
    for size in PNG_SIZES:
        render_png(svg, size, icons / f"{ICON}-{size}.png")


def outputs(folder: Path) -> set[Path]:
    """The built files below ``folder``, relative to it."""
    return {
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and path.relative_to(folder).parts[0] not in KEPT
    }


def stale(built: Path) -> list[str]:
    """How the committed outputs differ from a fresh build in ``built``. PNGs count by name
    only: another Qt version may antialias a pixel differently."""
    fresh, committed = outputs(built), outputs(OUTPUT)
    problems = [f"missing: {p}" for p in sorted(fresh - committed)]
    problems += [f"not built from resources/: {p}" for p in sorted(committed - fresh)]
    problems += [
        f"out of date: {p}"
        for p in sorted(fresh & committed)
        if p.suffix != ".png" and not filecmp.cmp(built / p, OUTPUT / p, shallow=False)
    ]
    return problems


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        built = Path(scratch) / "resources"
        built.mkdir()
        build(built)
        if argv == ["--check"]:
            problems = stale(built)
            for problem in problems:
                print(f"workbench/resources/ {problem}", file=sys.stderr)
            if problems:
                print("Run: python3 dev.py resources", file=sys.stderr)
            return 1 if problems else 0
        for entry in OUTPUT.iterdir():
            if entry.name not in KEPT:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        shutil.copytree(built, OUTPUT, dirs_exist_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

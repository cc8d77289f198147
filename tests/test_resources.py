"""The package's resources are built from resources/ and kept up to date with it."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from workbench.core.resources import resource

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources"))
import compile as resources_build  # noqa: E402  (resources/compile.py, a script)


def test_the_committed_resources_are_built_from_the_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "compile.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_changed_source_is_named_stale(tmp_path):
    built = tmp_path / "built"
    built.mkdir()
    resources_build.build(built)
    assert resources_build.stale(built) == []
    (built / "lexicon" / "negative_de.txt").write_text("anders\n", "utf-8")
    (built / "demo" / "extra.json").write_text("{}", "utf-8")
    assert resources_build.stale(built) == [
        "missing: demo/extra.json",
        "out of date: lexicon/negative_de.txt",
    ]


def test_every_icon_size_is_a_square_of_its_size():
    for size in resources_build.PNG_SIZES:
        image = QImage(str(resource("icons", f"community-workbench-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        # Transparent corners, an opaque middle: the SVG was drawn, not an empty square.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255

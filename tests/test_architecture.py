"""The layers of the code hold: the contracts in pyproject.toml ([tool.importlinter]), checked
by import-linter on the real import graph (function-level imports included).

A broken contract fails this test with import-linter's report of the chain that breaks it.
"""

from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # import-linter finds the package from the working folder
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_the_contracts_name_every_layer() -> None:
    """A new top-level package must be placed in the layers, or nothing checks it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    packages = {
        f"workbench.{p.name}"
        for p in (ROOT / "workbench").iterdir()
        if (p / "__init__.py").exists() and p.name != "resources"
    }
    assert packages == set(layers)

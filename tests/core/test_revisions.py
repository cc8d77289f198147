"""The revisions the store reads without Alembic are Alembic's own, and a store opens without
importing Alembic when it needs no migration."""

import subprocess
import sys

from alembic.script import ScriptDirectory

from workbench.core.store import migrate, open_store


def test_the_revisions_read_from_the_scripts_are_alembics():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.all_revisions() == [
        script.revision for script in reversed(list(scripts.walk_revisions()))
    ]
    assert migrate.head_revision() == scripts.get_current_head()


def test_a_store_at_the_head_opens_without_importing_alembic(tmp_path):
    path = tmp_path / "w.db"
    open_store(path).close()
    code = (
        "import sys; from pathlib import Path; from workbench.core.store import open_store; "
        f"open_store(Path({str(path)!r})).close(); print('alembic' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


def test_a_new_store_is_at_no_revision_until_migrated(tmp_path):
    with open_store(tmp_path / "w.db") as store:
        assert store.revision() == migrate.head_revision()
    with open_store(tmp_path / "new.db", upgrade=False) as store:
        assert store.revision() is None

"""The real WordPress goes away in the middle of a sync: what was written stays, the decisions
not yet sent wait in the outbox across a restart of the workbench, and the next sync finishes
the work without doing anything twice."""

import pytest

from tests.conftest import AUTHOR
from tests.live.support import sync_once
from tests.live.wordpress_server import ADMIN, WordPressServer
from workbench.core.live import accounts, pushes
from workbench.core.queue import decisions
from workbench.core.store import Store, open_store
from workbench.services.live.secrets import Secrets
from workbench.services.live.sync import AccountSync, Progress

pytestmark = pytest.mark.live


def _sync(store: Store, progress: Progress | None = None) -> AccountSync:
    return sync_once(store, names=["Cut"], progress=progress, attempts=2)[0][0]


def test_a_server_gone_mid_sync_loses_nothing(wordpress: WordPressServer, memory_keyring, tmp_path):
    held = wordpress.php(
        """
        $post = wp_insert_post(['post_title' => 'Lange Diskussion', 'post_status' => 'publish',
            'post_author' => 1]);
        for ($n = 0; $n < 230; $n++) {
            wp_insert_comment(['comment_post_ID' => $post, 'comment_content' => "Beitrag $n",
                'comment_author' => "Leser $n", 'comment_approved' => '1',
                'comment_date_gmt' => gmdate('Y-m-d H:i:s', time() - 1000 + $n)]);
        }
        $held = [];
        foreach ([1, 2] as $n) {
            $held[] = wp_insert_comment(['comment_post_ID' => $post, 'comment_approved' => '0',
                'comment_content' => "Wartet $n", 'comment_author' => "Neu $n"]);
        }
        echo json_encode($held);
        """
    )
    path = tmp_path / "cut.db"
    with open_store(path) as store:
        with store.write() as connection:
            account = accounts.add(
                connection, "wordpress", name="Cut", url=wordpress.url, user=ADMIN
            )
        Secrets().save(account.secret_ref, wordpress.password)
        first = _sync(store)
        assert first.error is None
        site = wordpress.url.removeprefix("http://")
        with store.write() as connection:
            items = [
                connection.exec_driver_sql(
                    f"SELECT id FROM items WHERE external_id = '{site}/comment/{number}'"
                ).scalar_one()
                for number in held
            ]
            decisions.decide(connection, [items[0]], "approve", AUTHOR)
            decisions.decide(connection, [items[1]], "spam", AUTHOR)
            # Forget where the last sync stopped, so that this one reads all pages again.
            accounts.save_cursor(connection, account.source_id, {})

        def cut(_account: str, _done: float | None, what: str) -> None:
            if what.startswith("sending decision 2"):
                wordpress.stop_web()  # after the first decision went out

        gone = _sync(store, cut)
        assert gone.error is not None and "cannot be reached" in gone.error
        assert gone.pushed == 1 and gone.pushes_left == 1
    wordpress.start_web()

    # The workbench starts again on the same file: the second decision is still waiting.
    with open_store(path) as store:
        with store.read() as connection:
            assert [p.action for p in pushes.listing(connection, state="pending")] == ["spam"]
            assert [p.action for p in pushes.listing(connection, state="done")] == ["approve"]
        again = _sync(store)
        assert again.error is None and again.pushed == 1 and again.pushes_left == 0
        with store.read() as connection:
            count = connection.exec_driver_sql(
                "SELECT count(*) FROM items WHERE body LIKE 'Beitrag %'"
            ).scalar_one()
            done = pushes.listing(connection, state="done")
    assert count == 230
    assert sorted(p.action for p in done) == ["approve", "spam"]
    assert wordpress.rest(f"wp/v2/comments/{held[0]}").json()["status"] == "approved"
    assert wordpress.rest(f"wp/v2/comments/{held[1]}").json()["status"] == "spam"


def test_a_sync_cut_after_a_page_goes_on_from_there(
    wordpress: WordPressServer, memory_keyring, tmp_path
):
    wordpress.php(
        """
        $post = wp_insert_post(['post_title' => 'Noch eine Diskussion', 'post_status' => 'publish',
            'post_author' => 1]);
        for ($n = 0; $n < 150; $n++) {
            wp_insert_comment(['comment_post_ID' => $post, 'comment_content' => "Antwort $n",
                'comment_author' => "Gast $n", 'comment_approved' => '1',
                'comment_date_gmt' => gmdate('Y-m-d H:i:s', time() - 500 + $n)]);
        }
        """
    )
    with open_store(tmp_path / "pages.db") as store:
        with store.write() as connection:
            account = accounts.add(
                connection, "wordpress", name="Cut", url=wordpress.url, user=ADMIN
            )
        Secrets().save(account.secret_ref, wordpress.password)
        pages: list[float | None] = []

        def cut(_account: str, done: float | None, what: str) -> None:
            if what == "reading" and done and done > 0.75:  # into the approved comments
                pages.append(done)
                if len(pages) == 1:
                    wordpress.stop_web()

        try:
            cut_off = _sync(store, cut)
        finally:
            wordpress.start_web()
        assert cut_off.error is not None
        with store.read() as connection:
            cursor = accounts.named(connection, "Cut").cursor
            written = connection.exec_driver_sql("SELECT count(*) FROM items").scalar_one()
        assert cursor.get("approved_after")  # the page written is behind the cursor
        finished = _sync(store)
        assert finished.error is None
        with store.read() as connection:
            answers = connection.exec_driver_sql(
                "SELECT count(*) FROM items WHERE body LIKE 'Antwort %'"
            ).scalar_one()
    assert written > 0 and answers == 150

#!/usr/bin/env python3
"""How long a live sync of N comments takes against a real WordPress, next to the raw HTTP
requests it has to make (issue 17: within 2 times).

    python benchmarks/sync_bench.py [N] [--runs 3]

Starts the test suite's WordPress (Debian's wordpress, php -S and a throwaway MariaDB in a
temporary folder; ``python3 dev.py live-setup`` installs them), writes N approved comments on
one post, then, best of ``--runs``:
  - raw: the same GET requests a sync makes (the API index, then posts, held, spam and approved
    comments, 100 a page, ``context=edit``), read and parsed with httpx and nothing else;
  - workbench: ``workbench sync`` into a new store (pull, convert, ingest, one transaction a
    page), through the same client.
php -S answers one request at a time, so the server's time is in both.
"""

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import httpx
import keyring

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.live.support import MemoryKeyring  # noqa: E402
from tests.live.wordpress_server import ADMIN, WordPressServer  # noqa: E402
from workbench.core.live import accounts  # noqa: E402
from workbench.core.settings import Author  # noqa: E402
from workbench.core.store import open_store  # noqa: E402
from workbench.services.live.secrets import Secrets  # noqa: E402
from workbench.services.live.store_access import ThreadedStore  # noqa: E402
from workbench.services.live.sync import Sync  # noqa: E402

AUTHOR = Author("Benchmark", "bench")


def seed(server: WordPressServer, count: int) -> None:
    server.php(
        f"""
        $post = wp_insert_post(['post_title' => 'Viel los hier', 'post_status' => 'publish',
            'post_author' => 1]);
        wp_defer_comment_counting(true);
        for ($n = 0; $n < {count}; $n++) {{
            wp_insert_comment(['comment_post_ID' => $post,
                'comment_content' => "Kommentar Nummer $n mit ein paar Worten mehr, wie echte.",
                'comment_author' => 'Leser ' . ($n % 500),
                'comment_author_email' => 'leser' . ($n % 500) . '@example.test',
                'comment_approved' => '1',
                'comment_date_gmt' => gmdate('Y-m-d H:i:s', time() - {count} + $n)]);
        }}
        """
    )


async def raw(server: WordPressServer) -> int:
    """Every page a sync reads, and nothing done with them but parsing the JSON."""
    read = 0
    async with httpx.AsyncClient(auth=(ADMIN, server.password), timeout=60) as client:
        (await client.get(f"{server.url}/wp-json/")).json()
        for what, params in (
            ("posts", {"orderby": "modified", "status": "publish,pending,private"}),
            ("comments", {"status": "hold"}),
            ("comments", {"status": "spam"}),
            ("comments", {"status": "approve", "orderby": "date_gmt"}),
        ):
            page, pages = 1, 1
            while page <= pages:
                response = await client.get(
                    f"{server.url}/wp-json/wp/v2/{what}",
                    params={
                        **params,
                        "context": "edit",
                        "per_page": 100,
                        "page": page,
                        "order": "asc",
                    },
                )
                read += len(response.json())
                pages = int(response.headers.get("X-WP-TotalPages", "1"))
                page += 1
    return read


async def workbench(server: WordPressServer, folder: Path) -> int:
    path = folder / f"sync-{time.monotonic_ns()}.db"
    with open_store(path) as store:
        with store.write() as connection:
            account = accounts.add(
                connection, "wordpress", name="Bench", url=server.url, user=ADMIN
            )
        Secrets().save(account.secret_ref, server.password)
        async with httpx.AsyncClient(timeout=60) as client:
            [report] = await Sync(ThreadedStore(store), Secrets(), AUTHOR, client=client).run()
    if report.error:
        raise SystemExit(report.error)
    return report.added


def best(runs: int, work) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, result = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        result = asyncio.run(work())
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        server = WordPressServer(folder)
        server.start()
        try:
            started = time.perf_counter()
            seed(server, args.count)
            print(f"seeded {args.count} comments in {time.perf_counter() - started:.1f} s")
            raw_time, read = best(args.runs, lambda: raw(server))
            sync_time, added = best(args.runs, lambda: workbench(server, folder))
        finally:
            server.stop()
    print(f"raw HTTP:   {raw_time:6.2f} s  ({read} records read)")
    print(f"workbench:  {sync_time:6.2f} s  ({added} items added)")
    print(f"ratio:      {sync_time / raw_time:6.2f} times the raw requests (target: at most 2)")


if __name__ == "__main__":
    main()

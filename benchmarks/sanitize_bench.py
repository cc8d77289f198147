#!/usr/bin/env python3
"""How long untrusted HTML takes to sanitize, on the inputs that were slow (issue 16).

    python benchmarks/sanitize_bench.py

Target: linear time on any input, a 5 MB body under a second. Best of three runs each.
"""

import time

from workbench.core.safe_html import sanitize

CASES = {
    "'<a' * 100,000 (200 KB)": "<a" * 100_000,
    "'<!--' * 40,000 (160 KB)": "<!--" * 40_000,
    "'<' * 1,000,000 (1 MB)": "<" * 1_000_000,
    "5 MB of simple tags": "<b>x</b>" * 700_000,
    "5 MB of text in one paragraph": "<p>" + "Wort " * 1_000_000 + "</p>",
    "5 MB of links": '<a href="https://x.example/p">link</a> ' * 120_000,
    "nested <div> 100,000 deep": "<div>" * 100_000 + "x",
}


def main() -> int:
    for name, html in CASES.items():
        best = min(_time(html) for _ in range(3))
        print(f"{name:<34} {len(html) / 1e6:6.2f} MB  {best * 1000:8.1f} ms")
    return 0


def _time(html: str) -> float:
    started = time.perf_counter()
    sanitize(html)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())

"""The README's screenshot of the seeds' graph, and how fast a page settles in a browser.

    .venv/bin/python bench/screenshot.py                      # builds seeds/, writes docs/graph.png
    .venv/bin/python bench/screenshot.py --settle out/graph.html --runs 5

Both drive Debian's chromium (/usr/bin/chromium) through Playwright, headless, with every
request that is not a local file blocked: the same set-up as tests/test_browser.py.
'Settled' is when the page marks #mynetwork with data-settled (layout final and drawn once);
the figure is the time from navigation start, as the page measures it (performance.now()),
and from Playwright's goto() call.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TRUMP = "https://w3id.org/graphbuild/resource/Donald_Trump"


def open_page(browser, path: Path, *, width: int, height: int):
    """A new page showing ``path``, offline, once it has settled; and the seconds it took."""
    page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    started = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("#mynetwork[data-settled=true]", timeout=120_000)
    return page, time.perf_counter() - started


def screenshot(browser, out: Path) -> None:
    from graphbuild.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(ROOT)  # articles without a title are named by their path as given: seeds/…
        build([Path("seeds")], Path(tmp))
        page, _ = open_page(browser, Path(tmp) / "graph.html", width=1440, height=860)
        page.evaluate("(id) => graphbuild.selectNode(id, {focus: true})", TRUMP)
        page.wait_for_timeout(300)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        page.close()
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


def settle(browser, path: Path, runs: int) -> None:
    in_page, outside = [], []
    for _ in range(runs):
        page, seconds = open_page(browser, path, width=1440, height=900)
        in_page.append(int(page.get_attribute("#mynetwork", "data-settled-ms")) / 1000)
        outside.append(seconds)
        shown = page.inner_text("#counts").split()
        page.close()
    print(f"{path}: {' '.join(shown)}")
    print(f"settled in {statistics.median(in_page):.2f} s from navigation start "
          f"(median of {runs}; {min(in_page):.2f}-{max(in_page):.2f} s), "
          f"{statistics.median(outside):.2f} s from goto()")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "graph.png", help="where the screenshot goes")
    parser.add_argument("--settle", type=Path, metavar="PAGE", help="time PAGE instead of taking the screenshot")
    parser.add_argument("--runs", type=int, default=5, help="page loads to time (with --settle)")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            if args.settle:
                settle(browser, args.settle, args.runs)
            else:
                screenshot(browser, args.out)
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

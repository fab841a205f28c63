"""The HTML view in a real browser: Playwright driving Debian's chromium, headless and offline.

Every page is opened from a file:// URL with every other request blocked (and recorded, so a
test fails if the page even tries). Playwright never downloads a browser: it drives
/usr/bin/chromium, which CI installs with apt when it is missing.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graphbuild.export import html as html_export
from graphbuild.export.html import DEFAULT_LIMIT, write_html
from graphbuild.export.view import graph_view
from tests.test_html import BLINKEN, FRANCE, HOSTILE, make_view

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PWNED = '<script>window.pwned=1</script> <img src=x onerror="window.pwned=1">'
TRUMP = "https://w3id.org/graphbuild/resource/Donald_Trump"


def _chromium() -> str | None:
    return shutil.which("chromium") or next(
        (p for p in ("/usr/bin/chromium",) if Path(p).exists()), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium on this machine (CI installs it: apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Opened:
    """A page opened from a file, with what it tried to fetch and what went wrong in it."""

    def __init__(self, browser: object, path: Path, *, width: int = 1400, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._only_local)
        self.page.on("request", lambda r: None if _local(r.url) else self.outside.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        started = time.perf_counter()
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("#mynetwork[data-settled=true]", timeout=60_000)
        self.settle_seconds = time.perf_counter() - started

    def _only_local(self, route: object) -> None:
        if _local(route.request.url):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)

    def shown(self) -> tuple[int, int]:
        """(nodes, edges) in the network now, and check that the header says so."""
        counts = self.js("[graphbuild.nodeView.length, graphbuild.edgeView.length]")
        header = (int(self.page.inner_text("#shown-nodes")), int(self.page.inner_text("#shown-edges")))
        assert header == tuple(counts)
        return header

    def panel(self) -> str:
        """Everything the side panel holds, closed <details> included."""
        return self.page.text_content("#details")

    def node_point(self, iri: str) -> tuple[float, float]:
        """Where the node is drawn, in page coordinates."""
        return tuple(self.js(
            """(id) => {
              const network = graphbuild.network;
              const at = network.canvasToDOM(network.getPositions([id])[id]);
              const box = document.getElementById("mynetwork").getBoundingClientRect();
              return [box.left + at.x, box.top + at.y];
            }""",
            iri,
        ))

    def click_node(self, iri: str) -> None:
        """A real mouse click on the node, then wait for its panel."""
        self.page.mouse.click(*self.node_point(iri))
        self.page.wait_for_function("document.querySelector('#details h2')")

    def close(self) -> None:
        assert self.outside == [], "the page tried to reach the network"
        assert self.errors == []
        self.context.close()


def _local(url: str) -> bool:
    return url.startswith(("file:", "data:", "about:"))


@pytest.fixture
def opened(browser: object) -> Iterator:
    pages: list[Opened] = []

    def open_page(path: Path, **size: int) -> Opened:
        pages.append(Opened(browser, path, **size))
        return pages[-1]

    yield open_page
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def seeds_view(seeds_build) -> nx.MultiDiGraph:
    """The view of the seeds, made afresh from the built graph.ttl."""
    _, _, out = seeds_build
    return graph_view(Graph().parse(out / "graph.ttl"))


def test_seeds_page_shows_every_node_and_edge_offline(seeds_build, seeds_view, opened) -> None:
    _, _, out = seeds_build
    page = opened(out / "graph.html")
    total = (seeds_view.number_of_nodes(), seeds_view.number_of_edges())
    assert page.js("[graphbuild.nodes.length, graphbuild.edges.length]") == list(total)
    assert page.shown() == total  # a small graph is shown whole
    assert page.js("graphbuild.nodes.getIds().sort()") == sorted(seeds_view.nodes)
    assert int(page.page.inner_text("#total-nodes")) == total[0]
    assert page.page.locator("#mynetwork canvas").count() == 1
    assert page.js("graphbuild.network.physics.options.enabled") is False  # stopped once settled


def test_real_click_on_a_node_shows_its_panel_and_highlights_its_neighbourhood(
    seeds_build, seeds_view, opened
) -> None:
    _, _, out = seeds_build
    page = opened(out / "graph.html")
    page.click_node(TRUMP)
    assert page.js("graphbuild.network.getSelectedNodes()") == [TRUMP]
    assert page.page.inner_text("#details h2") == "Donald Trump"
    text = page.panel()
    data = seeds_view.nodes[TRUMP]
    assert data["names"] and data["quotes"]
    for shown in data["names"] + data["titles"] + [q["text"] for q in data["quotes"]]:
        assert shown in text
    contradicts = page.page.locator("#details details", has_text="contradicts").first
    assert "Rex Tillerson" in contradicts.text_content()
    evidence = contradicts.locator(".evidence").text_content()
    assert "seeming to contradict" in evidence or "countermanding" in evidence
    neighbours = set(seeds_view.successors(TRUMP)) | set(seeds_view.predecessors(TRUMP)) | {TRUMP}
    colours = page.js("Object.fromEntries(graphbuild.nodes.get().map((n) => [n.id, n.color]))")
    original = {n["id"]: n["color"] for n in json.loads(page.page.text_content("#graph-nodes"))}
    assert {n for n, c in colours.items() if c == original[n]} == neighbours
    page.page.mouse.click(*page.js(  # a click on empty canvas clears the selection
        "(() => { const b = document.getElementById('mynetwork').getBoundingClientRect();"
        " return [b.left + 3, b.top + 3]; })()"))
    page.page.wait_for_function("!document.querySelector('#details h2')")
    colours = page.js("Object.fromEntries(graphbuild.nodes.get().map((n) => [n.id, n.color]))")
    assert colours == original


def test_an_edge_shows_its_evidence_and_sources(seeds_build, seeds_view, opened) -> None:
    _, _, out = seeds_build
    page = opened(out / "graph.html")
    edge = page.js(
        "graphbuild.edges.get().find((e) => e.relation === 'contradicts' && e.from.endsWith('Donald_Trump'))"
    )
    assert page.js("(id) => graphbuild.selectEdge(id)", edge["id"]) is True
    head = page.page.inner_text("#details h2")
    assert "Donald Trump" in head and "contradicts" in head and "Rex Tillerson" in head
    found = seeds_view.get_edge_data(TRUMP, edge["to"])["contradicts"]["evidence"]
    items = page.page.locator("#details .evidence li")
    assert items.count() == len(found) >= 1
    for item, expected in zip(items.all(), found):
        assert item.locator("q").inner_text() == expected["sentence"]
        assert expected["article"] in item.locator(".meta").inner_text()


def test_search_by_any_name_case_insensitive_focuses_the_node(seeds_build, seeds_view, opened) -> None:
    _, _, out = seeds_build
    page = opened(out / "graph.html")
    node, alias = next(  # another name, not part of the label (Kim Jong-un for Kim Jong Un)
        (n, name) for n, d in sorted(seeds_view.nodes(data=True)) for name in d["names"]
        if name.lower() not in d["label"].lower() and len(name) > 3)
    page.page.fill("#search", alias.swapcase())
    page.page.locator(f"#search-results button[data-id='{node}']").click()
    assert page.page.inner_text("#details h2") == seeds_view.nodes[node]["label"]
    assert page.js("graphbuild.network.getSelectedNodes()") == [node]
    page.page.fill("#search", "tillerson")
    assert page.page.locator("#search-results button").first.inner_text().startswith("Rex Tillerson")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#details h2") == "Rex Tillerson"
    page.page.fill("#search", "no such entity anywhere")
    assert page.page.locator("#search-results button").count() == 0


def test_filters_hide_nodes_and_edges_and_the_counts_follow(seeds_build, seeds_view, opened) -> None:
    _, _, out = seeds_build
    page = opened(out / "graph.html")
    view = seeds_view
    people = {n for n, d in view.nodes(data=True) if d["kind"] == "Person"}
    page.page.uncheck("#filter-kinds input[value=Person]")
    kept = set(view) - people
    assert page.shown() == (len(kept), sum(1 for u, v in view.edges() if u in kept and v in kept))
    assert not set(page.js("graphbuild.nodeView.getIds()")) & people
    page.page.check("#filter-kinds input[value=Person]")
    assert page.shown() == (view.number_of_nodes(), view.number_of_edges())

    conflict = [f for f in page.js(
        "Array.from(document.querySelectorAll('#filter-families input')).map((b) => b.value)")
        if any(d["family"] == f and d["stance"] == "conflictual" for *_, d in view.edges(data=True))]
    for family in conflict:
        page.page.uncheck(f"#filter-families input[value='{family}']")
    assert page.shown() == (view.number_of_nodes(),
                            sum(1 for *_, d in view.edges(data=True) if d["stance"] != "conflictual"))
    page.page.click("#reset")
    assert page.shown() == (view.number_of_nodes(), view.number_of_edges())

    title = "Trump rules out negotiations with North Korea"
    page.page.select_option("#filter-article", title)
    nodes = {n for n, d in view.nodes(data=True) if title in d["articles"]}
    edges = [d for u, v, d in view.edges(data=True)
             if u in nodes and v in nodes and any(e["article"] == title for e in d["evidence"])]
    assert page.shown() == (len(nodes), len(edges))
    assert 0 < len(nodes) < view.number_of_nodes()


def test_article_text_and_names_never_run_as_code(tmp_path, opened) -> None:
    """A real build of an article full of markup: shown as text, never run."""
    from graphbuild.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.jsonl").write_text(json.dumps({
        "id": "h1", "title": f"Merkel and Trump {PWNED}",
        "text": f"BERLIN (Reuters) - Angela Merkel criticized {PWNED} Donald Trump on Monday. "
                f'"We will not accept {PWNED} threats," Merkel said.',
    }) + "\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out")
    view = graph_view(Graph().parse(tmp_path / "out" / "graph.ttl"))
    page = opened(tmp_path / "out" / "graph.html")
    merkel = next(n for n, d in view.nodes(data=True) if d["label"] == "Angela Merkel")
    page.click_node(merkel)
    text = page.panel()
    assert "<script>window.pwned=1</script>" in text  # shown as text
    assert '<img src=x onerror="window.pwned=1">' in text
    for node in view:
        page.js("(id) => graphbuild.selectNode(id, {focus: true})", node)
    for edge in page.js("graphbuild.edges.getIds()"):
        page.js("(id) => graphbuild.selectEdge(id)", edge)
    page.page.fill("#search", "script")
    page.page.select_option("#filter-article", index=1)
    assert "window.pwned" in page.page.inner_text("#filter-article option:checked")
    assert page.js("typeof window.pwned") == "undefined"
    assert page.js("document.querySelectorAll('img, #details script, #controls script').length") == 0


def test_hostile_strings_in_every_field_stay_text(tmp_path, opened) -> None:
    """Markup in every string of the view (names, titles, quotes, evidence, relations, heading)."""
    payload = HOSTILE + PWNED
    out = tmp_path / "graph.html"
    write_html(make_view(nasty=payload), out, title=payload)
    page = opened(out)
    assert page.page.text_content("h1") == payload
    page.click_node(BLINKEN)
    text = page.panel()
    assert "Antony Blinken" + payload in text and "Tony Blinken" + payload in text
    assert "We will not back down" + payload in text and "Blinken contradicted France on Tuesday." in text
    page.js("(id) => graphbuild.selectNode(id)", FRANCE)
    for edge in page.js("graphbuild.edges.getIds()"):
        page.js("(id) => graphbuild.selectEdge(id)", edge)
    page.page.fill("#search", "<script")
    page.page.locator("#search-results button").first.click()
    page.page.mouse.move(*page.node_point(BLINKEN))  # its tooltip, which vis fills with innerText
    page.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<img" in page.page.inner_text("div.vis-tooltip")
    assert page.js("typeof window.pwned") == "undefined"
    assert page.js("document.querySelectorAll('img').length") == 0


def big_view(nodes: int = 1500, lone: int = 500, seed: int = 3) -> nx.MultiDiGraph:
    """A corpus-sized view: a scale-free web of relations plus lone speakers."""
    rng = random.Random(seed)
    web = nx.barabasi_albert_graph(nodes - lone, 1, seed=seed)
    view = nx.MultiDiGraph()
    kinds = ["Person", "Organization", "Country", "Topic", "Group"]
    families = [("supports", "supports or cooperates", "cooperative"),
                ("criticizes", "opposes, rejects or criticizes", "conflictual"),
                ("meets", "communicates, negotiates or meets", "neutral")]
    for n in range(nodes):
        view.add_node(f"http://ex.org/e/{n}", label=f"Entity {n}", kind=rng.choice(kinds), names=[f"E{n}"],
                      titles=[], articles=[f"Article {n % 40}"], quotes=[])
    for u, v in web.edges():
        relation, family, stance = rng.choice(families)
        view.add_edge(f"http://ex.org/e/{u}", f"http://ex.org/e/{v}", relation=relation, family=family,
                      stance=stance, confidence=0.8, evidence=[
                          {"sentence": f"{u} {relation} {v}.", "article": f"Article {u % 40}",
                           "polarity": "asserted", "confidence": 0.8}])
    return view


def test_a_big_graph_settles_fast_and_first_shows_the_most_central(tmp_path, opened) -> None:
    view = big_view()
    out = tmp_path / "graph.html"
    write_html(view, out, title="big")
    page = opened(out)
    print(f"\n1500-node page settled in {page.settle_seconds:.2f} s "
          f"(in-page {page.page.get_attribute('#mynetwork', 'data-settled-ms')} ms)")
    assert page.settle_seconds < 20
    assert page.js("graphbuild.network.physics.options.enabled") is False
    nodes, edges = page.shown()
    assert nodes == DEFAULT_LIMIT and 0 < edges < view.number_of_edges()
    top = page.js("graphbuild.nodeView.get().map((n) => n.rank)")
    assert sorted(top) == list(range(1, DEFAULT_LIMIT + 1))
    page.page.select_option("#limit", "0")
    assert page.shown() == (view.number_of_nodes(), view.number_of_edges())
    page.page.select_option("#limit", str(DEFAULT_LIMIT))
    assert page.shown()[0] == DEFAULT_LIMIT
    # Choosing an entity outside the first view shows it with its neighbours.
    page.page.fill("#search", "entity 1499")
    page.page.press("#search", "Enter")
    assert "http://ex.org/e/1499" in page.js("graphbuild.nodeView.getIds()")
    assert page.page.inner_text("#details h2") == "Entity 1499"


def test_the_layout_threshold_switches_physics_off(tmp_path, opened, monkeypatch) -> None:
    monkeypatch.setattr(html_export, "LAYOUT_THRESHOLD", 2)
    out = tmp_path / "graph.html"
    write_html(make_view(), out)
    page = opened(out)
    positions = page.js("graphbuild.network.getPositions()")
    given = {n["id"]: (n["x"], n["y"]) for n in json.loads(page.page.text_content("#graph-nodes"))}
    assert positions.keys() == given.keys()
    for node, (x, y) in given.items():  # vis reports whole pixels
        assert abs(positions[node]["x"] - x) <= 1 and abs(positions[node]["y"] - y) <= 1

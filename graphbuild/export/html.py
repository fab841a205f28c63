"""The graph view as one self-contained HTML page (pyvis / vis-network 9.1.2).

The page works offline from a ``file://`` URL: vis-network's script and stylesheet are
inlined from the copy bundled with pyvis, and our own template (``templates/graph.html``,
which holds the page's styles and script) replaces pyvis's stock one, which links Bootstrap
from a CDN and switches tooltips to ``innerHTML`` when a title mentions "href".

What this module decides, so that the page's script only draws and filters:

- each node's colour, shape and legend symbol (by kind), its size and label size (by the
  view's ``centrality``) and its ``rank`` by centrality (1 = most central);
- each edge's colour (by stance), width (by confidence), dashes (only hedged or negated
  evidence) and curvature (parallel edges);
- for graphs above ``LAYOUT_THRESHOLD`` nodes, the positions (a networkx spring layout), so
  the browser never runs physics on them; smaller graphs are laid out by a short, bounded
  physics run in the browser;
- for graphs above ``DEFAULT_LIMIT`` nodes, that the page first shows the most central ones
  only, with a control to show more or all.

Safety: every string from the articles reaches the page only as JSON inside
``<script type="application/json">`` blocks, with ``<``, ``>`` and ``&`` escaped so that no
``</script>`` or ``<!--`` can end the block, or as text that Jinja escapes (the heading, the
article list). The page's script writes data into the DOM with ``textContent`` only, and
tooltips are plain strings, which vis-network 9.1.2 shows with ``innerText``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.export.atomic import write_atomic

if TYPE_CHECKING:
    import networkx as nx

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = "graph.html"

#: Above this many nodes, positions are computed here and the browser's physics is off.
LAYOUT_THRESHOLD = 300
LAYOUT_SEED = 7
#: Roughly the distance between neighbours in a computed layout, in vis units (pixels at 100%).
NODE_SPACING = 40.0
GRAVITY = 0.2
STABILIZATION_ITERATIONS = 200
#: Above this many nodes, the page first shows only this many, the most central.
DEFAULT_LIMIT = 250
#: The choices the page offers for how many nodes to show (with "all").
LIMITS = (100, 250, 500, 1000)

#: kind -> (colour, vis shape, legend symbol)
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "\u25cf"),
    "Organization": ("#f28e2b", "square", "\u25a0"),
    "Country": ("#59a14f", "diamond", "\u25c6"),
    "Place": ("#edc948", "triangle", "\u25b2"),
    "Group": ("#b07aa1", "hexagon", "\u2b22"),
    "Topic": ("#9c755f", "star", "\u2605"),
}
OTHER_STYLE = ("#bab0ac", "dot", "\u25cf")

STANCE_COLOUR: dict[str, str] = {
    "cooperative": "#2ca02c",
    "conflictual": "#d62728",
    "neutral": "#8c8c8c",
}

NODE_SIZE = (10.0, 40.0)
MAX_ITEMS = 2
MAX_CHARS = 300


def write_html(view: nx.MultiDiGraph, path: Path, *, title: str = "graphbuild") -> None:
    """Render ``view`` and write it to ``path`` atomically.

    The page goes to a temporary file in the same folder, which then replaces ``path``:
    a failure at any point leaves an existing ``path`` as it was and no temporary file.

    >>> write_html(view, Path("out/graph.html"), title="Week 12")  # doctest: +SKIP
    """
    write_atomic(Path(path), render_html(view, title=title).encode("utf-8"))


def render_html(view: nx.MultiDiGraph, *, title: str = "graphbuild") -> str:
    """The page for ``view`` as a string; the same view always gives the same text."""
    from pyvis.network import Network

    iris = sorted(view.nodes)
    edges = sorted(view.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    big = len(iris) > LAYOUT_THRESHOLD
    limit = DEFAULT_LIMIT if len(iris) > DEFAULT_LIMIT else 0

    net = Network(directed=True, heading=title)
    net.templateEnv = _environment(
        legend_kinds=_legend_kinds(view.nodes[i] for i in iris),
        legend_stances=_legend_stances(data for _, _, _, data in edges),
        articles=_articles(view),
        limits=[n for n in LIMITS if n < len(iris)] if limit else [],
        settings={"limit": limit, "physics": bool(iris) and not big},
    )
    net.path = TEMPLATE
    net.options = _options(physics=bool(iris) and not big, nodes=len(iris))
    score = _centrality(view)
    rank = _ranks(view, score)
    _add_nodes(net, view, iris, score, rank, _positions(iris, edges, rank) if big else {})
    _add_edges(net, view, edges)
    return net.generate_html(name=TEMPLATE)


def _environment(**page_globals: Any) -> Any:
    """Jinja environment: our template first, then pyvis's (for the bundled vis library)."""
    import jinja2
    import pyvis

    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(TEMPLATES),
                jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates"),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["json_script"] = _json_script
    env.filters["script_safe"] = _script_safe
    env.globals.update(page_globals)
    return env


def _add_nodes(
    net: Any,
    view: nx.MultiDiGraph,
    iris: list[str],
    score: Mapping[str, float],
    rank: Mapping[str, int],
    positions: Mapping[str, tuple[float, float]],
) -> None:
    """Nodes coloured and shaped by kind, sized by centrality, placed if positions are given.

    Each node also carries the view's data (names, titles, articles, quotes) and its rank
    for the page's side panel, search and filters.
    """
    unit = min((s for s in score.values() if s > 0), default=0.0)
    high = max(score.values(), default=0.0)
    zoomed_out = bool(positions)  # a big graph, first seen from afar: larger labels
    for iri in iris:
        data = view.nodes[iri]
        kind = str(data.get("kind") or "entity")
        colour, shape, _ = KIND_STYLE.get(kind, OTHER_STYLE)
        size = _size(score[iri], unit, high)
        place = dict(zip("xy", positions[iri])) if iri in positions else {}
        net.add_node(
            iri,
            label=_label(view, iri),
            shape=shape,
            color=colour,
            size=size,
            font={"size": round(1.5 * size if zoomed_out else 10 + size / 2)},
            title=node_tooltip(iri, data),
            kind=kind,
            names=[str(n) for n in data.get("names", [])],
            titles=[str(t) for t in data.get("titles", [])],
            articles=[str(a) for a in data.get("articles", [])],
            quotes=[{k: str(q.get(k, "")) for k in ("text", "cue", "article")} for q in data.get("quotes", [])],
            centrality=score[iri],
            rank=rank[iri],
            **place,
        )


def _add_edges(net: Any, view: nx.MultiDiGraph, edges: list[tuple[str, str, Any, dict]]) -> None:
    """Edges coloured by stance, labelled by relation, dashed when only hedged or negated.

    Each edge also carries its family, stance and evidence for the side panel and filters.
    """
    curves = _curves(edges)
    for number, (u, v, key, data) in enumerate(edges):
        curve = {"smooth": curves[(u, v, key)]} if (u, v, key) in curves else {}
        stance = str(data.get("stance") or "neutral")
        colour = STANCE_COLOUR.get(stance, STANCE_COLOUR["neutral"])
        confidence = float(data.get("confidence", 0.0))
        net.add_edge(
            u,
            v,
            id=f"e{number}",
            label=str(data.get("relation", "")),
            title=edge_tooltip(_label(view, u), _label(view, v), data),
            color={"color": colour, "highlight": colour, "hover": colour},
            width=round(1 + 3 * confidence, 2),
            dashes=_uncertain(data.get("evidence", [])),
            relation=str(data.get("relation", "")),
            family=str(data.get("family") or stance),
            stance=stance,
            confidence=confidence,
            evidence=[
                {
                    "sentence": str(e.get("sentence", "")),
                    "article": str(e.get("article", "")),
                    "polarity": str(e.get("polarity", "")),
                    "confidence": float(e.get("confidence", 0.0)),
                }
                for e in data.get("evidence", [])
            ],
            **curve,
        )


def node_tooltip(iri: str, data: Mapping[str, Any]) -> str:
    """Plain-text tooltip of a node: label, kind, other names, titles, counts."""
    label = str(data.get("label") or iri)
    lines = [label, str(data.get("kind") or "entity")]
    names = [str(n) for n in data.get("names", []) if n != label]
    if names:
        lines.append("Also: " + _clip(", ".join(names)))
    if data.get("titles"):
        lines.append("Titles: " + _clip(", ".join(map(str, data["titles"]))))
    counts = [
        _count(len(data.get("articles", [])), "article"),
        _count(len(data.get("quotes", [])), "quote"),
    ]
    lines.append(" \u00b7 ".join(counts) + " \u2014 click for details")
    return "\n".join(lines)


def edge_tooltip(source: str, target: str, data: Mapping[str, Any]) -> str:
    """Plain-text tooltip of an edge: "A –relation→ B", then its strongest evidence."""
    lines = [
        f"{source} \u2013{data.get('relation', '')}\u2192 {target}",
        f"{data.get('family', '')} \u00b7 {data.get('stance', '')}"
        f" \u00b7 confidence {float(data.get('confidence', 0.0)):.2f}",
    ]
    evidence = sorted(data.get("evidence", []), key=lambda e: -float(e.get("confidence", 0.0)))
    lines += _capped(
        (
            f"\u2022 {_clip(e.get('sentence', ''))}\n"
            f"   {_clip(e.get('article', ''))} \u00b7 {e.get('polarity', '')}"
            f" \u00b7 {float(e.get('confidence', 0.0)):.2f}"
            for e in evidence
        ),
        len(evidence),
        MAX_ITEMS,
    )
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _capped(items: Iterable[str], total: int, cap: int) -> list[str]:
    """The first ``cap`` items, then "… and N more" if there were more."""
    shown = [item for _, item in zip(range(cap), items)]
    if total > cap:
        shown.append(f"\u2026 and {total - cap} more (click for all)")
    return shown


def _clip(text: object) -> str:
    text = str(text)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "\u2026"


def _label(view: nx.MultiDiGraph, iri: str) -> str:
    return str(view.nodes[iri].get("label") or iri)


def _centrality(view: nx.MultiDiGraph) -> dict[str, float]:
    """The view's ``centrality`` attribute, or PageRank computed here for views without it."""
    if all("centrality" in data for _, data in view.nodes(data=True)):
        return {iri: float(data["centrality"]) for iri, data in view.nodes(data=True)}
    from graphbuild.export.view import centrality

    return centrality(view)


def _ranks(view: nx.MultiDiGraph, score: Mapping[str, float]) -> dict[str, int]:
    """1 for the most central node, then down; ties go to the node more articles mention."""
    def key(iri: str) -> tuple:
        return (-score[iri], -len(view.nodes[iri].get("articles", [])), _label(view, iri), iri)

    return {iri: i for i, iri in enumerate(sorted(view.nodes, key=key), 1)}


def _size(centrality: float, unit: float, high: float) -> float:
    """Node size from centrality, log-scaled into ``NODE_SIZE``.

    ``unit`` is the least centrality above zero (one neighbour, for degree centrality):
    nodes without relations are smallest, the most central largest, and each doubling in
    between adds a like step, so that a corpus's few huge hubs leave room to tell the rest
    apart.
    """
    smallest, largest = NODE_SIZE
    if high <= unit:
        return smallest + (largest - smallest) / 4
    return round(smallest + (largest - smallest) * math.log1p(centrality / unit) / math.log1p(high / unit), 1)


def _uncertain(evidence: list[Mapping[str, Any]]) -> bool:
    """True when every piece of evidence is hedged or negated (the edge is drawn dashed)."""
    return bool(evidence) and all(e.get("polarity") in ("hedged", "negated") for e in evidence)


def _curves(edges: list[tuple[str, str, Any, dict]]) -> dict[tuple[str, str, Any], dict]:
    """Curvature for edges sharing a pair of nodes, so parallel edges do not overlap."""
    pairs: defaultdict[frozenset[str], list[tuple[str, str, Any]]] = defaultdict(list)
    for u, v, key, _ in edges:
        pairs[frozenset((u, v))].append((u, v, key))
    return {
        edge: {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * (i + 1), 2)}
        for group in pairs.values()
        if len(group) > 1
        for i, edge in enumerate(group)
    }


def _positions(
    iris: list[str], edges: list[tuple[str, str, Any, dict]], rank: Mapping[str, int]
) -> dict[str, tuple[float, float]]:
    """A deterministic layout in vis coordinates, made for the page's first view.

    1. The ``DEFAULT_LIMIT`` most central nodes, which the page shows first, are laid out
       among themselves, so that first view is spread out and readable.
    2. The other nodes of the parts of the graph they belong to are laid out around them,
       the central ones held in place.
    3. The remaining parts (in a corpus, mostly lone speakers and pairs) are packed in rows
       below, biggest first.
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(iris)
    simple.add_edges_from((u, v) for u, v, _, _ in edges if u != v)
    core = [n for n in iris if rank[n] <= DEFAULT_LIMIT]
    placed: dict[str, tuple[float, float]] = {}
    _spread(simple.subgraph(core), placed)
    parts = sorted((sorted(p) for p in nx.connected_components(simple)), key=lambda p: (-len(p), p[0]))
    joined = [n for part in parts if not placed.keys().isdisjoint(part) for n in part]
    _spread(simple.subgraph(joined), placed)
    _pack([p for p in parts if p[0] not in placed], simple, placed)
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in placed.items()}


def _pack(parts: list[list[str]], graph: nx.Graph, placed: dict[str, tuple[float, float]]) -> None:
    """Lay out each part on its own and pack them in rows below what is ``placed``."""
    xs, ys = [x for x, _ in placed.values()] or [0.0], [y for _, y in placed.values()] or [0.0]
    left, width = min(xs), max(max(xs) - min(xs), NODE_SPACING * 10)
    x, y, row = left, max(ys) + 2 * NODE_SPACING, 0.0
    for part in parts:
        local: dict[str, tuple[float, float]] = {}
        _spread(graph.subgraph(part), local, iterations=30)
        low_x, low_y = min(px for px, _ in local.values()), min(py for _, py in local.values())
        cell_w = max(px for px, _ in local.values()) - low_x + NODE_SPACING
        cell_h = max(py for _, py in local.values()) - low_y + NODE_SPACING
        if x > left and x + cell_w > left + width:
            x, y, row = left, y + row, 0.0
        for node, (px, py) in local.items():
            placed[node] = (x + px - low_x, y + py - low_y)
        x, row = x + cell_w, max(row, cell_h)


def _spread(graph: nx.Graph, placed: dict[str, tuple[float, float]], *, iterations: int = 100) -> None:
    """Place the nodes of ``graph`` missing from ``placed`` by forces; placed ones stay put.

    ForceAtlas2's forces with numpy, in vis units: nodes repel in proportion to their degrees
    (so a hub's neighbours spread around it instead of piling into the middle), neighbours
    attract linearly, and gravity holds loose nodes near the centre. Two lone nodes settle
    about ``NODE_SPACING`` apart. New nodes start next to a placed neighbour when they have
    one; each step moves a node at most a cooling distance. Repulsion is over all pairs, so
    graphs of many thousand nodes get fewer steps.
    """
    import numpy as np

    order = sorted(graph)
    if len(order) == 1 and order[0] not in placed:
        placed[order[0]] = (0.0, 0.0)
    if len(order) < 2 or all(n in placed for n in order):
        return
    side = NODE_SPACING * math.sqrt(len(order))
    start = _start(graph, order, placed, np.random.default_rng(LAYOUT_SEED), side)
    x, y = (np.array(c, dtype=np.float32) for c in zip(*(start[n] for n in order)))
    held = np.array([n in placed for n in order])
    index = {n: i for i, n in enumerate(order)}
    # sorted: a subgraph view yields its edges in an order that varies with string hashing, and
    # float sums in another order give other last bits, so other bytes
    pairs = sorted(tuple(sorted((index[a], index[b]))) for a, b in graph.edges())
    ends = np.array(pairs, dtype=np.intp).reshape(-1, 2)
    u, v = ends[:, 0], ends[:, 1]
    mass = np.bincount(np.concatenate((u, v)), minlength=len(order)).astype(np.float32) + 1
    centre = held if held.any() else ~held  # the placed nodes' centre, or everyone's
    cx, cy = float(x[centre].mean()), float(y[centre].mean())
    temperature = 2 * NODE_SPACING if held.any() else side / 10
    steps = max(20, min(iterations, int(iterations * (2000 / len(order)) ** 2)))
    for step in range(steps):
        mx, my = _repulsion(x, y, mass)
        ex, ey = x[v] - x[u], y[v] - y[u]  # each edge pulls its two ends together
        np.add.at(mx, u, ex), np.add.at(mx, v, -ex), np.add.at(my, u, ey), np.add.at(my, v, -ey)
        mx -= GRAVITY * mass * (x - cx)
        my -= GRAVITY * mass * (y - cy)
        length = np.maximum(np.sqrt(mx * mx + my * my), 1e-6)
        move = np.where(held, 0, np.minimum(length, temperature * (1 - step / steps)) / length)
        x, y = x + mx * move, y + my * move
    placed.update((n, (float(x[i]), float(y[i]))) for i, n in enumerate(order))


def _repulsion(x: Any, y: Any, mass: Any, *, block: int = 64) -> tuple[Any, Any]:
    """Sum over all other nodes of mass_i * mass_j * (NODE_SPACING/2)**2 / distance, per node,
    along the line between them; computed ``block`` rows at a time, which bounds memory and keeps
    each block's arrays in the processor's cache (64 rows: 2.5 times faster than 512 on 1,700 nodes)."""
    import numpy as np

    mx, my = np.empty_like(x), np.empty_like(y)
    for first in range(0, len(x), block):
        rows = slice(first, first + block)
        dx, dy = x[rows, None] - x[None, :], y[rows, None] - y[None, :]
        weight = dx * dx
        weight += dy * dy
        np.maximum(weight, (NODE_SPACING / 10) ** 2, out=weight)
        np.divide(mass[None, :], weight, out=weight)     # mass_j / distance**2
        scale = (NODE_SPACING**2 / 4) * mass[rows]
        mx[rows], my[rows] = scale * np.einsum("ij,ij->i", dx, weight), scale * np.einsum("ij,ij->i", dy, weight)
    return mx, my


def _start(
    graph: nx.Graph, order: list[str], placed: Mapping[str, tuple[float, float]], rng: Any, side: float
) -> dict[str, tuple[float, float]]:
    """Starting positions: placed nodes where they are, their neighbours next to them
    (breadth first), the rest at random in a square of ``side``."""
    from collections import deque

    start = {n: placed[n] for n in order if n in placed}
    frontier = deque(n for n in order if n in start)
    while frontier:
        node = frontier.popleft()
        for other in sorted(graph[node]):
            if other not in start:
                jx, jy = rng.uniform(-1, 1, 2) * NODE_SPACING
                start[other] = (start[node][0] + jx, start[node][1] + jy)
                frontier.append(other)
    for node in order:
        if node not in start:
            jx, jy = rng.uniform(-0.5, 0.5, 2) * side
            start[node] = (float(jx), float(jy))
    return start


def _options(*, physics: bool, nodes: int) -> dict[str, Any]:
    """vis-network options; physics stabilizes a bounded number of steps, then stops."""
    return {
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 120, "avoidOverlap": 0.5},
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS, "fit": True},
        },
        "layout": {"improvedLayout": nodes <= 100, "randomSeed": LAYOUT_SEED},
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": not physics},
        "nodes": {
            "font": {"size": 14, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            # Labels smaller than this on screen are not drawn: zoomed out, only hubs are named.
            "scaling": {"label": {"drawThreshold": 5 if physics else 9}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 11, "align": "middle", "color": "#555555"},
            "smooth": {"enabled": True, "type": "continuous"} if physics else False,
        },
    }


def _legend_kinds(nodes: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str, int]]:
    """(kind, colour, symbol, count) for every kind present, known kinds first."""
    present = Counter(str(n.get("kind") or "entity") for n in nodes)
    order = [k for k in KIND_STYLE if k in present] + sorted(set(present) - set(KIND_STYLE))
    legend = []
    for kind in order:
        colour, _, symbol = KIND_STYLE.get(kind, OTHER_STYLE)
        legend.append((kind, colour, symbol, present[kind]))
    return legend


def _legend_stances(edges: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(stance, colour, [(family, count)]) for every stance, known ones first."""
    families: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for data in edges:
        stance = str(data.get("stance") or "neutral")
        families[stance][str(data.get("family") or stance)] += 1
    order = list(STANCE_COLOUR) + sorted(set(families) - set(STANCE_COLOUR))
    return [
        (s, STANCE_COLOUR.get(s, STANCE_COLOUR["neutral"]), sorted(families[s].items()))
        for s in order
    ]


def _articles(view: nx.MultiDiGraph) -> list[str]:
    """Every article title the page mentions, sorted: the choices of the source filter."""
    titles = {str(a) for _, data in view.nodes(data=True) for a in data.get("articles", [])}
    titles |= {str(e.get("article", "")) for _, _, d in view.edges(data=True) for e in d.get("evidence", [])}
    return sorted(titles - {""}, key=lambda t: (t.casefold(), t))


_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def _script_safe(json_text: str) -> Any:
    """JSON text made safe inside <script>: no ``</script>``, ``<!--`` or ``&`` survives.

    The replaced characters can only occur inside JSON strings, where the escapes mean
    the same characters, so the JSON still parses to the same value.
    """
    from markupsafe import Markup

    for char, escape in _SCRIPT_ESCAPES.items():
        json_text = json_text.replace(char, escape)
    return Markup(json_text)


def _json_script(value: Any) -> Any:
    """``value`` as deterministic JSON, safe inside <script>."""
    return _script_safe(json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":")))

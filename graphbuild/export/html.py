"""The graph view as one self-contained HTML page (pyvis / vis-network 9.1.2).

The page works offline from a ``file://`` URL: vis-network's script and stylesheet are
inlined from the copy bundled with pyvis, and our own template (``templates/graph.html``)
replaces pyvis's stock one, which links Bootstrap from a CDN and switches tooltips to
``innerHTML`` when a title mentions "href".

Safety: every string from the articles reaches the page only as JSON inside
``<script type="application/json">`` blocks, with ``<``, ``>`` and ``&`` escaped so that no
``</script>`` or ``<!--`` can end the block. Tooltips are plain strings, which
vis-network 9.1.2 shows with ``innerText``.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
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
STABILIZATION_ITERATIONS = 200

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
MAX_ITEMS = 5
MAX_QUOTES = 3
MAX_CHARS = 500


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

    net = Network(height="80vh", width="100%", directed=True, heading=title)
    net.templateEnv = _environment(legend_kinds=_legend_kinds(view.nodes[i] for i in iris))
    net.path = TEMPLATE
    net.options = _options(physics=not big, nodes=len(iris))
    _add_nodes(net, view, iris, _positions(iris, edges) if big else {})
    _add_edges(net, view, edges)
    return net.generate_html(name=TEMPLATE)


def _environment(*, legend_kinds: list[tuple[str, str, str]]) -> Any:
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
    env.globals["legend_kinds"] = legend_kinds
    env.globals["legend_stances"] = list(STANCE_COLOUR.items())
    return env


def _add_nodes(
    net: Any,
    view: nx.MultiDiGraph,
    iris: list[str],
    positions: Mapping[str, tuple[float, float]],
) -> None:
    """Nodes coloured and shaped by kind, sized by degree, placed if positions are given."""
    degree = dict(view.degree())
    low, high = min(degree.values(), default=0), max(degree.values(), default=0)
    for iri in iris:
        data = view.nodes[iri]
        colour, shape, _ = KIND_STYLE.get(data.get("kind", ""), OTHER_STYLE)
        place = dict(zip("xy", positions[iri])) if iri in positions else {}
        net.add_node(
            iri,
            label=_label(view, iri),
            shape=shape,
            color=colour,
            size=_size(degree[iri], low, high),
            title=node_tooltip(iri, data),
            **place,
        )


def _add_edges(net: Any, view: nx.MultiDiGraph, edges: list[tuple[str, str, Any, dict]]) -> None:
    """Edges coloured by stance, labelled by relation, dashed when only hedged or negated."""
    curves = _curves(edges)
    for number, (u, v, key, data) in enumerate(edges):
        curve = {"smooth": curves[(u, v, key)]} if (u, v, key) in curves else {}
        colour = STANCE_COLOUR.get(data.get("stance", ""), STANCE_COLOUR["neutral"])
        net.add_edge(
            u,
            v,
            id=f"e{number}",
            label=str(data.get("relation", "")),
            title=edge_tooltip(_label(view, u), _label(view, v), data),
            color={"color": colour, "highlight": colour, "hover": colour},
            width=round(1 + 3 * float(data.get("confidence", 0.0)), 2),
            dashes=_uncertain(data.get("evidence", [])),
            **curve,
        )


def node_tooltip(iri: str, data: Mapping[str, Any]) -> str:
    """Plain-text tooltip of a node: label, kind, names, titles, articles, a few quotes."""
    label = str(data.get("label") or iri)
    lines = [label, str(data.get("kind") or "entity")]
    names = [n for n in data.get("names", []) if n != label]
    if names:
        lines.append("Also: " + ", ".join(map(str, names)))
    if data.get("titles"):
        lines.append("Titles: " + ", ".join(map(str, data["titles"])))
    articles = list(data.get("articles", []))
    if articles:
        lines.append(f"Articles ({len(articles)}):")
        lines += _capped((f"\u2022 {_clip(a)}" for a in articles), len(articles), MAX_ITEMS)
    quotes = list(data.get("quotes", []))
    if quotes:
        lines.append("Quotes:")
        lines += _capped(
            (
                f"\u2022 \u201c{_clip(q.get('text', ''))}\u201d \u2014 {q.get('cue', '')}"
                f" ({_clip(q.get('article', ''))})"
                for q in quotes
            ),
            len(quotes),
            MAX_QUOTES,
        )
    return "\n".join(lines)


def edge_tooltip(source: str, target: str, data: Mapping[str, Any]) -> str:
    """Plain-text tooltip of an edge: "A –relation– B", then its strongest evidence."""
    lines = [
        f"{source} \u2013{data.get('relation', '')}\u2013 {target}",
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


def _capped(items: Iterable[str], total: int, cap: int) -> list[str]:
    """The first ``cap`` items, then "… and N more" if there were more."""
    shown = [item for _, item in zip(range(cap), items)]
    if total > cap:
        shown.append(f"\u2026 and {total - cap} more")
    return shown


def _clip(text: object) -> str:
    text = str(text)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "\u2026"


def _label(view: nx.MultiDiGraph, iri: str) -> str:
    return str(view.nodes[iri].get("label") or iri)


def _size(degree: int, low: int, high: int) -> float:
    """Node size from degree, square-root scaled into ``NODE_SIZE``."""
    smallest, largest = NODE_SIZE
    if high == low:
        return smallest + (largest - smallest) / 4
    return round(smallest + (largest - smallest) * math.sqrt((degree - low) / (high - low)), 1)


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
    iris: list[str], edges: list[tuple[str, str, Any, dict]]
) -> dict[str, tuple[float, float]]:
    """Deterministic spring layout in vis coordinates, or {} to let the browser lay out.

    networkx needs SciPy for graphs of 500 nodes or more; without it the browser's own
    bounded physics does the layout instead.
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(iris)
    simple.add_edges_from((u, v) for u, v, _, _ in edges if u != v)
    try:
        layout = nx.spring_layout(simple, seed=LAYOUT_SEED, scale=40.0 * math.sqrt(len(iris)))
    except ImportError:
        return {}
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in layout.items()}


def _options(*, physics: bool, nodes: int) -> dict[str, Any]:
    """vis-network options; physics stabilizes a bounded number of steps, then stops."""
    return {
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS, "fit": True},
        },
        "layout": {"improvedLayout": nodes <= 100},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle"},
            "smooth": {"enabled": True, "type": "continuous"},
        },
    }


def _legend_kinds(nodes: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """(kind, colour, symbol) for every kind present, known kinds first."""
    present = {str(n.get("kind") or "entity") for n in nodes}
    order = [k for k in KIND_STYLE if k in present] + sorted(present - set(KIND_STYLE))
    styles = {k: KIND_STYLE.get(k, OTHER_STYLE) for k in order}
    return [(k, colour, symbol) for k, (colour, _, symbol) in styles.items()]


_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _script_safe(json_text: str) -> Any:
    """JSON text made safe inside <script>: no ``</script>``, ``<!--`` or ``&`` survives.

    The replaced characters can only occur inside JSON strings, where the escapes mean
    the same characters, so the JSON still parses to the same value.
    """
    from markupsafe import Markup

    return Markup(json_text.translate(_SCRIPT_ESCAPES))


def _json_script(value: Any) -> Any:
    """``value`` as deterministic JSON, safe inside <script>."""
    return _script_safe(json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":")))
